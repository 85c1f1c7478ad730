"""Importing a timeline file (CSV, Excel, Word) into a case, as one undoable step.

The pipeline: read the raw tables (:mod:`casereview.timeline.importing.sources`), pick
the sheet or table, find the header row and map its columns
(:mod:`casereview.timeline.importing.column_mapping`), turn each row into an event while
collecting every problem with its row and column, drop exact duplicates, and
write everything in a single transaction with a new batch number. A failure
anywhere leaves the case as it was; a dry run goes through the same steps
without writing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from casereview.casefile.case_file import CaseFile
from casereview.timeline.importing.column_mapping import (
    DATE,
    DESCRIPTION,
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
    normalise_key,
    unknown_override_keys,
)
from casereview.timeline.dates import PartialDate, from_value, parse_date
from casereview.model import CaseFileError
from casereview.model.tables import (
    Agreement,
    Conclusion,
    ConclusionEventLink,
    Contribution,
    Participant,
    Party,
    PreparationQuestion,
    TimelineEvent,
)
from casereview.timeline.importing.sources import RawTable, TimelineImportError, load_tables, where
from casereview.vocabulary import DatePrecision, KeyMoment, PartyCategory

__all__ = [
    "ImportReport", "ImportSnapshot", "Preview", "PreviewRow", "RowProblem", "TableChoice", "TimelineImportError",
    "import_batches", "import_timeline", "read_preview", "remove_import", "restore_import",
]

MAX_DESCRIPTION = 20_000
MAX_PARTY = 150
MAX_SOURCE = 1_000
MAX_DATE_TEXT = 100
MAX_TIME_TEXT = 20
_EXCEL_SERIAL = (20_000, 80_000)  # 1954..2119 as Excel day numbers
_INSERT_CHUNK = 2_000
_MAP_HINT = "--map 'Kolomkop=date' (of description, party, time, source)"

_TIME = re.compile(r"^(\d{1,2})(?:[:.u](\d{2})(?:[:.]\d{2})?)?\s*(?:uur|u|h)?$")
_ISO_TIME = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[ tT](\d{1,2}):(\d{2})(?::\d{2})?$")
_DATE_WITH_TIME = re.compile(r"^(.*\S)\s+(?:om\s+)?(\d{1,2}[:.]\d{2})(?:\s*uur)?$", re.IGNORECASE)
_KEY_MOMENTS: dict[str, str] = {
    "": KeyMoment.NONE, "nee": KeyMoment.NONE, "no": KeyMoment.NONE, "geen": KeyMoment.NONE,
    "none": KeyMoment.NONE, "0": KeyMoment.NONE, "nvt": KeyMoment.NONE, "n.v.t.": KeyMoment.NONE,
    "goed": KeyMoment.GOOD, "good": KeyMoment.GOOD, "positief": KeyMoment.GOOD, "positive": KeyMoment.GOOD,
    "ging goed": KeyMoment.GOOD, "+": KeyMoment.GOOD,
    "zorgelijk": KeyMoment.CONCERN, "zorg": KeyMoment.CONCERN, "concern": KeyMoment.CONCERN,
    "negatief": KeyMoment.CONCERN, "negative": KeyMoment.CONCERN, "kritiek": KeyMoment.CONCERN,
    "kritisch": KeyMoment.CONCERN, "-": KeyMoment.CONCERN,
}
_CLIENT_WORDS = ("moeder", "vader", "ouder", "kind", "oma", "opa", "gezin", "stiefvader", "stiefmoeder",
                 "pleegouder", "jeugdige", "cliënt", "client")


@dataclass
class RowProblem:
    """A row (or one cell of it) that could not be read as it stands."""

    file: str
    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        place = f"{self.file}, rij {self.row}"
        if self.column:
            place += f", kolom {self.column}"
        return f"{place}: {self.reason}"


@dataclass
class ImportReport:
    """What an import did (or, for a dry run, would do)."""

    file: str
    added: int
    duplicates: int
    problems: list[RowProblem]
    parties_added: list[str]
    batch: int | None
    dry_run: bool
    columns: dict[str, str]  # source header -> field; "" for a column that is ignored
    skipped: int = 0  # rows not imported because of a problem (no description, ...)

    def summary(self) -> str:
        """Dutch, several lines: the counts and every problem."""
        n = self.added
        events = "1 gebeurtenis" if n == 1 else f"{n} gebeurtenissen"
        if self.dry_run:
            lines = [f"Proefimport van {self.file}: {events} zou{'' if n == 1 else 'den'} worden toegevoegd. "
                     "Er is niets opgeslagen."]
        elif self.batch is None:
            lines = [f"{self.file}: geen nieuwe gebeurtenissen; het dossier is niet gewijzigd."]
        else:
            lines = [f"{self.file}: {events} toegevoegd (import {self.batch})."]
        if self.duplicates:
            d = self.duplicates
            lines.append(f"{d} dubbele gebeurtenis{'' if d == 1 else 'sen'} niet "
                         f"{'opnieuw ' if not self.dry_run else ''}toegevoegd (stond{'' if d == 1 else 'en'} al in "
                         f"het dossier of kwam{'' if d == 1 else 'en'} meer dan eens voor in het bestand).")
        if self.parties_added:
            lines.append("Nieuwe partijen: " + ", ".join(self.parties_added) + ".")
        if self.skipped:
            s = self.skipped
            lines.append(f"{s} rij{'' if s == 1 else 'en'} niet geïmporteerd.")
        if self.problems:
            p = len(self.problems)
            lines.append(f"{p} melding{'' if p == 1 else 'en'}:")
            lines.extend(f"  - {problem}" for problem in self.problems)
        return "\n".join(lines)


@dataclass(frozen=True)
class TableChoice:
    """A sheet (Excel) or table (Word) the user can choose."""

    key: str | int
    label: str
    rows: int
    headers: list[str]
    looks_like_timeline: bool


@dataclass
class PreviewRow:
    """A row as it will be imported."""

    row: int
    date_text: str
    precision: str
    time: str
    party: str
    description: str
    source: str
    key_moment: str
    problems: list[RowProblem] = field(default_factory=list)
    skipped: bool = False


@dataclass
class Preview:
    """What the import dialog shows before anything is written."""

    file: str
    kind: str  # "csv", "xlsx" or "docx"
    choices: list[TableChoice]
    selected: str | int | None
    needs_choice: bool  # several Word tables look like a timeline and none was chosen
    header_row: int | None  # row number of the header in the source; None when the table has none
    headers: list[str]
    mapping: dict[str, str]  # header -> field, "" for ignored
    samples: dict[str, str]  # header -> first value under it, to help the user map
    rows: list[PreviewRow]  # the first rows
    total_rows: int  # rows that will be imported (before duplicates are removed)
    problems: list[RowProblem]  # over the whole table
    message: str  # Dutch; what still stands in the way of importing, "" when ready

    @property
    def ready(self) -> bool:
        return not self.message


@dataclass(frozen=True)
class ImportSnapshot:
    """Everything :func:`remove_import` took away, so :func:`restore_import` can put it back."""

    batch: int
    events: list[dict[str, Any]]
    parties: list[dict[str, Any]]
    contribution_links: list[tuple[int, int]]  # (contribution id, event id)
    conclusion_links: list[tuple[int, int]]  # (conclusion id, event id)


@dataclass
class _Row:
    row: int
    date: PartialDate
    time: str
    party: str
    description: str
    source: str
    key_moment: str
    problems: list[RowProblem]
    skipped: bool


@dataclass
class _Plan:
    path: Path
    table: RawTable
    choices: list[TableChoice]
    needs_choice: bool
    header_index: int | None
    headerless: bool
    headers: list[str]
    mapping: ColumnMapping
    rows: list[_Row]
    message: str


def _text(value: object) -> str:
    """A cell as text: numbers without a spurious '.0', dates as dd-mm-jjjj."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value).strip()


