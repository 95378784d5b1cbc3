"""The SME journey in a real Chromium: clicked through in English and French, checked with
axe-core on every page, resumed after closing the browser, validated, without JavaScript,
with the keyboard only, and printed."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page

from sme_tool.core.questionnaire import Questionnaire
from sme_tool.i18n import LANGUAGE_NAMES
from tests.browser.conftest import LiveServer, NewContext, axe_check, screenshot
from tests.browser.helpers import (
    CODE_RE,
    Catalogue,
    answer_visible_questions,
    assert_answers_kept,
    assert_language,
    begin_questions,
    clean,
    error_summary_text,
    h1,
    main_text,
    path_of,
    save_and_continue,
    start_button,
    start_diagnosis,
    submit,
    switch_language,
    walk_diagnosis,
)
from tests.conftest import best_answers

HOME_TITLE = "Check how ready your company is to export"


def _active(page: Page, selector: str) -> bool:
    """True when the focused element matches the CSS selector."""
    return bool(page.evaluate("s => !!document.activeElement && document.activeElement.matches(s)", selector))


def _check_error_summary(page: Page) -> list[str]:
    """The error summary is shown, focused, and each link points at a field on the page."""
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert _active(page, ".error-summary"), "the error summary should receive focus"
    assert clean(page.title()).startswith(Catalogue(page.locator("html").get_attribute("lang") or "en")("Error:"))
    targets = [a.get_attribute("href") or "" for a in summary.locator("a").all()]
    assert targets, "the error summary should link to the fields in error"
    for href in targets:
        assert re.fullmatch(r"#field-[a-z0-9_]+", href), href
        assert page.locator(href).count() == 1, f"{href} points at no field"
    return targets


# --------------------------------------------------------------------------- whole journey


# Each language with a firm of the region that speaks it (issue 4's seven journeys).
HOME_REGIONS = {"en": "kent", "fr": "nouvelle-aquitaine", "de": "lower-saxony", "it": "molise",
                "es": "cantabria", "pl": "kujawsko-pomorskie", "cs": "usti"}  # fmt: skip


@pytest.mark.parametrize("lang", list(HOME_REGIONS))
def test_whole_journey_in_the_browser_is_accessible(page: Page, live_server: LiveServer, lang: str) -> None:
    qn = live_server.questionnaire
    t = Catalogue(lang)
    name = LANGUAGE_NAMES[lang]

    page.goto("/")
    assert_language(page, "en")
    english_home = main_text(page)
    if lang != "en":
        switch_language(page, name)
        assert path_of(page) == "/"
        assert_language(page, lang)
        current = page.locator("header nav.languages [aria-current]")
        assert current.inner_text() == name and current.get_attribute("lang") == lang
        assert main_text(page) != english_home, f"the {lang} home page reads exactly like the English one"
    assert h1(page) == t(HOME_TITLE)
    axe_check(page, "home")

    # Starting without a region: an error page with the error summary.
    submit(page, start_button(page))
    assert _check_error_summary(page) == ["#field-region"]
    assert_language(page, lang)
    axe_check(page, "home-error")

    code = start_diagnosis(page, HOME_REGIONS[lang])
    assert_language(page, lang)
    assert h1(page) == t("Your diagnosis has started")
    assert code in page.locator("a.resume-link").inner_text()
    axe_check(page, "started")
    begin_questions(page)

    titles = {s.id: s.title for s in qn.sections}

    def check_section(p: Page, section_id: str) -> None:
        assert_language(p, lang)
        assert h1(p) == t(titles[section_id])
        assert p.locator(".error-summary").count() == 0
        if section_id == "profile":  # unanswered, its branch ("where are your customers abroad") is hidden
            assert p.locator("#field-current_markets.conditional.is-hidden").is_hidden()
        axe_check(p, section_id)

    visited, _ = walk_diagnosis(page, qn, on_page=check_section)
    assert visited[0] == qn.sections[0].id and visited[-1] == qn.sections[-1].id, visited
    assert path_of(page) == "/results", page.url

    # Results: the overall score, the chart and the table.
    assert_language(page, lang)
    assert h1(page) == t("Your export readiness results")
    score = page.locator(".score-big").inner_text().strip()
    pattern = re.escape(t("%(score)s out of 100")).replace(re.escape("%(score)s"), r"(\d+)")
    assert re.fullmatch(pattern, score), score
    if lang == "en":
        assert "out of 100" in score
    assert 0 <= int(re.fullmatch(pattern, score).group(1)) <= 100  # type: ignore[union-attr]
    chart = page.locator("svg.chart[role=img]")
    assert chart.is_visible() and chart.locator("rect.bar").count() >= 1
    table = page.locator("table.scores")
    assert table.is_visible() and table.locator("tbody tr").count() == len(qn.dimensions)
    assert code in page.locator(".meta").inner_text()
    assert page.locator(".support li.card.offering").count() >= 3, "the region's support is recommended"
    assert page.locator(".support .reasons li").count() >= 3
    axe_check(page, "results")

    # The footer pages: privacy notice, resume, delete.
    submit(page, page.locator("footer.site-footer a[href='/privacy']"))
    assert_language(page, lang)
    assert h1(page) == t("Privacy notice")
    axe_check(page, "privacy")

    submit(page, page.locator("footer.site-footer a[href='/resume']"))
    assert_language(page, lang)
    assert h1(page) == t("Continue your diagnosis")
    axe_check(page, "resume")
    page.locator("#field-code").fill(code.lower())  # typed carelessly: case is forgiven
    submit(page, page.locator("main form button[type=submit]"))
    assert path_of(page) == "/results", "a complete diagnosis resumes on its results"

    submit(page, page.locator("footer.site-footer a[href='/delete']"))
    assert_language(page, lang)
    assert h1(page) == t("Delete my data")
    assert page.locator("#field-code").input_value() == code
    axe_check(page, "delete")
    submit(page, page.locator("main form button[type=submit]"))  # without ticking the confirmation
    assert _check_error_summary(page) == ["#field-confirm"]
    axe_check(page, "delete-error")
    page.locator("label[for=confirm]").click()
    submit(page, page.locator("main form button[type=submit]"))
    assert path_of(page) == "/deleted"
    # (Which language these last pages use is checked by test_language_choice_survives_deleting_data.)
    assert h1(page) == Catalogue(page.locator("html").get_attribute("lang") or "en")("Your data has been deleted")
    axe_check(page, "deleted")

    # The code no longer works.
    page.goto(f"/resume/{code}")
    assert _check_error_summary(page) == ["#field-code"]
    axe_check(page, "resume-error")


# --------------------------------------------------------------------------- resume


def test_resume_after_closing_the_browser(new_context: NewContext, live_server: LiveServer) -> None:
    qn = live_server.questionnaire
    first = new_context()
    page = first.new_page()
    page.goto("/")
    code = start_diagnosis(page, "kent")
    begin_questions(page)
    visited, given = walk_diagnosis(page, qn, stop_after=2)
    next_page = path_of(page)
    assert len(visited) == 2 and next_page.startswith("/diagnosis/")
    first.close()  # the browser is closed: the session cookie is gone

    page = new_context().new_page()
    page.goto("/diagnosis")
    assert path_of(page) == "/resume", "without the cookie the diagnosis is reached through the code"
    page.locator("#field-code").fill(code)
    submit(page, page.locator("main form button[type=submit]"))
    assert path_of(page) == next_page, "resuming lands on the next unfinished page"
    assert page.locator(".resume-note .code").inner_text() == code

    for section_id in reversed(visited):  # back, page by page: the earlier answers are still there
        submit(page, page.locator("nav.back-row a.back-link"))
        assert path_of(page) == f"/diagnosis/{section_id}"
        assert_answers_kept(page, given[section_id])


# --------------------------------------------------------------------------- validation


def test_empty_page_shows_a_focused_error_summary(page: Page, live_server: LiveServer) -> None:
    page.goto("/")
    start_diagnosis(page)
    begin_questions(page)
    first_section = path_of(page)
    save_and_continue(page)  # nothing answered
    assert path_of(page) == first_section
    targets = _check_error_summary(page)
    assert "#field-nace_section" in targets
    invalid = page.locator("[aria-invalid=true]")
    assert invalid.count() >= 1
    for href in targets:  # every field in error says so, next to the field
        assert page.locator(f"{href}.has-error .field-error").count() == 1, href
    axe_check(page, "section-errors")

    # Following a link moves focus to the question it names.
    page.locator(".error-summary a").first.click()
    assert _active(page, targets[0]), "the error link should move focus to its question"

    # Answering fixes the page.
    answer_visible_questions(page, live_server.questionnaire)
    save_and_continue(page)
    assert path_of(page) != first_section and not error_summary_text(page)


# --------------------------------------------------------------------------- without JavaScript


def test_journey_works_without_javascript(new_context: NewContext, live_server: LiveServer) -> None:
    qn = live_server.questionnaire
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/")
    assert "js" not in (page.locator("html").get_attribute("class") or "")
    start_diagnosis(page, "lower-saxony")
    begin_questions(page)
    conditional = page.locator("form .question.conditional")
    assert conditional.count() >= 1, "the first page should have a same-page conditional question"
    for i in range(conditional.count()):  # with no script, every branch is shown (and says when to answer)
        assert conditional.nth(i).is_visible()
        assert conditional.nth(i).locator(".conditional-hint").is_visible()
    visited, _ = walk_diagnosis(page, qn)
    assert len(visited) >= 5
    assert path_of(page) == "/results"
    assert "out of 100" in page.locator(".score-big").inner_text()
    assert page.locator("svg.chart").is_visible() and page.locator("table.scores").is_visible()
    screenshot(page, "results-no-js")


def _completed_by_api(page: Page, qn: Questionnaire, region: str = "molise") -> str:
    """A complete diagnosis created through the JSON API (fast); return its resume code."""
    created = page.request.post(
        "/api/v1/assessments", data={"region": region, "locale": "en", "answers": best_answers(qn, region)}
    )
    assert created.status == 201, created.text()
    code: str = created.json()["resume_code"]
    return code


def test_print_button_is_hidden_without_javascript(new_context: NewContext, live_server: LiveServer) -> None:
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"/resume/{_completed_by_api(page, live_server.questionnaire)}")
    assert path_of(page) == "/results"
    assert page.locator("[data-print]").is_hidden(), "the print button needs the script: hidden without it"


# --------------------------------------------------------------------------- language


def test_language_choice_survives_deleting_data(page: Page) -> None:
    page.goto("/")
    switch_language(page, "Français")
    start_diagnosis(page)
    page.goto("/delete")
    assert_language(page, "fr")
    page.locator("label[for=confirm]").click()
    submit(page, page.locator("main form button[type=submit]"))
    assert path_of(page) == "/deleted"
    assert_language(page, "fr")


# --------------------------------------------------------------------------- keyboard


def test_home_page_and_start_by_keyboard_only(page: Page) -> None:
    page.goto("/")
    page.keyboard.press("Tab")
    assert _active(page, "a.skip-link"), "the first Tab stop should be the skip link"
    assert page.locator("a.skip-link").is_visible(), "the skip link shows when focused"
    page.keyboard.press("Enter")
    assert _active(page, "main#main"), "the skip link should move focus to the main content"

    for _ in range(60):
        page.keyboard.press("Tab")
        if _active(page, "input[name=region]"):
            break
    else:
        pytest.fail("the region radios cannot be reached with Tab")
    page.keyboard.press("Space")
    first_region = page.evaluate("document.activeElement.value")
    assert page.locator(f"input[name=region][value='{first_region}']").is_checked()
    page.keyboard.press("ArrowDown")
    chosen = page.evaluate("document.activeElement.value")
    assert chosen != first_region and page.locator(f"input[name=region][value='{chosen}']").is_checked()

    for _ in range(60):
        if _active(page, "form.start-form button[type=submit]"):
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail("the start button cannot be reached with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert path_of(page) == "/started"
    assert CODE_RE.fullmatch(page.locator(".code.big").inner_text().strip())

    for _ in range(60):
        page.keyboard.press("Tab")
        if _active(page, "main a.button"):
            break
    else:
        pytest.fail("'Start the questions' cannot be reached with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert path_of(page).startswith("/diagnosis/")
    page.goto("/region")  # the diagnosis runs for the region chosen with the arrow key
    assert page.locator("input[name=region]:checked").get_attribute("value") == chosen


# --------------------------------------------------------------------------- print


def test_results_print_as_a_clean_report(page: Page, live_server: LiveServer) -> None:
    page.goto(f"/resume/{_completed_by_api(page, live_server.questionnaire)}")
    assert path_of(page) == "/results"
    assert page.locator(".site-header").evaluate("e => getComputedStyle(e).display") != "none"
    assert page.locator("[data-print]").is_visible(), "with the script, the print button is offered"

    page.emulate_media(media="print")
    hidden = ".site-header, .site-footer, .skip-link, .actions, .actions .button, [data-print], .languages"
    for element in page.locator(hidden).all():
        assert element.is_hidden(), element.evaluate("e => e.outerHTML.slice(0, 120)")
    assert page.locator(".site-header").evaluate("e => getComputedStyle(e).display") == "none"
    assert page.locator(".site-footer").evaluate("e => getComputedStyle(e).display") == "none"
    assert page.locator("button:visible, a.button:visible").count() == 0, "no buttons on paper"
    assert page.locator(".score-big").is_visible() and page.locator("table.scores").is_visible()
    assert page.locator("svg.chart").is_visible()
    screenshot(page, "results-print")
    page.emulate_media(media="screen")
    assert page.locator(".site-header").evaluate("e => getComputedStyle(e).display") != "none"
