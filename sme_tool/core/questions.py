"""Per-type rules for building one question from YAML (used by the questionnaire loader)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from .conditions import FieldSpec, comparisons
from .questionnaire import BARRIERS, DIMENSIONS, MAX_POINTS, SEVERITIES, TEXT_LIMIT, TYPES, Option, Question

if TYPE_CHECKING:
    from .questionnaire import _Builder

ID_RE = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
VALUE_RE = re.compile(r"^[a-z0-9][a-z0-9_]{0,47}$")
KNOWN_KEYS = {
    "id", "type", "label", "help", "guidance", "dimension", "weight", "required", "widget",
    "barrier", "show_if", "options", "min", "max", "low", "high", "unit", "max_length",
    "max_score", "scores", "scoring", "unknown_low",
}  # fmt: skip


def build_question(b: _Builder, node: Any, section_id: str) -> Question | None:
    """Validate one question node; register it as a field; return None when unusable."""
    if not isinstance(node, dict):
        b.fail(node, "a question must be a mapping")
        return None
    qid, qtype = node.get("id"), node.get("type")
    if not isinstance(qid, str) or not ID_RE.match(qid):
        b.fail(node, f"question id {qid!r} must be snake_case (a-z, 0-9, _), 2-48 characters")
        return None
    if qid in b.questions or qid in b.fields:
        b.fail(node, f"duplicate question id '{qid}'")
        return None
    if qtype not in TYPES:
        b.fail(node, f"question '{qid}': unknown type {qtype!r}; use one of {', '.join(TYPES)}")
        return None
    for key in sorted(set(node) - KNOWN_KEYS):
        b.fail(node, f"question '{qid}': unknown key '{key}'")
    dimension = node.get("dimension")
    if dimension is not None and dimension not in DIMENSIONS:
        b.fail(node, f"question '{qid}': unknown dimension '{dimension}'")
    if dimension is not None and qtype == "text":
        b.fail(node, f"question '{qid}': text questions cannot be scored")
    show_if = None
    if "show_if" in node:
        show_if = b.condition(node["show_if"], b.fields, node)
        for comp in comparisons(show_if) if show_if else ():
            dep = b.questions.get(comp.field)
            if dep is not None and dep.dimension is not None:
                b.fail(
                    node,
                    f"question '{qid}': show_if may not depend on the scored question "
                    f"'{comp.field}' (branch only on unscored questions)",
                )
    attrs = _typed_attrs(b, node, qid, qtype, scored=dimension is not None)
    weight = node.get("weight", 1)
    if not isinstance(weight, int | float) or weight <= 0:
        b.fail(node, f"question '{qid}': 'weight' must be a positive number")
        weight = 1
    barrier = node.get("barrier")
    if barrier is not None:
        _check_barrier(b, node, qid, barrier, attrs.get("options", ()))
    question = Question(
        id=qid, type=qtype, label=b._text(node, "label"), section=section_id,
        help=b._text(node, "help", required=False), guidance=b._text(node, "guidance", required=False),
        dimension=dimension, weight=float(weight), required=bool(node.get("required", True)),
        widget=str(node.get("widget", "")), barrier=barrier, show_if=show_if, **attrs,
    )  # fmt: skip
    b.questions[qid] = question
    b.fields[qid] = _field_spec(question)
    return question


def _field_spec(q: Question) -> FieldSpec:
    if q.type in ("number", "scale"):
        return FieldSpec("number")
    if q.type == "text":
        return FieldSpec("text")
    if q.type == "yesno":
        return FieldSpec("choice", frozenset({"yes", "no"}))
    values = frozenset(o.value for o in q.options)
    return FieldSpec("multi" if q.type == "multi" else "choice", values)


def _typed_attrs(b: _Builder, node: dict[str, Any], qid: str, qtype: str, scored: bool) -> dict[str, Any]:
    if qtype in ("single", "multi"):
        return _choice_attrs(b, node, qid, qtype, scored)
    if qtype in ("scale", "number"):
        return _range_attrs(b, node, qid, qtype, scored)
    if qtype == "yesno":
        scores = node.get("scores")
        if scored and not (
            isinstance(scores, dict) and set(scores) == {"yes", "no"} and all(_points(v) for v in scores.values())
        ):
            b.fail(node, f"question '{qid}': a scored yes/no question needs scores: {{yes: 0-4, no: 0-4}}")
            scores = None
        return {"scores": dict(scores) if scores else {}}
    length = node.get("max_length", TEXT_LIMIT)
    if not isinstance(length, int) or not 1 <= length <= TEXT_LIMIT:
        b.fail(node, f"question '{qid}': 'max_length' must be 1-{TEXT_LIMIT}")
        length = TEXT_LIMIT
    return {"max_length": length}


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _points(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= MAX_POINTS


def _choice_attrs(b: _Builder, node: dict[str, Any], qid: str, qtype: str, scored: bool) -> dict[str, Any]:
    options = []
    raw = node.get("options")
    if not isinstance(raw, list) or len(raw) < 2:
        b.fail(node, f"question '{qid}': a {qtype} question needs at least two options")
        raw = []
    for item in raw:
        value = item.get("value") if isinstance(item, dict) else None
        if not isinstance(value, str) or not VALUE_RE.match(value):
            b.fail(node, f"question '{qid}': option value {value!r} must be snake_case", line_of_item(item, node))
            continue
        score, na = item.get("score"), bool(item.get("na", False))
        if scored and not na and not _points(score):
            b.fail(item, f"question '{qid}': option '{value}' needs a score from 0 to {MAX_POINTS} (or na: true)")
        if not scored and score is not None:
            b.fail(item, f"question '{qid}': option '{value}' has a score but the question has no dimension")
        options.append(
            Option(
                value,
                b._text(item, "label"),
                float(score) if _points(score) else None,
                na,
                bool(item.get("exclusive", False)),
                _option_range(b, item, qid, qtype),
                _option_countries(b, item, qid),
                _option_range(b, item, qid, qtype, "sums"),
                bool(item.get("home", False)),
                _option_parts(b, item, qid, qtype),
            )
        )
    if sum(o.home for o in options) > 1 or (qtype != "single" and any(o.home for o in options)):
        b.fail(node, f"question '{qid}': 'home: true' is for one option of a single question")
    values = [o.value for o in options]
    if len(values) != len(set(values)):
        b.fail(node, f"question '{qid}': duplicate option values")
    ranges = sorted(o.range for o in options if o.range)
    if any(low <= prev_high for (_, prev_high), (low, _) in pairwise(ranges)):
        b.fail(node, f"question '{qid}': option ranges overlap")
    attrs: dict[str, Any] = {"options": tuple(options)}
    if "unit" in node:  # "people" on bands of a head count: "me and the missus" is 2
        attrs["unit"] = b._text(node, "unit", required=False)
        if not ranges:
            b.fail(node, f"question '{qid}': a unit needs options with a range")
    if qtype == "multi" and scored:
        max_score = node.get("max_score")
        if not isinstance(max_score, int | float) or max_score <= 0:
            b.fail(node, f"question '{qid}': a scored multi question needs a positive 'max_score'")
            max_score = 1
        attrs["max_score"] = float(max_score)
    return attrs


def _option_range(b: _Builder, item: Any, qid: str, qtype: str, key: str = "range") -> tuple[float, float] | None:
    """An option's quantity range, `range: [min, max]`, used to read "about 35 staff" in the chat; or, with
    `key` "sums", the sum of money in euros it stands for ("lost 40 000 €" is a serious loss)."""
    raw = item.get(key) if isinstance(item, dict) else None
    if raw is None:
        return None
    if qtype != "single" or not (isinstance(raw, list) and len(raw) == 2 and all(_number(v) for v in raw)
                                 and raw[0] <= raw[1]):  # fmt: skip
        b.fail(item, f"question '{qid}': '{key}' must be [min, max] numbers on an option of a single question")
        return None
    return float(raw[0]), float(raw[1])


def _option_parts(b: _Builder, item: Any, qid: str, qtype: str) -> int | None:
    """How many of the two things a question asks about ("an EORI number and someone to make declarations") the
    option says the firm has, `parts: 0`, `1` or `2`: the chat reads "we have an EORI, nobody does declarations" as
    the option with `parts: 1`."""
    raw = item.get("parts") if isinstance(item, dict) else None
    if raw is None:
        return None
    if qtype != "single" or isinstance(raw, bool) or raw not in (0, 1, 2):
        b.fail(item, f"question '{qid}': 'parts' must be 0, 1 or 2 on an option of a single question")
        return None
    return int(raw)


def _option_countries(b: _Builder, item: Any, qid: str) -> tuple[str, ...]:
    """Country groups an option stands for, `countries: [eu, eea_efta]` (checked against the groups by the chat)."""
    raw = item.get("countries", []) if isinstance(item, dict) else []
    if not isinstance(raw, list) or not all(isinstance(g, str) and VALUE_RE.match(g) for g in raw):
        b.fail(item, f"question '{qid}': 'countries' must be a list of country group ids")
        return ()
    return tuple(raw)


def line_of_item(item: Any, parent: Any) -> int:
    """Line of an option, falling back to its question's line."""
    return int(getattr(item, "line", getattr(parent, "line", 0)))


