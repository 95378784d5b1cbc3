"""The diagnosis as a conversation: one question at a time, free-text answers read as options.

The answers go into the same Assessment as the web form, so a firm can switch between
the chat and the form at any point; the end is the same result and recommendations.
The dialogue's place is kept in `Conversation.state`:
  {"step": "region" | "consent" | "question", "question": id, "proposal": value,
   "skipped": [ids], "region": id}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from ..assessment import services as assessments
from ..assessment.models import Assessment
from ..core.answermap import AnswerReader, Reading
from ..core.answers import AnswerError, applicable_questions
from ..core.questionnaire import Question, Questionnaire
from ..core.regions import REGION_IDS
from ..core.ruleset import Ruleset
from ..core.terms import mentioned
from ..core.textnorm import plain
from .models import Conversation


@dataclass
class Turn:
    """What the diagnosis says next; the presenter turns it into words in the user's language."""

    kind: str  # region | consent | ask | confirm | reask | problem | done | paused | form | not_skippable
    question: Question | None = None
    proposal: Any = None  # the reading to confirm
    alternatives: tuple[str, ...] = ()
    saved: tuple[Question, Any] | None = None  # the answer just saved, repeated to the user
    problem: AnswerError | None = None
    changing: Any = None  # the current answer when the user went back to change it
    assessment: Assessment | None = None
    code: str | None = None  # the resume code, when the assessment was just created
    notes: list[str] = field(default_factory=list)  # remarks before the question (e.g. "I could not read that")


def active(conversation: Conversation) -> bool:
    """True while the conversation is running the diagnosis."""
    return bool(conversation.state and conversation.state.get("step"))


def start(
    db: Session, qn: Questionnaire, ruleset: Ruleset, conversation: Conversation, assessment: Assessment | None
) -> Turn:
    """Begin (or take up again) the diagnosis: with the browser's assessment, or by asking the region."""
    if assessment is not None:
        conversation.assessment_id = assessment.id
        conversation.region = assessment.region
        conversation.state = {"step": "question", "skipped": []}
        return _ask_next(db, qn, ruleset, conversation, assessment)
    conversation.state = {"step": "region", "skipped": []}
    return Turn("region")


def stop(conversation: Conversation) -> None:
    """Leave the diagnosis (the answers stay in the assessment)."""
    conversation.state = None


def respond(
    db: Session,
    qn: Questionnaire,
    ruleset: Ruleset,
    reader: AnswerReader,
    conversation: Conversation,
    assessment: Assessment | None,
    text: str,
    choice: list[str],
    regions_vocabulary: dict[str, list[str]],
    year: int,
) -> Turn:
    """Take one message (free text, or the values of the buttons pressed) in the diagnosis."""
    state = dict(conversation.state or {})
    words, text_plain = reader.words, plain(text)
    if not choice and words.is_only("pause", text_plain):
        stop(conversation)
        return Turn("paused", assessment=assessment)
    step = state.get("step")
    if step == "region":
        return _region(conversation, state, text, choice, regions_vocabulary)
    if step == "consent":
        return _consent(db, qn, ruleset, reader, conversation, state, text_plain, choice)
    if assessment is None:  # deleted meanwhile, or never created
        conversation.state = {"step": "region", "skipped": []}
        return Turn("region", notes=["lost"])
    question = qn.questions.get(state.get("question", ""))
    if question is None:
        return _ask_next(db, qn, ruleset, conversation, assessment)
    if not choice:
        if words.is_only("form", text_plain):
            return Turn("form", question=question, assessment=assessment)
        if words.is_only("help", text_plain):
            return Turn("ask", question=question, assessment=assessment, notes=["help"])
        if words.is_only("back", text_plain):
            return _back(conversation, qn, assessment, question)
        if words.is_only("skip", text_plain):
            if question.required:
                return Turn("not_skippable", question=question, assessment=assessment)
            return _save(db, qn, ruleset, conversation, assessment, question, None)
    if "proposal" in state and (not choice or choice in (["__yes"], ["__no"])):
        polarity = reader.polarity(text_plain) if len(text_plain.split()) <= 3 else None
        polarity = choice[0].removeprefix("__") if choice else polarity
        if polarity in ("yes", "no"):
            if polarity == "yes":
                return _save(db, qn, ruleset, conversation, assessment, question, state["proposal"])
            conversation.state = {k: v for k, v in state.items() if k != "proposal"}
            return Turn("reask", question=question, assessment=assessment, notes=["declined"])
    reading = _read(reader, question, text, [c for c in choice if not c.startswith("__")], year)
    if reading.problem == "help":
        return Turn("ask", question=question, assessment=assessment, notes=["help"])
    if reading.status == "sure":
        return _save(db, qn, ruleset, conversation, assessment, question, reading.value)
    if reading.status == "unsure":
        conversation.state = {**state, "proposal": reading.value}
        return Turn("confirm", question=question, proposal=reading.value, alternatives=reading.alternatives,
                    assessment=assessment, notes=[reading.note] if reading.note else [])  # fmt: skip
    conversation.state = {k: v for k, v in state.items() if k != "proposal"}
    if reading.problem:
        limits = {"min": int(question.min or 0), "max": int(question.max or 0)}
        problem = AnswerError(question.id, reading.problem, limits)
        return Turn("problem", question=question, problem=problem, assessment=assessment)
    return Turn("reask", question=question, assessment=assessment)


