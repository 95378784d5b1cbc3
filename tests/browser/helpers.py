"""Driving the SME journey in a real browser, the way a person would: clicking labels,
typing numbers, pressing the page's own buttons. Selectors are the templates' stable ones
(ids `field-<question>` / `input-<question>-<n>`, names, classes), never translated texts."""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Locator, Page

from sme_tool.core.questionnaire import Question, Questionnaire

TRANSLATIONS = Path(__file__).resolve().parents[2] / "sme_tool" / "translations"
CODE_RE = re.compile(r"[A-Z0-9]{4}-[A-Z0-9]{4}")

# What was given for each question: ("checked", input id) or ("value", typed/selected value).
Given = dict[str, tuple[str, str]]


def path_of(page: Page) -> str:
    """The path of the page's current URL."""
    return urlparse(page.url).path


def submit(page: Page, control: Locator) -> None:
    """Click a button or link that loads a new page, and wait for that page."""
    with page.expect_navigation(wait_until="load"):
        control.click()


def clean(text: str) -> str:
    """Whitespace-normalised text (HTML collapses it, translators may use no-break spaces)."""
    return " ".join(text.split())


def h1(page: Page) -> str:
    """The page's main heading."""
    return clean(page.locator("main h1").inner_text())


def main_text(page: Page) -> str:
    """Everything readable in <main>."""
    return clean(page.locator("main").inner_text())


# --------------------------------------------------------------------------- languages


class Catalogue:
    """The compiled catalogue the app uses for a language (identity for English)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.translations: gettext.NullTranslations = gettext.NullTranslations()
        if lang != "en":
            mo = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.mo"
            if not mo.exists():
                pytest.fail(
                    f"{mo} is missing: compile the catalogues with `make translations` "
                    "(or `.venv/bin/pybabel compile -d sme_tool/translations -f`)",
                    pytrace=False,
                )
            with mo.open("rb") as fh:
                self.translations = gettext.GNUTranslations(fh)

    def __call__(self, msgid: str) -> str:
        return clean(self.translations.gettext(msgid))


def switch_language(page: Page, name: str) -> None:
    """Use the header's language switcher (each language is named in itself)."""
    link = page.locator("header.site-header nav.languages").get_by_role("link", name=name, exact=True)
    submit(page, link)


def assert_language(page: Page, lang: str) -> None:
    """The page declares the language it is written in."""
    assert page.locator("html").get_attribute("lang") == lang, f"{page.url} is not declared as {lang}"


# --------------------------------------------------------------------------- start


def choose_region(page: Page, region: str) -> None:
    """Tick a region on the home page by clicking its label."""
    radio = page.locator(f'input[name="region"][value="{region}"]')
    page.locator(f'label[for="{radio.get_attribute("id")}"]').click()
    assert radio.is_checked()


def start_button(page: Page) -> Locator:
    """The home page's 'Start a new diagnosis' button."""
    return page.locator("form.start-form button[type=submit]")


def start_diagnosis(page: Page, region: str = "nouvelle-aquitaine") -> str:
    """From the home page: choose a region, start; return the resume code shown."""
    choose_region(page, region)
    submit(page, start_button(page))
    assert path_of(page) == "/started", page.url
    code = page.locator(".code.big").inner_text().strip()
    assert CODE_RE.fullmatch(code), code
    return code


def begin_questions(page: Page) -> None:
    """On the 'your diagnosis has started' page, follow 'Start the questions'."""
    submit(page, page.locator("main a.button"))
    assert path_of(page).startswith("/diagnosis/"), page.url


# --------------------------------------------------------------------------- diagnosis pages


def _number_for(question: Question) -> int:
    low = int(question.min or 0)
    high = int(question.max) if question.max is not None else low + 10
    return min(max(low, 3), high)


def _label_for(page: Page, control: Locator) -> Locator:
    return page.locator(f'label[for="{control.get_attribute("id")}"]')


def answer_question(page: Page, block: Locator, question: Question) -> tuple[str, str] | None:
    """Answer one question block: first radio, first checkbox, first real option, a number in range."""
    radios = block.locator("input[type=radio]")
    if radios.count():
        _label_for(page, radios.first).click()
        assert radios.first.is_checked()
        return ("checked", radios.first.get_attribute("id") or "")
    boxes = block.locator("input[type=checkbox]")
    if boxes.count():
        if not boxes.first.is_checked():
            _label_for(page, boxes.first).click()
        assert boxes.first.is_checked()
        return ("checked", boxes.first.get_attribute("id") or "")
    select = block.locator("select")
    if select.count():
        value = select.locator("option").nth(1).get_attribute("value") or ""
        select.select_option(value)
        return ("value", value)
    if question.type == "number":
        typed = str(_number_for(question))
        block.locator("input").fill(typed)
        return ("value", typed)
    return None  # free text: optional, left empty


def answer_visible_questions(page: Page, qn: Questionnaire) -> Given:
    """Answer every question shown on the page, in order; skip those hidden by their condition."""
    given: Given = {}
    blocks = page.locator("form .question")
    for i in range(blocks.count()):
        block = blocks.nth(i)
        classes = (block.get_attribute("class") or "").split()
        if "is-hidden" in classes:
            assert "conditional" in classes and not block.is_visible()
            continue
        qid = (block.get_attribute("id") or "").removeprefix("field-")
        answer = answer_question(page, block, qn.questions[qid])
        if answer:
            given[qid] = answer
    return given


def assert_answers_kept(page: Page, given: Given) -> None:
    """The page shows the answers given earlier."""
    for qid, (kind, what) in given.items():
        if kind == "checked":
            assert page.locator(f'[id="{what}"]').is_checked(), f"{qid}: {what} is no longer checked on {page.url}"
        else:
            control = page.locator(f"#field-{qid}").locator("input, select").first
            assert control.input_value() == what, f"{qid}: expected {what!r} on {page.url}"


def save_and_continue(page: Page) -> None:
    """Press 'Save and continue' (or 'Save and see my results')."""
    submit(page, page.locator('form button[name="action"][value="next"]'))


def error_summary_text(page: Page) -> str:
    """The error summary's text, or '' when the page has none."""
    summary = page.locator(".error-summary")
    return clean(summary.inner_text()) if summary.count() else ""


def walk_diagnosis(
    page: Page, qn: Questionnaire, on_page: Callable[[Page, str], Any] | None = None, stop_after: int | None = None
) -> tuple[list[str], dict[str, Given]]:
    """Answer and save every diagnosis page until the results (or `stop_after` pages).

    Returns the section ids in the order they were shown and what was given on each.
    """
    visited: list[str] = []
    given: dict[str, Given] = {}
    for _ in range(len(qn.sections) + 1):
        path = path_of(page)
        if not path.startswith("/diagnosis/") or (stop_after is not None and len(visited) >= stop_after):
            break
        section_id = path.rsplit("/", 1)[1]
        assert section_id not in visited, f"{section_id} shown twice: {visited}"
        visited.append(section_id)
        if on_page:
            on_page(page, section_id)
        given[section_id] = answer_visible_questions(page, qn)
        save_and_continue(page)
        problems = error_summary_text(page)
        assert not problems, f"saving {section_id} failed: {problems}"
    return visited, given
