"""Staff sign-in and sign-out. Firms never need an account."""

from __future__ import annotations

from flask import Blueprint, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from ..db import get_session
from ..i18n import _
from . import services
from .access import current_user, safe_next, sign_in, sign_out
from .forms import LoginForm

bp = Blueprint("auth", __name__, url_prefix="/account")


def _home() -> str:
    return url_for("insights.index")


@bp.route("/login", methods=["GET", "POST"])
def login() -> Response | tuple[str, int]:
    """Sign in with e-mail address and password; back to the page asked for, or the staff home."""
    form = LoginForm()
    if request.method == "GET":
        form.next.data = safe_next(request.args.get("next")) or ""
        if current_user() is not None:
            return redirect(form.next.data or _home())
    if form.validate_on_submit():
        user = services.authenticate(get_session(), form.email.data or "", form.password.data or "")
        if user is not None:
            sign_in(user)
            return redirect(safe_next(form.next.data) or _home(), code=303)
        form.email.errors = [_("The e-mail address or the password is not right. Check both and try again.")]
    form.password.data = ""  # never sent back to the browser
    minutes = int(services.LOCK.total_seconds() // 60)
    page = render_template("auth/login.html", form=form, signed_out=request.args.get("signed_out"),
                           failures=services.MAX_FAILURES, minutes=minutes)  # fmt: skip
    return page, 400 if form.errors else 200


@bp.route("/logout", methods=["POST"])
def logout() -> Response:
    """Sign out here and everywhere (a form post, so another site cannot sign anyone out)."""
    user = current_user()
    if user is not None:
        services.end_sign_ins(get_session(), user)
    sign_out()
    return redirect(url_for("auth.login", signed_out=1), code=303)