def _empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _blank(cells: Sequence[object]) -> bool:
    return all(_empty(c) for c in cells)


def _trimmed(cells: Sequence[object]) -> list[object]:
    end = len(cells)
    while end and _empty(cells[end - 1]):
        end -= 1
    return list(cells[:end])


def _date_like(value: object) -> bool:
    if isinstance(value, (date, datetime)):
        return True
    if _text(value) == "":
        return False
    return from_value(value).start is not None


def _date_column(rows: Sequence[Sequence[object]]) -> int | None:
    """The first filled column, if most of its cells are dates (a table without header row)."""
    sample = [r for r in rows[:HEADER_SCAN_ROWS] if not _blank(r)]
    if len(sample) < 2:
        return None
    first = min(next(i for i, c in enumerate(r) if _text(c)) for r in sample)
    if max(len(_trimmed(r)) for r in sample) < first + 2:
        return None
    values = [r[first] for r in sample if first < len(r) and _text(r[first])]
    dates = sum(1 for v in values if _date_like(v))
    return first if dates >= 2 and dates >= 0.6 * len(values) else None


def _resolve_overrides(mapping: Mapping[str, str] | None, path: Path) -> dict[str, str]:
    resolved: dict[str, str] = {}
    for header, value in (mapping or {}).items():
        field_name = field_from_user(str(value))
        if field_name is None:
            choices = ", ".join(FIELD_LABELS[f] for f in (DATE, TIME, PARTY, DESCRIPTION, SOURCE, KEY_MOMENT))
            raise TimelineImportError(
                f"Kolomkoppeling voor '{header}' bij {path.name}: '{value}' is geen bekend veld. "
                f"Kies uit {choices} of negeren.")
        resolved[str(header)] = field_name
    return resolved


