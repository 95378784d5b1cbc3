"""JSON API v1: questionnaire, assessments, OpenAPI document."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, jsonify, request
from flask_babel import force_locale
from werkzeug.wrappers import Response

from ..assessment import services
from ..assessment.messages import answer_error_message
from ..catalogue.services import browse
from ..chat.views import Said
from ..chat.views import answer as chat_answer
from ..core.regions import REGION_IDS, REGIONS
from ..data import questionnaire, ruleset
from ..db import get_session
from ..errors import json_error
from ..i18n import _, enabled_languages
from .openapi import openapi_document
from .serialise import assessment_json, offering_json, questionnaire_json, region_json

bp = Blueprint("api", __name__)


def _locale(value: Any) -> str:
    languages = enabled_languages()
    return value if isinstance(value, str) and value in languages else languages[0]


@bp.get("/questionnaire")
def get_questionnaire() -> Response:
    """The diagnosis in one language: sections, questions, options with scores, show_if."""
    locale = _locale(request.args.get("locale"))
    with force_locale(locale):
        return jsonify(questionnaire_json(questionnaire(), locale))


@bp.post("/assessments")
def create_assessment() -> Response:
    """A complete diagnosis in one call → 201 with the result; 422 with a per-field list."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _not_an_object(_("Send a JSON object with region, locale and answers."))
    locale = _locale(body.get("locale"))
    with force_locale(locale):
        fields = _envelope_errors(body)
        if fields:
            return json_error(422, "invalid_input", _("Some answers are missing or invalid."), fields)
        qn = questionnaire()
        assessment, code, errors = services.create_complete_assessment(
            get_session(), qn, ruleset(), body["region"], locale, body["answers"]
        )
        if assessment is None:
            fields = [
                {"field": e.field, "code": e.code, "message": answer_error_message(e, qn.questions.get(e.field))}
                for e in errors
            ]
            return json_error(422, "invalid_input", _("Some answers are missing or invalid."), fields)
        response = jsonify({**assessment_json(assessment), "resume_code": code})
        response.status_code = 201
        response.headers["Location"] = f"/api/v1/assessments/{assessment.id}"
        return response


def _not_an_object(message: str) -> Response:
    """400 for a body that is not a JSON object."""
    return json_error(400, "bad_request", message)


def _envelope_errors(body: dict[str, Any]) -> list[dict[str, str]]:
    fields = []
    if body.get("region") not in REGION_IDS:
        fields.append(
            {
                "field": "region",
                "code": "choice",
                "message": _("Use one of: %(regions)s.", regions=", ".join(REGION_IDS)),
            }
        )
    if "locale" in body and body["locale"] not in enabled_languages():
        fields.append(
            {
                "field": "locale",
                "code": "choice",
                "message": _("Use one of: %(regions)s.", regions=", ".join(enabled_languages())),
            }
        )
    if not isinstance(body.get("answers"), dict):
        fields.append(
            {"field": "answers", "code": "type", "message": _("Send the answers as an object of question id to value.")}
        )
    return fields


@bp.get("/assessments/<assessment_id>")
def get_assessment(assessment_id: str) -> Response:
    """A stored assessment with its result, texts in `?locale=` or the assessment's language."""
    assessment = services.get_assessment(get_session(), assessment_id)
    if assessment is None:
        abort(404)
    with force_locale(_locale(request.args.get("locale", assessment.locale))):
        return jsonify(assessment_json(assessment))


@bp.get("/regions")
def get_regions() -> Response:
    """The seven partner regions."""
    with force_locale(_locale(request.args.get("locale"))):
        return jsonify({"regions": [region_json(r) for r in REGIONS]})


@bp.get("/regions/<region>/offerings")
def get_offerings(region: str) -> Response:
    """A region's catalogue (regional, national and EU-wide offerings), filterable by type and need."""
    if region not in REGION_IDS:
        abort(404)
    with force_locale(_locale(request.args.get("locale"))):
        found = browse(ruleset(), region, request.args.get("type"), request.args.get("need"))
        return jsonify({"region": region, "offerings": [offering_json(o, region) for o in found]})


@bp.post("/chat")
def post_chat() -> Response:
    """One message to the chatbot → its reply (DESIGN.md §8), with the offerings and links it shows."""
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _not_an_object(_("Send a JSON object with message, locale and conversation_id."))
    locale = _locale(body.get("locale"))
    region = body.get("region") if body.get("region") in REGION_IDS else None
    conversation_id = body.get("conversation_id") if isinstance(body.get("conversation_id"), str) else None
    with force_locale(locale):
        raw_choice = body.get("choice", [])
        choice = [raw_choice] if isinstance(raw_choice, str) else raw_choice if isinstance(raw_choice, list) else []
        action = str(body.get("action")) if body.get("action") in ("start_diagnosis", "pause") else ""
        said = Said(body.get("message"), [c for c in choice if isinstance(c, str)], action)
        conversation, view, code = chat_answer(said, conversation_id, locale, region)
        offerings = [{"offering_id": o["id"], "title": o["title"], "type": o["type"], "link": o["link"],
                      "sample": o["sample"]} for o in view["offerings"]]  # fmt: skip
        return jsonify(
            {
                "conversation_id": conversation.id,
                "reply": view["text"],
                "answered": view["answered"],
                "intent": view["intent"],
                "confidence": view["confidence"],
                "suggestions": view["suggestions"],
                "offerings": offerings,
                "links": view["links"],
                "diagnosis": _diagnosis_json(view, code),
            }
        )


def _diagnosis_json(view: dict[str, Any], code: str | None) -> dict[str, Any] | None:
    """Where the diagnosis in the chat stands: the step, the question and the answers to choose from."""
    current = view.get("diagnosis")
    if not current:
        return None
    result: dict[str, Any] = {
        "step": current["step"], "question": current["question"], "multi": current["multi"],
        "choices": [{"value": v, "label": label} for v, label in current["choices"]],
        "assessment_id": view.get("assessment_id"),
    }  # fmt: skip
    if code:
        result["resume_code"] = code  # shown once, as on the web
    return result


@bp.get("/openapi.json")
def get_openapi() -> Response:
    """The OpenAPI 3.1 document of this API, its descriptions in `?locale=` (default English)."""
    return jsonify(openapi_document(_locale(request.args.get("locale"))))
