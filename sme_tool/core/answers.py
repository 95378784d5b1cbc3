"""Which questions apply, and turning raw answers (form or JSON) into clean typed values.

Errors are codes with parameters, never texts: the web and API layers translate them.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .questionnaire import Question, Questionnaire

YES_NO = ("yes", "no")


@dataclass(frozen=True)
class AnswerError:
    """One problem with one answer: a field id, a code and the values its message needs."""

    field: str
    code: str  # required | choice | exclusive | number | range | too_long | unknown
    params: dict[str, Any] = dataclasses.field(default_factory=dict)


def applicable_questions(
    questionnaire: Questionnaire, answers: Mapping[str, Any], region: str | None
) -> list[Question]:
    """The questions that apply given the answers, in file order.

    `show_if` only refers to earlier questions, so one pass suffices; the answer to
    a question that does not apply never makes another apply.
    """
    facts: dict[str, Any] = {"region": region}
    result = []
    for section in questionnaire.sections:
        for question in section.questions:
            if question.show_if is None or question.show_if.evaluate(facts):
                result.append(question)
                if question.id in answers:
                    facts[question.id] = answers[question.id]
    return result


def coerce_answer(question: Question, raw: Any) -> tuple[Any, AnswerError | None]:
    """Clean one raw answer; return (value, None), (None, None) when empty, or (None, error)."""
    if raw is None or raw == "" or raw == []:
        return None, None
    if question.type in ("single", "yesno"):
        return _coerce_choice(question, raw)
    if question.type == "multi":
        return _coerce_multi(question, raw)
    if question.type in ("scale", "number"):
        return _coerce_number(question, raw)
    if not isinstance(raw, str):
        return None, AnswerError(question.id, "text")
    text = raw.strip()
    if len(text) > question.max_length:
        return None, AnswerError(question.id, "too_long", {"max": question.max_length})
    return (text or None), None


def _coerce_choice(question: Question, raw: Any) -> tuple[Any, AnswerError | None]:
    if question.type == "yesno" and isinstance(raw, bool):
        raw = "yes" if raw else "no"
    allowed = YES_NO if question.type == "yesno" else tuple(o.value for o in question.options)
    if not isinstance(raw, str) or raw not in allowed:
        return None, AnswerError(question.id, "choice")
    return raw, None


def _coerce_multi(question: Question, raw: Any) -> tuple[Any, AnswerError | None]:
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple) or not all(isinstance(i, str) for i in items):
        return None, AnswerError(question.id, "choice")
    by_value = {o.value: o for o in question.options}
    if any(item not in by_value for item in items):
        return None, AnswerError(question.id, "choice")
    chosen = [o.value for o in question.options if o.value in items]  # file order, no duplicates
    if len(chosen) > 1 and any(by_value[v].exclusive for v in chosen):
        return None, AnswerError(question.id, "exclusive")
    return chosen, None


def _coerce_number(question: Question, raw: Any) -> tuple[Any, AnswerError | None]:
    value: float
    if isinstance(raw, bool):
        return None, AnswerError(question.id, "number")
    if isinstance(raw, int | float):
        value = raw
    elif isinstance(raw, str):
        text = raw.strip().replace(",", ".") if question.type == "number" else raw.strip()
        try:
            value = float(text)
        except ValueError:
            return None, AnswerError(question.id, "number")
    else:
        return None, AnswerError(question.id, "number")
    if not math.isfinite(value):
        return None, AnswerError(question.id, "number")
    if value != int(value):
        return None, AnswerError(question.id, "whole_number")
    low, high = question.min or 0, question.max or 0
    if not low <= value <= high:
        return None, AnswerError(question.id, "range", {"min": int(low), "max": int(high)})
    return int(value), None


def validate_answers(
    questionnaire: Questionnaire,
    raw_answers: Mapping[str, Any],
    region: str | None,
    only: Iterable[Question] | None = None,
) -> tuple[dict[str, Any], list[AnswerError]]:
    """Clean a set of answers; required ones missing and invalid values become errors.

    Unknown ids are errors. Answers to questions that do not apply are dropped, not
    errors. `only` limits the check to some questions (one page of the web form);
    the others' answers are taken as given.
    """
    errors = [AnswerError(qid, "unknown") for qid in raw_answers if qid not in questionnaire.questions]
    clean: dict[str, Any] = {}
    for qid, raw in raw_answers.items():
        if qid in questionnaire.questions:
            value, error = coerce_answer(questionnaire.questions[qid], raw)
            if error:
                errors.append(error)
            elif value is not None:
                clean[qid] = value
    applying = applicable_questions(questionnaire, clean, region)
    checked = {q.id for q in only} if only is not None else {q.id for q in applying}
    for question in applying:
        if (
            question.id in checked
            and question.required
            and question.id not in clean
            and not any(e.field == question.id for e in errors)
        ):
            errors.append(AnswerError(question.id, "required"))
    applying_ids = {q.id for q in applying}
    return {qid: v for qid, v in clean.items() if qid in applying_ids}, errors
