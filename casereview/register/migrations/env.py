"""Alembic environment of the register: always run by casereview on a connection it opened."""

from __future__ import annotations

from alembic import context

from casereview.register.migrations.env_settings import VERSION_TABLE
from casereview.register.schema import RegisterModel


def run_migrations() -> None:
    connection = context.config.attributes["connection"]
    context.configure(connection=connection, target_metadata=RegisterModel.metadata, version_table=VERSION_TABLE,
                      transaction_per_migration=False)
    with context.begin_transaction():
        context.run_migrations()


if getattr(context, "config", None) is not None:  # run by Alembic; a plain import (a module scan) does nothing
    run_migrations()
