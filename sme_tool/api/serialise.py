"""JSON shapes of the API v1 contract (DESIGN.md §8): extend, never break."""

from __future__ import annotations

from typing import Any

from ..assessment.models import Assessment
from ..catalogue.present import offering_view, recommendation_views
from ..catalogue.services import stored_facts
from ..core.conditions import to_data
from ..core.questionnaire import Question, Questionnaire
from ..core.regions import Region
from ..core.ruleset import Offering
from ..data import questionnaire, ruleset
from ..i18n import _


def _question_json(q: Question) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": q.id, "type": q.type, "label": _(q.label), "help": _(q.help) if q.help else "",
        "dimension": q.dimension, "required": q.required,
        "show_if": to_data(q.show_if) if q.show_if else None,
    }  # fmt: skip
    if q.type in ("single", "multi"):
        data["options"] = [{"value": o.value, "label": _(o.label), "score": None if o.na else o.score}
                           for o in q.options]  # fmt: skip
    if q.type == "yesno":
        labels = {"yes": _("Yes"), "no": _("No")}
        data["options"] = [{"value": v, "label": labels[v], "score": q.scores.get(v)} for v in ("yes", "no")]
    if q.type in ("scale", "number"):
        data.update({"min": int(q.min or 0), "max": int(q.max or 0)})
    if q.type == "scale":
        data.update({"low": _(q.low), "high": _(q.high)})
    if q.type == "number" and q.unit:
        data["unit"] = _(q.unit)
    if q.type == "text":
        data["max_length"] = q.max_length
    if q.barrier:
        data["barrier"] = q.barrier
    return data


def questionnaire_json(qn: Questionnaire, locale: str) -> dict[str, Any]:
    """The questionnaire in one locale."""
    return {
        "id": qn.id, "version": qn.version, "locale": locale, "title": _(qn.title),
        "dimensions": [{"id": d.id, "label": _(d.label), "weight": d.weight} for d in qn.dimensions],
        "sections": [
            {"id": s.id, "title": _(s.title), "intro": _(s.intro) if s.intro else "",
             "questions": [_question_json(q) for q in s.questions]}
            for s in qn.sections
        ],
    }  # fmt: skip


def recommendations_json(a: Assessment) -> list[dict[str, Any]]:
    """The stored recommendations in the current language (DESIGN.md §8 item shape, extended)."""
    result = a.result or {}
    trace = result.get("trace")
    if not trace:
        return []
    facts = stored_facts(questionnaire(), a.answers, a.region, result)
    views = recommendation_views(ruleset(), trace["recommended"], facts, a.region)
    return [
        {"offering_id": v["id"], "title": v["title"], "type": v["type"], "provider": v["provider"],
         "region": v["region"], "score": v["score"], "reasons": v["reasons"] + v["eligible"],
         "link": v["link"], "sample": v["sample"]}
        for v in views
    ]  # fmt: skip


def assessment_json(a: Assessment) -> dict[str, Any]:
    """An assessment and, once complete, its result."""
    result = a.result or {}
    return {
        "id": a.id, "region": a.region, "locale": a.locale, "status": a.status,
        "overall": result.get("overall"), "band": result.get("band"), "stage": result.get("stage"),
        "pathway_step": result.get("pathway_step"), "scores": result.get("scores", {}),
        "barriers": result.get("barriers", []), "recommendations": recommendations_json(a),
        "versions": a.versions or {},
        "created_at": a.created_at.isoformat() if a.created_at else None,
        "completed_at": a.completed_at.isoformat() if a.completed_at else None,
    }  # fmt: skip


def region_json(region: Region) -> dict[str, Any]:
    """A partner region with the size of its catalogue."""
    from ..assessment.messages import REGION_NAMES

    return {"id": region.id, "name": str(REGION_NAMES[region.id]), "own_name": region.name, "nuts": region.nuts,
            "country": region.country, "language": region.language,
            "offerings": len(ruleset().offerings_for(region.id))}  # fmt: skip


def offering_json(offering: Offering, region: str) -> dict[str, Any]:
    """An offering in the current language; `fallback` is true when another language stands in."""
    view = offering_view(offering, region)
    e = offering.eligibility
    return {
        "id": view["id"], "type": view["type"], "scope": view["scope"], "region": view["region"],
        "provider": view["provider"], "title": view["title"], "description": view["description"],
        "cost": view["cost"], "language": view["text_lang"], "fallback": view["fallback"],
        "needs": list(offering.needs), "link": view["link"], "source": view["source"],
        "last_verified": offering.last_verified.isoformat() if offering.last_verified else None,
        "sample": view["sample"],
        "eligibility": {"sizes": list(e.sizes), "sectors": list(e.sectors), "stages": list(e.stages),
                        "valid_from": e.valid_from.isoformat() if e.valid_from else None,
                        "valid_until": e.valid_until.isoformat() if e.valid_until else None},
    }  # fmt: skip
