"""Staff sign-in and the region managers' page of unanswered chat questions, in a real browser."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.conftest import LiveServer, axe_check
from tests.browser.helpers import path_of

PASSWORD = "a long browser password"


@pytest.fixture(scope="module")
def manager(live_server: LiveServer) -> str:
    """A region manager for Lower Saxony, and one question the chat could not answer."""
    from sme_tool.auth.services import create_user
    from sme_tool.chat.services import remember_unanswered
    from sme_tool.db import get_session

    with live_server.app.app_context():
        create_user(get_session(), "kim@niedersachsen.example", PASSWORD, "region_manager", "lower-saxony")
        remember_unanswered(get_session(), "de", "lower-saxony", "Wann hat die Kantine geöffnet?")
        get_session().commit()
    return "kim@niedersachsen.example"


def _tab_to(page: Page, selector: str) -> None:
    for _ in range(80):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} cannot be reached with Tab")


def test_sign_in_by_keyboard_and_the_unanswered_questions_are_accessible(new_context, manager: str) -> None:
    page = new_context(locale="de-DE").new_page()
    page.goto("/region/unanswered")
    assert path_of(page) == "/account/login"
    axe_check(page, "login")
    _tab_to(page, "#field-email")
    page.keyboard.type(manager)
    page.keyboard.press("Tab")
    page.keyboard.type("not the password")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    summary = page.locator(".error-summary")
    assert summary.is_visible() and page.evaluate("document.activeElement.classList.contains('error-summary')")
    assert page.locator("#field-email").input_value() == manager  # the address survives the error
    assert page.locator("#field-password").input_value() == ""  # the password is never sent back
    axe_check(page, "login-error")
    page.locator("#field-password").fill(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert path_of(page) == "/region/unanswered"
    assert page.locator("table.unanswered td[lang=de]").first.inner_text() == "wann hat die kantine geöffnet?"
    axe_check(page, "unanswered")
    page.goto("/region/unanswered?language=cs")
    assert page.locator("main .notice").is_visible()  # the empty state
    axe_check(page, "unanswered-empty")
    page.goto("/region/")
    axe_check(page, "workspace")
    _tab_to(page, ".staff-bar button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert path_of(page) == "/account/login"
    page.goto("/region/")
    assert path_of(page) == "/account/login"
