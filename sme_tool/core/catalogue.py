"""Loading rules/**.yaml: rules and offerings, validated and compiled once at start-up."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from .conditions import FieldSpec
from .offerings import parse_offerings
from .questionnaire import Questionnaire
from .regions import REGION_IDS
from .rulecheck import Checker, can_fire
from .ruleset import Offering, Rule, Ruleset
from .yamlsrc import DataError, line_of

PLACEHOLDER = re.compile(r"%\(([\w.]+)\)s")


def load_ruleset(root: str | Path, questionnaire: Questionnaire, today: date) -> Ruleset:
    """Load and check every rules file under `root`; raise DataError listing every problem."""
    root = Path(root)
    checker = Checker(questionnaire)
    needs = checker.needs(root / "needs.yaml")
    fields = checker.fields(root / "fields.yaml")
    rules: list[Rule] = []
    offerings: dict[str, Offering] = {}
    for folder in ("common", *REGION_IDS):
        region = None if folder == "common" else folder
        if (root / folder / "rules.yaml").exists():
            rules.extend(_rules(checker, root / folder / "rules.yaml", region, needs, fields))
        if (root / folder / "offerings.yaml").exists():
            path = root / folder / "offerings.yaml"
            items = list(_items(checker, path, "offerings"))  # reads the file's region first
            for offering in parse_offerings(checker, path, items, region or "eu", needs, fields):
                if offering.id in offerings:
                    checker.fail_at(
                        offering.where,
                        f"duplicate offering id '{offering.id}' (also at {offerings[offering.id].where})",
                    )
                offerings[offering.id] = offering
        elif region is not None:
            checker.problems.append(f"{root / folder / 'offerings.yaml'}:0: the region has no catalogue")
    _check_unique_rules(checker, rules)
    warnings = [
        f"{o.where}: offering '{o.id}' ended on {o.eligibility.valid_until}: it is never recommended"
        for o in offerings.values()
        if o.eligibility.valid_until and o.eligibility.valid_until < today
    ]
    if checker.problems:
        raise DataError(checker.problems)
    return Ruleset(needs, fields, tuple(sorted(rules, key=lambda r: r.id)), offerings, _digest(root), tuple(warnings))


def _digest(root: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(root.rglob("*.yaml")):
        if path.name != "tests.yaml":
            sha.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()[:16]


def _check_unique_rules(checker: Checker, rules: list[Rule]) -> None:
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            checker.fail_at(rule.where, f"duplicate rule id '{rule.id}' (also at {seen[rule.id]})")
        seen[rule.id] = rule.where


def _items(checker: Checker, path: Path, key: str) -> Iterator[dict[str, Any]]:
    raw = checker.load(path)
    if raw is None:
        return
    items = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(items, list):
        checker.fail(path, raw, f"the file needs a list '{key}'")
        return
    if key == "offerings":
        checker.region_of_file = raw.get("region")
    for item in items:
        if isinstance(item, dict):
            yield item
        else:
            checker.fail(path, item, f"each entry of '{key}' must be a mapping")


def _rules(
    checker: Checker, path: Path, region: str | None, needs: dict[str, str], fields: dict[str, FieldSpec]
) -> Iterator[Rule]:
    for node in _items(checker, path, "rules"):
        where = f"{path}:{line_of(node)}"
        rid = node.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"[a-z][a-z0-9_]{1,63}", rid):
            checker.fail(path, node, f"rule id {rid!r} must be snake_case")
            continue
        when = checker.condition(path, node, "when", fields)
        weights = node.get("needs")
        if not isinstance(weights, dict) or not weights:
            checker.fail(path, node, f"rule '{rid}': 'needs' must map need ids to weights")
            weights = {}
        for need, weight in weights.items():
            if need not in needs:
                checker.fail(path, node, f"rule '{rid}': unknown need '{need}'")
            if not isinstance(weight, int | float) or isinstance(weight, bool) or not 0 < weight <= 10:
                checker.fail(path, node, f"rule '{rid}': weight of '{need}' must be a number above 0, at most 10")
        exclude = node.get("exclude", [])
        for need in exclude if isinstance(exclude, list) else ["(not a list)"]:
            if need not in needs:
                checker.fail(path, node, f"rule '{rid}': exclude names unknown need '{need}'")
        because = node.get("because")
        if not isinstance(because, str) or not because.strip():
            checker.fail(path, node, f"rule '{rid}': 'because' must explain the rule to the firm")
            because = ""
        for name in PLACEHOLDER.findall(because):
            if name not in fields:
                checker.fail(path, node, f"rule '{rid}': placeholder %({name})s is not a declared fact")
        if when is not None and not can_fire(when, fields):
            checker.fail(path, node, f"rule '{rid}': its condition can never be true")
        if when is not None:
            yield Rule(
                rid,
                when,
                {k: float(v) for k, v in weights.items()},
                " ".join(because.split()),
                frozenset(exclude if isinstance(exclude, list) else []),
                region,
                where,
            )
