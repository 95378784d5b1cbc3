"""The one condition language: questionnaire `show_if`, rule `when`, offering eligibility.

A condition is data (a YAML mapping), parsed once into small immutable objects and
evaluated against a mapping of facts without `eval`:

    {field: export_status, in: [occasional, regular]}
    {all: [cond, ...]}   {any: [cond, ...]}   {not: cond}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from .yamlsrc import line_of

COMPARISONS = ("eq", "ne", "in", "lt", "le", "gt", "ge", "between", "contains_any", "answered")
NUMERIC = frozenset({"lt", "le", "gt", "ge", "between"})


class ConditionError(ValueError):
    """A condition is malformed; `problems` lists `line: reason` strings."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class FieldSpec:
    """What a condition may say about a field: its kind and allowed values."""

    kind: str  # "choice" | "multi" | "number" | "text"
    values: frozenset[str] | None = None
    min: float | None = None
    max: float | None = None


@dataclass(frozen=True)
class Compare:
    """`{field: F, op: value}`: one comparison of a fact."""

    field: str
    op: str
    value: Any
    line: int = 0

    def evaluate(self, facts: Mapping[str, Any]) -> bool:
        """True when the fact satisfies the comparison; unanswered facts never do."""
        fact = facts.get(self.field)
        answered = fact is not None and fact != "" and fact != []
        if self.op == "answered":
            return answered is bool(self.value)
        if not answered:
            return False
        if self.op == "eq":
            return bool(fact == self.value)
        if self.op == "ne":
            return bool(fact != self.value)
        if self.op == "in":
            return bool(fact in self.value)
        if self.op == "contains_any":
            items = fact if isinstance(fact, list | tuple | set | frozenset) else [fact]
            return any(item in self.value for item in items)
        return _numeric(fact, self.op, self.value)


def _numeric(fact: Any, op: str, value: Any) -> bool:
    if isinstance(fact, bool) or not isinstance(fact, int | float):
        return False
    if op == "between":
        low, high = value
        return bool(low <= fact <= high)
    results = {"lt": fact < value, "le": fact <= value, "gt": fact > value, "ge": fact >= value}
    return bool(results[op])


@dataclass(frozen=True)
class AllOf:
    """True when every part is true (and for an empty list)."""

    parts: tuple[Condition, ...]

    def evaluate(self, facts: Mapping[str, Any]) -> bool:
        """Evaluate every part; all must hold."""
        return all(part.evaluate(facts) for part in self.parts)


@dataclass(frozen=True)
class AnyOf:
    """True when at least one part is true."""

    parts: tuple[Condition, ...]

    def evaluate(self, facts: Mapping[str, Any]) -> bool:
        """Evaluate the parts; one must hold."""
        return any(part.evaluate(facts) for part in self.parts)


@dataclass(frozen=True)
class Not:
    """The negation of a condition."""

    part: Condition

    def evaluate(self, facts: Mapping[str, Any]) -> bool:
        """Negate the part."""
        return not self.part.evaluate(facts)


Condition = Compare | AllOf | AnyOf | Not


def parse_condition(node: Any, line: int = 0) -> Condition:
    """Parse a condition mapping; raise ConditionError listing every problem."""
    problems: list[str] = []
    condition = _parse(node, line, problems)
    if problems:
        raise ConditionError(problems)
    return condition


def _parse(node: Any, line: int, problems: list[str]) -> Condition:
    line = line_of(node, line)
    if not isinstance(node, dict):
        problems.append(f"{line}: a condition must be a mapping, not {type(node).__name__}")
        return AllOf(())
    keys = set(node)
    for combinator, cls in (("all", AllOf), ("any", AnyOf)):
        if keys == {combinator}:
            items = node[combinator]
            if not isinstance(items, list) or not items:
                problems.append(f"{line}: '{combinator}' needs a non-empty list of conditions")
                return AllOf(())
            return cls(tuple(_parse(item, line, problems) for item in items))
    if keys == {"not"}:
        return Not(_parse(node["not"], line, problems))
    return _parse_compare(node, line, problems)


