"""Use cases of the diagnosis. Each takes the Session first and owns its commit."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..catalogue.services import recommend_offerings
from ..core.answers import AnswerError, applicable_questions, coerce_answer, validate_answers
from ..core.questionnaire import Question, Questionnaire, Section
from ..core.ruleset import Ruleset
from ..core.scoring import score
from .models import Assessment, utcnow

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"  # no 0/O, 1/I/L or U: easy to read aloud
CODE_LENGTH = 8


def new_resume_code() -> str:
    """A fresh resume code such as `K7QM-3XPA` (about 39 bits of entropy)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise_code(raw: str) -> str | None:
    """Canonical form of a typed code (case, spaces and dashes forgiven), or None if impossible."""
    cleaned = "".join(ch for ch in raw.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        return None
    return f"{cleaned[:4]}-{cleaned[4:]}"


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def start_assessment(
    session: Session, region: str, locale: str, consent: bool, channel: str = "web"
) -> tuple[Assessment, str]:
    """Create an empty assessment; return it with its resume code (shown once, stored hashed)."""
    code = new_resume_code()
    assessment = Assessment(
        id=uuid.uuid4().hex,
        code_hash=_hash(code),
        region=region,
        locale=locale,
        consent_statistics=consent,
        channel=channel,
        answers={},
        sections_done=[],
    )
    session.add(assessment)
    session.commit()
    return assessment, code


def find_by_code(session: Session, raw_code: str) -> Assessment | None:
    """The assessment a resume code opens, or None."""
    code = normalise_code(raw_code)
    if code is None:
        return None
    return session.scalar(select(Assessment).where(Assessment.code_hash == _hash(code)))


def get_assessment(session: Session, assessment_id: str) -> Assessment | None:
    """The assessment with this id, or None."""
    return session.get(Assessment, assessment_id) if assessment_id else None


def applicable_sections(questionnaire: Questionnaire, assessment: Assessment) -> list[Section]:
    """Sections with at least one question that applies to this firm, in order."""
    applying = {q.id for q in applicable_questions(questionnaire, assessment.answers, assessment.region)}
    return [s for s in questionnaire.sections if any(q.id in applying for q in s.questions)]


def next_section(questionnaire: Questionnaire, assessment: Assessment) -> Section | None:
    """The first section not yet completed, or None when the diagnosis is complete."""
    _, errors = validate_answers(questionnaire, assessment.answers, assessment.region)
    missing = {e.field for e in errors}
    for section in applicable_sections(questionnaire, assessment):
        if section.id not in assessment.sections_done or any(q.id in missing for q in section.questions):
            return section
    return None


def save_section(
    session: Session,
    questionnaire: Questionnaire,
    ruleset: Ruleset,
    assessment: Assessment,
    section: Section,
    raw: dict[str, Any],
) -> list[AnswerError]:
    """Save one page and return its problems. Valid answers are kept even when others on
    the page have errors; answers on other pages are kept even when they no longer apply
    (the firm may change its mind back), and only the answers that apply are scored."""
    on_page = {q.id for q in section.questions}
    others = {k: v for k, v in assessment.answers.items() if k not in on_page}
    merged = {**others, **{k: v for k, v in raw.items() if k in on_page and v not in (None, "", [])}}
    page = [q for q in applicable_questions(questionnaire, merged, assessment.region) if q.section == section.id]
    clean, errors = validate_answers(questionnaire, merged, assessment.region, only=page)
    errors = [e for e in errors if e.field in on_page]
    bad = {e.field for e in errors}
    assessment.answers = {**others, **{q.id: clean[q.id] for q in page if q.id in clean and q.id not in bad}}
    done = [s for s in assessment.sections_done if s != section.id]
    assessment.sections_done = done + ([section.id] if not errors else [])
    _refresh(questionnaire, ruleset, assessment)
    session.commit()
    return errors


def next_question(questionnaire: Questionnaire, assessment: Assessment, skipped: Iterable[str] = ()) -> Question | None:
    """The next question to ask one at a time (the chat): the first applicable one without an
    answer, leaving out optional ones skipped or on pages already completed."""
    passed = set(skipped)
    for question in applicable_questions(questionnaire, assessment.answers, assessment.region):
        if question.id in assessment.answers:
            continue
        if question.required or (question.id not in passed and question.section not in assessment.sections_done):
            return question
    return None


def save_answer(
    session: Session,
    questionnaire: Questionnaire,
    ruleset: Ruleset,
    assessment: Assessment,
    question: Question,
    raw: Any,
    skipped: Iterable[str] = (),
) -> AnswerError | None:
    """Save one answer (the chat), or skip an optional question with raw None; return its problem.

    Pages whose applicable questions are all answered (or skipped) count as completed,
    as if sent from the form, so the firm can switch between the chat and the form.
    """
    value, error = coerce_answer(question, raw)
    if error:
        return error
    if value is None and question.required:
        return AnswerError(question.id, "required")
    answers = {k: v for k, v in assessment.answers.items() if k != question.id}
    assessment.answers = {**answers, question.id: value} if value is not None else answers
    passed = {*skipped, question.id}
    applying = applicable_questions(questionnaire, assessment.answers, assessment.region)
    done = list(assessment.sections_done)
    for section in applicable_sections(questionnaire, assessment):
        own = [q for q in applying if q.section == section.id]
        if section.id not in done and all(q.id in assessment.answers or q.id in passed for q in own):
            done.append(section.id)
    assessment.sections_done = done
    _refresh(questionnaire, ruleset, assessment)
    session.commit()
    return None


def finish(session: Session, questionnaire: Questionnaire, ruleset: Ruleset, assessment: Assessment) -> None:
    """Every question asked one at a time has been answered or passed: the pages count as sent."""
    assessment.sections_done = [s.id for s in applicable_sections(questionnaire, assessment)]
    _refresh(questionnaire, ruleset, assessment)
    session.commit()


def change_region(
    session: Session, questionnaire: Questionnaire, ruleset: Ruleset, assessment: Assessment, region: str
) -> None:
    """Move the assessment to another region; answers are kept, only those that apply count."""
    assessment.region = region
    _refresh(questionnaire, ruleset, assessment)
    session.commit()


def _refresh(questionnaire: Questionnaire, ruleset: Ruleset, assessment: Assessment) -> None:
    """Complete, score and recommend when nothing is missing; reopen the assessment otherwise."""
    if next_section(questionnaire, assessment) is not None:
        assessment.status, assessment.result, assessment.completed_at = "in_progress", None, None
        return
    if assessment.status != "completed" or assessment.completed_at is None:
        assessment.completed_at = utcnow()
    result = score(questionnaire, assessment.answers, assessment.region).as_dict()
    outcome = recommend_offerings(
        questionnaire, ruleset, assessment.answers, assessment.region, result, assessment.completed_at.date()
    )
    assessment.result = {**result, "trace": outcome.trace()}
    assessment.versions = {**questionnaire.versions, "ruleset": ruleset.version}
    assessment.status = "completed"


def create_complete_assessment(
    session: Session, questionnaire: Questionnaire, ruleset: Ruleset, region: str, locale: str, raw: dict[str, Any]
) -> tuple[Assessment | None, str, list[AnswerError]]:
    """A whole diagnosis in one call (API): validate everything, then store and score it.

    Returns the assessment, its resume code (for deletion later) and no errors, or
    (None, "", errors).
    """
    clean, errors = validate_answers(questionnaire, raw, region)
    if errors:
        return None, "", errors
    assessment, code = start_assessment(session, region, locale, consent=False, channel="api")
    assessment.answers = clean
    assessment.sections_done = [s.id for s in applicable_sections(questionnaire, assessment)]
    _refresh(questionnaire, ruleset, assessment)
    session.commit()
    return assessment, code, []


def delete_assessment(session: Session, assessment: Assessment) -> None:
    """Delete the assessment and every answer in it, for good (with the chat that ran it, whose
    messages hold the answers too)."""
    from ..chat.models import Conversation  # the chat depends on assessments, not the other way round

    for conversation in session.scalars(select(Conversation).where(Conversation.assessment_id == assessment.id)):
        session.delete(conversation)
    session.delete(assessment)
    session.commit()


def purge_expired(session: Session, days: int) -> int:
    """Delete unfinished assessments untouched for `days` days; return how many."""
    cutoff = utcnow() - timedelta(days=days)
    result = session.execute(delete(Assessment).where(Assessment.status != "completed", Assessment.updated_at < cutoff))
    session.commit()
    return int(getattr(result, "rowcount", 0) or 0)
