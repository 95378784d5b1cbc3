"""Offerings and recommendations as users read them: translated, with reasons in plain words."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import format_decimal, get_locale

from ..core.ruleset import SUPPORT_TYPES, Offering, Ruleset
from ..data import questionnaire
from ..i18n import _, _l
from .services import localized

TYPE_LABELS = {
    "workshop": _l("Workshops and training"),
    "advisory": _l("Advice and coaching"),
    "trade_mission": _l("Trade missions"),
    "trade_fair": _l("Trade fairs"),
    "fund": _l("Funding"),
    "b2b_matchmaking": _l("B2B matchmaking"),
    "online_tool": _l("Online tools"),
    "consortium": _l("Export consortia"),
}
SCOPE_LABELS = {"regional": _l("Regional"), "national": _l("National"), "eu": _l("EU-wide")}


def offering_view(offering: Offering, region: str) -> dict[str, Any]:
    """An offering's texts in the current language, with a flag where another language stands in."""
    locale = str(get_locale())
    title, title_lang = localized(offering.title, locale, region)
    description, _lang = localized(offering.description, locale, region)
    cost, _cost_lang = localized(offering.cost, locale, region)
    provider, _provider_lang = localized(offering.provider, locale, region)
    return {
        "id": offering.id, "type": offering.type, "type_label": str(TYPE_LABELS[offering.type]),
        "scope": offering.scope, "scope_label": str(SCOPE_LABELS[offering.scope]), "region": offering.region,
        "provider": provider, "title": title, "description": description, "cost": cost,
        "text_lang": title_lang, "fallback": title_lang != locale, "link": offering.link,
        "source": offering.source, "last_verified": offering.last_verified, "sample": offering.sample,
        "needs": [_(questionnaire_need_label(n)) for n in offering.needs],
    }  # fmt: skip


def questionnaire_need_label(need: str) -> str:
    """The English label of a need (translated by the caller)."""
    from ..data import ruleset

    return ruleset().needs.get(need, need)


def _because(text: str, facts: Mapping[str, Any]) -> str:
    values = {name: _display(facts.get(name)) for name in _placeholders(text)}
    return _(text, **values)


def _placeholders(text: str) -> list[str]:
    from ..core.catalogue import PLACEHOLDER

    return PLACEHOLDER.findall(text)


def _display(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(format_decimal(round(value)))
    return "–" if value is None else str(value)


def _eligibility_text(kind: str, value: str) -> str:
    qn = questionnaire()
    if kind == "size":
        option = qn.questions["size_band"].option(value)
        return _("It is open to companies of your size (%(size)s).", size=_(option.label) if option else value)
    if kind == "sector":
        option = qn.questions["nace_section"].option(value)
        return _("It is open to companies in your sector (%(sector)s).", sector=_(option.label) if option else value)
    if kind == "stage":
        stage = next((s for s in qn.stages if s.id == value), None)
        label = _(stage.label) if stage else value
        return _("It is meant for companies at your export stage (%(stage)s).", stage=label)
    return _("It is open to companies like yours.")


def _blocked_text(kind: str) -> str:
    return {
        "size": _("It is not open to companies of your size."),
        "sector": _("It is not open to companies in your sector."),
        "stage": _("It is meant for companies at another export stage."),
        "dates": _("It is not open at the moment."),
    }.get(kind, _("Your company does not meet its conditions."))


def recommendation_views(
    ruleset: Ruleset, items: list[Mapping[str, Any]], facts: Mapping[str, Any], region: str
) -> list[dict[str, Any]]:
    """Stored trace items as cards: offering texts, reasons with the firm's values, eligibility."""
    rules = {r.id: r for r in ruleset.rules}
    views = []
    for item in items:
        offering = ruleset.offerings.get(item["offering_id"])
        if offering is None:  # removed from the catalogue since the result was stored
            continue
        view = offering_view(offering, region)
        view["score"] = item["score"]
        view["reasons"] = [_because(rules[rid].because, facts) for rid in item["rules"] if rid in rules]
        view["eligible"] = [_eligibility_text(kind, value) for kind, value in item.get("eligible", [])]
        view["blocked"] = [_blocked_text(kind) for kind, _value in item.get("blocked", [])]
        views.append(view)
    return views


def grouped(views: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """Cards grouped by support type, in a fixed order, best first within each group."""
    groups = []
    for support_type in SUPPORT_TYPES:
        members = [v for v in views if v["type"] == support_type]
        if members:
            groups.append((str(TYPE_LABELS[support_type]), members))
    return sorted(groups, key=lambda g: -max(v["score"] for v in g[1]))
