"""Ordered schema migrations of the case file.

``MIGRATIONS[n]`` brings a file from schema version ``n`` to ``n + 1``. All steps
an opening needs run inside one transaction together with the version bump, so
a file is never left between two versions; a step that fails leaves the file as
it was (and a backup copy was made before). Foreign keys are on during a step;
a table rebuild must keep them valid (or use ``PRAGMA defer_foreign_keys``).

A new file gets the whole current schema from step 0 and skips the others. A
later step adds what its version brought to an older file: new tables and new
columns come from :func:`add_missing_schema` (new columns must be nullable or
carry a ``server_default``, as SQLite requires), and the step fills in data.
Steps are appended, never edited: files out there were made by them.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import Connection, text
from sqlalchemy.schema import CreateColumn
from sqlmodel import SQLModel

from casereview.model.tables import load_all_tables
from casereview.vocabulary import DEFAULT_THEME_CODES, FORMER_THEME_NAMES
from casereview.vocabulary.codebook import code_for_default_label


def _create_initial_schema(conn: Connection) -> None:
    load_all_tables()
    SQLModel.metadata.create_all(conn)


def add_missing_schema(conn: Connection) -> None:
    """Create tables the file lacks and add the columns its existing tables lack."""
    load_all_tables()
    SQLModel.metadata.create_all(conn)
    for table in SQLModel.metadata.sorted_tables:
        present = {row[1] for row in conn.execute(text(f'PRAGMA table_info("{table.name}")'))}
        for column in table.columns:
            if column.name in present:
                continue
            ddl = str(CreateColumn(column).compile(dialect=conn.dialect))
            if column.server_default is None:
                ddl = ddl.replace(" NOT NULL", "")
            conn.execute(text(f'ALTER TABLE "{table.name}" ADD COLUMN {ddl}'))


def _give_the_case_a_uuid(conn: Connection) -> None:
    """Version 2: a UUID per case (copies of one review count once across cases) and a code column on themes."""
    add_missing_schema(conn)
    for (case_id,) in conn.execute(text("SELECT id FROM \"case\" WHERE uuid IS NULL OR uuid = ''")).all():
        conn.execute(text("UPDATE \"case\" SET uuid = :uuid WHERE id = :id"), {"uuid": str(uuid.uuid4()), "id": case_id})


def _add_the_holder_table(conn: Connection) -> None:
    """Version 3: the holder table, so a lock is seen through every path to the file."""
    add_missing_schema(conn)


def _agreements_that_get_done(conn: Connection) -> None:
    """Version 4: agreements get a level and a programme, effect checks and follow-up decisions;
    the case a terugkommoment."""
    add_missing_schema(conn)


def _events_with_several_parties(conn: Connection) -> None:
    """Version 5: events involve several parties, merged events keep each party's account, events get a type."""
    add_missing_schema(conn)


def _give_default_themes_their_codes(conn: Connection) -> None:
    """Version 6: stable codes for the default themes, so counts across files survive relabelling.

    A default theme still carrying a former label gets the current wording too
    (the continuity theme read as if the parents refused a measure).
    """
    add_missing_schema(conn)
    current = dict(DEFAULT_THEME_CODES)
    taken = {row[0] for row in conn.execute(text("SELECT name FROM theme"))}
    rows = conn.execute(text("SELECT id, name FROM theme WHERE is_default = 1 AND (code IS NULL OR code = '')")).all()
    for theme_id, name in rows:
        code = code_for_default_label(name)
        if code is None:
            continue
        values = {"code": code, "id": theme_id, "name": name}
        if name in FORMER_THEME_NAMES and current[code] not in taken:
            values["name"] = current[code]
            taken.add(current[code])
        conn.execute(text("UPDATE theme SET code = :code, name = :name WHERE id = :id"), values)


def _add_the_round_after_the_meeting(conn: Connection) -> None:
    """Version 7: draft versions, reactions, evaluations and family questions; family columns on parties and events."""
    add_missing_schema(conn)


def _add_the_leerbrief(conn: Connection) -> None:
    """Version 8: a table for the anonymised leerbrief that a region's register receives."""
    add_missing_schema(conn)


def _remember_events_kept_apart(conn: Connection) -> None:
    """A table for the pairs of events the chair kept apart in the merge assistant."""
    add_missing_schema(conn)


def _give_the_report_an_owner(conn: Connection) -> None:
    """The verslag's colophon on the case (opdrachtgever, chair, authors, version, status, adoption,
    distribution), the follow-up meeting's time and place, and which review questions a conclusion answers."""
    add_missing_schema(conn)


def _add_what_the_sources_ask(conn: Connection) -> None:
    """Events that pass the child on name the party that takes over (the responsibility map),
    a case can be marked as an exercise, and the analysis keeps its schemergebied (uncertainties, dilemmas,
    accepted risks), a record of the aftercare of each party's staff, and further incidents with their own date."""
    add_missing_schema(conn)


def _add_detected_names_and_decisions(conn: Connection) -> None:
    """Detected names and the chair's "geen naam" decisions, so a decision persists between runs."""
    add_missing_schema(conn)


MIGRATIONS: list[Callable[[Connection], None]] = [
    _create_initial_schema,
    _give_the_case_a_uuid,
    _add_the_holder_table,
    _agreements_that_get_done,
    _events_with_several_parties,
    _give_default_themes_their_codes,
    _add_the_round_after_the_meeting,
    _add_the_leerbrief,
    _remember_events_kept_apart,
    _give_the_report_an_owner,
    _add_what_the_sources_ask,
    _add_detected_names_and_decisions,
]

SCHEMA_VERSION = len(MIGRATIONS)
