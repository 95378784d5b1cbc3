"""rules/**/tests.yaml: given profiles get the offerings an adviser would expect."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from sme_tool.core.catalogue import load_ruleset
from sme_tool.core.questionnaire import load_questionnaire
from sme_tool.core.regions import REGION_IDS
from tests.conftest import QUESTIONNAIRE_PATH
from tests.rules_cases import CASE_DAY, RULES_DIR, load_cases, run_case

CASES = load_cases()
ARCHETYPES = ("micro_non_exporter", "eu_exporter_short_of_finance", "experienced_exporter_beyond_eu")


@cache
def data():
    qn = load_questionnaire(QUESTIONNAIRE_PATH)
    return qn, load_ruleset(RULES_DIR, qn, date.today())


@cache
def outcome(case_id: str, region: str):
    case = next(c for c in CASES if c.id == case_id and c.region == region)
    return run_case(case, *data())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.region}:{c.id}" for c in CASES])
def test_case(case):
    result = outcome(case.id, case.region)
    ids = [r.offering.id for r in result.recommendations]
    for offering_id in case.include + case.top + case.exclude:
        assert offering_id in data()[1].offerings, f"{case.where}: unknown offering {offering_id}"
    assert [o for o in case.include if o not in ids] == [], f"{case.where}: missing; got {ids}"
    assert [o for o in case.exclude if o in ids] == [], f"{case.where}: should not be recommended; got {ids}"
    first = ids[: len(case.top) + 2]
    assert [o for o in case.top if o not in first] == [], f"{case.where}: not near the top; got {first}"
    assert all(r.offering.region in (case.region, "eu") for r in result.recommendations)
    assert all(r.rules for r in result.recommendations), "every recommendation has its reasons"


@pytest.mark.parametrize("region", REGION_IDS)
def test_three_contrasting_firms_get_different_support(region):
    lists = [tuple(r.offering.id for r in outcome(case_id, region).recommendations) for case_id in ARCHETYPES]
    assert all(lists), "each firm gets recommendations"
    assert len(set(lists)) == 3
    tops = [set(found[:4]) for found in lists]
    assert tops[0] != tops[1] != tops[2] != tops[0]


def test_every_rule_fires_in_some_case():
    fired = {rule.id for case in CASES for rule in outcome(case.id, case.region).fired}
    assert sorted({r.id for r in data()[1].rules} - fired) == []


def test_every_current_offering_is_recommended_in_some_case():
    shown = {r.offering.id for case in CASES for r in outcome(case.id, case.region).recommendations}
    current = {o.id for o in data()[1].offerings.values() if o.is_current(CASE_DAY)}
    assert sorted(current - shown) == []


def test_every_region_has_cases_and_a_full_catalogue():
    ruleset = data()[1]
    for region in REGION_IDS:
        assert {"micro_non_exporter", "eu_exporter_short_of_finance", "experienced_exporter_beyond_eu"} <= {
            c.id for c in CASES if c.region == region
        }
        own = [o for o in ruleset.offerings.values() if o.region == region]
        assert len(own) >= 12
        types = {o.type for o in ruleset.offerings_for(region)}
        assert types == {
            "workshop",
            "advisory",
            "trade_mission",
            "trade_fair",
            "fund",
            "b2b_matchmaking",
            "online_tool",
            "consortium",
        }, region
        assert all(o.source.startswith("https://") and o.last_verified for o in own)
