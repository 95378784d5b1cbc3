"""The OpenAPI 3.1 document of API v1, built once."""

from __future__ import annotations

from functools import cache
from typing import Any

from flask_babel import force_locale

from ..core.questionnaire import DIMENSIONS
from ..core.regions import REGION_IDS
from ..i18n import _

_ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
        "code": {"type": "string"}, "message": {"type": "string"},
        "fields": {"type": "array", "items": {"type": "object", "properties": {
            "field": {"type": "string"}, "code": {"type": "string"}, "message": {"type": "string"}}}},
    }}},
}  # fmt: skip

_ASSESSMENT = {
    "type": "object",
    "required": ["id", "region", "locale", "status", "overall", "band", "stage", "pathway_step",
                 "scores", "barriers", "recommendations", "versions"],
    "properties": {
        "id": {"type": "string"},
        "region": {"type": "string", "enum": list(REGION_IDS)},
        "locale": {"type": "string"},
        "status": {"type": "string", "enum": ["in_progress", "completed"]},
        "overall": {"type": ["integer", "null"], "minimum": 0, "maximum": 100},
        "band": {"type": ["string", "null"]},
        "stage": {"type": ["string", "null"]},
        "pathway_step": {"type": ["integer", "null"], "minimum": 1, "maximum": 4},
        "scores": {"type": "object", "properties": {d: {"type": ["integer", "null"]} for d in DIMENSIONS}},
        "barriers": {"type": "array", "items": {"type": "object", "properties": {
            "id": {"type": "string"}, "severity": {"type": "string", "enum": ["minor", "moderate", "major"]}}}},
        "recommendations": {"type": "array", "items": {"type": "object", "properties": {
            "offering_id": {"type": "string"}, "title": {"type": "string"}, "type": {"type": "string"},
            "provider": {"type": "string"}, "region": {"type": "string"}, "score": {"type": "number"},
            "reasons": {"type": "array", "items": {"type": "string"}}}}},
        "versions": {"type": "object", "additionalProperties": {"type": "string"}},
        "resume_code": {"type": "string", "description": "Only in the 201 response: keep it to delete the data."},
    },
}  # fmt: skip


def _json(schema: dict[str, Any] | str, description: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{schema}"} if isinstance(schema, str) else schema
    return {"description": description, "content": {"application/json": {"schema": ref}}}


@cache
def openapi_document(locale_code: str) -> dict[str, Any]:
    """The API description served at /api/v1/openapi.json, its texts in one language (built once per language)."""
    with force_locale(locale_code):
        return _document()


def _document() -> dict[str, Any]:
    locale = {
        "name": "locale",
        "in": "query",
        "required": False,
        "schema": {"type": "string"},
        "description": _("Language of the texts: en, fr, de, it, es, pl or cs."),
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "sme_tool API", "version": "1",
                 "description": _("Export-readiness diagnosis for small firms. Stable: extended, never broken.")},
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/questionnaire": {"get": {
                "summary": _("The diagnosis: sections, questions, options with scores, branching conditions"),
                "parameters": [locale],
                "responses": {"200": _json({"type": "object"}, _("The questionnaire in the requested language"))}}},
            "/assessments": {"post": {
                "summary": _("Submit a complete diagnosis and get its result"),
                "description": _("Answers to questions that do not apply under the other answers are ignored."),
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["region", "answers"], "properties": {
                        "region": {"type": "string", "enum": list(REGION_IDS)},
                        "locale": {"type": "string"},
                        "answers": {"type": "object", "description": _("question id → value")}}}}}},
                "responses": {"201": _json("Assessment", _("Stored and scored")),
                              "400": _json("Error", _("Not a JSON object")),
                              "422": _json("Error", _("Missing or invalid answers, listed per field"))}}},
            "/assessments/{id}": {"get": {
                "summary": _("A stored assessment and its result"),
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json("Assessment", _("The assessment")),
                              "404": _json("Error", _("No such assessment"))}}},
            "/regions": {"get": {
                "summary": _("The seven partner regions"), "parameters": [locale],
                "responses": {"200": _json({"type": "object"}, _("The regions with the size of their catalogues"))}}},
            "/regions/{region}/offerings": {"get": {
                "summary": _("A region's catalogue, with national and EU-wide offerings"),
                "parameters": [
                    {"name": "region", "in": "path", "required": True,
                     "schema": {"type": "string", "enum": list(REGION_IDS)}},
                    locale,
                    {"name": "type", "in": "query", "required": False, "schema": {"type": "string"}},
                    {"name": "need", "in": "query", "required": False, "schema": {"type": "string"}}],
                "responses": {"200": _json({"type": "object"}, _("The offerings in the requested language")),
                              "404": _json("Error", _("No such region"))}}},
            "/chat": {"post": {
                "summary": _("One message to the export assistant, and its reply"),
                "description": _("The assistant also runs the diagnosis as a conversation: send the action "
                                 "start_diagnosis, then answer in message or with the values in choice."),
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "properties": {
                        "message": {"type": "string", "maxLength": 500}, "locale": {"type": "string"},
                        "conversation_id": {"type": "string"},
                        "region": {"type": "string", "enum": list(REGION_IDS)},
                        "choice": {"type": ["string", "array"], "items": {"type": "string"}},
                        "action": {"type": "string", "enum": ["start_diagnosis", "pause"]}}}}}},
                "responses": {"200": _json({"type": "object", "properties": {
                    "conversation_id": {"type": "string"}, "reply": {"type": "string"},
                    "answered": {"type": "boolean"}, "intent": {"type": ["string", "null"]},
                    "confidence": {"type": "number"}, "suggestions": {"type": "array"},
                    "offerings": {"type": "array"}, "links": {"type": "array"},
                    "diagnosis": {"type": ["object", "null"]}}},
                    _("The reply, with what the assistant understood")),
                              "400": _json("Error", _("Not a JSON object")),
                              "413": _json("Error", _("What you sent is too large. Please shorten your answers "
                                                      "and try again."))}}},
        },
        "components": {"schemas": {"Assessment": _ASSESSMENT, "Error": _ERROR}},
    }  # fmt: skip
