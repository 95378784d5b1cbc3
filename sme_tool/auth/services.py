"""Staff accounts: create, check a password (with a lock after repeated failures), remove."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..assessment.models import utcnow
from ..core.regions import REGION_IDS
from .models import User

ROLES = ("region_manager",)
MIN_PASSWORD = 12
MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCK = timedelta(minutes=15)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# Checked when no account has the address, so an unknown address takes as long as a wrong password.
_DUMMY_HASH = generate_password_hash(secrets.token_hex(16))


class AccountError(ValueError):
    """An account that cannot be created as asked; the message says why."""


def _locked(user: User, now: datetime) -> bool:
    """Whether the account is locked now (SQLite gives the UTC time back without its zone)."""
    until = user.locked_until
    if until is not None and until.tzinfo is None:
        until = until.replace(tzinfo=UTC)
    return until is not None and until > now


def create_user(session: Session, email: str, password: str, role: str, region: str | None) -> User:
    """A new staff account; raises AccountError when an input is not acceptable."""
    email = email.strip().lower()
    if not EMAIL.fullmatch(email) or len(email) > 254:
        raise AccountError(f"not an e-mail address: {email!r}")
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r} (roles: {', '.join(ROLES)})")
    if role == "region_manager" and region not in REGION_IDS:
        raise AccountError(f"a region manager needs one of the regions: {', '.join(REGION_IDS)}")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
    if session.scalar(select(User).where(User.email == email)) is not None:
        raise AccountError(f"an account for {email} exists already")
    user = User(email=email, password_hash=generate_password_hash(password), role=role, region=region,
                session_key=secrets.token_hex(16))  # fmt: skip
    session.add(user)
    session.commit()
    return user


def set_password(session: Session, user: User, password: str) -> None:
    """A new password; every browser signed in with the old one is signed out."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
    user.password_hash = generate_password_hash(password)
    user.session_key, user.failed_logins, user.locked_until = secrets.token_hex(16), 0, None
    session.commit()


def authenticate(session: Session, email: str, password: str) -> tuple[User | None, bool]:
    """The account when the password is right; also whether the account is locked.

    A locked account refuses even the right password until the lock ends.
    """
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        check_password_hash(_DUMMY_HASH, password)
        return None, False
    now = utcnow()
    if _locked(user, now):
        return None, True
    if not check_password_hash(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.failed_logins, user.locked_until = 0, now + LOCK
        session.commit()
        return None, _locked(user, now)
    user.failed_logins, user.locked_until, user.last_login = 0, None, now
    session.commit()
    return user, False


def find_user(session: Session, email: str) -> User | None:
    """The account with this address, if any."""
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def delete_user(session: Session, user: User) -> None:
    """Remove an account for good."""
    session.delete(user)
    session.commit()