@dataclass
class _Located:
    header_index: int | None
    headerless: bool
    headers: list[str]
    mapping: ColumnMapping
    recognised: bool = True  # False when the header row is only a guess (the first filled row)


def _locate(table: RawTable, overrides: Mapping[str, str]) -> _Located:
    """Find the header row, or recognise a table without one (dates in its first column)."""
    rows = table.rows
    index = find_header_row(rows, overrides)
    if index is not None:
        headers = header_names(_trimmed(rows[index]))
        return _Located(index, False, headers, build_mapping(headers, overrides))
    date_col = _date_column(rows)
    if date_col is not None:
        width = max(len(_trimmed(r)) for r in rows[:HEADER_SCAN_ROWS])
        headers = [f"kolom {column_name(i)}" for i in range(width)]
        guessed = {headers[date_col]: DATE}
        longest = _longest_text_column(rows, width, exclude=date_col)
        if longest is not None:
            guessed[headers[longest]] = DESCRIPTION
        chosen_fields = set(overrides.values())
        guessed = {h: f for h, f in guessed.items() if f not in chosen_fields}
        guessed.update(overrides)
        return _Located(None, True, headers, build_mapping(headers, guessed))
    first = next((i for i, r in enumerate(rows) if not _blank(r)), None)
    if first is None:
        return _Located(None, False, [], build_mapping([], overrides), recognised=False)
    headers = header_names(_trimmed(rows[first]))
    return _Located(first, False, headers, build_mapping(headers, overrides), recognised=False)


def _longest_text_column(rows: Sequence[Sequence[object]], width: int, exclude: int) -> int | None:
    totals = [0] * width
    for r in rows[:HEADER_SCAN_ROWS]:
        for i, cell in enumerate(r[:width]):
            if i != exclude and not _date_like(cell):
                totals[i] += len(_text(cell))
    best = max(range(width), key=lambda i: (totals[i], -i))
    return best if totals[best] else None


def _choice(table: RawTable) -> TableChoice:
    located = _locate(table, {})
    rows = sum(1 for r in table.rows if not _blank(r))
    return TableChoice(key=table.key if table.key is not None else "", label=table.label, rows=rows,
                       headers=[] if located.headerless else located.headers,
                       looks_like_timeline=located.headerless or (located.recognised
                                                                  and not located.mapping.missing()))


def _describe(choice: TableChoice) -> str:
    headers = ", ".join(choice.headers[:5]) if choice.headers else "zonder kopregel"
    rows = "1 rij" if choice.rows == 1 else f"{choice.rows} rijen"
    return f"{choice.label} ({headers}; {rows})"


