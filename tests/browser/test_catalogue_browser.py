"""The catalogue pages and the recommendations on the results page, in a real browser with axe-core."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import LiveServer, axe_check
from tests.conftest import middle_answers


@pytest.mark.parametrize("locale", ["en-GB", "pl-PL"])
def test_catalogue_pages_are_accessible(new_context, locale: str) -> None:
    page = new_context(locale=locale).new_page()
    page.goto("/catalogue/")
    axe_check(page, "index")
    with page.expect_navigation(wait_until="load"):
        page.locator("a[href='/catalogue/kujawsko-pomorskie']").click()
    axe_check(page, "region")
    page.goto("/catalogue/kujawsko-pomorskie?type=consortium&need=customs_compliance")
    assert page.locator(".notice").is_visible()  # the empty state
    axe_check(page, "empty")


def test_catalogue_filters_work_without_javascript(new_context) -> None:
    page = new_context(java_script_enabled=False).new_page()
    page.goto("/catalogue/kujawsko-pomorskie")
    total = page.locator("li.card.offering").count()
    page.select_option("#filter-type", "fund")
    with page.expect_navigation(wait_until="load"):  # wait for the new page, not just a changed address
        page.locator("form.filters button[type=submit]").click()
    assert "type=fund" in page.url
    funds = page.locator("li.card.offering").count()
    assert 0 < funds < total


def test_results_with_recommendations_are_accessible(page: Page, live_server: LiveServer) -> None:
    answers = middle_answers(
        live_server.questionnaire,
        "cantabria",
        size_band="small",
        export_status="regular",
        current_markets=["eu_single_market"],
        target_markets=["beyond_eu"],
        barrier_working_capital="major",
    )
    created = page.request.post("/api/v1/assessments", data={"region": "cantabria", "answers": answers})
    assert created.status == 201
    page.goto(f"/resume/{created.json()['resume_code']}")
    assert page.locator("#support-title").is_visible()
    cards = page.locator(".support li.card.offering")
    assert cards.count() >= 6
    assert cards.first.locator(".reasons li").count() >= 1
    details = page.locator("details.near-misses")
    if details.count():
        details.locator("summary").click()
    axe_check(page, "results-with-support")


@pytest.mark.parametrize("locale", ["de-DE", "pl-PL"])
@pytest.mark.parametrize("width", [390, 1280])
def test_results_hold_their_layout_with_the_longest_texts(
    new_context, live_server: LiveServer, locale: str, width: int
) -> None:
    """German and Polish have the longest texts: nothing may stick out sideways, on phones or desktops."""
    page = new_context(locale=locale, viewport={"width": width, "height": 900}).new_page()
    region = "lower-saxony" if locale.startswith("de") else "kujawsko-pomorskie"
    answers = middle_answers(
        live_server.questionnaire,
        region,
        export_status="occasional",
        current_markets=["eu_single_market"],
        target_markets=["beyond_eu"],
        offer_type=["physical_goods", "digital"],
        barrier_working_capital="major",
    )
    created = page.request.post("/api/v1/assessments", data={"region": region, "answers": answers})
    page.goto(f"/resume/{created.json()['resume_code']}")
    assert page.locator("html").get_attribute("lang") == locale[:2]
    overflow = page.evaluate("""() => {
        const limit = document.documentElement.clientWidth;
        return [...document.querySelectorAll('main *')]
            .filter(e => e.getBoundingClientRect().right > limit + 1)
            .map(e => e.tagName + '.' + e.className + ': ' + (e.textContent || '').trim().slice(0, 40));
    }""")
    assert overflow == [], overflow
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    axe_check(page, f"results-{locale}-{width}")


@pytest.mark.parametrize("locale", ["en-GB", "cs-CZ"])
def test_chat_page_is_accessible_and_usable_by_keyboard(new_context, locale: str) -> None:
    page = new_context(locale=locale).new_page()
    page.goto("/chat/")
    axe_check(page, "chat-empty")
    page.evaluate("window.__samePage = true")
    page.locator("#message").focus()
    page.keyboard.type("EORI?")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    with _reply(page):
        page.keyboard.press("Enter")
    assert page.evaluate("window.__samePage === true"), "with JavaScript the reply comes without a reload"
    latest = page.locator("#latest")
    assert latest.is_visible() and page.evaluate("document.activeElement.id") == "latest"
    assert page.locator(".chat-log[aria-live=polite] .chat-message.bot").count() == 1
    page.reload()
    assert page.locator(".chat-message.bot").count() == 1, "the conversation survives a reload"
    page.locator("#message").fill("weather in Paris tomorrow")
    with _reply(page):
        page.locator(".chat-form button[type=submit]").first.click()
    assert page.locator(".chat-message.bot").count() == 2
    axe_check(page, "chat-conversation")


@contextmanager
def _reply(page):
    """Wait for the bot's next reply: appended by the script, or on the reloaded page without it."""
    before = page.locator(".chat-message.bot").count()
    yield
    page.wait_for_function("n => document.querySelectorAll('.chat-message.bot').length > n", arg=before)
    page.wait_for_function("() => !document.querySelector('form[data-chat][aria-busy]')")


