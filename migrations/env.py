"""Alembic environment: our metadata, the URL given by `flask db upgrade` or the tests."""

from alembic import context
from sqlalchemy import engine_from_config, pool

from sme_tool.assessment import models as _assessment_models  # noqa: F401 - registers tables
from sme_tool.chat import models as _chat_models  # noqa: F401 - registers tables
from sme_tool.db import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    """Run migrations with a real connection."""
    connectable = engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with connectable.connect() as connection:
        context.configure(
            connection=connection, target_metadata=target_metadata, render_as_batch=connection.dialect.name == "sqlite"
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