def _pick_table(path: Path, tables: list[RawTable], sheet: str | None, table: int | None,
                strict: bool) -> tuple[RawTable, list[TableChoice], bool]:
    """The table to import, all choices, and whether the user still has to choose."""
    kind = tables[0].kind
    if kind == "csv":
        return tables[0], [], False
    choices = [_choice(t) for t in tables]
    if kind == "xlsx":
        if sheet is not None:
            wanted = sheet.strip().casefold()
            for t in tables:
                if str(t.key).strip().casefold() == wanted:
                    return t, choices, False
            names = ", ".join(f"'{t.key}'" for t in tables)
            raise TimelineImportError(f"De werkmap '{path.name}' heeft geen blad '{sheet}'. Bladen: {names}.")
        for t, c in zip(tables, choices):
            if c.looks_like_timeline:
                return t, choices, False
        fullest = max(range(len(tables)), key=lambda i: (choices[i].rows, -i))
        if choices[fullest].rows:
            return tables[fullest], choices, False
        raise TimelineImportError(f"De werkmap '{path.name}' is leeg: geen enkel blad bevat gegevens.")
    if table is not None:
        if not 1 <= table <= len(tables):
            raise TimelineImportError(
                f"Het document '{path.name}' heeft {len(tables)} tabel{'' if len(tables) == 1 else 'len'}; "
                f"tabel {table} bestaat niet.")
        return tables[table - 1], choices, False
    candidates = [(t, c) for t, c in zip(tables, choices) if c.looks_like_timeline]
    if not candidates:
        listed = "; ".join(_describe(c) for c in choices)
        raise TimelineImportError(
            f"Geen van de tabellen in '{path.name}' lijkt op een tijdlijn (een kolom met datums en een met de "
            f"omschrijving). Tabellen: {listed}. Kies zelf een tabel.")
    if len(candidates) > 1:
        if strict:
            listed = "; ".join(_describe(c) for _t, c in candidates)
            raise TimelineImportError(
                f"Het document '{path.name}' bevat {len(candidates)} tabellen die op een tijdlijn lijken: {listed}. "
                "Kies welke tabel u wilt importeren (in het importvenster of met --table N).")
        return candidates[0][0], choices, True
    return candidates[0][0], choices, False


def _plan(path: Path | str, *, mapping: Mapping[str, str] | None, sheet: str | None, table: int | None,
          party: str | None, strict: bool) -> _Plan:
    path = Path(path)
    overrides = _resolve_overrides(mapping, path)
    tables = load_tables(path)
    chosen, choices, needs_choice = _pick_table(path, tables, sheet, table, strict)
    located = _locate(chosen, overrides)
    place = where(path, chosen)
    message = ""
    if not located.headers:
        raise TimelineImportError(f"'{place}' is leeg: er staan alleen lege rijen in.")
    if needs_choice:
        message = "Kies welke tabel de tijdlijn is."
    elif not located.recognised:
        first = ", ".join(_short(h, 30) for h in located.headers[:8])
        message = (f"Geen kopregel gevonden in de eerste {HEADER_SCAN_ROWS} rijen van {place}: geen rij met "
                   f"kolomkoppen als 'Datum' en 'Omschrijving' (eerste rij: {first}). Wijs de kolommen voor "
                   f"datum en omschrijving aan in het importvenster, of met {_MAP_HINT}.")
    elif missing := located.mapping.missing():
        where_header = "" if located.header_index is None else \
            f" (rij {chosen.row_numbers[located.header_index]})"
        names = " en ".join(f"de {FIELD_LABELS[m]}" for m in missing)
        message = (f"In de kopregel{where_header} van {place} is geen kolom voor {names} gevonden. Kolommen: "
                   f"{', '.join(located.headers)}. Wijs de juiste kolom aan in het importvenster, of met {_MAP_HINT}.")
    unknown = unknown_override_keys(located.headers, overrides)
    if strict and unknown:
        raise TimelineImportError(
            f"De kolom{'' if len(unknown) == 1 else 'men'} {', '.join(repr(u) for u in unknown)} uit de "
            f"kolomkoppeling {'staat' if len(unknown) == 1 else 'staan'} niet in de kopregel van {place}. "
            f"Kolommen: {', '.join(located.headers)}.")
    if strict and message:
        raise TimelineImportError(message)
    if party is not None and len(party.strip()) > MAX_PARTY:
        raise TimelineImportError(f"De partijnaam voor heel {path.name} is te lang (maximaal {MAX_PARTY} tekens).")
    rows = [] if message else _convert_rows(path, chosen, located, (party or "").strip())
    if strict and not rows:
        raise TimelineImportError(f"{place} bevat alleen een kopregel en geen gebeurtenissen.")
    return _Plan(path, chosen, choices, needs_choice, located.header_index, located.headerless, located.headers,
                 located.mapping, rows, message)


