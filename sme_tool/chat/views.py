"""The chat page: a plain form (works without JavaScript), the conversation kept across reloads."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, current_app, redirect, render_template, session, url_for
from flask_babel import get_locale
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response
from wtforms import TextAreaField

from ..data import ruleset
from ..db import get_session
from ..i18n import _l
from . import services
from .models import MESSAGE_LIMIT, Conversation, Message
from .present import link_views, message_error, offering_cards, reply_view, vocabulary

bp = Blueprint("chat", __name__, url_prefix="/chat")


class ChatForm(FlaskForm):
    """One message to the bot."""

    message = TextAreaField(_l("Your question"), render_kw={"rows": 2, "maxlength": MESSAGE_LIMIT})


def answer(
    text: object, conversation_id: str | None, locale: str, region: str | None
) -> tuple[Conversation, dict[str, Any]]:
    """Understand one message, keep it with its reply, and return the reply as shown."""
    db = get_session()
    conversation = services.get_or_start(db, conversation_id, locale, region)
    cleaned = services.clean_message(text)
    if not cleaned or len(cleaned) > MESSAGE_LIMIT:
        code = "too_long" if cleaned else "empty"
        view = {"text": message_error(code, MESSAGE_LIMIT), "answered": False, "intent": None, "confidence": 0.0,
                "suggestions": [], "offerings": [], "links": [], "adviser": None}  # fmt: skip
        view["stored"] = False
        db.commit()  # the conversation exists even when its first message could not be read
        return conversation, view
    knowledge = current_app.extensions["sme_knowledge"]
    reply = services.understand(knowledge, ruleset(), cleaned, locale, conversation.region, vocabulary(locale))
    view = reply_view(reply)
    services.record(db, conversation, cleaned, str(view["text"]), reply)
    return conversation, {**view, "stored": True}


@bp.route("/", methods=["GET", "POST"])
def chat() -> Response | str:
    """Show the conversation; a posted message gets its reply and the page reloads (post/redirect/get)."""
    form = ChatForm()
    if form.validate_on_submit():
        conversation, view = answer(form.message.data or "", session.get("chat_id"), str(get_locale()),
                                    session.get("region"))  # fmt: skip
        session["chat_id"] = conversation.id
        if not view["stored"]:
            session["chat_notice"] = view["text"]  # an unreadable message: answered once, not kept
        return redirect(url_for("chat.chat", _anchor="latest"), code=303)
    current = get_session().get(Conversation, session.get("chat_id", "")) if session.get("chat_id") else None
    messages = [(m, _extras(m)) for m in current.messages] if current else []
    return render_template("chat/chat.html", form=form, messages=messages, notice=session.pop("chat_notice", None))


def _extras(message: Message) -> dict[str, Any]:
    """The cards and links shown with a bot reply, rebuilt from what was stored."""
    extra = message.extra or {}
    return {
        "offerings": offering_cards(extra.get("offerings", []), extra.get("region")),
        "suggestions": extra.get("suggestions", []),
        "links": link_views([(url, label) for url, label in extra.get("links", [])]),
        "adviser": not extra.get("answered", True),
        "region": extra.get("region"),
    }
