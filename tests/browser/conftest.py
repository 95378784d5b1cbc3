"""Real-browser fixtures: a live server on a fresh database, Debian's Chromium driven by
Playwright (sync API), and an axe-core accessibility check that also screenshots each page.

Nothing here downloads a browser: Chromium comes from the system (/usr/bin/chromium) and
axe-core from node_modules, both installed by `make browser-deps`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright
from playwright.sync_api import Error as PlaywrightError
from werkzeug.serving import BaseWSGIServer, make_server

from sme_tool import create_app
from sme_tool.core.questionnaire import Questionnaire
from tests.conftest import _fresh_database

PROJECT_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE_JS = PROJECT_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# axe-core is served to the page from the app's own origin (intercepted by Playwright, never
# reaching the app), so the app's Content-Security-Policy (script-src 'self') stays in force.
AXE_PATH = "/__browser-tests__/axe.min.js"
DEFAULT_TIMEOUT_MS = 15_000


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test in this folder drives a real Chromium: mark it `browser` (select with -m)."""
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.browser)


def _require_browser_deps() -> None:
    """Fail loudly (never skip) when the system browser or axe-core is missing."""
    missing = [str(p) for p in (CHROMIUM, AXE_JS) if not p.exists()]
    if missing:
        pytest.fail(
            f"browser tests need {' and '.join(missing)}: run `make browser-deps` "
            "(Debian's Chromium and axe-core from npm; never `playwright install`)",
            pytrace=False,
        )


# --------------------------------------------------------------------------- live server


@dataclass
class LiveServer:
    """The app served over real HTTP on 127.0.0.1."""

    app: Flask
    url: str

    @property
    def questionnaire(self) -> Questionnaire:
        """The questionnaire the served app uses."""
        qn: Questionnaire = self.app.extensions["sme_questionnaire"]
        return qn


@pytest.fixture(scope="module")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A threaded werkzeug server for a fully migrated, empty database (module scope)."""
    from alembic import command

    from sme_tool import cli

    url = _fresh_database(tmp_path_factory.mktemp("browser-db"))
    app = create_app({"SECRET_KEY": "browser-test-secret", "DATABASE_URL": url})
    command.upgrade(cli.alembic_config(url), "head")  # type: ignore[arg-type]
    access_log = logging.getLogger("werkzeug")  # one line per request: too noisy in failure reports
    old_level = access_log.level
    access_log.setLevel(logging.WARNING)
    server: BaseWSGIServer = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="live-server", daemon=True)
    thread.start()
    try:
        yield LiveServer(app=app, url=f"http://127.0.0.1:{server.server_port}")
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()
        app.extensions["sme_engine"].dispose()
        access_log.setLevel(old_level)


# --------------------------------------------------------------------------- browser


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    """Playwright's sync driver, started once."""
    _require_browser_deps()
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    """Debian's headless Chromium, launched once for the whole run."""
    _require_browser_deps()
    chromium = playwright_driver.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


NewContext = Callable[..., BrowserContext]


@pytest.fixture
def new_context(browser: Browser, live_server: LiveServer) -> Iterator[NewContext]:
    """Open fresh browser contexts (a context is a browser with its own cookies); all closed at the end.

    Defaults: British English, 1280×900, relative URLs resolved against the live server.
    """
    opened: list[BrowserContext] = []

    def factory(**options: Any) -> BrowserContext:
        settings: dict[str, Any] = {
            "locale": "en-GB",
            "viewport": {"width": 1280, "height": 900},
            "base_url": live_server.url,
            **options,
        }
        context = browser.new_context(**settings)
        context.set_default_timeout(DEFAULT_TIMEOUT_MS)
        context.route(
            live_server.url + AXE_PATH, lambda route: route.fulfill(path=str(AXE_JS), content_type="text/javascript")
        )
        context.on("page", _watch_page)
        opened.append(context)
        return context

    yield factory
    for context in opened:
        with contextlib.suppress(PlaywrightError):  # already closed by the test (closing the browser)
            context.close()


@pytest.fixture
def page(new_context: NewContext) -> Page:
    """A page in a new context (fresh cookies): en-GB, 1280×900, JavaScript on."""
    return new_context().new_page()


# --------------------------------------------------------------------------- script errors

PAGE_PROBLEMS: dict[Page, list[str]] = {}


def _watch_page(page: Page) -> None:
    """Record uncaught script errors and Content-Security-Policy violations of a page."""
    problems = PAGE_PROBLEMS.setdefault(page, [])

    def on_console(message: Any) -> None:
        if message.type == "error" and "Content Security Policy" in message.text:
            problems.append(f"CSP violation on {page.url}: {message.text}")

    def on_error(error: PlaywrightError) -> None:
        problems.append(f"script error on {page.url}: {error}")

    def on_close(_closed: Page) -> None:
        PAGE_PROBLEMS.pop(page, None)

    page.on("console", on_console)
    page.on("pageerror", on_error)
    page.on("close", on_close)


def assert_no_script_errors(page: Page) -> None:
    """No uncaught script error and no CSP violation happened on this page so far."""
    problems = PAGE_PROBLEMS.get(page, [])
    assert not problems, "\n".join(problems)


# --------------------------------------------------------------------------- accessibility


def _test_name() -> str:
    current = os.environ.get("PYTEST_CURRENT_TEST", "test").split(" ")[0]
    return current.rsplit("::", 1)[-1]


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-") or "page"


_shot_counter: dict[str, int] = {}


def screenshot(page: Page, step: str | None = None) -> Path:
    """Save a full-page screenshot as artifacts/<test>-<NN>-<step>.png; return its path."""
    test = _slug(_test_name())
    number = _shot_counter[test] = _shot_counter.get(test, 0) + 1
    label = _slug(step or page.url.split("://", 1)[-1].split("/", 1)[-1] or "home")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{test}-{number:02d}-{label}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def _describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v.get('impact')}): {v['help']} <{v.get('helpUrl', '')}>")
        for node in v.get("nodes", []):
            lines.append(f"    at {json.dumps(node.get('target'))}: {node.get('html', '')[:160]}")
            summary = (node.get("failureSummary") or "").replace("\n", " ")
            if summary:
                lines.append(f"       {summary[:300]}")
    return "\n".join(lines)


def axe_check(page: Page, step: str | None = None) -> None:
    """Screenshot the page, run axe-core (WCAG 2.0/2.1 A and AA) on it and assert no violations."""
    shot = screenshot(page, step)
    assert_no_script_errors(page)
    if not page.evaluate("() => document.documentElement.classList.contains('js')"):
        # axe is a script: in a page without JavaScript it would wait for ever.
        pytest.fail("axe_check needs a page with JavaScript enabled (journey.js did not run)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(url=AXE_PATH)
    results = page.evaluate(
        """async (tags) => {
            const r = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.map(n => ({target: n.target, html: n.html, failureSummary: n.failureSummary}))}));
        }""",
        AXE_TAGS,
    )
    if results:
        report = _describe(results)
        print(f"axe violations on {page.url} (screenshot {shot}):\n{report}")
        pytest.fail(f"axe-core found {len(results)} accessibility violation(s) on {page.url}:\n{report}")
