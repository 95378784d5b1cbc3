"""The bot's replies as users read them, in their language."""

from __future__ import annotations

from functools import cache
from typing import Any

from flask import url_for
from flask_babel import force_locale

from ..assessment.messages import REGION_NAMES
from ..catalogue.present import TYPE_LABELS, offering_view
from ..core.regions import REGIONS
from ..data import ruleset
from ..i18n import _
from .services import Reply


@cache
def vocabulary(locale: str) -> dict[str, dict[str, list[str]]]:
    """Words for support types, needs and regions in `locale` (and in English), built once per language."""
    with force_locale(locale):
        types = {t: [str(label)] for t, label in TYPE_LABELS.items()}
        needs = {n: [_(label)] for n, label in ruleset().needs.items()}
        regions = {r.id: [str(REGION_NAMES[r.id]).split(" (")[0], r.name] for r in REGIONS}
    with force_locale("en"):
        for t, label in TYPE_LABELS.items():
            types[t].append(str(label))
        for r in REGIONS:
            regions[r.id].append(str(REGION_NAMES[r.id]).split(" (")[0])
    return {"types": types, "needs": needs, "regions": regions}


def offering_cards(ids: list[str], region: str | None) -> list[dict[str, Any]]:
    """Cards for the offerings a reply names (ones removed from the catalogue since are skipped)."""
    rs = ruleset()
    return [offering_view(rs.offerings[o], region or rs.offerings[o].region) for o in ids if o in rs.offerings]


def link_views(links: list[tuple[str, str]]) -> list[dict[str, str]]:
    """Official links with their labels in the current language."""
    return [{"url": url, "label": _(label)} for url, label in links]


def reply_view(reply: Reply) -> dict[str, Any]:
    """The reply's text and the cards and links that go with it."""
    cards = offering_cards(reply.offerings, reply.region)
    region_name = str(REGION_NAMES.get(reply.region or "", ""))
    if reply.intent == "find_support":
        if not reply.region:
            text = _("Which region is your company in? Name it in your question, "
                     "for example: trade fairs in Cantabria.")  # fmt: skip
        elif cards:
            text = _("Here is support in %(region)s that matches your question:", region=region_name)
        else:
            text = _("I found no offer of this kind in %(region)s. The catalogue of the region lists everything.",
                     region=region_name)  # fmt: skip
    elif reply.answered:
        text = _(reply.text)
    else:
        text = _("I am not sure I understood. I can help with exporting: customs, finance, markets, "
                 "the support in your region and this diagnosis.")  # fmt: skip
    catalogue = (url_for("catalogue.region_catalogue", region=reply.region) if reply.region
                 else url_for("catalogue.index"))  # fmt: skip
    return {
        "text": text, "answered": reply.answered, "intent": reply.intent, "confidence": reply.confidence,
        "suggestions": reply.suggestions, "offerings": cards,
        "links": link_views(reply.links),
        "adviser": None if reply.answered else {"url": catalogue,
                                                "label": _("Contact an export adviser in your region")},
    }  # fmt: skip


def message_error(code: str, limit: int) -> str:
    """A polite answer to a message that cannot be read."""
    if code == "too_long":
        return _("Please keep your question under %(max)s characters.", max=limit)
    return _("Please type a question about exporting.")
