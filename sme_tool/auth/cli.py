"""`flask users ...`: staff accounts are created and removed by the service's administrator."""

from __future__ import annotations

import sys

import click
from flask.cli import AppGroup

from ..core.regions import REGION_IDS
from ..db import get_session
from . import services

users_cli = AppGroup("users", help="Staff accounts (region managers).")


@users_cli.command("create")
@click.option("--email", required=True, help="The person's work e-mail address (their sign-in name).")
@click.option("--role", type=click.Choice(services.ROLES), default="region_manager", show_default=True)
@click.option("--region", type=click.Choice(REGION_IDS), help="The region a region manager looks after.")
@click.password_option(help=f"At least {services.MIN_PASSWORD} characters (asked for when not given).")
def create(email: str, role: str, region: str | None, password: str) -> None:
    """Create a staff account."""
    try:
        user = services.create_user(get_session(), email, password, role, region)
    except services.AccountError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"created {user.role} {user.email}" + (f" for {user.region}" if user.region else ""))


@users_cli.command("list")
def list_users() -> None:
    """List the staff accounts (no passwords: only their hashes are stored)."""
    users = services.list_users(get_session())
    if not users:
        click.echo("no staff accounts")
    for user in users:
        last = f"{user.last_login:%Y-%m-%d}" if user.last_login else "never"
        click.echo(f"{user.email}  {user.role}  {user.region or '-'}  last sign-in {last}")


@users_cli.command("password")
@click.option("--email", required=True)
@click.password_option(help=f"At least {services.MIN_PASSWORD} characters (asked for when not given).")
def change_password(email: str, password: str) -> None:
    """Set a new password; the account's open sign-ins end."""
    user = services.find_user(get_session(), email)
    if user is None:
        click.echo(f"error: no account for {email}", err=True)
        sys.exit(1)
    try:
        services.set_password(get_session(), user, password)
    except services.AccountError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    click.echo(f"password changed for {user.email}")


@users_cli.command("delete")
@click.option("--email", required=True)
@click.confirmation_option(prompt="Delete this account for good?")
def delete(email: str) -> None:
    """Remove a staff account."""
    user = services.find_user(get_session(), email)
    if user is None:
        click.echo(f"error: no account for {email}", err=True)
        sys.exit(1)
    services.delete_user(get_session(), user)
    click.echo(f"deleted {email}")
