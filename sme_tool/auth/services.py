"""Staff accounts: create, check a password (with a lock after repeated failures), remove."""

from __future__ import annotations

import logging
import re
import secrets
from datetime import UTC, datetime, timedelta
from functools import cache

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..assessment.models import utcnow
from ..core.regions import REGION_IDS
from .models import User

log = logging.getLogger(__name__)
ROLES = ("region_manager",)
MIN_PASSWORD = 12
MAX_FAILURES = 5  # wrong passwords in a row before the account locks
LOCK = timedelta(minutes=15)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class AccountError(ValueError):
    """An account that cannot be created as asked; the message says why."""


@cache
def _dummy_hash() -> str:
    """Checked when no account has the address, so an unknown address takes as long as a wrong password
    (made on the first sign-in, not at import: a scrypt hash costs ~100 ms of every start-up)."""
    return generate_password_hash(secrets.token_hex(16))


def _check_length(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")


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
    _check_length(password)
    if find_user(session, email) is not None:
        raise AccountError(f"an account for {email} exists already")
    user = User(email=email, password_hash=generate_password_hash(password), role=role, region=region,
                session_key=secrets.token_hex(16))  # fmt: skip
    session.add(user)
    session.commit()
    return user


def set_password(session: Session, user: User, password: str) -> None:
    """A new password; every browser signed in with the old one is signed out."""
    _check_length(password)
    user.password_hash = generate_password_hash(password)
    user.session_key, user.failed_logins, user.locked_until = secrets.token_hex(16), 0, None
    session.commit()


def authenticate(session: Session, email: str, password: str) -> User | None:
    """The account when the address and password are right and the account is not locked.

    Every refusal looks and takes the same (one scrypt check), so neither the message nor the
    time tells whether an address has an account or is locked. Failures are counted in one
    UPDATE, so simultaneous guesses on several hosts all count.
    """
    user = find_user(session, email)
    now = utcnow()
    if user is None or _locked(user, now):
        check_password_hash(_dummy_hash(), password)
        return None
    if not check_password_hash(user.password_hash, password):
        failures = session.execute(
            update(User).where(User.id == user.id).values(failed_logins=User.failed_logins + 1)
            .returning(User.failed_logins)
        ).scalar_one()  # fmt: skip
        if failures >= MAX_FAILURES:
            session.execute(update(User).where(User.id == user.id).values(failed_logins=0, locked_until=now + LOCK))
            log.warning("staff account %s locked for %s after %s wrong passwords", user.id, LOCK, failures)
        session.commit()
        return None
    user.failed_logins, user.locked_until, user.last_login = 0, None, now
    session.commit()
    return user


def end_sign_ins(session: Session, user: User) -> None:
    """Every browser signed in to the account is signed out (a copied cookie stops working too)."""
    user.session_key = secrets.token_hex(16)
    session.commit()


def list_users(session: Session) -> list[User]:
    """All staff accounts, by address."""
    return list(session.scalars(select(User).order_by(User.email)))


def find_user(session: Session, email: str) -> User | None:
    """The account with this address, if any."""
    return session.scalar(select(User).where(User.email == email.strip().lower()))


def delete_user(session: Session, user: User) -> None:
    """Remove an account for good."""
    session.delete(user)
    session.commit()
