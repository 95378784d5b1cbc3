"""`flask rules explain`: why a profile gets what it gets, in plain text for region managers."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import click

from ..assessment.services import get_assessment
from ..core.answers import validate_answers
from ..core.recommend import Outcome, facts_for, recommend
from ..core.scoring import score
from ..data import questionnaire, ruleset
from ..db import get_session


def explain(region: str, answers_file: Any, assessment_id: str | None) -> str:
    """Run the rules on a profile and describe every step."""
    qn, rs = questionnaire(), ruleset()
    if assessment_id:
        stored = get_assessment(get_session(), assessment_id)
        if stored is None:
            raise click.BadParameter(f"no assessment {assessment_id}", param_hint="--assessment")
        raw: dict[str, Any] = stored.answers
    elif answers_file is not None:
        raw = json.load(answers_file)
    else:
        raise click.UsageError("give --answers FILE or --assessment ID")
    answers, errors = validate_answers(qn, raw, region)
    result = score(qn, answers, region)
    outcome = recommend(rs, facts_for(qn, answers, region, result), region, date.today())
    lines = [f"region {region}, ruleset {rs.version}, {len(errors)} answer problem(s)"]
    lines += [f"  ! {e.field}: {e.code}" for e in errors]
    lines.append(f"overall {result.overall} ({result.band.id}), stage {result.stage.id}, "
                 f"pathway step {result.pathway.step}")  # fmt: skip
    lines.append("scores: " + ", ".join(f"{d}={v}" for d, v in result.scores.items()))
    return "\n".join(lines + _outcome_lines(outcome))


def _outcome_lines(outcome: Outcome) -> list[str]:
    lines = [f"rules fired ({len(outcome.fired)}):"]
    lines += [f"  {r.id}: {r.needs} ({r.where})" for r in outcome.fired]
    lines.append("needs: " + ", ".join(f"{k}={v:g}" for k, v in sorted(outcome.needs.items(), key=lambda x: -x[1])))
    lines.append(f"recommended ({len(outcome.recommendations)}):")
    for rec in outcome.recommendations:
        via = ", ".join(r.id for r in rec.rules)
        eligible = ", ".join(f"{k}={v}" for k, v in rec.eligible)
        lines.append(f"  {rec.score:5.1f}  {rec.offering.id} [{rec.offering.type}] via {via}; eligible: {eligible}")
    lines.append(f"near misses ({len(outcome.near_misses)}):")
    for rec in outcome.near_misses:
        lines.append(f"  {rec.score:5.1f}  {rec.offering.id}: blocked by {', '.join(k for k, _ in rec.blocked)}")
    return lines
