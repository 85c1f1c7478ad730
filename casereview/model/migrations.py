"""Ordered schema migrations of the case file.

``MIGRATIONS[n]`` brings a file from schema version ``n`` to ``n + 1``. All steps
an opening needs run inside one transaction together with the version bump, so
a file is never left between two versions; a step that fails leaves the file as
it was (and a backup copy was made before). Foreign keys are on during a step;
a table rebuild must keep them valid (or use ``PRAGMA defer_foreign_keys``).
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
