"""Region managers' workspace: the home page and the questions the chatbot could not answer."""

from __future__ import annotations

from flask import Blueprint, render_template, request

from ..auth.access import current_user, require_role
from ..chat.services import UNANSWERED_DAYS, unanswered_in_region
from ..db import get_session
from ..i18n import enabled_languages

bp = Blueprint("insights", __name__, url_prefix="/region")
SHOWN = 200  # rows on the unanswered-questions page, most frequent first


@bp.route("/")
@require_role("region_manager")
def index() -> str:
    """What a region manager can look at."""
    return render_template("insights/index.html", user=current_user())


@bp.route("/unanswered")
@require_role("region_manager")
def list_unanswered() -> str:
    """Questions the chatbot could not answer in this region's chats (and chats without a region)."""
    user = current_user()
    assert user is not None and user.region is not None  # require_role let only region managers through
    locale = request.args.get("language", "")
    locale = locale if locale in enabled_languages() else ""
    rows = unanswered_in_region(get_session(), user.region, locale or None, SHOWN)
    return render_template("insights/list_unanswered.html", rows=rows, user=user, language=locale,
                           days=UNANSWERED_DAYS, shown=SHOWN)  # fmt: skip
