"""Staff accounts. Identity lives here, apart from the firms' diagnoses (which hold none)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..assessment.models import utcnow
from ..db import Base


class User(Base):
    """A region manager (advisers come with their own pages). Firms never have accounts."""

    __tablename__ = "auth_user"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)  # stored lower-case
    password_hash: Mapped[str] = mapped_column(String(255))  # werkzeug scrypt, salted
    role: Mapped[str] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(32))  # the one region a region manager sees
    session_key: Mapped[str] = mapped_column(String(32))  # changes with the password: old sign-ins end
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_login: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
