"""The SME journey through the web form, as a browser would drive it."""

import re

from flask_babel import force_locale, gettext
from sqlalchemy import select

from sme_tool.assessment.models import Assessment
from sme_tool.db import get_session
from tests.conftest import best_answers, csrf_token, worst_answers
from tests.web.helpers import complete, post_section, start


def _only_assessment(app) -> Assessment:
    with app.app_context():
        return get_session().scalars(select(Assessment)).one()


def test_home_page_explains_and_offers_regions(client):
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in page
    assert "Check how ready your company is to export" in page
    assert page.count('name="region"') == 7
    assert "Privacy notice" in page and 'name="consent"' in page


def test_start_needs_a_region_and_says_so(client):
    response = client.post("/", data={"csrf_token": csrf_token(client, "/")})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "There is a problem" in page and 'href="#field-region"' in page
    assert "Choose the region where your company is based." in page


def test_forms_are_csrf_protected(client, app):
    response = client.post("/", data={"region": "kent"})
    assert response.status_code == 400
    with app.app_context():
        assert get_session().scalars(select(Assessment)).all() == []


def test_whole_journey_reaches_results_that_follow_from_the_answers(client, app, questionnaire):
    code = start(client, "molise", consent=True)
    assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", code)
    response = complete(client, questionnaire, best_answers(questionnaire, "molise"))
    assert response.headers["Location"] == "/results"
    page = client.get("/results").get_data(as_text=True)
    assert "100 out of 100" in page and "Export ready" in page
    assert "EU exporter" in page
    assert "An export business plan, followed up over time" in page
    assert "<svg" in page and "<table" in page
    assert "You did not name any barrier to exporting." in page
    stored = _only_assessment(app)
    assert stored.status == "completed" and stored.consent_statistics is True
    assert stored.versions["questionnaire"].startswith("export_readiness@")


def test_weak_answers_give_advice_and_barriers(client, questionnaire):
    start(client, "kent")
    answers = worst_answers(questionnaire, "kent", export_status="never", target_markets=["undecided"])
    complete(client, questionnaire, answers)
    page = client.get("/results").get_data(as_text=True)
    assert "Starting out" in page and "Not exporting yet" in page
    assert "Where to improve first" in page and "Put one person in charge of exports" in page
    assert re.search(r"<th scope=\"row\">Shortage of working capital to finance exports</th><td>A lot</td>", page)


