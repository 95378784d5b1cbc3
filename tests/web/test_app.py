"""The factory, settings and command line."""

from pathlib import Path

import pytest
from sqlalchemy import inspect

from sme_tool import create_app
from sme_tool.core.yamlsrc import DataError


def test_settings_come_from_sme_environment_variables(monkeypatch, tmp_path):
    monkeypatch.setenv("SME_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    monkeypatch.setenv("SME_SECRET_KEY", "from-env")
    app = create_app()
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["DATABASE_URL"].endswith("env.db")


def test_production_refuses_to_start_without_a_secret(monkeypatch, tmp_path):
    monkeypatch.delenv("SME_SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SME_SECRET_KEY"):
        create_app({"ENV": "production", "DATABASE_URL": "sqlite://"})


def test_a_broken_questionnaire_stops_the_start(tmp_path):
    broken = tmp_path / "q.yaml"
    broken.write_text("id: x\n")
    with pytest.raises(DataError, match="missing top-level key"):
        create_app({"QUESTIONNAIRE": str(broken), "SECRET_KEY": "x", "DATABASE_URL": "sqlite://"})


def test_questionnaire_check_command(tmp_path):
    from click.testing import CliRunner

    from sme_tool.cli import questionnaire_cli

    runner = CliRunner()
    result = runner.invoke(questionnaire_cli, ["check"])
    assert result.exit_code == 0 and "ok (7 sections" in result.output
    broken = tmp_path / "q.yaml"
    broken.write_text("id: x\nversion: 1\ntitle: T\ndimensions: []\nbands: []\nstages: []\npathway: []\nsections: []\n")
    result = runner.invoke(questionnaire_cli, ["check", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}:4: 'dimensions' must be a non-empty list" in result.output


def test_db_upgrade_creates_the_schema(runner, app):
    result = runner.invoke(args=["db", "upgrade"])
    assert result.exit_code == 0
    assert "assessment" in inspect(app.extensions["sme_engine"]).get_table_names()


def test_migrations_match_the_models(app):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sme_tool.db import Base

    with app.extensions["sme_engine"].connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_purge_deletes_only_old_unfinished_assessments(runner, app):
    from datetime import timedelta

    from sme_tool.assessment import services
    from sme_tool.assessment.models import utcnow
    from sme_tool.db import get_session

    with app.app_context():
        session = get_session()
        old, _ = services.start_assessment(session, "kent", "en", False)
        fresh, _ = services.start_assessment(session, "kent", "en", False)
        old.updated_at = utcnow() - timedelta(days=400)
        session.commit()
        old_id, fresh_id = old.id, fresh.id
    result = runner.invoke(args=["purge"])
    assert "deleted 1 expired" in result.output and "deleted 0 chat conversations" in result.output
    with app.app_context():
        assert services.get_assessment(get_session(), old_id) is None
        assert services.get_assessment(get_session(), fresh_id) is not None


def test_security_headers_on_every_page(client):
    for path in ("/", "/api/v1/questionnaire", "/nowhere"):
        headers = client.get(path).headers
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert headers["Referrer-Policy"] == "same-origin"
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_session_cookie_is_http_only_and_same_site(client):
    from tests.web.helpers import start

    start(client)
    cookie = client.get_cookie("session")
    assert cookie is not None and cookie.http_only and cookie.same_site == "Lax"


def test_rules_check_command_reports_file_and_line(tmp_path):
    import shutil

    from click.testing import CliRunner

    from sme_tool.cli import rules_cli

    runner = CliRunner()
    result = runner.invoke(rules_cli, ["check"])
    assert result.exit_code == 0 and "rules," in result.output and "offerings in 8 catalogues" in result.output
    broken = tmp_path / "rules"
    shutil.copytree(Path(__file__).parents[2] / "rules", broken)
    with (broken / "kent" / "rules.yaml").open("a") as handle:
        handle.write(
            "  - id: broken\n    when: {field: nowhere, eq: 1}\n    needs: {export_finance: 1}\n    because: B.\n"
        )
    result = runner.invoke(rules_cli, ["check", str(broken)])
    assert result.exit_code == 1
    assert f"{broken}/kent/rules.yaml:" in result.output and "unknown field 'nowhere'" in result.output


def test_rules_explain_shows_rules_needs_and_reasons(app, tmp_path, questionnaire):
    import json

    from tests.conftest import middle_answers

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(middle_answers(questionnaire, "molise", export_status="never")))
    from click.testing import CliRunner
    from flask.cli import ScriptInfo

    from sme_tool.cli import rules_cli

    args = ["explain", "--region", "molise", "--answers", str(answers)]
    result = CliRunner().invoke(rules_cli, args, obj=ScriptInfo(create_app=lambda: app))
    assert result.exit_code == 0, result.output
    assert "rules fired" in result.output and "not_exporting_yet" in result.output
    assert "recommended (" in result.output and "mo_ice_export_flying_desk" in result.output
    assert "near misses" in result.output


def test_chat_eval_reports_every_language(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from sme_tool.chat_cli import chat_cli

    result = CliRunner().invoke(chat_cli, ["eval"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    for lang in ("en", "fr", "de", "it", "es", "pl", "cs"):
        assert any(line.startswith(f"{lang}: ") for line in lines)
    assert any("top-1" in line and "out-of-scope rejection" in line for line in lines) or all(
        "no dev set" in line for line in lines if line[:3].endswith(":")
    )
