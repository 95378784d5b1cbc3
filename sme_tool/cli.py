"""Command-line tasks: `flask questionnaire check`, `flask db upgrade`, `flask purge`."""

from __future__ import annotations

import sys

import click
from flask import Flask, current_app
from flask.cli import AppGroup, with_appcontext

from .config import PROJECT_DIR
from .core.questionnaire import load_questionnaire
from .core.yamlsrc import DataError

questionnaire_cli = AppGroup("questionnaire", help="Check the diagnosis data files.")
db_cli = AppGroup("db", help="Database schema (Alembic migrations).")


@questionnaire_cli.command("check")
@click.argument("path", required=False)
def check_questionnaire(path: str | None) -> None:
    """Validate a questionnaire file (default: the configured one); exit 1 with file:line: reason."""
    target = path or current_app.config["QUESTIONNAIRE"]
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
    """Delete unfinished assessments older than the retention period."""
    from .assessment.services import purge_expired
    from .db import get_session

    count = purge_expired(get_session(), current_app.config["RETENTION_DAYS"])
    click.echo(f"deleted {count} expired unfinished assessments")


def init_app(app: Flask) -> None:
    """Register the command groups."""
    app.cli.add_command(questionnaire_cli)
    app.cli.add_command(db_cli)
    app.cli.add_command(purge)
