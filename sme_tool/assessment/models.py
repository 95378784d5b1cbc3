"""Stored diagnoses. No identity lives here: a firm is known only by its resume code."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from ..db import Base


def utcnow() -> datetime:
    """Timezone-aware now, evaluated per row (never at import)."""
    return datetime.now(UTC)


class Assessment(Base):
    """One firm's diagnosis: answers saved page by page, the result once complete."""

    __tablename__ = "assessment"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)  # random, unguessable
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the resume code
    region: Mapped[str] = mapped_column(String(32))
    locale: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="in_progress")
    channel: Mapped[str] = mapped_column(String(8), default="web")  # web | api | chat
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sections_done: Mapped[list[str]] = mapped_column(JSON, default=list)
    consent_statistics: Mapped[bool] = mapped_column(Boolean, default=False)
    result: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    versions: Mapped[dict[str, str] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    @property
    def is_complete(self) -> bool:
        """True once every applicable required question is answered and scored."""
        return self.status == "completed"
