"""Opening a register: refusing files that are not one, translating database errors, bringing the schema up.

Connections are short: one per command or dialog action, none kept open in between.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from alembic.runtime.migration import MigrationContext
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError

from casereview.register.connection import RegisterError, RegisterTarget, make_engine, parse_register
from casereview.register.migrating import alembic_config, scripts
from casereview.register.migrations.env_settings import VERSION_TABLE

CASE_FILE_APPLICATION_ID = 0x43525631


class Register:
    """An open register. Connections are short: one per command, none kept open in between."""

    def __init__(self, target: RegisterTarget, engine: Engine) -> None:
        self.target = target
        self.engine = engine

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        with _translated(self.target), self.engine.connect() as conn:
            conn.execution_options(write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with _translated(self.target), self.engine.connect() as conn, conn.begin():
            yield conn

    def revision(self) -> str | None:
        with self.reading() as conn:
            return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextmanager
def _translated(target: RegisterTarget) -> Iterator[None]:
    """Database errors as a Dutch sentence naming the register (never with its password)."""
    try:
        yield
    except RegisterError:
        raise
    except IntegrityError as exc:
        raise RegisterError(code="register.refused_data", register=target.describe(),
                            reason=_first_line(exc)) from exc
    except (OperationalError, ProgrammingError, DBAPIError) as exc:
        raise RegisterError(code="register.unusable", register=target.describe(), reason=_first_line(exc)) from exc


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__


def _refuse_foreign_sqlite(target: RegisterTarget, *, create: bool) -> None:
    """Never put register tables into a case file or some other database."""
    path = target.path
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RegisterError(code="register.not_a_register", name=path.name, reason=exc) from exc
    if app_id == CASE_FILE_APPLICATION_ID:
        raise RegisterError(code="register.is_case_file", name=path.name)
    if tables and VERSION_TABLE not in tables:
        raise RegisterError(code="register.other_database", name=path.name)
    if not tables and not create:
        raise RegisterError(code="register.empty_file", name=path.name)


def open_register(raw: str | RegisterTarget, *, create: bool = False, upgrade: bool = True) -> Register:
    """Open a register (``create``: make it if it is new) and bring an older one up to this casereview's schema."""
    target = raw if isinstance(raw, RegisterTarget) else parse_register(raw)
    if target.is_sqlite:
        _refuse_foreign_sqlite(target, create=create)
    register = Register(target, make_engine(target, create=create))
    try:
        current = register.revision()
        script = scripts()
        if current is not None:
            try:
                script.get_revision(current)
            except CommandError as exc:
                raise RegisterError(code="register.newer_schema", register=target.describe(),
                                    revision=current) from exc
        elif not create:
            raise RegisterError(code="register.not_created", register=target.describe())
        if current != script.get_current_head() and upgrade:
            migrate(register)
    except BaseException:
        register.close()
        raise
    return register


def migrate(register: Register, revision: str = "head") -> None:
    """Run the register's Alembic steps up to ``revision`` in one transaction."""
    try:
        with register.writing() as conn:
            command.upgrade(alembic_config(conn), revision)
    except RegisterError as exc:
        raise RegisterError(code="register.upgrade_failed", register=register.target.describe(),
                            reason=exc.params.get("reason", exc)) from exc
