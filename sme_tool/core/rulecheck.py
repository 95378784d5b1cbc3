"""Checking helpers for the rules files: problems with file and line, fields, satisfiability."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from .conditions import Condition, ConditionError, FieldSpec, check_fields, comparisons, parse_condition
from .questionnaire import Questionnaire
from .yamlsrc import DataError, line_of, load_yaml

FIELD_TYPES = ("choice", "multi", "number")
MAX_COMBINATIONS = 50_000


class Checker:
    """Collects every problem of a rules tree as `file:line: reason`."""

    def __init__(self, questionnaire: Questionnaire) -> None:
        self.questionnaire = questionnaire
        self.problems: list[str] = []
        self.region_of_file: Any = None

    def fail(self, path: Path, node: Any, reason: str) -> None:
        """Record a problem at a node's line."""
        self.problems.append(f"{path}:{line_of(node)}: {reason}")

    def fail_at(self, where: str, reason: str) -> None:
        """Record a problem at a known `file:line`."""
        self.problems.append(f"{where}: {reason}")

    def load(self, path: Path) -> Any:
        """Parse a YAML file, recording a parse error instead of raising."""
        try:
            return load_yaml(path)
        except DataError as exc:
            self.problems.extend(exc.problems)
            return None

    def needs(self, path: Path) -> dict[str, str]:
        """The needs vocabulary: id → English label."""
        raw = self.load(path)
        items = raw.get("needs") if isinstance(raw, dict) else None
        if not isinstance(items, list) or not items:
            self.fail(path, raw, "the file needs a non-empty list 'needs' of {id, label}")
            return {}
        result = {}
        for item in items:
            if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not item.get("label"):
                self.fail(path, item, "each need has an 'id' and a 'label'")
                continue
            result[item["id"]] = str(item["label"])
        return result

    def fields(self, path: Path) -> dict[str, FieldSpec]:
        """The declared facts, checked against the questionnaire's questions."""
        raw = self.load(path)
        items = raw.get("fields") if isinstance(raw, dict) else None
        if not isinstance(items, dict) or not items:
            self.fail(path, raw, "the file needs a mapping 'fields' of fact → {type, values | min, max}")
            return {}
        result = {}
        for name, spec in items.items():
            if not isinstance(spec, dict) or spec.get("type") not in FIELD_TYPES:
                self.fail(path, items, f"fact '{name}': type must be one of {', '.join(FIELD_TYPES)}")
                continue
            values = spec.get("values")
            if spec["type"] != "number" and not (isinstance(values, list) and values):
                self.fail(path, spec, f"fact '{name}': a {spec['type']} fact lists its 'values'")
                continue
            kind_values = frozenset(str(v) for v in values) if values else None
            result[name] = FieldSpec(spec["type"], kind_values, spec.get("min"), spec.get("max"))
            self._against_questionnaire(path, spec, name, result[name])
        return result

    def _against_questionnaire(self, path: Path, node: Any, name: str, spec: FieldSpec) -> None:
        question = self.questionnaire.questions.get(name)
        if question is None:
            return
        if question.type in ("single", "multi"):
            actual = frozenset(o.value for o in question.options)
        elif question.type == "yesno":
            actual = frozenset({"yes", "no"})
        else:
            actual = None
        expected_kind = {"multi": "multi", "scale": "number", "number": "number"}.get(question.type, "choice")
        if spec.kind != expected_kind or (actual is not None and spec.values != actual):
            self.fail(
                path,
                node,
                f"fact '{name}' does not match question '{name}' of the questionnaire "
                f"(type {question.type}, values {sorted(actual or [])})",
            )

    def condition(
        self, path: Path, node: Any, key: str, fields: dict[str, FieldSpec], required: bool = True
    ) -> Condition | None:
        """Parse and type-check the condition under `key`, recording problems."""
        if key not in node:
            if required:
                self.fail(path, node, f"'{key}' is missing")
            return None
        try:
            condition = parse_condition(node[key], line_of(node[key], line_of(node)))
        except ConditionError as exc:
            for problem in exc.problems:
                self.problems.append(f"{path}:{problem}")
            return None
        problems = check_fields(condition, fields)
        self.problems.extend(f"{path}:{p}" for p in problems)
        return None if problems else condition


def _candidates(spec: FieldSpec, thresholds: set[float]) -> list[Any]:
    if spec.kind == "number":
        low = spec.min if spec.min is not None else min(thresholds | {0.0}) - 1
        high = spec.max if spec.max is not None else max(thresholds | {0.0}) + 1
        points = {low, high} | {t + d for t in thresholds for d in (-0.5, 0, 0.5)}
        return [None, *sorted(p for p in points if low <= p <= high)]
    values = sorted(spec.values or [])
    if spec.kind == "multi":
        return [None, *([v] for v in values), values]
    return [None, *values]


def can_fire(condition: Condition, fields: dict[str, FieldSpec]) -> bool:
    """True unless no combination of the facts it uses can make the condition true.

    Tries every combination of representative values (each choice, every threshold
    and its neighbours, unanswered); beyond MAX_COMBINATIONS it assumes it can fire.
    """
    used: dict[str, set[float]] = {}
    for comp in comparisons(condition):
        numbers = used.setdefault(comp.field, set())
        raw = comp.value if isinstance(comp.value, tuple) else (comp.value,)
        numbers.update(float(v) for v in raw if isinstance(v, int | float) and not isinstance(v, bool))
    names = [n for n in used if n in fields]
    choices = [_candidates(fields[n], used[n]) for n in names]
    total = 1
    for options in choices:
        total *= len(options)
    if total > MAX_COMBINATIONS:
        return True
    return any(condition.evaluate(dict(zip(names, combo, strict=True))) for combo in itertools.product(*choices))
