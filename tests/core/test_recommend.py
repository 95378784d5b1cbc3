"""The recommendation engine on small hand-made rulesets."""

import random
from datetime import date

from sme_tool.core.conditions import FieldSpec, parse_condition
from sme_tool.core.recommend import LIMIT, PER_TYPE, recommend
from sme_tool.core.rulecheck import can_fire
from sme_tool.core.ruleset import Eligibility, Offering, Rule, Ruleset

DAY = date(2026, 6, 1)


def rule(rid, when, needs, exclude=(), region=None):
    return Rule(rid, parse_condition(when), needs, f"Because {rid}.", frozenset(exclude), region, "x:1")


def offering(oid, needs, type_="advisory", region="molise", **eligibility):
    return Offering(
        oid,
        region,
        "regional" if region != "eu" else "eu",
        type_,
        {"en": "P"},
        {"en": oid},
        {"en": oid},
        tuple(needs),
        Eligibility(**eligibility),
        {},
        "https://x",
        "https://x",
        DAY,
        False,
        "x:1",
    )


def ruleset(rules, offerings):
    return Ruleset({}, {}, tuple(rules), {o.id: o for o in offerings}, "v1")


FACTS = {"stage": "exploring", "size_band": "small", "nace_section": "nace_c", "score.finance": 20}


def ids(outcome):
    return [r.offering.id for r in outcome.recommendations]


def test_every_matching_rule_contributes_and_order_never_matters():
    rules = [
        rule("a", {"field": "stage", "eq": "exploring"}, {"finance": 2}),
        rule("b", {"field": "score.finance", "lt": 50}, {"finance": 3, "fairs": 1}),
        rule("c", {"field": "stage", "eq": "not_exporting"}, {"fairs": 5}),
    ]  # does not match
    offers = [offering("fund", ["finance"]), offering("fair", ["fairs"], "trade_fair")]
    first = recommend(ruleset(rules, offers), FACTS, "molise", DAY)
    assert first.needs == {"finance": 5, "fairs": 1}
    assert ids(first) == ["fund", "fair"] and [r.id for r in first.recommendations[0].rules] == ["b", "a"]
    for _ in range(5):
        shuffled = random.sample(rules, len(rules))
        assert ids(recommend(ruleset(shuffled, offers), FACTS, "molise", DAY)) == ids(first)


def test_ties_break_by_id_and_the_main_need_weighs_most():
    rules = [rule("a", {"field": "stage", "eq": "exploring"}, {"x": 2, "y": 2})]
    offers = [offering("b_generalist", ["y", "x"]), offering("a_specialist", ["x"]), offering("c_same", ["x"])]
    result = recommend(ruleset(rules, offers), FACTS, "molise", DAY)
    assert ids(result) == ["b_generalist", "a_specialist", "c_same"]
    assert [r.score for r in result.recommendations] == [3.0, 2.0, 2.0]


def test_eligibility_filters_and_near_misses_say_why():
    rules = [rule("a", {"field": "stage", "eq": "exploring"}, {"x": 1})]
    offers = [
        offering("for_micro", ["x"], sizes=("micro",)),
        offering("for_food", ["x"], sectors=("nace_a",)),
        offering("for_starters", ["x"], stages=("not_exporting",)),
        offering("for_old_firms", ["x"], when=parse_condition({"field": "years_trading", "ge": 5})),
        offering("open", ["x"]),
        offering("small_ok", ["x"], sizes=("small", "medium")),
    ]
    result = recommend(ruleset(rules, offers), FACTS, "molise", DAY)
    assert ids(result) == ["open", "small_ok"]
    assert result.recommendations[1].eligible == (("size", "small"),)
    assert result.recommendations[0].eligible == (("open", ""),)
    assert {r.offering.id: r.blocked[0][0] for r in result.near_misses} == {
        "for_food": "sector",
        "for_micro": "size",
        "for_old_firms": "condition",
    }


