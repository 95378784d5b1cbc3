"""Recommendation engine: rules → needs (collect-sum), needs → eligible offerings, ranked and explained."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .questionnaire import BARRIERS, SEVERITIES, Questionnaire
from .ruleset import SUPPORT_TYPES, Offering, Rule, Ruleset
from .scoring import Result

PER_TYPE = 3  # diversity cap: at most this many offerings of one support type
LIMIT = 12  # a list a firm can read; the catalogue page shows everything
NEAR_MISSES = 3
MAX_REASONS = 4  # the strongest rules behind each recommendation
SECONDARY = 0.5  # weight of an offering's second and further needs


@dataclass(frozen=True)
class Recommendation:
    """One offering for this firm, with the rules behind it and why it is (not) open to the firm."""

    offering: Offering
    score: float
    rules: tuple[Rule, ...]  # the fired rules whose needs it meets, strongest first
    eligible: tuple[tuple[str, str], ...]  # (kind, value): size, sector, stage; or ("open", "")
    blocked: tuple[tuple[str, str], ...] = ()  # for near misses: what keeps it out


@dataclass(frozen=True)
class Outcome:
    """Everything recommend() decided, with the trace that explains and replays it."""

    recommendations: tuple[Recommendation, ...]
    near_misses: tuple[Recommendation, ...]
    needs: dict[str, float]
    fired: tuple[Rule, ...]
    version: str
    on: date

    def trace(self) -> dict[str, Any]:
        """JSON-ready record stored with the result (replayable with the same ruleset version)."""
        return {
            "ruleset": self.version,
            "on": self.on.isoformat(),
            "rules_fired": [r.id for r in self.fired],
            "needs": {k: round(v, 3) for k, v in sorted(self.needs.items())},
            "recommended": [_item(r) for r in self.recommendations],
            "near_misses": [_item(r) for r in self.near_misses],
        }  # fmt: skip


def _item(r: Recommendation) -> dict[str, Any]:
    return {"offering_id": r.offering.id, "score": round(r.score, 3), "rules": [x.id for x in r.rules],
            "eligible": [list(e) for e in r.eligible], "blocked": [list(b) for b in r.blocked]}  # fmt: skip


def facts_for(questionnaire: Questionnaire, answers: Mapping[str, Any], region: str, result: Result) -> dict[str, Any]:
    """The facts rules see: answers, region, scores, band, stage, pathway step, barrier severities."""
    return facts_from_stored(questionnaire, answers, region, result.as_dict())


def facts_from_stored(
    questionnaire: Questionnaire, answers: Mapping[str, Any], region: str, result: Mapping[str, Any]
) -> dict[str, Any]:
    """The same facts, from a result as stored with an assessment (Result.as_dict())."""
    facts: dict[str, Any] = {k: v for k, v in answers.items() if k in questionnaire.questions}
    facts.update({"region": region, "overall": result["overall"], "band": result["band"],
                  "stage": result["stage"], "pathway_step": result["pathway_step"]})  # fmt: skip
    facts.update({f"score.{d}": v for d, v in result["scores"].items() if v is not None})
    severity = {b["id"]: b["severity"] for b in result.get("barriers", [])}
    facts.update({f"barrier.{b}": SEVERITIES.index(severity.get(b, "none")) for b in BARRIERS})
    return facts


def recommend(ruleset: Ruleset, facts: Mapping[str, Any], region: str, on: date) -> Outcome:
    """Fire every rule of the region (order never matters), then rank its eligible offerings."""
    fired = tuple(r for r in ruleset.rules_for(region) if r.when.evaluate(facts))
    needs: dict[str, float] = {}
    for rule in fired:
        for need, weight in rule.needs.items():
            needs[need] = needs.get(need, 0.0) + weight
    for rule in fired:
        for need in rule.exclude:
            needs.pop(need, None)
    scored = []
    for offering in ruleset.offerings_for(region):
        points = offering_points(offering, needs)
        if points > 0:
            scored.append((offering, points))
    scored.sort(key=lambda item: (-item[1], item[0].id))
    chosen: list[Recommendation] = []
    missed: list[Recommendation] = []
    per_type = dict.fromkeys(SUPPORT_TYPES, 0)
    for offering, points in scored:
        blocked = _blocked(offering, facts, on)
        if blocked:
            if len(missed) < NEAR_MISSES and offering.is_current(on):
                missed.append(_explain(offering, points, fired, facts, blocked))
            continue
        if per_type[offering.type] < PER_TYPE and len(chosen) < LIMIT:
            per_type[offering.type] += 1
            chosen.append(_explain(offering, points, fired, facts, ()))
    return Outcome(tuple(chosen), tuple(missed), needs, fired, ruleset.version, on)


def offering_points(offering: Offering, needs: Mapping[str, float]) -> float:
    """How well an offering meets the needs: its main (first) need counts fully, the others half,
    so a specialist for a pressing need outranks a generalist that touches several."""
    return sum(needs.get(n, 0.0) * (1.0 if i == 0 else SECONDARY) for i, n in enumerate(offering.needs))


def _blocked(offering: Offering, facts: Mapping[str, Any], on: date) -> tuple[tuple[str, str], ...]:
    e = offering.eligibility
    reasons = []
    if not offering.is_current(on):
        reasons.append(("dates", ""))
    for kind, allowed, fact in (("size", e.sizes, "size_band"), ("sector", e.sectors, "nace_section"),
                                ("stage", e.stages, "stage")):  # fmt: skip
        if allowed and facts.get(fact) not in allowed:
            reasons.append((kind, str(facts.get(fact, ""))))
    if e.when is not None and not e.when.evaluate(facts):
        reasons.append(("condition", ""))
    return tuple(reasons)


def _explain(
    offering: Offering,
    points: float,
    fired: tuple[Rule, ...],
    facts: Mapping[str, Any],
    blocked: tuple[tuple[str, str], ...],
) -> Recommendation:
    offered = set(offering.needs)
    relevant = [r for r in fired if offered & set(r.needs)]
    relevant.sort(key=lambda r: (-sum(w for n, w in r.needs.items() if n in offered), r.id))
    e = offering.eligibility
    eligible = [(kind, str(facts.get(fact, ""))) for kind, allowed, fact in
                (("size", e.sizes, "size_band"), ("sector", e.sectors, "nace_section"), ("stage", e.stages, "stage"))
                if allowed]  # fmt: skip
    return Recommendation(offering, points, tuple(relevant[:MAX_REASONS]), tuple(eligible or [("open", "")]), blocked)
