"""Where users see the recommendations: results page, public catalogue, API."""

import re

import pytest

from sme_tool.core.regions import REGION_IDS
from tests.conftest import best_answers, middle_answers
from tests.web.helpers import complete, start


def test_results_show_grouped_recommendations_with_reasons(client, questionnaire):
    start(client, "lower-saxony")
    answers = middle_answers(
        questionnaire,
        "lower-saxony",
        size_band="small",
        export_status="regular",
        current_markets=["eu_single_market"],
        target_markets=["eu_single_market"],
        export_financing="cannot",
        barrier_working_capital="major",
    )
    complete(client, questionnaire, answers)
    page = client.get("/results").get_data(as_text=True)
    assert "Support in your region that fits your company" in page
    assert "Why we suggest it" in page and "Go to the provider's page" in page
    assert "You named a shortage of working capital as a barrier to exporting." in page
    assert "Your financial-capacity score is" in page
    assert "Funding" in page and "Trade fairs" in page
    assert 'href="/catalogue/lower-saxony"' in page


def test_sample_offerings_are_labelled_as_examples(client):
    page = client.get("/catalogue/kent").get_data(as_text=True)
    assert "Example (sample data)" in page
    assert "An illustrative example of this kind of support" in page


def test_catalogue_lists_regions_and_filters_work_without_javascript(client, app):
    index = client.get("/catalogue/").get_data(as_text=True)
    assert len(re.findall(r'href="/catalogue/[a-z-]+"', index)) == 7
    everything = client.get("/catalogue/cantabria").get_data(as_text=True)
    funds = client.get("/catalogue/cantabria?type=fund").get_data(as_text=True)
    assert everything.count('class="card offering') > funds.count('class="card offering') > 0
    assert funds.count('<span class="tag neutral">Funding</span>') == funds.count('class="card offering')
    assert "Clear the filters" in funds
    assert 'value="fund" selected' in funds
    needs = client.get("/catalogue/cantabria?need=customs_compliance").get_data(as_text=True)
    assert "Access2Markets" in needs


def test_catalogue_empty_state_and_bad_filters(client):
    empty = client.get("/catalogue/kent?type=consortium&need=customs_compliance").get_data(as_text=True)
    assert "No offer matches these filters" in empty
    tampered = client.get("/catalogue/kent?type=%3Cscript%3E")
    assert tampered.status_code == 200 and "<script>" not in tampered.get_data(as_text=True)


def test_unknown_region_is_404(client):
    assert client.get("/catalogue/atlantis").status_code == 404
    assert client.get("/api/v1/regions/atlantis/offerings").status_code == 404


def test_catalogue_in_the_region_language_marks_english_fallbacks(client):
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "de"
    page = client.get("/catalogue/kent").get_data(as_text=True)
    assert '<html lang="de">' in page
    assert 'lang="en"' in page  # Kent's offerings exist in English only: marked as such


def test_api_regions_and_offerings(client):
    regions = client.get("/api/v1/regions").get_json()["regions"]
    assert [r["id"] for r in regions] == [
        "kent",
        "molise",
        "usti",
        "lower-saxony",
        "kujawsko-pomorskie",
        "nouvelle-aquitaine",
        "cantabria",
    ]
    assert all(r["offerings"] >= 12 for r in regions)
    data = client.get("/api/v1/regions/molise/offerings?locale=it").get_json()
    offerings = data["offerings"]
    assert {o["region"] for o in offerings} == {"molise", "eu"}
    italian = [o for o in offerings if o["region"] == "molise"]
    assert all(o["language"] == "it" and not o["fallback"] for o in italian)
    assert all(o["source"].startswith("https://") for o in offerings)
    funds = client.get("/api/v1/regions/molise/offerings?type=fund").get_json()["offerings"]
    assert funds and all(o["type"] == "fund" for o in funds)


def test_api_recommendations_follow_the_locale(client, questionnaire):
    answers = best_answers(
        questionnaire,
        "nouvelle-aquitaine",
        target_markets=["beyond_eu"],
        current_markets=["eu_single_market", "asia_pacific"],
    )
    created = client.post(
        "/api/v1/assessments", json={"region": "nouvelle-aquitaine", "locale": "fr", "answers": answers}
    ).get_json()
    assert created["recommendations"]
    english = client.get(f"/api/v1/assessments/{created['id']}?locale=en").get_json()["recommendations"]
    french = created["recommendations"]
    assert [r["offering_id"] for r in english] == [r["offering_id"] for r in french]
    assert english[0]["reasons"] != french[0]["reasons"]


def test_stored_result_replays_to_the_same_recommendations(app, client, questionnaire):
    from datetime import date

    from sme_tool.assessment.models import Assessment
    from sme_tool.catalogue.services import recommend_offerings
    from sme_tool.db import get_session

    answers = middle_answers(questionnaire, "usti", export_status="occasional", current_markets=["eu_single_market"])
    created = client.post("/api/v1/assessments", json={"region": "usti", "answers": answers}).get_json()
    with app.app_context():
        stored = get_session().get(Assessment, created["id"])
        trace = stored.result["trace"]
        replay = recommend_offerings(
            questionnaire,
            app.extensions["sme_ruleset"],
            stored.answers,
            stored.region,
            stored.result,
            date.fromisoformat(trace["on"]),
        )
        assert trace["ruleset"] == app.extensions["sme_ruleset"].version == stored.versions["ruleset"]
        assert replay.trace() == trace


@pytest.mark.parametrize("lang", ["en", "fr", "de", "it", "es", "pl", "cs"])
def test_results_and_catalogues_render_in_every_language_for_every_region(app, questionnaire, lang):
    """Regression: a fallback text on a card once failed to render (macro imported without context)."""
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = lang
    for region in REGION_IDS:
        answers = middle_answers(questionnaire, region)
        created = client.post("/api/v1/assessments", json={"region": region, "answers": answers}).get_json()
        client.get(f"/resume/{created['resume_code']}")
        page = client.get("/results")
        assert page.status_code == 200 and f'<html lang="{lang}">' in page.get_data(as_text=True)
        assert client.get(f"/catalogue/{region}").status_code == 200