def test_offerings_outside_their_dates_are_never_recommended():
    rules = [rule("a", {"field": "stage", "eq": "exploring"}, {"x": 1})]
    offers = [
        offering("ended", ["x"], valid_until=date(2026, 5, 31)),
        offering("future", ["x"], valid_from=date(2026, 6, 2)),
        offering("current", ["x"], valid_from=DAY, valid_until=DAY),
    ]
    result = recommend(ruleset(rules, offers), FACTS, "molise", DAY)
    assert ids(result) == ["current"] and result.near_misses == ()


def test_only_the_region_and_eu_offerings_and_rules_count():
    rules = [
        rule("here", {"field": "stage", "eq": "exploring"}, {"x": 1}, region="molise"),
        rule("there", {"field": "stage", "eq": "exploring"}, {"y": 9}, region="kent"),
    ]
    offers = [
        offering("mine", ["x"]),
        offering("eu_wide", ["x"], region="eu"),
        offering("kent_only", ["x", "y"], region="kent"),
    ]
    result = recommend(ruleset(rules, offers), FACTS, "molise", DAY)
    assert ids(result) == ["eu_wide", "mine"] and [r.id for r in result.fired] == ["here"]


def test_caps_per_type_and_in_total():
    rules = [rule("a", {"field": "stage", "eq": "exploring"}, {"x": 1})]
    types = ["workshop", "advisory", "trade_fair", "fund", "online_tool"]
    offers = [offering(f"{t}_{i}", ["x"], t) for t in types for i in range(5)]
    result = recommend(ruleset(rules, offers), FACTS, "molise", DAY)
    counts = {t: sum(r.offering.type == t for r in result.recommendations) for t in types}
    assert len(result.recommendations) == LIMIT and max(counts.values()) == PER_TYPE


def test_exclude_rules_out_a_need():
    rules = [
        rule("a", {"field": "stage", "eq": "exploring"}, {"x": 3, "y": 1}),
        rule("b", {"field": "size_band", "eq": "small"}, {"y": 1}, exclude=["x"]),
    ]
    offers = [offering("for_x", ["x"]), offering("for_y", ["y"])]
    result = recommend(ruleset(rules, offers), FACTS, "molise", DAY)
    assert ids(result) == ["for_y"] and "x" not in result.needs


def test_trace_replays_to_the_same_list():
    rules = [rule("a", {"field": "stage", "eq": "exploring"}, {"x": 1, "y": 2})]
    offers = [offering("o1", ["x"]), offering("o2", ["y"], "fund"), offering("o3", ["x"], sizes=("micro",))]
    first = recommend(ruleset(rules, offers), FACTS, "molise", DAY).trace()
    again = recommend(
        ruleset(list(reversed(rules)), list(reversed(offers))), FACTS, "molise", date.fromisoformat(first["on"])
    ).trace()
    assert first == again
    assert first["ruleset"] == "v1" and first["rules_fired"] == ["a"]
    assert [i["offering_id"] for i in first["recommended"]] == ["o2", "o1"]
    assert first["near_misses"][0]["blocked"] == [["size", "small"]]


def test_can_fire_finds_impossible_conditions():
    fields = {
        "s": FieldSpec("number", min=0, max=100),
        "c": FieldSpec("choice", frozenset({"a", "b"})),
        "m": FieldSpec("multi", frozenset({"x", "y"})),
    }
    assert can_fire(parse_condition({"field": "s", "lt": 50}), fields)
    assert not can_fire(parse_condition({"field": "s", "lt": 0}), fields)
    assert not can_fire(parse_condition({"field": "s", "gt": 100}), fields)
    assert not can_fire(parse_condition({"all": [{"field": "c", "eq": "a"}, {"field": "c", "eq": "b"}]}), fields)
    assert not can_fire(parse_condition({"all": [{"field": "s", "ge": 60}, {"field": "s", "lt": 40}]}), fields)
    assert can_fire(
        parse_condition({"all": [{"field": "m", "contains_any": ["x"]}, {"field": "m", "contains_any": ["y"]}]}), fields
    )
    assert can_fire(parse_condition({"not": {"field": "c", "answered": True}}), fields)