def _parse_compare(node: dict[str, Any], line: int, problems: list[str]) -> Condition:
    field = node.get("field")
    ops = [key for key in node if key != "field"]
    if not isinstance(field, str) or not field:
        problems.append(f"{line}: a comparison needs 'field' (or use all/any/not), got {sorted(node)}")
        return AllOf(())
    if len(ops) != 1 or ops[0] not in COMPARISONS:
        problems.append(f"{line}: field '{field}' needs exactly one comparison of {', '.join(COMPARISONS)}; got {ops}")
        return AllOf(())
    op, value = ops[0], node[ops[0]]
    problem = _value_problem(op, value)
    if problem:
        problems.append(f"{line}: field '{field}': {problem}")
    if op in ("in", "contains_any") and isinstance(value, list):
        value = frozenset(value)
    if op == "between" and isinstance(value, list):
        value = tuple(value)
    return Compare(field, op, value, line)


def _value_problem(op: str, value: Any) -> str | None:
    if op == "answered" and not isinstance(value, bool):
        return "'answered' takes true or false"
    if op in ("in", "contains_any") and (not isinstance(value, list) or not value):
        return f"'{op}' takes a non-empty list"
    if op == "between":
        if not (isinstance(value, list) and len(value) == 2 and all(_is_number(v) for v in value)):
            return "'between' takes a list of two numbers [low, high]"
        if value[0] > value[1]:
            return "'between' needs low <= high"
    if op in ("lt", "le", "gt", "ge") and not _is_number(value):
        return f"'{op}' takes a number"
    if op in ("eq", "ne") and isinstance(value, list | dict):
        return f"'{op}' takes a single value (use 'in' or 'contains_any' for lists)"
    return None


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def comparisons(condition: Condition) -> Iterator[Compare]:
    """Every comparison inside a condition, depth first."""
    if isinstance(condition, Compare):
        yield condition
    elif isinstance(condition, Not):
        yield from comparisons(condition.part)
    else:
        for part in condition.parts:
            yield from comparisons(part)


def check_fields(condition: Condition, fields: Mapping[str, FieldSpec]) -> list[str]:
    """Type-check a parsed condition against the fields it may use; return problems."""
    problems = []
    for comp in comparisons(condition):
        spec = fields.get(comp.field)
        if spec is None:
            problems.append(f"{comp.line}: unknown field '{comp.field}'")
            continue
        problem = _type_problem(comp, spec)
        if problem:
            problems.append(f"{comp.line}: field '{comp.field}': {problem}")
    return problems


def _type_problem(comp: Compare, spec: FieldSpec) -> str | None:
    if comp.op == "answered":
        return None
    if comp.op in NUMERIC:
        return None if spec.kind == "number" else f"'{comp.op}' needs a number field, this is {spec.kind}"
    if comp.op == "contains_any" and spec.kind != "multi":
        return "'contains_any' is for multiple-choice fields; use 'in'"
    if comp.op in ("eq", "ne", "in") and spec.kind == "multi":
        return f"'{comp.op}' cannot compare a multiple-choice field; use 'contains_any'"
    if spec.kind == "number":
        return None if all(_is_number(v) for v in _values(comp)) else "compare a number field with numbers"
    if spec.values is not None:
        unknown = sorted(str(v) for v in _values(comp) if v not in spec.values)
        if unknown:
            return f"unknown value(s) {', '.join(unknown)}; allowed: {', '.join(sorted(spec.values))}"
    return None


def _values(comp: Compare) -> list[Any]:
    if isinstance(comp.value, frozenset | tuple):
        return list(comp.value)
    return [comp.value]


def to_data(condition: Condition) -> dict[str, Any]:
    """The condition as plain data again (for the page script that hides branches)."""
    if isinstance(condition, Compare):
        value = sorted(condition.value) if isinstance(condition.value, frozenset) else condition.value
        return {"field": condition.field, condition.op: list(value) if isinstance(value, tuple) else value}
    if isinstance(condition, Not):
        return {"not": to_data(condition.part)}
    key = "all" if isinstance(condition, AllOf) else "any"
    return {key: [to_data(part) for part in condition.parts]}