def _read(reader: AnswerReader, question: Question, text: str, choice: list[str], year: int) -> Reading:
    """A pressed button is exact; typed text is read by the answer reader."""
    if choice:
        if question.type == "multi":
            return Reading(choice, 1.0)
        return Reading(choice[0], 1.0)
    return reader.read(question, text, year)


def _region(
    conversation: Conversation, state: dict[str, Any], text: str, choice: list[str],
    regions_vocabulary: dict[str, list[str]],
) -> Turn:  # fmt: skip
    found = [c for c in choice if c in REGION_IDS] or mentioned(text, conversation.locale, regions_vocabulary)
    if len(found) != 1:
        return Turn("region", notes=["region_unclear"] if text or choice else [])
    conversation.state = {**state, "step": "consent", "region": found[0]}
    conversation.region = found[0]
    return Turn("consent")


def _consent(
    db: Session, qn: Questionnaire, ruleset: Ruleset, reader: AnswerReader, conversation: Conversation,
    state: dict[str, Any], text_plain: str, choice: list[str],
) -> Turn:  # fmt: skip
    polarity = choice[0] if choice else reader.polarity(text_plain)
    if polarity not in ("yes", "no"):
        return Turn("consent", notes=["yes_no"])
    assessment, code = assessments.start_assessment(db, state["region"], conversation.locale, polarity == "yes",
                                                    channel="chat")  # fmt: skip
    conversation.assessment_id = assessment.id
    conversation.state = {"step": "question", "skipped": []}
    turn = _ask_next(db, qn, ruleset, conversation, assessment)
    turn.code = code
    return turn


def _save(
    db: Session, qn: Questionnaire, ruleset: Ruleset, conversation: Conversation, assessment: Assessment,
    question: Question, value: Any,
) -> Turn:  # fmt: skip
    state = dict(conversation.state or {})
    skipped = list(state.get("skipped", [])) + ([question.id] if value is None else [])
    problem = assessments.save_answer(db, qn, ruleset, assessment, question, value, skipped)
    if problem is not None:
        conversation.state = {k: v for k, v in state.items() if k != "proposal"}
        return Turn("problem", question=question, problem=problem, assessment=assessment)
    conversation.state = {"step": "question", "skipped": skipped}
    turn = _ask_next(db, qn, ruleset, conversation, assessment)
    turn.saved = (question, value) if value is not None else None
    return turn


def _ask_next(
    db: Session, qn: Questionnaire, ruleset: Ruleset, conversation: Conversation, assessment: Assessment
) -> Turn:
    state = dict(conversation.state or {})
    question = assessments.next_question(qn, assessment, state.get("skipped", []))
    if question is None:
        if not assessment.is_complete:  # every question answered or passed: the pages count as sent
            assessments.finish(db, qn, ruleset, assessment)
        conversation.state = None
        return Turn("done", assessment=assessment)
    conversation.state = {"step": "question", "skipped": state.get("skipped", []), "question": question.id}
    return Turn("ask", question=question, assessment=assessment)


def _back(conversation: Conversation, qn: Questionnaire, assessment: Assessment, current: Question) -> Turn:
    """Go back to the last question answered before the current one, to change its answer."""
    order = applicable_questions(qn, assessment.answers, assessment.region)
    ids = [q.id for q in order]
    before = ids[: ids.index(current.id)] if current.id in ids else ids
    previous = next((qn.questions[q] for q in reversed(before) if q in assessment.answers), None)
    if previous is None:
        return Turn("ask", question=current, assessment=assessment, notes=["first"])
    state = dict(conversation.state or {})
    conversation.state = {"step": "question", "skipped": state.get("skipped", []), "question": previous.id}
    return Turn("ask", question=previous, assessment=assessment, changing=assessment.answers.get(previous.id))
