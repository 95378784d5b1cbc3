"""Command-line tasks: `flask questionnaire check`, `flask db upgrade`, `flask purge`."""

from __future__ import annotations

import os
import sys

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from .config import PROJECT_DIR, Config
from .core.questionnaire import load_questionnaire
from .core.yamlsrc import DataError

questionnaire_cli = AppGroup("questionnaire", help="Check the diagnosis data files.")
db_cli = AppGroup("db", help="Database schema (Alembic migrations).")
rules_cli = AppGroup("rules", help="Check and explain the recommendation rules and catalogues.")


@rules_cli.command("check", with_appcontext=False)
@click.argument("path", required=False)
def check_rules(path: str | None) -> None:
    """Validate every rules and catalogue file; exit 1 listing file:line: reason for each error."""
    from datetime import date

    from .core.catalogue import load_ruleset

    questionnaire = load_questionnaire(_setting("QUESTIONNAIRE"))
    target = path or _setting("RULES_DIR")
    try:
        ruleset = load_ruleset(target, questionnaire, date.today())
    except DataError as exc:
        for problem in exc.problems:
            click.echo(problem, err=True)
        click.echo(f"{len(exc.problems)} error(s)", err=True)
        sys.exit(1)
    for warning in ruleset.warnings:
        click.echo(f"warning: {warning}", err=True)
    regions = {o.region for o in ruleset.offerings.values()}
    click.echo(
        f"{target}: ok ({len(ruleset.rules)} rules, {len(ruleset.offerings)} offerings in "
        f"{len(regions)} catalogues, version {ruleset.version})"
    )


@rules_cli.command("explain")
@click.option("--region", required=True, help="Region id, e.g. molise.")
@click.option("--answers", "answers_file", type=click.File(), help="JSON file of answers (question id → value).")
@click.option("--assessment", "assessment_id", help="Id of a stored assessment instead of --answers.")
def explain_rules(region: str, answers_file: object, assessment_id: str | None) -> None:
    """Show for a profile which rules fire, with which needs, and what gets recommended and why."""
    from .catalogue.explain import explain

    click.echo(explain(region, answers_file, assessment_id))


def _setting(name: str) -> str:
    """A setting without building the app (which refuses to start with broken data files)."""
    return os.environ.get(f"SME_{name}", str(getattr(Config, name)))


@questionnaire_cli.command("check", with_appcontext=False)
@click.argument("path", required=False)
def check_questionnaire(path: str | None) -> None:
    """Validate a questionnaire file (default: the configured one); exit 1 with file:line: reason."""
    target = path or _setting("QUESTIONNAIRE")
    try:
        loaded = load_questionnaire(target)
    except DataError as exc:
        for problem in exc.problems:
            click.echo(problem, err=True)
        sys.exit(1)
    scored = sum(1 for q in loaded.questions.values() if q.dimension)
    click.echo(
        f"{target}: ok ({len(loaded.sections)} sections, {len(loaded.questions)} questions, "
        f"{scored} scored, version {loaded.version})"
    )


def alembic_config(url: str) -> object:
    """Alembic configuration pointing at our migrations and the app's database."""
    from alembic.config import Config as AlembicConfig

    config = AlembicConfig(str(PROJECT_DIR / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_DIR / "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@db_cli.command("upgrade")
def upgrade_db() -> None:
    """Create or migrate the database schema to the newest version."""
    from alembic import command

    command.upgrade(alembic_config(current_app.config["DATABASE_URL"]), "head")  # type: ignore[arg-type]
    click.echo("database is up to date")


@click.command("purge")
@with_appcontext
def purge() -> None:
    """Delete unfinished assessments and old chat conversations (retention periods)."""
    from .assessment.services import purge_expired
    from .chat.services import purge_conversations, purge_unanswered
    from .db import get_session

    count = purge_expired(get_session(), current_app.config["RETENTION_DAYS"])
    click.echo(f"deleted {count} expired unfinished assessments")
    chats = purge_conversations(get_session(), current_app.config["CHAT_RETENTION_DAYS"])
    click.echo(f"deleted {chats} chat conversations older than {current_app.config['CHAT_RETENTION_DAYS']} days")
    click.echo(f"deleted {purge_unanswered(get_session())} unanswered questions not seen for 90 days")


def init_app(app: Flask) -> None:
    """Register the command groups."""
    app.cli.add_command(db_cli)  # questionnaire and rules come as entry points (pyproject.toml)
    app.cli.add_command(purge)
    from .auth.cli import users_cli

    app.cli.add_command(users_cli)
