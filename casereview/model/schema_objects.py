"""Objects in a case file that the schema does not define: triggers, views and stray indexes.

A case file lives on a share many people can write to. A trigger planted with any SQLite
tool (``AFTER INSERT ON holder BEGIN DELETE FROM pseudonym; END``) would run on the next
edit, empty the pseudonym list, and the next export would carry real names. The schema
defines no triggers and no views, so every one found is foreign; so is an index on one of
our tables that the schema does not name (a planted ``UNIQUE`` index can make every edit
fail). Tables the schema does not know are left: casereview never reads or writes them, and
with the triggers gone nothing else does either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casereview.model.schema_description import INDEXES, TABLES


@dataclass(frozen=True)
class ForeignObject:
    kind: str  # "trigger", "view" or "index"
    name: str
    table: str


def foreign_objects(conn: Any) -> list[ForeignObject]:
    """What a DB-API connection to a case file holds beyond its schema (read only)."""
    known_tables, known_indexes = TABLES.keys(), INDEXES
    found: list[ForeignObject] = []
    for kind, name, table in conn.execute("SELECT type, name, tbl_name FROM sqlite_master "
                                          "WHERE type IN ('trigger', 'view', 'index') ORDER BY type, name"):
        if kind == "index" and (str(name).startswith("sqlite_autoindex_") or name in known_indexes
                                or table not in known_tables):
            continue
        found.append(ForeignObject(str(kind), str(name), str(table)))
    return found


def drop_foreign_objects(conn: Any, found: list[ForeignObject]) -> None:
    """Remove them in one transaction on a writable DB-API connection (no trigger fires on a DROP)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for item in found:
            quoted = '"' + item.name.replace('"', '""') + '"'
            conn.execute(f"DROP {item.kind.upper()} IF EXISTS {quoted}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
