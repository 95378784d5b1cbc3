"""Parsing and checking the offerings of one catalogue file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from .conditions import FieldSpec
from .rulecheck import Checker
from .ruleset import SCOPES, SUPPORT_TYPES, Eligibility, Offering
from .yamlsrc import line_of

ID_RE = re.compile(r"[a-z][a-z0-9_]{2,63}")
LANGUAGES = ("en", "fr", "de", "it", "es", "pl", "cs")
KEYS = {"id", "type", "scope", "provider", "title", "description", "needs", "eligibility", "cost", "link",
        "source", "last_verified", "sample"}  # fmt: skip


def parse_offerings(
    checker: Checker, path: Path, items: Iterable[Any], region: str, needs: dict[str, str], fields: dict[str, FieldSpec]
) -> Iterator[Offering]:
    """Check every offering of a file and yield the valid ones."""
    declared = checker.region_of_file
    if declared != region:
        checker.fail(path, None, f"the file says region {declared!r} but lies in the folder of '{region}'")
    for node in items:
        offering = _offering(checker, path, node, region, needs, fields)
        if offering is not None:
            yield offering


def _offering(
    checker: Checker, path: Path, node: Any, region: str, needs: dict[str, str], fields: dict[str, FieldSpec]
) -> Offering | None:
    oid = node.get("id")
    if not isinstance(oid, str) or not ID_RE.fullmatch(oid):
        checker.fail(path, node, f"offering id {oid!r} must be snake_case, 3-64 characters")
        return None
    before = len(checker.problems)

    def fail(reason: str) -> None:
        checker.fail(path, node, f"offering '{oid}': {reason}")

    for key in sorted(set(node) - KEYS):
        fail(f"unknown key '{key}'")
    if node.get("type") not in SUPPORT_TYPES:
        fail(f"type must be one of {', '.join(SUPPORT_TYPES)}")
    scope = node.get("scope", "regional")
    if scope not in SCOPES or (scope == "eu") != (region == "eu"):
        fail("scope must be 'eu' in common/offerings.yaml and 'regional' or 'national' in a region's file")
    offered = node.get("needs")
    if not isinstance(offered, list) or not offered:
        fail("'needs' must list at least one need")
        offered = []
    for need in offered:
        if need not in needs:
            fail(f"unknown need '{need}'")
    texts = {key: _texts(fail, node, key, required=key != "cost") for key in ("title", "description", "cost")}
    provider = node.get("provider")
    if isinstance(provider, str) and provider.strip():  # a proper name: the same in every language
        texts["provider"] = dict.fromkeys(LANGUAGES, " ".join(provider.split()))
    else:
        texts["provider"] = _texts(fail, node, "provider", required=True)
    for key in ("link", "source"):
        value = node.get(key)
        if not isinstance(value, str) or not value.strip():
            fail(f"'{key}' is missing")
        elif not value.startswith("https://"):
            fail(f"'{key}' must be an https:// address")
    verified = node.get("last_verified")
    if not isinstance(verified, date):
        fail("'last_verified' must be a date (YYYY-MM-DD)")
    if not isinstance(node.get("sample", False), bool):
        fail("'sample' must be true or false")
    eligibility = _eligibility(checker, path, node.get("eligibility") or {}, fields, fail)
    if len(checker.problems) > before:
        return None
    return Offering(
        id=oid, region=region, scope=scope, type=node["type"], provider=texts["provider"],
        title=texts["title"], description=texts["description"], needs=tuple(offered), eligibility=eligibility,
        cost=texts["cost"], link=node["link"], source=node["source"], last_verified=verified,
        sample=bool(node.get("sample", False)), where=f"{path}:{line_of(node)}",
    )  # fmt: skip


def _texts(fail: Any, node: Any, key: str, required: bool) -> dict[str, str]:
    value = node.get(key)
    if value is None and not required:
        return {}
    if not isinstance(value, dict) or "en" not in value:
        fail(f"'{key}' must give texts per language, at least 'en'")
        return {}
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        fail(f"'{key}' has unknown language(s) {', '.join(unknown)}")
    empty = sorted(lang for lang, text in value.items() if not isinstance(text, str) or not text.strip())
    if empty:
        fail(f"'{key}' is empty in {', '.join(empty)}")
    return {lang: " ".join(str(text).split()) for lang, text in value.items() if lang in LANGUAGES}


def _eligibility(checker: Checker, path: Path, node: Any, fields: dict[str, FieldSpec], fail: Any) -> Eligibility:
    if not isinstance(node, dict):
        fail("'eligibility' must be a mapping")
        return Eligibility()
    lists = {}
    for key, field in (("sizes", "size_band"), ("sectors", "nace_section"), ("stages", "stage")):
        values = node.get(key, [])
        allowed = fields[field].values if field in fields else None
        if not isinstance(values, list) or (allowed is not None and not set(values) <= allowed):
            fail(f"eligibility '{key}' must list values of {field}: {', '.join(sorted(allowed or []))}")
            values = []
        lists[key] = tuple(values)
    dates = {}
    for key in ("valid_from", "valid_until"):
        value = node.get(key)
        if value is not None and not isinstance(value, date):
            fail(f"eligibility '{key}' must be a date (YYYY-MM-DD)")
            value = None
        dates[key] = value
    if dates["valid_from"] and dates["valid_until"] and dates["valid_from"] > dates["valid_until"]:
        fail("eligibility 'valid_from' is after 'valid_until'")
    for key in sorted(set(node) - {"sizes", "sectors", "stages", "valid_from", "valid_until", "when"}):
        fail(f"unknown eligibility key '{key}'")
    when = checker.condition(path, node, "when", fields, required=False)
    return Eligibility(
        lists["sizes"], lists["sectors"], lists["stages"], dates["valid_from"], dates["valid_until"], when
    )