def test_validation_errors_keep_everything_typed(client, app, questionnaire):
    start(client)
    profile = questionnaire.section("profile")
    response = post_section(
        client, profile, {"size_band": "micro", "years_trading": "twelve", "offer_type": ["physical_goods"]}
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert page.startswith("<!doctype html>") and "<title>Error:" in page
    assert "Enter a whole number using digits only, for example 12." in page
    assert 'value="twelve"' in page
    assert re.search(r'value="micro"[^>]*checked|checked[^>]*value="micro"', page)
    assert 'href="#field-nace_section"' in page
    # The valid answers are already saved: nothing typed is lost if the browser closes now.
    assert _only_assessment(app).answers == {"size_band": "micro", "offer_type": ["physical_goods"]}


def test_out_of_range_and_tampered_values_are_refused(client, questionnaire):
    start(client)
    profile = questionnaire.section("profile")
    answers = best_answers(questionnaire)
    response = post_section(client, profile, {**answers, "years_trading": "999", "size_band": "<script>"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Enter a number from 0 to 200." in page
    assert "Choose one of the options shown." in page
    assert "<script>" not in page


def test_too_long_text_is_refused_with_the_limit(client, questionnaire):
    start(client)
    answers = best_answers(questionnaire)
    complete(client, questionnaire, answers)
    barriers = questionnaire.section("barriers")
    response = post_section(client, barriers, {**answers, "barrier_other": "x" * 5000})
    assert response.status_code == 400
    assert "characters or fewer" in response.get_data(as_text=True)


def test_resume_after_closing_the_browser(app, questionnaire):
    first = app.test_client()
    code = start(first, "cantabria")
    answers = best_answers(questionnaire, "cantabria")
    post_section(first, questionnaire.section("profile"), answers)
    second = app.test_client()  # a new browser: no cookies
    assert second.get("/results").headers["Location"] == "/resume"
    response = second.post(
        "/resume", data={"code": code.lower().replace("-", " "), "csrf_token": csrf_token(second, "/resume")}
    )
    assert response.status_code == 303 and response.headers["Location"] == "/diagnosis/strategy"
    page = second.get("/diagnosis/profile").get_data(as_text=True)
    assert re.search(r'value="physical_goods"[^>]*checked|checked[^>]*value="physical_goods"', page)
    assert code in page


def test_resume_link_opens_the_diagnosis(app):
    code = start(app.test_client())
    other = app.test_client()
    response = other.get(f"/resume/{code}")
    assert response.status_code == 303 and response.headers["Location"] == "/diagnosis/profile"


def test_unknown_resume_codes_get_a_clear_message(client):
    response = client.post("/resume", data={"code": "ZZZZ-ZZZZ", "csrf_token": csrf_token(client, "/resume")})
    assert response.status_code == 400
    assert "We found no diagnosis with this code" in response.get_data(as_text=True)
    assert client.get("/resume/NOPE").status_code == 404


def test_lost_session_sends_to_resume_with_an_explanation(client, questionnaire):
    response = client.post("/diagnosis/profile", data={"size_band": "micro"})
    assert response.status_code == 303 and "/resume" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Your saved answers are safe" in page


def test_expired_form_token_keeps_the_answers(client, app, questionnaire):
    start(client)
    response = client.post("/diagnosis/profile", data={"size_band": "medium", "csrf_token": "stale"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "this page expired before it was sent" in page
    assert re.search(r'value="medium"[^>]*checked|checked[^>]*value="medium"', page)


def test_double_submit_is_harmless(client, app, questionnaire):
    start(client)
    answers = best_answers(questionnaire)
    profile = questionnaire.section("profile")
    assert post_section(client, profile, answers).status_code == 303
    assert post_section(client, profile, answers).status_code == 303
    stored = _only_assessment(app)
    assert stored.sections_done == ["profile"]


def test_save_and_come_back_later_shows_the_code(client, questionnaire):
    code = start(client)
    response = post_section(client, questionnaire.section("profile"), best_answers(questionnaire), action="save_exit")
    assert response.headers["Location"] == "/saved"
    assert code in client.get("/saved").get_data(as_text=True)


def test_progress_and_back_link(client, questionnaire):
    start(client)
    post_section(client, questionnaire.section("profile"), best_answers(questionnaire))
    page = client.get("/diagnosis/strategy").get_data(as_text=True)
    assert "Step 2 of 7" in page
    assert 'href="/diagnosis/profile"' in page and "Back" in page


def test_branches_follow_the_profile(client, questionnaire):
    start(client)
    answers = best_answers(questionnaire, export_status="never", offer_type=["digital"])
    post_section(client, questionnaire.section("profile"), answers)
    pages = "".join(client.get(f"/diagnosis/{s.id}").get_data(as_text=True) for s in questionnaire.sections[1:])
    goods_only = [
        q
        for q in questionnaire.questions.values()
        if q.show_if is not None and "physical_goods" in str(q.show_if) and "digital" not in str(q.show_if)
    ]
    assert goods_only and all(f'name="{q.id}"' not in pages for q in goods_only)


def test_changing_region_to_kent_brings_the_uk_questions(client, app, questionnaire):
    start(client, "nouvelle-aquitaine")
    answers = best_answers(questionnaire, "nouvelle-aquitaine")
    complete(client, questionnaire, answers)
    assert client.get("/results").status_code == 200
    data = {"region": "kent", "csrf_token": csrf_token(client, "/region")}
    response = client.post("/region", data=data)
    assert response.status_code == 303
    stored = _only_assessment(app)
    assert stored.region == "kent" and stored.status == "in_progress"
    assert client.get("/results").status_code == 303  # new questions apply: not complete any more
    complete(client, questionnaire, best_answers(questionnaire, "kent"))
    assert _only_assessment(app).status == "completed"


def test_delete_needs_confirmation_and_then_forgets_everything(client, app):
    code = start(client)
    token = csrf_token(client, "/delete")
    response = client.post("/delete", data={"code": code, "csrf_token": token})
    assert response.status_code == 400
    assert "Tick the box to confirm" in response.get_data(as_text=True)
    assert _only_assessment(app) is not None
    response = client.post("/delete", data={"code": code, "confirm": "y", "csrf_token": token})
    assert response.status_code == 303 and response.headers["Location"] == "/deleted"
    with app.app_context():
        assert get_session().scalars(select(Assessment)).all() == []
    other = app.test_client()
    assert other.get(f"/resume/{code}").status_code == 404


def test_language_switch_keeps_the_place(client, app):
    start(client)
    response = client.get("/diagnosis/profile?lang=fr")
    assert response.status_code == 303 and response.headers["Location"] == "/diagnosis/profile"
    page = client.get("/diagnosis/profile").get_data(as_text=True)
    with app.test_request_context(), force_locale("fr"):
        title, question = gettext("Your company"), gettext("How many people does your company employ?")
    assert '<html lang="fr">' in page
    assert title != "Your company" and title in page and question in page


def test_unknown_pages_and_sections_are_404_pages(client):
    start(client)
    response = client.get("/diagnosis/nowhere")
    assert response.status_code == 404 and "This page does not exist" in response.get_data(as_text=True)


def test_oversized_requests_are_refused(client):
    start(client)
    response = client.post("/diagnosis/profile", data={"barrier_other": "x" * 400_000})
    assert response.status_code == 413


def test_privacy_notice(client):
    page = client.get("/privacy").get_data(as_text=True)
    assert "We do not ask for your name" in page or "We do not ask for your name" in client.get("/").get_data(
        as_text=True
    )
    assert "single cookie" in page


def test_switching_a_branch_off_and_on_loses_no_answer(client, app, questionnaire):
    start(client, "molise")
    exporter = best_answers(questionnaire, "molise", export_status="regular")
    complete(client, questionnaire, exporter)
    branch = [
        q.id
        for q in questionnaire.questions.values()
        if q.show_if is not None and "export_status" in str(q.show_if) and q.id in exporter and q.section != "profile"
    ]
    assert branch
    profile = questionnaire.section("profile")
    post_section(client, profile, {**exporter, "export_status": "never"})
    stored = _only_assessment(app)
    assert all(qid in stored.answers for qid in branch)  # kept, though they no longer apply
    assert stored.result is None or stored.result["stage"] == "not_exporting"
    post_section(client, profile, exporter)
    complete(client, questionnaire, exporter)
    stored = _only_assessment(app)
    assert stored.status == "completed" and stored.result["stage"] == "eu_exporter"
    assert all(stored.answers[qid] == exporter[qid] for qid in branch)
