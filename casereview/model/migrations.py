"""Ordered schema migrations of the case file.

``MIGRATIONS[n]`` brings a file from schema version ``n`` to ``n + 1``. Each runs
inside one transaction together with the version bump, so a file is never left
between two versions.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection
from sqlmodel import SQLModel

from casereview.model import tables  # noqa: F401  (registers the tables)


def _create_initial_schema(conn: Connection) -> None:
    SQLModel.metadata.create_all(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [
    _create_initial_schema,
]

SCHEMA_VERSION = len(MIGRATIONS)