def _excel_serial(value: object, kind: str) -> PartialDate | None:
    if kind != "xlsx" or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if not _EXCEL_SERIAL[0] <= value <= _EXCEL_SERIAL[1]:
        return None
    d = date(1899, 12, 30) + timedelta(days=int(value))
    return PartialDate(d, d, DatePrecision.DAY, d.strftime("%d-%m-%Y"))


def _parse_time(value: object) -> tuple[str, bool]:
    """('14:30', True), or the text as written and False when it is not a time of day."""
    if isinstance(value, datetime):
        return value.strftime("%H:%M"), True
    if isinstance(value, time):
        return value.strftime("%H:%M"), True
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}", True
    text = _text(value)
    if not text:
        return "", True
    if m := _TIME.match(text.lower()):
        hours, minutes = int(m.group(1)), int(m.group(2) or 0)
        if (m.group(2) or text.lower().endswith(("uur", "u", "h"))) and hours < 24 and minutes < 60:
            return f"{hours:02d}:{minutes:02d}", True
    return text, False


def _cell(cells: Sequence[object], indexes: list[int] | None) -> object:
    if not indexes:
        return None
    i = indexes[0]
    return cells[i] if i < len(cells) else None


def _joined(cells: Sequence[object], indexes: list[int] | None) -> str:
    parts = [_text(cells[i]) for i in indexes or [] if i < len(cells)]
    return "\n".join(p for p in parts if p)


def _convert_rows(path: Path, table: RawTable, located: _Located, file_party: str) -> list[_Row]:
    fields = located.mapping.fields
    headers = located.headers
    name = where(path, table)
    header_key = [normalise_key(h) for h in headers]
    start = 0 if located.headerless else (located.header_index or 0) + 1
    out: list[_Row] = []

    def header_of(field_name: str) -> str:
        return headers[fields[field_name][0]]

    for cells, number in zip(table.rows[start:], table.row_numbers[start:]):
        if _blank(cells):
            continue
        if (not located.headerless and cells and normalise_key(_text(cells[0])) == header_key[0]
                and [normalise_key(_text(c)) for c in _trimmed(cells)] == header_key):
            continue  # the header repeated (a table continued on the next page)
        problems: list[RowProblem] = []

        def problem(column: str, reason: str) -> None:
            problems.append(RowProblem(name, number, column, reason))

        extra = [(i, _text(c)) for i, c in enumerate(cells) if i >= len(headers) and _text(c)]
        if extra:
            i, text = extra[0]
            problem(f"{column_name(i)}", f"tekst buiten de kolommen van de kopregel wordt niet overgenomen: "
                                         f"'{_short(text)}' (staat er een scheidingsteken te veel in de rij?)")

        description = _joined(cells, fields.get(DESCRIPTION))
        skipped = False
        if not description:
            problem(header_of(DESCRIPTION), "geen omschrijving; deze rij wordt overgeslagen")
            skipped = True
        elif len(description) > MAX_DESCRIPTION:
            problem(header_of(DESCRIPTION), f"de omschrijving is te lang ({len(description):,} tekens; maximaal "
                                            f"{MAX_DESCRIPTION:,}); deze rij wordt overgeslagen".replace(",", "."))
            skipped = True

        raw_date = _cell(cells, fields.get(DATE))
        parsed, time_from_date = _read_date(raw_date, table.kind)
        if skipped:  # one clear reason per skipped row; the rest would not be imported anyway
            out.append(_Row(number, parsed, time_from_date, _text(_cell(cells, fields.get(PARTY))), description,
                            "", KeyMoment.NONE, problems, True))
            continue
        if len(parsed.text) > MAX_DATE_TEXT:
            problem(header_of(DATE), f"de datum is te lang ({len(parsed.text)} tekens) en is niet gelezen; "
                                     "datum onbekend")
            parsed = PartialDate(None, None, DatePrecision.UNKNOWN, parsed.text[:MAX_DATE_TEXT - 1] + "…")
        elif parsed.problem:
            problem(header_of(DATE), f"{parsed.problem}; de rij wordt bewaard met datum onbekend en de "
                                     "oorspronkelijke tekst")
            parsed = PartialDate(None, None, DatePrecision.UNKNOWN, parsed.text)

        time_text = time_from_date
        if fields.get(TIME):
            raw_time = _cell(cells, fields[TIME])
            value, ok = _parse_time(raw_time)
            if value:
                time_text = value
            if not ok:
                if len(value) > MAX_TIME_TEXT:
                    time_text = ""
                    problem(header_of(TIME), f"'{_short(value)}' is geen tijd en is niet overgenomen")
                else:
                    problem(header_of(TIME), f"'{value}' is geen herkenbare tijd; als tekst overgenomen")

        party_name = " ".join(_text(_cell(cells, fields.get(PARTY))).split())
        if len(party_name) > MAX_PARTY:
            problem(header_of(PARTY), f"de partijnaam is te lang ({len(party_name)} tekens; maximaal {MAX_PARTY}) "
                                      "en is niet overgenomen")
            party_name = ""
        party_name = party_name or file_party

        source = _joined(cells, fields.get(SOURCE))
        if len(source) > MAX_SOURCE:
            problem(header_of(SOURCE), f"de bron is te lang ({len(source)} tekens; maximaal {MAX_SOURCE}) en is "
                                       "niet overgenomen")
            source = ""

        key_moment = KeyMoment.NONE
        if fields.get(KEY_MOMENT):
            raw_key = _text(_cell(cells, fields[KEY_MOMENT])).lower()
            if raw_key in _KEY_MOMENTS:
                key_moment = _KEY_MOMENTS[raw_key]
            else:
                problem(header_of(KEY_MOMENT), f"'{_short(raw_key)}' is geen sleutelmoment (goed of zorgelijk); "
                                               "niet overgenomen")

        out.append(_Row(number, parsed, time_text, party_name, description, source, key_moment, problems, skipped))
    return out


