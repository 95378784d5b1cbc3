"""The public catalogue: every region's support, filterable by type and need (works without JS)."""

from __future__ import annotations

from flask import Blueprint, abort, render_template, request

from ..assessment.messages import REGION_NAMES
from ..core.regions import REGIONS
from ..core.ruleset import SUPPORT_TYPES
from ..data import ruleset
from ..i18n import _
from .present import TYPE_LABELS, offering_view
from .services import browse

bp = Blueprint("catalogue", __name__, url_prefix="/catalogue")


@bp.get("/")
def index() -> str:
    """The seven regions, each with the size of its catalogue."""
    counts = {r.id: len(ruleset().offerings_for(r.id)) for r in REGIONS}
    return render_template("catalogue/index.html", regions=REGIONS, counts=counts, names=REGION_NAMES)


@bp.get("/<region>")
def region_catalogue(region: str) -> str:
    """A region's offerings, with national and EU-wide ones; filters by support type and need."""
    if region not in REGION_NAMES:
        abort(404)
    rs = ruleset()
    support_type = request.args.get("type") or None
    need = request.args.get("need") or None
    if (support_type and support_type not in SUPPORT_TYPES) or (need and need not in rs.needs):
        support_type, need = None, None  # a tampered filter shows everything rather than failing
    cards = [offering_view(o, region) for o in browse(rs, region, support_type, need)]
    types = [(t, str(TYPE_LABELS[t])) for t in SUPPORT_TYPES]
    needs = sorted(((n, _(label)) for n, label in rs.needs.items()), key=lambda x: x[1])
    return render_template("catalogue/region.html", region=region, region_name=REGION_NAMES[region], cards=cards,
                           types=types, needs=needs, chosen_type=support_type, chosen_need=need)  # fmt: skip