def _send_by_keyboard(page, text: str) -> None:
    page.locator("#message").focus()
    page.keyboard.type(text)
    page.keyboard.press("Tab")  # to "Send"
    with _reply(page):
        page.keyboard.press("Enter")


def _press_by_keyboard(page, name: str) -> None:
    """Tab from the top of the page to the button with this name and press it, as a keyboard user would."""
    page.locator("body").focus()
    for _ in range(200):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == name:
            with _reply(page):
                page.keyboard.press("Enter")
            return
    raise AssertionError(f"no button {name!r} reachable by keyboard")


@pytest.mark.parametrize(("locale", "texts"), [
    ("en-GB", {"start": "Run the diagnosis here in the chat", "region": "Kent (United Kingdom)", "no": "No",
               "sector": "we make wooden furniture", "noted": "Noted: C – Manufacturing.",
               "confirm": "Is that right?", "yes": "Yes", "turnover": "1.5 million euros", "since": "since 2015"}),
    ("pl-PL", {"start": "Przeprowadź diagnozę tutaj na czacie", "region": "Kujawsko-Pomorskie (Polska)",
               "no": "Nie", "sector": "produkujemy meble z drewna", "noted": "Zapisano: C – Przetwórstwo przemysłowe.",
               "confirm": "Czy to się zgadza?", "yes": "Tak", "turnover": "1,5 mln euro", "since": "od 2015"}),
])  # fmt: skip
def test_the_diagnosis_runs_in_the_chat_by_keyboard_and_is_accessible(new_context, locale, texts) -> None:
    page = new_context(locale=locale).new_page()
    page.goto("/chat/")
    _press_by_keyboard(page, texts["start"])
    axe_check(page, f"chat-diagnosis-region-{locale}")
    _press_by_keyboard(page, texts["region"])
    _press_by_keyboard(page, texts["no"])  # no statistics consent
    latest = page.locator("#latest")
    assert page.evaluate("document.activeElement.id") == "latest", "the new question gets the focus"
    assert page.locator(".quick-answers button").count() == 21  # the sectors as answer buttons
    axe_check(page, f"chat-diagnosis-question-{locale}")
    _send_by_keyboard(page, texts["sector"])
    assert texts["noted"] in latest.inner_text()
    _send_by_keyboard(page, "35")
    _send_by_keyboard(page, texts["turnover"])  # an amount: read as the band under €2 million
    _send_by_keyboard(page, texts["since"])  # a year: the number of years, to be confirmed
    assert texts["confirm"] in latest.inner_text()
    axe_check(page, f"chat-diagnosis-confirm-{locale}")
    _press_by_keyboard(page, texts["yes"])
    assert page.locator(".quick-answers input[type=checkbox]").count() == 3  # "what do you sell": several answers
    page.locator(".quick-answers input[type=checkbox]").first.focus()
    page.keyboard.press("Space")
    _send_by_keyboard(page, "")
    assert page.locator(".chat-message.bot").count() == 9
    axe_check(page, f"chat-diagnosis-multi-{locale}")