def _read_date(value: object, kind: str) -> tuple[PartialDate, str]:
    """The date of a cell, plus a time of day when the cell held one too."""
    if isinstance(value, datetime) and value.time() != time(0):
        return from_value(value), value.strftime("%H:%M")
    if (serial := _excel_serial(value, kind)) is not None:
        return serial, ""
    parsed = from_value(value)
    if not parsed.problem and isinstance(value, str) and (m := _ISO_TIME.search(value.strip())):
        return parsed, f"{int(m.group(1)):02d}:{m.group(2)}"
    if parsed.problem and isinstance(value, str) and (m := _DATE_WITH_TIME.match(value.strip())):
        day = parse_date(m.group(1))
        clock, ok = _parse_time(m.group(2))
        if not day.problem and ok:
            return PartialDate(day.start, day.end, day.precision, value.strip()), clock
    return parsed, ""


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def read_preview(path: Path | str, *, sheet: str | None = None, table: int | None = None,
                 mapping: dict[str, str] | None = None, max_rows: int = 50) -> Preview:
    """Everything the import dialog shows; raises TimelineImportError for an unusable file.

    A missing header or an unmapped required column is not an error here: it
    is returned in ``message`` so the user can map the columns.
    """
    plan = _plan(path, mapping=mapping, sheet=sheet, table=table, party=None, strict=False)
    start = 0 if plan.headerless else (plan.header_index or 0) + 1
    samples: dict[str, str] = {}
    for i, header in enumerate(plan.headers):
        samples[header] = next((_text(r[i]) for r in plan.table.rows[start:start + HEADER_SCAN_ROWS]
                                if i < len(r) and _text(r[i])), "")
    rows = [PreviewRow(r.row, r.date.text, r.date.precision, r.time, r.party, r.description, r.source,
                       r.key_moment, r.problems, r.skipped) for r in plan.rows[:max_rows]]
    header_row = None if plan.headerless or plan.header_index is None else plan.table.row_numbers[plan.header_index]
    return Preview(
        file=plan.path.name, kind=plan.table.kind, choices=plan.choices, selected=plan.table.key,
        needs_choice=plan.needs_choice, header_row=header_row, headers=plan.headers,
        mapping=dict(plan.mapping.columns), samples=samples, rows=rows,
        total_rows=sum(1 for r in plan.rows if not r.skipped),
        problems=[p for r in plan.rows for p in r.problems], message=plan.message)


def _event_key(start: date | None, end: date | None, precision: str, date_text: str, time_text: str, party: str,
               description: str) -> tuple[Any, ...]:
    """Two events with the same key are exact duplicates (whitespace and letter case aside)."""
    when: tuple[Any, ...] = (start, end, str(precision)) if start else ("", " ".join(date_text.split()).casefold())
    return (when, time_text.strip(), party.casefold(), " ".join(description.split()).casefold())


