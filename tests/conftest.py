"""Shared fixtures: an app on a fresh database per test (SQLite, or PostgreSQL when
SME_TEST_DATABASE_URL is set), its client and CLI runner, and factory helpers."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient, FlaskCliRunner
from sqlalchemy import create_engine, text

from sme_tool import create_app
from sme_tool.core.answers import applicable_questions
from sme_tool.core.questionnaire import Questionnaire, load_questionnaire

QUESTIONNAIRE_PATH = Path(__file__).parents[1] / "sme_tool" / "questionnaires" / "export_readiness.yaml"
PG_URL = os.environ.get("SME_TEST_DATABASE_URL")


@pytest.fixture(scope="session")
def questionnaire() -> Questionnaire:
    """The real questionnaire, loaded once."""
    return load_questionnaire(QUESTIONNAIRE_PATH)


def _fresh_database(tmp_path: Path) -> str:
    if not PG_URL:
        return f"sqlite:///{tmp_path / 'test.db'}"
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return PG_URL


class EnglishBrowser(FlaskClient):
    """A test client whose browser asks for English unless a test says otherwise."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"


@pytest.fixture
def app(tmp_path: Path) -> Iterator[Flask]:
    """An app on an empty, fully migrated database."""
    url = _fresh_database(tmp_path)
    app = create_app({"TESTING": True, "SECRET_KEY": "test-secret", "DATABASE_URL": url})
    app.test_client_class = EnglishBrowser
    from alembic import command

    from sme_tool import cli

    command.upgrade(cli.alembic_config(url), "head")  # type: ignore[arg-type]
    yield app
    app.extensions["sme_engine"].dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    """A browser-like client (cookies kept)."""
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    """The `flask` command line of the app."""
    return app.test_cli_runner()


def csrf_token(client: FlaskClient, path: str) -> str:
    """GET a page and return its CSRF token, as a browser would have it."""
    page = client.get(path, follow_redirects=True).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


def best_answers(qn: Questionnaire, region: str = "nouvelle-aquitaine", **profile: Any) -> dict[str, Any]:
    """A complete set of answers: the given profile, the best option everywhere else."""
    return _answers(qn, region, profile, best=True)


def worst_answers(qn: Questionnaire, region: str = "nouvelle-aquitaine", **profile: Any) -> dict[str, Any]:
    """A complete set of answers: the given profile, the worst scored option everywhere else."""
    return _answers(qn, region, profile, best=False)


def middle_answers(qn: Questionnaire, region: str = "nouvelle-aquitaine", **profile: Any) -> dict[str, Any]:
    """A complete set of answers: the given profile, a middling option everywhere else."""
    return _answers(qn, region, profile, best=None)


DEFAULT_PROFILE = {
    "nace_section": "nace_c", "size_band": "small", "turnover_band": "from_2m_to_10m", "years_trading": 12,
    "offer_type": ["physical_goods"], "export_status": "regular", "current_markets": ["eu_single_market"],
    "target_markets": ["eu_single_market"], "online_sales": "own_shop",
}  # fmt: skip


def _answers(qn: Questionnaire, region: str, profile: dict[str, Any], best: bool | None) -> dict[str, Any]:
    answers: dict[str, Any] = {}
    wanted = {**DEFAULT_PROFILE, **profile}
    # Fill in file order so branching sees earlier answers, as a real firm would.
    for _round in range(3):
        for q in applicable_questions(qn, answers, region):
            if q.id in answers:
                continue
            answers[q.id] = wanted[q.id] if q.id in wanted else _pick(q, best)
    return {k: v for k, v in answers.items() if v is not None}


def _pick(q: Any, best: bool | None) -> Any:
    if best is None:
        return _middle(q)
    if q.barrier:
        return "none" if best else "major"
    if q.type == "text":
        return None
    if q.type == "yesno":
        if not q.scores:
            return "yes"
        return max(q.scores, key=q.scores.get) if best else min(q.scores, key=q.scores.get)
    if q.type == "scale":
        return int(q.max if best else q.min)
    if q.type == "number":
        if not q.scoring:
            return int(q.min or 0)
        return int(q.scoring[-1][0] if best else q.scoring[0][0])
    scored = [o for o in q.options if not o.na and not o.exclusive]
    if q.type == "multi":
        if not q.dimension:
            return [scored[0].value]
        chosen = sorted(scored, key=lambda o: -(o.score or 0)) if best else []
        return [o.value for o in chosen] or [min(q.options, key=lambda o: o.score or 0).value]
    if not q.dimension:
        return q.options[0].value
    pick = max if best else min
    return pick(scored, key=lambda o: o.score or 0).value


def _middle(q: Any) -> Any:
    """The median answer: a middling score, a minor barrier."""
    if q.barrier:
        return "minor"
    if q.type == "text":
        return None
    if q.type == "yesno":
        return "yes"
    if q.type == "scale":
        return int((q.min + q.max) // 2)
    if q.type == "number":
        return int(q.scoring[len(q.scoring) // 2][0]) if q.scoring else int(q.min or 0)
    options = sorted((o for o in q.options if not o.na and not o.exclusive), key=lambda o: o.score or 0)
    if not q.dimension:
        return [options[0].value] if q.type == "multi" else q.options[0].value
    chosen = options[len(options) // 2]
    return [chosen.value] if q.type == "multi" else chosen.value
