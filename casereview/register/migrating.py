"""The register's schema steps: Alembic configured in code, run on a connection casereview opened."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

from casereview.register.connection import RegisterError

if TYPE_CHECKING:
    from casereview.register.opening import Register

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


def migrate(register: Register, revision: str = "head") -> None:
    """Run the register's Alembic steps up to ``revision`` in one transaction."""
    try:
        with register.writing() as conn:
            command.upgrade(alembic_config(conn), revision)
    except RegisterError as exc:
        raise RegisterError(f"{exc} Het register kon niet worden bijgewerkt naar deze versie van casereview; "
                            "vraag de beheerder 'casereview register init' te draaien.") from exc
