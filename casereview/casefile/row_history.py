"""Deletes and edits that can be taken back exactly, for the undo history.

A delete takes more with it than its own row: the database cascades link rows
away (a contribution's links to conclusions) and sets references to NULL (an
agreement's conclusion). :func:`remove_rows` follows the foreign keys of the
schema, snapshots every row the delete will take and every reference it will
clear, and :func:`put_back` restores all of it with the same ids. Services wrap
these per kind of thing (``delete_contribution``); the window never names a table.

:func:`capture` / :func:`restore_state` do the same for small lists edited as a
whole (the agenda, ground rules, preparation questions, the case details).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Column, Table, and_, select, update
from sqlalchemy.engine import Connection
from sqlmodel import SQLModel

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import load_all_tables

T = TypeVar("T", bound=SQLModel)


@dataclass
class Removed:
    """What a delete took with it: rows (parents first) and references it cleared."""

    entity: str
    rows: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    cleared: list[tuple[str, dict[str, Any], str, Any]] = field(default_factory=list)  # table, key, column, value

    def count(self, table_name: str) -> int:
        """How many rows of ``table_name`` the delete took (for tests and messages)."""
        return sum(len(rows) for name, rows in self.rows if name == table_name)


@dataclass
class TableState:
    """Every row of one table at one moment; ``columns`` limits what a restore resets on rows that stayed."""

    entity: str
    table: str
    rows: list[dict[str, Any]]
    columns: tuple[str, ...] | None = None


def _table(model: type[SQLModel]) -> Table:
    return model.__table__  # type: ignore[attr-defined]


def _dependents(parent: Table) -> list[tuple[Table, Column[Any], Column[Any], str]]:
    """(child table, child column, parent column, on delete) for every foreign key pointing at ``parent``."""
    load_all_tables()  # a row of a group not yet mapped can point at this one too
    found = []
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is parent:
                found.append((table, fk.parent, fk.column, (fk.ondelete or "").upper()))
    return found


def _key(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def _where_key(table: Table, key: dict[str, Any]) -> Any:
    return and_(*(table.c[name] == value for name, value in key.items()))


def _collect(conn: Connection, table: Table, column: Column[Any], values: list[Any], removed: Removed) -> None:
    if not values:
        return
    rows = [dict(r) for r in conn.execute(select(table).where(column.in_(values))).mappings()]
    if not rows:
        return
    removed.rows.append((table.name, rows))
    for child, child_column, parent_column, ondelete in _dependents(table):
        parent_values = [r[parent_column.name] for r in rows]
        if ondelete == "CASCADE":
            _collect(conn, child, child_column, parent_values, removed)
        elif ondelete == "SET NULL":
            for r in conn.execute(select(child).where(child_column.in_(parent_values))).mappings():
                removed.cleared.append((child.name, _key(child, dict(r)), child_column.name, r[child_column.name]))


def remove_rows(case: CaseFile, model: type[SQLModel], ids: list[int], entity: str) -> Removed:
    """Delete rows of ``model`` by id with everything the database takes along; returns it all for undo."""
    table = _table(model)
    with case.write(entity, "delete", ", ".join(f"#{i}" for i in ids)[:300]) as s:
        conn = s.connection()
        removed = Removed(entity)
        _collect(conn, table, table.c.id, list(ids), removed)
        if removed.count(table.name) != len(set(ids)):
            raise CaseFileError(code="item.gone")
        conn.execute(table.delete().where(table.c.id.in_(list(ids))))
    return removed


def _fit(conn: Connection, table: Table, row: dict[str, Any]) -> dict[str, Any] | None:
    """The row as it can go back now: a reference to something deleted since is cleared where the
    column allows it (a contribution whose party went); a link row whose other side went stays away."""
    fitted = dict(row)
    for fk in table.foreign_keys:
        value = fitted.get(fk.parent.name)
        if value is None:
            continue
        if conn.execute(select(fk.column).where(fk.column == value).limit(1)).first() is None:
            if not fk.parent.nullable:
                return None
            fitted[fk.parent.name] = None
    return fitted


def put_back(case: CaseFile, removed: Removed) -> None:
    """Undo :func:`remove_rows`: the same rows with the same ids, the same references."""
    load_all_tables()
    tables = SQLModel.metadata.tables
    with case.write(removed.entity, "restore", f"{sum(len(r) for _n, r in removed.rows)} rijen") as s:
        conn = s.connection()
        for name, rows in removed.rows:
            table = tables[name]
            keep = [fitted for r in rows if (fitted := _fit(conn, table, r)) is not None]
            if keep:
                conn.execute(table.insert(), keep)
        for name, key, column, value in removed.cleared:
            table = tables[name]
            conn.execute(update(table).where(_where_key(table, key), table.c[column].is_(None))
                         .values({column: value}))


def update_fields(case: CaseFile, model: type[T], row_id: int, entity: str, **values: Any) -> dict[str, Any]:
    """Set fields on one row; returns the previous values of those fields (for undo)."""
    with case.write(entity, "edit", f"#{row_id}: {', '.join(values)}") as s:
        row = s.get(model, row_id)
        if row is None:
            raise CaseFileError(code="item.gone")
        before = {key: getattr(row, key) for key in values}
        for key, value in values.items():
            setattr(row, key, value)
        s.add(row)
    return before


def capture(case: CaseFile, entity: str, model: type[SQLModel], *,
            columns: tuple[str, ...] | None = None) -> TableState:
    """Every row of ``model`` now, so :func:`restore_state` can return to this moment.

    With ``columns`` a restore resets only those on rows that still exist (the
    agenda's titles and order, not the time the clock has counted since).
    """
    table = _table(model)
    with case.read() as s:
        rows = [dict(r) for r in s.connection().execute(select(table)).mappings()]
    return TableState(entity, table.name, rows, columns)


def restore_state(case: CaseFile, state: TableState) -> None:
    """Put the table back as it was: changed rows reset, added rows gone, removed rows back.

    A row added since that other rows now refer to (a phase that already holds
    contributions) is not silently dropped: the undo is refused.
    """
    load_all_tables()
    table = SQLModel.metadata.tables[state.table]
    with case.write(state.entity, "restore", "ongedaan gemaakt") as s:
        conn = s.connection()
        wanted = {tuple(_key(table, r).values()): r for r in state.rows}
        current = {tuple(_key(table, dict(r)).values()): dict(r) for r in conn.execute(select(table)).mappings()}
        for key, row in current.items():
            if key in wanted:
                continue
            for _child, child_column, parent_column, _ondelete in _dependents(table):
                used = conn.execute(select(child_column).where(child_column == row[parent_column.name])
                                    .limit(1)).first()
                if used is not None:
                    raise CaseFileError(code="undo.in_use")
            conn.execute(table.delete().where(_where_key(table, _key(table, row))))
        for key, row in wanted.items():
            if key not in current:
                conn.execute(table.insert(), [row])
                continue
            values = {c: row[c] for c in (state.columns or row) if current[key][c] != row[c]}
            if values:
                conn.execute(update(table).where(_where_key(table, _key(table, row))).values(values))
