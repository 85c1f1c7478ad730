"""The register's schema steps: Alembic configured in code, run on a connection casereview opened."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(conn: Connection | None) -> Config:
    """Alembic's configuration built in code: the steps ship inside the package, no alembic.ini."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(None))


def head_revision() -> str:
    head = scripts().get_current_head()
    assert head is not None
    return head
