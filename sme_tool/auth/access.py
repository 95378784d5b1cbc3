"""Who is signed in, and the role and region checks every staff page and call goes through."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import urlsplit

from flask import Flask, abort, g, make_response, redirect, request, session, url_for

from ..core.regions import REGION_IDS
from ..db import get_session
from .models import User

SIGN_IN_HOURS = 8  # a staff sign-in ends after a working day, whatever the cookie's lifetime
F = TypeVar("F", bound=Callable[..., Any])


def current_user() -> User | None:
    """The signed-in staff account of this request, or None (firms never sign in)."""
    if "user" not in g:
        g.user = _load_user()
    user: User | None = g.user
    return user


def _load_user() -> User | None:
    user_id, key, since = session.get("user_id"), session.get("user_key"), session.get("signed_in_at")
    if not isinstance(user_id, int) or not isinstance(since, (int, float)):
        return None
    if datetime.now(UTC) - datetime.fromtimestamp(since, UTC) > timedelta(hours=SIGN_IN_HOURS):
        return None
    user = get_session().get(User, user_id)
    if user is None or user.session_key != key:  # removed, or the password changed since
        return None
    return user


def _fresh_session() -> None:
    """Forget everything the session held but the language choice."""
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang


def sign_in(user: User) -> None:
    """Start a fresh session for the account (nothing kept from before but the language)."""
    _fresh_session()
    session["user_id"], session["user_key"] = user.id, user.session_key
    session["signed_in_at"] = datetime.now(UTC).timestamp()
    g.user = user


def sign_out() -> None:
    """End the staff session (the language choice stays)."""
    _fresh_session()
    g.user = None


def require_role(*roles: str) -> Callable[[F], F]:
    """Only accounts with one of `roles`: others are sent to sign in (no account) or refused (403).

    Region managers also need a valid region: their pages show that region's data only.
    """

    def decorate(view: F) -> F:
        @wraps(view)
        def checked(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
            if user.role not in roles or (user.role == "region_manager" and user.region not in REGION_IDS):
                abort(403)  # a region manager without a valid region sees nothing rather than everything
            response = make_response(view(*args, **kwargs))
            response.headers["Cache-Control"] = "no-store"  # not shown again by Back after signing out
            return response

        return checked  # type: ignore[return-value]

    return decorate


def safe_next(target: str | None) -> str | None:
    """A page of this site to go back to after signing in; never another site."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return None
    parts = urlsplit(target)
    return target if not parts.scheme and not parts.netloc else None


def init_app(app: Flask) -> None:
    """Templates may ask who is signed in."""
    app.context_processor(lambda: {"current_user": current_user})
