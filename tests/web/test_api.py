"""JSON API v1: the contract of DESIGN.md §8."""

from tests.conftest import best_answers, worst_answers


def test_questionnaire_in_a_language(client, questionnaire):
    data = client.get("/api/v1/questionnaire?locale=en").get_json()
    assert data["id"] == "export_readiness" and data["locale"] == "en"
    assert [s["id"] for s in data["sections"]] == [s.id for s in questionnaire.sections]
    question = next(q for s in data["sections"] for q in s["questions"] if q["id"] == "export_status")
    assert question["type"] == "single" and {"value", "label", "score"} <= set(question["options"][0])
    branched = next(q for s in data["sections"] for q in s["questions"] if q["id"] == "current_markets")
    assert branched["show_if"] == {"field": "export_status", "in": ["occasional", "regular"]}
    assert len(data["dimensions"]) == 10


def test_unknown_locale_falls_back_to_english(client):
    assert client.get("/api/v1/questionnaire?locale=xx").get_json()["locale"] == "en"


def test_complete_assessment_in_one_call(client, questionnaire):
    answers = best_answers(questionnaire, "lower-saxony")
    response = client.post("/api/v1/assessments", json={"region": "lower-saxony", "locale": "en", "answers": answers})
    assert response.status_code == 201
    body = response.get_json()
    for key in (
        "id",
        "region",
        "locale",
        "status",
        "overall",
        "band",
        "stage",
        "pathway_step",
        "scores",
        "barriers",
        "recommendations",
        "versions",
    ):
        assert key in body
    assert body["status"] == "completed" and body["overall"] == 100 and body["band"] == "export_ready"
    assert body["pathway_step"] == 4 and body["recommendations"]
    for item in body["recommendations"]:
        assert {"offering_id", "title", "type", "provider", "region", "score", "reasons"} <= set(item)
        assert item["region"] in ("lower-saxony", "eu") and item["reasons"]
    assert body["versions"]["ruleset"]
    assert body["versions"]["questionnaire"].startswith("export_readiness@")
    assert len(body["resume_code"]) == 9
    again = client.get(response.headers["Location"]).get_json()
    assert again["overall"] == body["overall"] and again["scores"] == body["scores"]
    assert "resume_code" not in again


def test_answers_to_questions_that_do_not_apply_are_ignored(client, questionnaire):
    answers = best_answers(questionnaire, "molise", export_status="never")
    answers["current_markets"] = ["asia_pacific"]  # only asked of exporters
    response = client.post("/api/v1/assessments", json={"region": "molise", "answers": answers})
    assert response.status_code == 201
    assert response.get_json()["stage"] == "not_exporting"


def test_missing_unknown_and_invalid_answers_give_422_per_field(client, questionnaire):
    answers = worst_answers(questionnaire, "usti")
    del answers["size_band"]
    answers["years_trading"] = -3
    answers["offer_type"] = ["spaceships"]
    answers["favourite_colour"] = "blue"
    response = client.post("/api/v1/assessments", json={"region": "usti", "answers": answers})
    assert response.status_code == 422
    error = response.get_json()["error"]
    by_field = {f["field"]: f for f in error["fields"]}
    assert by_field["size_band"]["code"] == "required"
    assert by_field["years_trading"]["code"] == "range" and "0 to 200" in by_field["years_trading"]["message"]
    assert by_field["offer_type"]["code"] == "choice"
    assert by_field["favourite_colour"]["code"] == "unknown"


def test_bad_envelopes(client):
    assert client.post("/api/v1/assessments", data="not json", content_type="application/json").status_code == 400
    assert client.post("/api/v1/assessments", json=[1, 2]).status_code == 400
    response = client.post("/api/v1/assessments", json={"region": "atlantis", "answers": "all good"})
    assert response.status_code == 422
    fields = {f["field"] for f in response.get_json()["error"]["fields"]}
    assert fields == {"region", "answers"}


def test_wrong_types_are_422_not_500(client, questionnaire):
    answers = best_answers(questionnaire)
    for bad in (
        {"years_trading": "12.5"},
        {"years_trading": True},
        {"offer_type": {"a": 1}},
        {"size_band": 3},
        {"barrier_other": ["list"]},
        {"years_trading": float("inf")},
    ):
        response = client.post("/api/v1/assessments", json={"region": "kent", "answers": {**answers, **bad}})
        assert response.status_code == 422, bad


def test_unknown_assessment_is_a_json_404(client):
    response = client.get("/api/v1/assessments/nope")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"


def test_openapi_document(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.")
    assert {"/questionnaire", "/assessments", "/assessments/{id}", "/regions", "/regions/{region}/offerings"} <= set(
        doc["paths"]
    )


def test_api_needs_no_csrf_token(app, questionnaire):
    app.config["WTF_CSRF_ENABLED"] = True
    client = app.test_client()
    answers = best_answers(questionnaire, "kent")
    assert client.post("/api/v1/assessments", json={"region": "kent", "answers": answers}).status_code == 201
