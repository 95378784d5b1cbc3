"""Scoring: per-dimension 0-100, overall, band, export stage, next pathway step, barriers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .answers import applicable_questions
from .questionnaire import BARRIERS, MAX_POINTS, SEVERITIES, Outcome, Question, Questionnaire

WEAK_BELOW = 50
STRONG_FROM = 60


@dataclass(frozen=True)
class Result:
    """The outcome of a diagnosis; everything here follows from the answers."""

    overall: int
    band: Outcome
    stage: Outcome
    pathway: Outcome
    scores: dict[str, int | None]
    strongest: tuple[str, ...]
    weakest: tuple[str, ...]
    barriers: tuple[tuple[str, str], ...]  # (barrier id, severity), most severe first
    barrier_other: str | None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form, stored with the assessment and served by the API."""
        return {
            "overall": self.overall,
            "band": self.band.id,
            "stage": self.stage.id,
            "pathway_step": self.pathway.step,
            "pathway": self.pathway.id,
            "scores": dict(self.scores),
            "strongest": list(self.strongest),
            "weakest": list(self.weakest),
            "barriers": [{"id": b, "severity": s} for b, s in self.barriers],
        }


def question_points(question: Question, value: Any) -> tuple[float, float] | None:
    """(points, maximum) for one answer, or None when it does not count."""
    if question.dimension is None or value is None:
        return None
    if question.type == "single":
        option = question.option(value)
        if option is None or option.na or option.score is None:
            return None
        return option.score, max(o.score or 0 for o in question.options if not o.na)
    if question.type == "multi":
        chosen = [o for o in question.options if o.value in value]
        if any(o.na for o in chosen):
            return None
        cap = question.max_score or 0
        return min(sum(o.score or 0 for o in chosen), cap), cap
    if question.type == "yesno":
        return question.scores[value], max(question.scores.values())
    if question.type == "scale":
        low, high = question.min or 0, question.max or 1
        return (value - low) / (high - low) * MAX_POINTS, MAX_POINTS
    if question.type == "number":
        points = max((p for threshold, p in question.scoring if value >= threshold), default=0.0)
        return points, max(p for _, p in question.scoring)
    return None


def score(questionnaire: Questionnaire, answers: Mapping[str, Any], region: str | None) -> Result:
    """Score a (complete or partial) set of clean answers."""
    got: dict[str, float] = {}
    possible: dict[str, float] = {}
    for question in applicable_questions(questionnaire, answers, region):
        points = question_points(question, answers.get(question.id))
        if points is None or points[1] <= 0:
            continue
        dim = question.dimension or ""
        got[dim] = got.get(dim, 0.0) + points[0] * question.weight
        possible[dim] = possible.get(dim, 0.0) + points[1] * question.weight
    exact = {d.id: (100 * got[d.id] / possible[d.id] if d.id in possible else None)
             for d in questionnaire.dimensions}  # fmt: skip
    weighted = [(exact[d.id], d.weight) for d in questionnaire.dimensions if exact[d.id] is not None]
    total_weight = sum(w for _, w in weighted)
    overall = sum(s * w for s, w in weighted if s is not None) / total_weight if total_weight else 0.0
    scores = {dim: (None if value is None else _round(value)) for dim, value in exact.items()}
    band = [b for b in questionnaire.bands if overall >= b.min][-1]
    facts = {"region": region, **answers, "overall": overall, "band": band.id}
    facts.update({f"score.{dim}": value for dim, value in exact.items() if value is not None})
    return Result(
        overall=_round(overall),
        band=band,
        stage=_first(questionnaire.stages, facts),
        pathway=_first(questionnaire.pathway, facts),
        scores=scores,
        strongest=_ranked(scores, strongest=True),
        weakest=_ranked(scores, strongest=False),
        barriers=_barriers(questionnaire, answers),
        barrier_other=answers.get("barrier_other"),
    )


def _round(value: float) -> int:
    return int(value + 0.5)


def _first(outcomes: tuple[Outcome, ...], facts: Mapping[str, Any]) -> Outcome:
    return next(o for o in outcomes if o.when is None or o.when.evaluate(facts))


def _ranked(scores: Mapping[str, int | None], strongest: bool) -> tuple[str, ...]:
    known = [(s, dim) for dim, s in scores.items() if s is not None]
    if strongest:
        return tuple(dim for s, dim in sorted(known, key=lambda x: (-x[0], x[1])) if s >= STRONG_FROM)[:3]
    weak = [dim for s, dim in sorted(known) if s < WEAK_BELOW][:3]
    return tuple(weak) if weak else tuple(dim for _, dim in sorted(known)[:1])


def _barriers(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    named = [
        (q.barrier, answers[q.id])
        for q in questionnaire.questions.values()
        if q.barrier and answers.get(q.id) not in (None, "none")
    ]
    order = {b: i for i, b in enumerate(BARRIERS)}
    return tuple(sorted(named, key=lambda x: (-SEVERITIES.index(x[1]), order[x[0]])))