def _existing_keys(session: Session) -> set[tuple[Any, ...]]:
    e = TimelineEvent
    rows = session.exec(select(e.date_start, e.date_end, e.date_precision, e.date_text, e.time, Party.name,
                               e.description).join(Party, isouter=True))
    return {_event_key(start, end, precision, text, clock, name or "", description)
            for start, end, precision, text, clock, name, description in rows}


def _guess_category(name: str) -> str:
    low = name.casefold()
    if low.startswith("gemeente") or " gemeente" in low:
        return PartyCategory.MUNICIPALITY
    if "inspectie" in low:
        return PartyCategory.INSPECTORATE
    if any(low == w or low.startswith(w + " ") for w in _CLIENT_WORDS):
        return PartyCategory.CLIENT
    return PartyCategory.ORGANISATION


def import_timeline(case: CaseFile, path: Path | str, *, dry_run: bool = False, party: str | None = None,
                    mapping: dict[str, str] | None = None, sheet: str | None = None,
                    table: int | None = None) -> ImportReport:
    """Import a CSV, Excel or Word timeline as one step; see the module docstring.

    ``mapping`` maps source header texts (any case) to fields (``date``, ``time``,
    ``party``, ``description``, ``source``, ``key_moment``, or ``""`` to ignore);
    ``party`` is the party for rows without one; ``sheet`` names an Excel sheet;
    ``table`` is the 1-based number of a Word table. Raises
    :class:`TimelineImportError` when the file is unusable; row problems are in
    the report and the readable rows are imported.
    """
    plan = _plan(path, mapping=mapping, sheet=sheet, table=table, party=party, strict=True)
    file_name = plan.path.name
    problems = [p for r in plan.rows for p in r.problems]
    columns = dict(plan.mapping.columns)
    candidates = [r for r in plan.rows if not r.skipped]
    skipped = len(plan.rows) - len(candidates)
    with case.read() as s:
        new, duplicates, parties_added = _select_new(s, candidates)
    if dry_run or not new:
        return ImportReport(file_name, len(new), duplicates, problems, parties_added, None, dry_run, columns, skipped)
    try:
        with case.write("event", "import", f"{file_name}") as s:
            new, duplicates, parties_added = _select_new(s, candidates)
            batch = None
            if new:
                batch = _write_rows(s, new)
    except CaseFileError:
        raise
    except SQLAlchemyError as exc:
        raise TimelineImportError(
            f"De import van {file_name} kon niet worden opgeslagen ({type(exc).__name__}); het dossier is "
            "niet gewijzigd.") from exc
    if parties_added:
        case.notify("party")  # the write announced events; party pickers must learn the new names too
    return ImportReport(file_name, len(new), duplicates, problems, parties_added, batch, False, columns, skipped)


def _select_new(session: Session, rows: list[_Row]) -> tuple[list[_Row], int, list[str]]:
    """Rows that are not already in the case or earlier in the file, and the party names that are new."""
    seen = _existing_keys(session)
    known = {p.name.casefold() for p in session.exec(select(Party))}
    new: list[_Row] = []
    duplicates = 0
    parties_added: list[str] = []
    for r in rows:
        key = _event_key(r.date.start, r.date.end, r.date.precision, r.date.text, r.time, r.party, r.description)
        if key in seen:
            duplicates += 1
            continue
        seen.add(key)
        new.append(r)
        if r.party and r.party.casefold() not in known:
            known.add(r.party.casefold())
            parties_added.append(r.party)
    return new, duplicates, parties_added


