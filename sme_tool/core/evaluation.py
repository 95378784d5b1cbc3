"""Evaluating the matcher on a dev set, and tuning its thresholds per language."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .answermap import AnswerReader
from .matcher import Match, Matcher, Thresholds
from .questionnaire import Questionnaire


@dataclass(frozen=True)
class DevCase:
    """A question with the item it asks about, or None when it is out of scope."""

    question: str
    item_id: str | None


@dataclass(frozen=True)
class Report:
    """The figures of one language."""

    lang: str
    in_scope: int
    out_of_scope: int
    top1: float  # in-scope questions answered with the right item
    top3: float  # in-scope questions whose item is among the first three candidates
    rejection: float  # out-of-scope questions declined
    confused: tuple[tuple[str, str, int], ...]  # (expected, given, count), most frequent first
    thresholds: Thresholds


def evaluate(matcher: Matcher, lang: str, cases: Sequence[DevCase], thresholds: Thresholds) -> Report:
    """Run every case through the matcher with the given thresholds."""
    matches = [(case, matcher.match(case.question, lang)) for case in cases]
    return _report(lang, matches, thresholds)


def _decide(match: Match, rule: Thresholds) -> str | None:
    ranked = match.ranked
    if not ranked:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    ok = ranked[0][1] >= rule.minimum and ranked[0][1] - runner_up >= rule.margin
    return ranked[0][0] if ok else None


def _report(lang: str, matches: Sequence[tuple[DevCase, Match]], rule: Thresholds) -> Report:
    inside = [(c, m) for c, m in matches if c.item_id is not None]
    outside = [(c, m) for c, m in matches if c.item_id is None]
    confused: Counter[tuple[str, str]] = Counter()
    right = 0
    for case, match in inside:
        given = _decide(match, rule)
        if given == case.item_id:
            right += 1
        elif given is not None and case.item_id is not None:
            confused[(case.item_id, given)] += 1
    top3 = sum(1 for c, m in inside if c.item_id in [i for i, _ in m.ranked[:3]])
    rejected = sum(1 for _c, m in outside if _decide(m, rule) is None)
    return Report(lang, len(inside), len(outside), right / max(len(inside), 1), top3 / max(len(inside), 1),
                  rejected / max(len(outside), 1),
                  tuple((a, b, n) for (a, b), n in confused.most_common(10)), rule)  # fmt: skip


def tune(matcher: Matcher, lang: str, cases: Sequence[DevCase]) -> Report:
    """The thresholds that maximise top-1 accuracy plus out-of-scope rejection (ties: higher minimum)."""
    matches = [(case, matcher.match(case.question, lang)) for case in cases]
    best: Report | None = None
    for minimum in [x / 100 for x in range(20, 81, 2)]:
        for margin in [x / 100 for x in range(0, 13, 1)]:
            report = _report(lang, matches, Thresholds(minimum, margin))
            key = (report.top1 + report.rejection, minimum)
            if best is None or key > (best.top1 + best.rejection, best.thresholds.minimum):
                best = report
    assert best is not None
    return best


@dataclass(frozen=True)
class AnswerCase:
    """A free-text reply to a question of the diagnosis with the answer it means (None: not an answer)."""

    question: str
    text: str
    expected: Any


@dataclass(frozen=True)
class MappingReport:
    """How well free-text replies are read, in one language."""

    lang: str
    answers: int
    non_answers: int
    mapped: float  # replies read as the right answer (accepted, or proposed for confirmation)
    accepted_right: float  # … of which accepted without asking
    accepted_wrong: int  # replies accepted as a wrong answer without asking (the costly mistake)
    rejected: float  # non-answers not accepted
    misses: tuple[tuple[str, str, str], ...]  # (question, reply, what was read)


def evaluate_mapping(
    reader: AnswerReader, questionnaire: Questionnaire, cases: Sequence[AnswerCase], year: int
) -> MappingReport:
    """Read every reply; a multi answer is right when it names the same options in any order."""
    right = sure_right = wrong_sure = rejected = 0
    answers = [c for c in cases if c.expected is not None]
    misses = []
    for case in cases:
        reading = reader.read(questionnaire.questions[case.question], case.text, year)
        if case.expected is None:
            rejected += reading.status != "sure"
            if reading.status == "sure":
                misses.append((case.question, case.text, repr(reading.value)))
            continue
        expected, value = case.expected, reading.value
        same = sorted(value) == sorted(expected) if isinstance(value, list) and isinstance(expected, list) else (
            value == expected)  # fmt: skip
        good = same and reading.status != "none"
        right += good
        sure_right += good and reading.status == "sure"
        wrong_sure += (not good) and reading.status == "sure"
        if not good:
            misses.append((case.question, case.text, f"{value!r} ({reading.status})"))
    total = max(len(answers), 1)
    return MappingReport(reader.lang, len(answers), len(cases) - len(answers), right / total, sure_right / total,
                         wrong_sure, rejected / max(len(cases) - len(answers), 1), tuple(misses))  # fmt: skip
