"""The chat page: a plain form (works without JavaScript), the conversation kept across reloads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import partial
from typing import Any

from flask import Blueprint, current_app, redirect, render_template, request, session, url_for
from flask_babel import get_locale
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import TextAreaField

from ..assessment import services as assessment_services
from ..assessment.messages import REGION_NAMES
from ..core.answermap import AnswerReader
from ..core.textnorm import plain
from ..data import questionnaire, ruleset
from ..db import get_session
from ..i18n import _, _l
from . import diagnosis, services
from .models import MESSAGE_LIMIT, Conversation, Message
from .present import (
    SECTOR_QUESTION,
    answer_reader,
    answer_text,
    diagnosis_view,
    link_views,
    message_error,
    offering_cards,
    reply_view,
    vocabulary,
)

bp = Blueprint("chat", __name__, url_prefix="/chat")


class ChatForm(FlaskForm):
    """One message to the bot."""

    message = TextAreaField(_l("Your question"), render_kw={"rows": 2, "maxlength": MESSAGE_LIMIT})


@dataclass
class Said:
    """One message in: free text, the values of the answer buttons pressed, or an action."""

    text: object
    choice: list[str] = field(default_factory=list)
    action: str = ""  # start_diagnosis | pause


def answer(
    said: Said, conversation_id: str | None, locale: str, region: str | None, assessment_id: str | None = None
) -> tuple[Conversation, dict[str, Any], str | None]:
    """Understand one message, keep it with its reply, and return the reply as shown.

    Also returns the resume code when the message created a diagnosis (shown once).
    """
    db = get_session()
    conversation = services.get_or_start(db, conversation_id, locale, region)
    cleaned = services.clean_message(said.text)
    choice = [c for c in said.choice if isinstance(c, str)][:30]
    if len(cleaned) > MESSAGE_LIMIT or (not cleaned and not choice and not said.action):
        code = "too_long" if cleaned else "empty"
        db.commit()  # the conversation exists even when its first message could not be read
        return conversation, {**_plain_view(message_error(code, MESSAGE_LIMIT)), "stored": False}, None
    reader = answer_reader(locale)
    if said.action == "start_diagnosis" or (not diagnosis.active(conversation) and not choice and
                                            _asks_to_start(reader, cleaned)):  # fmt: skip
        return _start(db, conversation, cleaned, assessment_id)
    if diagnosis.active(conversation):
        return _diagnosis_turn(db, conversation, reader, cleaned, choice, said.action)
    knowledge = current_app.extensions["sme_knowledge"]
    reply = services.understand(knowledge, ruleset(), cleaned, locale, conversation.region, vocabulary(locale),
                                partial(spotted, reader))  # fmt: skip
    view = reply_view(reply)
    services.record(db, conversation, cleaned, str(view["text"]), reply)
    return conversation, {**view, "stored": True, "diagnosis": None}, None


def spotted(reader: AnswerReader, text: str) -> services.Spotted:
    """The sectors and destination countries a message names (for finding support)."""
    sector_question = questionnaire().questions.get(SECTOR_QUESTION)
    sectors = reader.mentioned_options(sector_question, text, 0.95)[:3] if sector_question else []
    codes = reader.countries.find(text) if reader.countries else []
    names = {c: reader.countries.names(c) for c in codes} if reader.countries else {}
    return services.Spotted(sectors, codes, names)


def _asks_to_start(reader: AnswerReader, text: str) -> bool:
    """ "Start the diagnosis", "diagnostika", "continue the diagnosis"…: the whole message, or a longer phrase in it."""
    folded = plain(text)
    return reader.words.is_only("start", folded) or any(
        " " in phrase and f" {phrase} " in f" {folded} " for phrase in reader.words.lists["start"]
    )


def _start(
    db: Any, conversation: Conversation, text: str, assessment_id: str | None
) -> tuple[Conversation, dict[str, Any], str | None]:
    linked = assessment_id or conversation.assessment_id  # the browser's current diagnosis comes first
    assessment = assessment_services.get_assessment(db, linked) if linked else None
    if assessment is not None and assessment.is_complete:
        assessment = None  # a finished diagnosis is not asked again: a new one starts
    turn = diagnosis.start(db, questionnaire(), ruleset(), conversation, assessment)
    return _record_turn(db, conversation, text or _("Start the diagnosis"), turn)


def _diagnosis_turn(
    db: Any, conversation: Conversation, reader: AnswerReader, text: str, choice: list[str], action: str
) -> tuple[Conversation, dict[str, Any], str | None]:
    assessment = assessment_services.get_assessment(db, conversation.assessment_id or "")
    state = conversation.state or {}
    question = questionnaire().questions.get(state.get("question", ""))
    if action == "pause":
        diagnosis.stop(conversation)
        turn = diagnosis.Turn("paused", assessment=assessment)
        return _record_turn(db, conversation, _("Pause the diagnosis"), turn)
    turn = diagnosis.respond(db, questionnaire(), ruleset(), reader, conversation, assessment, text, choice,
                             vocabulary(conversation.locale)["regions"], date.today().year)  # fmt: skip
    faq = None
    if turn.kind == "reask" and "declined" not in turn.notes:
        knowledge = current_app.extensions["sme_knowledge"]
        match = knowledge.matcher.match(text, conversation.locale)
        if match.item_id is not None:  # a question asked in the middle of the diagnosis: answer it, then go on
            faq = _(knowledge.items[match.item_id].answer)
    shown = text or _said_choice(question, choice, state.get("step"))
    return _record_turn(db, conversation, shown, turn, faq)


def _said_choice(question: Any, choice: list[str], step: str | None) -> str:
    """What a pressed button said, for the transcript."""
    if step == "region":
        return "; ".join(str(REGION_NAMES[c]) for c in choice if c in REGION_NAMES)
    if step == "consent" or question is None or choice in (["__yes"], ["__no"]):
        choice = [c.removeprefix("__") for c in choice]
        return "; ".join(_("Yes") if c == "yes" else _("No") for c in choice)
    return answer_text(question, choice if question.type == "multi" else choice[0])


def _record_turn(
    db: Any, conversation: Conversation, user_text: str, turn: diagnosis.Turn, faq: str | None = None
) -> tuple[Conversation, dict[str, Any], str | None]:
    view = diagnosis_view(turn, questionnaire(), faq)
    text = "\n".join(view["lines"])
    extra = {"offerings": view["offerings"], "links": view["links"], "region": conversation.region,
             "answered": True, "suggestions": [],
             "diagnosis": {"step": view["step"], "question": view["question"], "multi": view["multi"],
                           "choices": view["choices"]}}  # fmt: skip
    services.record_raw(db, conversation, user_text, text, f"diagnosis_{turn.kind}", 1.0, extra)
    shown = {"text": text, "answered": True, "intent": f"diagnosis_{turn.kind}", "confidence": 1.0,
             "suggestions": [], "offerings": offering_cards(view["offerings"], conversation.region),
             "links": link_views(view["links"]), "adviser": None, "stored": True,
             "diagnosis": extra["diagnosis"], "assessment_id": conversation.assessment_id}  # fmt: skip
    return conversation, shown, turn.code


def _plain_view(text: str) -> dict[str, Any]:
    return {"text": text, "answered": False, "intent": None, "confidence": 0.0, "suggestions": [], "offerings": [],
            "links": [], "adviser": None, "diagnosis": None}  # fmt: skip


@bp.route("/", methods=["GET", "POST"])
def chat() -> Response | str:
    """Show the conversation; a posted message gets its reply and the page reloads (post/redirect/get)."""
    form = ChatForm()
    if form.validate_on_submit():
        said = Said(form.message.data or "", request.form.getlist("choice"), request.form.get("action", ""))
        conversation, view, code = answer(said, session.get("chat_id"), str(get_locale()), session.get("region"),
                                          session.get("assessment_id"))  # fmt: skip
        session["chat_id"] = conversation.id
        if conversation.assessment_id and conversation.assessment_id != session.get("assessment_id"):
            session.permanent = True  # the form and the chat now share this diagnosis
            session["assessment_id"], session["region"] = conversation.assessment_id, conversation.region
            session.pop("resume_code", None)
        if code:
            session["resume_code"] = code
        if not view["stored"]:
            session["chat_notice"] = view["text"]  # an unreadable message: answered once, not kept
        return redirect(url_for("chat.chat", _anchor="latest"), code=303)
    current = get_session().get(Conversation, session.get("chat_id", "")) if session.get("chat_id") else None
    messages = [(m, _extras(m)) for m in current.messages] if current else []
    pending = messages[-1][1]["diagnosis"] if messages and current and diagnosis.active(current) else None
    return render_template("chat/chat.html", form=form, messages=messages, notice=session.pop("chat_notice", None),
                           pending=pending, in_diagnosis=bool(current and diagnosis.active(current)),
                           has_assessment=_unfinished(session.get("assessment_id")))  # fmt: skip


def _unfinished(assessment_id: str | None) -> bool:
    """True when the browser has a diagnosis that is not complete yet (the chat can continue it)."""
    assessment = assessment_services.get_assessment(get_session(), assessment_id or "")
    return assessment is not None and not assessment.is_complete


def _extras(message: Message) -> dict[str, Any]:
    """The cards and links shown with a bot reply, rebuilt from what was stored."""
    extra = message.extra or {}
    return {
        "offerings": offering_cards(extra.get("offerings", []), extra.get("region")),
        "suggestions": extra.get("suggestions", []),
        "links": link_views([(url, label) for url, label in extra.get("links", [])]),
        "adviser": not extra.get("answered", True),
        "region": extra.get("region"),
        "diagnosis": extra.get("diagnosis"),
        "lines": message.text.split("\n"),
    }