def _write_rows(session: Session, rows: list[_Row]) -> int:
    """Insert the rows in bulk under a new batch number; returns that number."""
    party_ids = {p.name.casefold(): p.id for p in session.exec(select(Party))}
    created: list[Party] = []
    for r in rows:
        if r.party and r.party.casefold() not in party_ids:
            p = Party(name=r.party, category=_guess_category(r.party))
            party_ids[r.party.casefold()] = None
            created.append(p)
    if created:
        session.add_all(created)
        session.flush()
        party_ids.update({p.name.casefold(): p.id for p in created})
    last = session.exec(select(func.max(TimelineEvent.import_batch))).one()
    batch = (last or 0) + 1
    values = [
        {"date_start": r.date.start, "date_end": r.date.end, "date_precision": str(r.date.precision),
         "date_text": r.date.text, "time": r.time, "party_id": party_ids.get(r.party.casefold()) if r.party else None,
         "description": r.description, "source": r.source, "key_moment": str(r.key_moment), "import_batch": batch}
        for r in rows
    ]
    connection = session.connection()
    for i in range(0, len(values), _INSERT_CHUNK):
        connection.execute(insert(TimelineEvent), values[i:i + _INSERT_CHUNK])
    return batch


def import_batches(case: CaseFile) -> dict[int, int]:
    """Batch number -> number of events still in the case from that import."""
    with case.read() as s:
        rows = s.exec(select(TimelineEvent.import_batch, func.count()).where(TimelineEvent.import_batch.is_not(None))
                      .group_by(TimelineEvent.import_batch))
        return {int(b): int(n) for b, n in rows}


def _party_in_use(session: Session, party_id: int) -> bool:
    checks = (
        select(TimelineEvent.id).where(TimelineEvent.party_id == party_id),
        select(Participant.id).where(Participant.party_id == party_id),
        select(Contribution.id).where(Contribution.party_id == party_id),
        select(Agreement.id).where(Agreement.owner_party_id == party_id),
        select(PreparationQuestion.id).where(PreparationQuestion.party_id == party_id),
    )
    return any(session.exec(q.limit(1)).first() is not None for q in checks)


def remove_import(case: CaseFile, batch: int, *, parties_added: Iterable[str] = ()) -> ImportSnapshot:
    """Take a whole import out again (undo).

    ``parties_added`` (from the report) names parties the import created; they
    are removed too when nothing else refers to them any more. Links from
    contributions and conclusions to the removed events are kept in the
    snapshot so a redo restores them.
    """
    with case.write("event", "delete", f"import {batch} ongedaan gemaakt") as s:
        events = list(s.exec(select(TimelineEvent).where(TimelineEvent.import_batch == batch)))
        if not events:
            raise CaseFileError(f"Import {batch} staat niet (meer) in het dossier.")
        ids = [e.id for e in events]
        contribution_links = [(c.id, c.event_id) for c in
                              s.exec(select(Contribution).where(Contribution.event_id.in_(ids)))]
        conclusion_links = [(link.conclusion_id, link.event_id) for link in
                            s.exec(select(ConclusionEventLink).where(ConclusionEventLink.event_id.in_(ids)))]
        event_data = [e.model_dump() for e in events]
        connection = s.connection()
        for i in range(0, len(ids), 500):
            connection.execute(delete(TimelineEvent).where(TimelineEvent.id.in_(ids[i:i + 500])))
        s.expunge_all()
        removed_parties: list[dict[str, Any]] = []
        names = {n.casefold() for n in parties_added}
        if names:
            for p in s.exec(select(Party)):
                if p.name.casefold() in names and not _party_in_use(s, p.id):
                    removed_parties.append(p.model_dump())
                    s.delete(p)
    if removed_parties:
        case.notify("party")
    return ImportSnapshot(batch, event_data, removed_parties, contribution_links, conclusion_links)


def restore_import(case: CaseFile, snapshot: ImportSnapshot) -> None:
    """Put back what :func:`remove_import` took away, with the same ids (redo)."""
    with case.write("event", "restore", f"import {snapshot.batch} hersteld") as s:
        if snapshot.parties:
            s.add_all(Party.model_validate(p) for p in snapshot.parties)
            s.flush()
        connection = s.connection()
        for i in range(0, len(snapshot.events), _INSERT_CHUNK):
            connection.execute(insert(TimelineEvent), snapshot.events[i:i + _INSERT_CHUNK])
        for contribution_id, event_id in snapshot.contribution_links:
            contribution = s.get(Contribution, contribution_id)
            if contribution is not None:
                contribution.event_id = event_id
                s.add(contribution)
        s.add_all(ConclusionEventLink(conclusion_id=c, event_id=e) for c, e in snapshot.conclusion_links
                  if s.get(Conclusion, c) is not None and s.get(ConclusionEventLink, (c, e)) is None)
    if snapshot.parties:
        case.notify("party")
