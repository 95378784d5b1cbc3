"""The condition language: parsing, evaluation, type checks."""

import pytest

from sme_tool.core.conditions import ConditionError, FieldSpec, check_fields, parse_condition, to_data

FIELDS = {
    "status": FieldSpec("choice", frozenset({"never", "occasional", "regular"})),
    "markets": FieldSpec("multi", frozenset({"eu", "beyond"})),
    "years": FieldSpec("number"),
}


@pytest.mark.parametrize(
    ("condition", "facts", "expected"),
    [
        ({"field": "status", "eq": "never"}, {"status": "never"}, True),
        ({"field": "status", "ne": "never"}, {"status": "never"}, False),
        ({"field": "status", "ne": "never"}, {}, False),  # unanswered never satisfies a comparison
        ({"field": "status", "in": ["occasional", "regular"]}, {"status": "regular"}, True),
        ({"field": "years", "lt": 3}, {"years": 2}, True),
        ({"field": "years", "le": 3}, {"years": 3}, True),
        ({"field": "years", "gt": 3}, {"years": 3}, False),
        ({"field": "years", "ge": 3}, {"years": 3}, True),
        ({"field": "years", "between": [2, 5]}, {"years": 5}, True),
        ({"field": "years", "between": [2, 5]}, {"years": 6}, False),
        ({"field": "years", "lt": 3}, {"years": "2"}, False),  # no coercion of strings
        ({"field": "markets", "contains_any": ["beyond"]}, {"markets": ["eu", "beyond"]}, True),
        ({"field": "markets", "contains_any": ["beyond"]}, {"markets": ["eu"]}, False),
        ({"field": "markets", "answered": True}, {"markets": []}, False),
        ({"field": "markets", "answered": False}, {}, True),
        (
            {"all": [{"field": "status", "eq": "regular"}, {"field": "years", "ge": 2}]},
            {"status": "regular", "years": 1},
            False,
        ),
        (
            {"any": [{"field": "status", "eq": "regular"}, {"field": "years", "ge": 2}]},
            {"status": "regular", "years": 1},
            True,
        ),
        ({"not": {"field": "status", "eq": "never"}}, {"status": "regular"}, True),
    ],
)
def test_evaluation(condition, facts, expected):
    assert parse_condition(condition).evaluate(facts) is expected


@pytest.mark.parametrize(
    ("condition", "fragment"),
    [
        ({"field": "status"}, "exactly one comparison"),
        ({"field": "status", "eq": "x", "ne": "y"}, "exactly one comparison"),
        ({"field": "status", "like": "x"}, "exactly one comparison"),
        ({"eq": "x"}, "needs 'field'"),
        ({"all": []}, "non-empty list"),
        ({"field": "years", "between": [5, 2]}, "low <= high"),
        ({"field": "years", "lt": "three"}, "takes a number"),
        ({"field": "status", "in": "never"}, "non-empty list"),
        ("status == never", "must be a mapping"),
    ],
)
def test_malformed_conditions_are_rejected(condition, fragment):
    with pytest.raises(ConditionError) as info:
        parse_condition(condition)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("condition", "fragment"),
    [
        ({"field": "nope", "eq": "x"}, "unknown field 'nope'"),
        ({"field": "status", "eq": "sometimes"}, "unknown value(s) sometimes"),
        ({"field": "status", "lt": 3}, "needs a number field"),
        ({"field": "markets", "eq": "eu"}, "use 'contains_any'"),
        ({"field": "status", "contains_any": ["never"]}, "use 'in'"),
        ({"field": "years", "eq": "ten"}, "with numbers"),
    ],
)
def test_type_checks(condition, fragment):
    problems = check_fields(parse_condition(condition), FIELDS)
    assert any(fragment in p for p in problems), problems


def test_round_trip_to_data():
    raw = {
        "all": [{"field": "status", "in": ["occasional", "regular"]}, {"not": {"field": "years", "between": [1, 2]}}]
    }
    assert parse_condition(to_data(parse_condition(raw))) == parse_condition(raw)


def test_no_eval_is_possible():
    condition = parse_condition({"field": "__import__('os').system('true')", "eq": "x"})
    assert condition.evaluate({}) is False
