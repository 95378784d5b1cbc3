"""Chat conversations. Messages are kept for the conversation only and expire with it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..assessment.models import utcnow
from ..db import Base

MESSAGE_LIMIT = 500  # characters a message may have; longer ones are refused politely


class Conversation(Base):
    """One chat, in one language, optionally about one region."""

    __tablename__ = "chat_conversation"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # random, unguessable
    locale: Mapped[str] = mapped_column(String(8))
    region: Mapped[str | None] = mapped_column(String(32))
    assessment_id: Mapped[str | None] = mapped_column(String(32), index=True)  # the diagnosis run in this chat
    state: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # where the diagnosis dialogue stands
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation", cascade="all, delete-orphan", order_by="Message.id"
    )


class Message(Base):
    """A message of the firm or a reply of the bot (the reply's text is stored as shown)."""

    __tablename__ = "chat_message"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    conversation_id: Mapped[str] = mapped_column(ForeignKey("chat_conversation.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(8))  # user | bot
    text: Mapped[str] = mapped_column(String(4000))
    intent: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float | None] = mapped_column(Float)
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # offerings, suggestions, links shown with a reply
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    conversation: Mapped[Conversation] = relationship(back_populates="messages")


class UnansweredQuestion(Base):
    """A question the bot could not answer, kept for review without personal data (no link to any chat)."""

    __tablename__ = "chat_unanswered"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    locale: Mapped[str] = mapped_column(String(8))
    region: Mapped[str | None] = mapped_column(String(32), index=True)  # the chat's region, if one was chosen
    text: Mapped[str] = mapped_column(String(300))  # scrubbed: no e-mail addresses, phone numbers or other digits
    count: Mapped[int] = mapped_column(Integer, default=1)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
