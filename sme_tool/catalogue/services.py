"""Use cases of recommendation and catalogue browsing (no database writes here)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ..core.questionnaire import Questionnaire
from ..core.recommend import Outcome, facts_from_stored, recommend
from ..core.regions import BY_ID
from ..core.ruleset import Offering, Ruleset


def stored_facts(
    questionnaire: Questionnaire, answers: Mapping[str, Any], region: str, result: Mapping[str, Any]
) -> dict[str, Any]:
    """The facts rules see, rebuilt from a stored result."""
    return facts_from_stored(questionnaire, answers, region, result)


def recommend_offerings(
    questionnaire: Questionnaire,
    ruleset: Ruleset,
    answers: Mapping[str, Any],
    region: str,
    result: Mapping[str, Any],
    on: date,
) -> Outcome:
    """Recommendations for a scored diagnosis on a given day."""
    return recommend(ruleset, stored_facts(questionnaire, answers, region, result), region, on)


def localized(texts: Mapping[str, str], locale: str, region: str) -> tuple[str, str]:
    """The text in `locale`, else the region's language, else English; with the language used."""
    home = BY_ID[region].language if region in BY_ID else "en"
    for lang in (locale, home, "en"):
        if texts.get(lang):
            return texts[lang], lang
    return "", locale


def browse(ruleset: Ruleset, region: str, support_type: str | None = None, need: str | None = None) -> list[Offering]:
    """A region's catalogue (with national and EU-wide offerings), optionally filtered."""
    found = [o for o in ruleset.offerings_for(region)
             if (not support_type or o.type == support_type) and (not need or need in o.needs)]  # fmt: skip
    scope_order = {"regional": 0, "national": 1, "eu": 2}
    return sorted(found, key=lambda o: (scope_order[o.scope], o.type, o.id))