def _range_attrs(b: _Builder, node: dict[str, Any], qid: str, qtype: str, scored: bool) -> dict[str, Any]:
    raw_low: Any = node.get("min")
    raw_high: Any = node.get("max")
    low, high = 0.0, 1.0
    if _number(raw_low) and _number(raw_high) and raw_low < raw_high:
        low, high = float(raw_low), float(raw_high)
    else:
        b.fail(node, f"question '{qid}': a {qtype} question needs numbers min < max")
    attrs: dict[str, Any] = {"min": float(low), "max": float(high)}
    if qtype == "scale":
        attrs["low"], attrs["high"] = b._text(node, "low"), b._text(node, "high")
        unknown_low = node.get("unknown_low", False)
        if not isinstance(unknown_low, bool):
            b.fail(node, f"question '{qid}': unknown_low must be true or false")
        attrs["unknown_low"] = unknown_low is True
        if high - low > 10:
            b.fail(node, f"question '{qid}': a scale may have at most 11 points")
        return attrs
    attrs["unit"] = b._text(node, "unit", required=False)
    scoring = node.get("scoring")
    if scored:
        pairs = [(s.get("min"), s.get("score")) for s in scoring] if isinstance(scoring, list) else []
        if (
            not pairs
            or not all(isinstance(m, int | float) and _points(p) for m, p in pairs)
            or [m for m, _ in pairs] != sorted({m for m, _ in pairs})
            or pairs[0][0] > low
        ):
            b.fail(
                node,
                f"question '{qid}': a scored number question needs 'scoring', ascending "
                f"thresholds [{{min, score}}] starting at or below min",
            )
            pairs = [(low, 0)]
        attrs["scoring"] = tuple((float(m), float(p)) for m, p in pairs)
    return attrs


def _check_barrier(b: _Builder, node: dict[str, Any], qid: str, barrier: Any, options: tuple[Option, ...]) -> None:
    if barrier not in BARRIERS:
        b.fail(node, f"question '{qid}': unknown barrier '{barrier}'")
    if node.get("type") != "single" or tuple(o.value for o in options) != SEVERITIES:
        b.fail(node, f"question '{qid}': a barrier question is single with options {', '.join(SEVERITIES)}")
