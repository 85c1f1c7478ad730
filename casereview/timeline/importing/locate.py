"""Locating the timeline in a file: which sheet or table, which row is the header, which column is which.

Works on the raw tables of :mod:`.sources`; nothing here reads cells as events
(that is :mod:`.rows`) or touches a case (that is :mod:`.writing`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from casereview.timeline.importing.cells import cell_text, date_like, is_blank, trimmed
from casereview.timeline.importing.column_mapping import (
    DATE,
    DESCRIPTION,
    EVENT_TYPE,
    FIELD_LABELS,
    HEADER_SCAN_ROWS,
    KEY_MOMENT,
    PARTY,
    SOURCE,
    TIME,
    ColumnMapping,
    build_mapping,
    column_name,
    field_from_user,
    find_header_row,
    header_names,
)
from casereview.timeline.importing.raw_table import RawTable, TimelineImportError


def map_hint(missing: list[str] | tuple[str, ...] = (DATE, DESCRIPTION)) -> str:
    """The command-line way to point at a column, naming the fields that are missing."""
    shown = " en ".join(f"--map 'Kolomkop={FIELD_LABELS[f]}'" for f in missing)
    return f"{shown} (velden: {', '.join(FIELD_LABELS[f] for f in (DATE, DESCRIPTION, PARTY, TIME, SOURCE))})"


@dataclass(frozen=True)
class TableChoice:
    """A sheet (Excel) or table (Word) the user can choose."""

    key: str | int
    label: str
    rows: int
    headers: list[str]
    looks_like_timeline: bool



def date_column(rows: Sequence[Sequence[object]]) -> int | None:
    """The first filled column, if most of its cells are dates (a table without header row)."""
    sample = [r for r in rows[:HEADER_SCAN_ROWS] if not is_blank(r)]
    if len(sample) < 2:
        return None
    first = min(next(i for i, c in enumerate(r) if cell_text(c)) for r in sample)
    if max(len(trimmed(r)) for r in sample) < first + 2:
        return None
    values = [r[first] for r in sample if first < len(r) and cell_text(r[first])]
    dates = sum(1 for v in values if date_like(v))
    return first if dates >= 2 and dates >= 0.6 * len(values) else None


def resolve_overrides(mapping: Mapping[str, str] | None, path: Path) -> dict[str, str]:
    resolved: dict[str, str] = {}
    for header, value in (mapping or {}).items():
        field_name = field_from_user(str(value))
        if field_name is None:
            choices = ", ".join(FIELD_LABELS[f] for f in (DATE, TIME, PARTY, DESCRIPTION, SOURCE, KEY_MOMENT,
                                                          EVENT_TYPE))
            raise TimelineImportError(
                code="import.unknown_field", header=header, name=path.name, value=value, choices=choices)
        resolved[str(header)] = field_name
    return resolved


@dataclass
class Located:
    header_index: int | None
    headerless: bool
    headers: list[str]
    mapping: ColumnMapping
    recognised: bool = True  # False when the header row is only a guess (the first filled row)


def locate(table: RawTable, overrides: Mapping[str, str]) -> Located:
    """Find the header row, or recognise a table without one (dates in its first column)."""
    rows = table.rows
    index = find_header_row(rows, overrides)
    if index is not None:
        headers = header_names(trimmed(rows[index]))
        return Located(index, False, headers, build_mapping(headers, overrides))
    date_col = date_column(rows)
    if date_col is not None:
        width = max(len(trimmed(r)) for r in rows[:HEADER_SCAN_ROWS])
        headers = [f"kolom {column_name(i)}" for i in range(width)]
        guessed = {headers[date_col]: DATE}
        longest = longest_text_column(rows, width, exclude=date_col)
        if longest is not None:
            guessed[headers[longest]] = DESCRIPTION
        chosen_fields = set(overrides.values())
        guessed = {h: f for h, f in guessed.items() if f not in chosen_fields}
        guessed.update(overrides)
        return Located(None, True, headers, build_mapping(headers, guessed))
    first = next((i for i, r in enumerate(rows) if not is_blank(r)), None)
    if first is None:
        return Located(None, False, [], build_mapping([], overrides), recognised=False)
    headers = header_names(trimmed(rows[first]))
    return Located(first, False, headers, build_mapping(headers, overrides), recognised=False)


def longest_text_column(rows: Sequence[Sequence[object]], width: int, exclude: int) -> int | None:
    totals = [0] * width
    for r in rows[:HEADER_SCAN_ROWS]:
        for i, cell in enumerate(r[:width]):
            if i != exclude and not date_like(cell):
                totals[i] += len(cell_text(cell))
    best = max(range(width), key=lambda i: (totals[i], -i))
    return best if totals[best] else None


def table_choice(table: RawTable) -> TableChoice:
    located = locate(table, {})
    rows = sum(1 for r in table.rows if not is_blank(r))
    return TableChoice(key=table.key if table.key is not None else "", label=table.label, rows=rows,
                       headers=[] if located.headerless else located.headers,
                       looks_like_timeline=located.headerless or (located.recognised
                                                                  and not located.mapping.missing()))


def describe_choice(choice: TableChoice) -> str:
    headers = ", ".join(choice.headers[:5]) if choice.headers else "zonder kopregel"
    rows = "1 rij" if choice.rows == 1 else f"{choice.rows} rijen"
    return f"{choice.label} ({headers}; {rows})"


def pick_table(path: Path, tables: list[RawTable], sheet: str | None, table: int | None,
                strict: bool) -> tuple[RawTable, list[TableChoice], bool]:
    """The table to import, all choices, and whether the user still has to choose."""
    kind = tables[0].kind
    if kind == "csv":
        return tables[0], [], False
    choices = [table_choice(t) for t in tables]
    if kind == "xlsx":
        if sheet is not None:
            wanted = sheet.strip().casefold()
            for t in tables:
                if str(t.key).strip().casefold() == wanted:
                    return t, choices, False
            names = ", ".join(f"'{t.key}'" for t in tables)
            raise TimelineImportError(code="import.no_such_sheet", name=path.name, sheet=sheet, names=names)
        for t, c in zip(tables, choices):
            if c.looks_like_timeline:
                return t, choices, False
        fullest = max(range(len(tables)), key=lambda i: (choices[i].rows, -i))
        if choices[fullest].rows:
            return tables[fullest], choices, False
        raise TimelineImportError(code="import.workbook_empty", name=path.name)
    if table is not None:
        if not 1 <= table <= len(tables):
            raise TimelineImportError(code="import.no_such_table" if len(tables) == 1 else "import.no_such_table_of",
                                      name=path.name, count=len(tables), table=table)
        return tables[table - 1], choices, False
    candidates = [(t, c) for t, c in zip(tables, choices) if c.looks_like_timeline]
    if not candidates:
        listed = "; ".join(describe_choice(c) for c in choices)
        raise TimelineImportError(
            code="import.no_timeline_table", name=path.name, listed=listed)
    if len(candidates) > 1:
        if strict:
            listed = "; ".join(describe_choice(c) for _t, c in candidates)
            raise TimelineImportError(code="import.several_timeline_tables", name=path.name, count=len(candidates),
                                      listed=listed)
        return candidates[0][0], choices, True
    return candidates[0][0], choices, False
