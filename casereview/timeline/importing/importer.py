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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import Party
from casereview.timeline.importing import writing
from casereview.timeline.importing.cells import cell_text, shorten
from casereview.timeline.importing.column_mapping import (
    FIELD_LABELS,
    HEADER_SCAN_ROWS,
    PARTY,
    ColumnMapping,
    unknown_override_keys,
)
from casereview.timeline.importing.locate import TableChoice, locate, map_hint, pick_table, resolve_overrides
from casereview.timeline.importing.party_guess import suggest_party
from casereview.timeline.importing.raw_table import RawTable
from casereview.timeline.importing.rows import MAX_PARTY, ConvertedRow, RowProblem, convert_rows
from casereview.timeline.importing.sources import TimelineImportError, load_tables, where
from casereview.timeline.importing.writing import (
    ImportSnapshot,
    import_batches,
    remove_import,
    restore_import,
    select_new,
)

__all__ = [
    "ImportReport", "ImportSnapshot", "Preview", "PreviewRow", "RowProblem", "TableChoice", "TimelineImportError",
    "import_batches", "import_timeline", "read_preview", "remove_import", "restore_import",
]


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
    message: str  # Dutch, as the command line words it; what still stands in the way of importing, "" when ready
    has_party_column: bool = True  # False: the window must ask for the party (or "zonder partij")
    suggested_party: str = ""  # a party guessed from the file name, for that question
    problem: TimelineImportError | None = None  # ``message`` as a coded error, which the window words itself

    @property
    def ready(self) -> bool:
        return not self.message



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
    rows: list[ConvertedRow]
    problem: TimelineImportError | None  # what stands in the way of importing, None when ready



def _plan(path: Path | str, *, mapping: Mapping[str, str] | None, sheet: str | None, table: int | None,
          party: str | None, strict: bool) -> _Plan:
    path = Path(path)
    overrides = resolve_overrides(mapping, path)
    tables = load_tables(path)
    chosen, choices, needs_choice = pick_table(path, tables, sheet, table, strict)
    located = locate(chosen, overrides)
    place = where(path, chosen)
    problem: TimelineImportError | None = None
    if not located.headers:
        raise TimelineImportError(code="import.only_empty_rows", place=place)
    if needs_choice:
        problem = TimelineImportError(code="import.choose_table")
    elif not located.recognised:
        problem = TimelineImportError(
            code="import.no_header_row", rows=HEADER_SCAN_ROWS, place=place,
            first=", ".join(shorten(h, 30) for h in located.headers[:8]), map_hint=map_hint())
    elif missing := located.mapping.missing():
        where_header = "" if located.header_index is None else \
            f" (rij {chosen.row_numbers[located.header_index]})"
        problem = TimelineImportError(
            code="import.missing_columns", where_header=where_header, place=place,
            names=" en ".join(f"de {FIELD_LABELS[m]}" for m in missing), headers=", ".join(located.headers),
            map_hint=map_hint(missing))
    unknown = unknown_override_keys(located.headers, overrides)
    if strict and unknown:
        raise TimelineImportError(
            code="import.unknown_mapped_column" if len(unknown) == 1 else "import.unknown_mapped_columns",
            columns=", ".join(repr(u) for u in unknown), place=place, headers=", ".join(located.headers))
    if strict and problem:
        raise problem
    if party is not None and len(party.strip()) > MAX_PARTY:
        raise TimelineImportError(code="import.party_too_long", name=path.name, max_party=MAX_PARTY)
    rows = [] if problem else convert_rows(path, chosen, located, (party or "").strip())
    if strict and not rows:
        raise TimelineImportError(code="import.header_only", place=place)
    return _Plan(path, chosen, choices, needs_choice, located.header_index, located.headerless, located.headers,
                 located.mapping, rows, problem)


def read_preview(path: Path | str, *, sheet: str | None = None, table: int | None = None,
                 mapping: dict[str, str] | None = None, max_rows: int = 50,
                 known_parties: Iterable[str] = ()) -> Preview:
    """Everything the import dialog shows; raises TimelineImportError for an unusable file.

    A missing header or an unmapped required column is not an error here: it
    is returned in ``message`` so the user can map the columns.
    """
    plan = _plan(path, mapping=mapping, sheet=sheet, table=table, party=None, strict=False)
    known = list(known_parties)
    start = 0 if plan.headerless else (plan.header_index or 0) + 1
    samples: dict[str, str] = {}
    for i, header in enumerate(plan.headers):
        samples[header] = next((cell_text(r[i]) for r in plan.table.rows[start:start + HEADER_SCAN_ROWS]
                                if i < len(r) and cell_text(r[i])), "")
    rows = [PreviewRow(r.row, r.date.text, r.date.precision, r.time, r.party, r.description, r.source,
                       r.key_moment, r.problems, r.skipped) for r in plan.rows[:max_rows]]
    header_row = None if plan.headerless or plan.header_index is None else plan.table.row_numbers[plan.header_index]
    return Preview(
        file=plan.path.name, kind=plan.table.kind, choices=plan.choices, selected=plan.table.key,
        needs_choice=plan.needs_choice, header_row=header_row, headers=plan.headers,
        mapping=dict(plan.mapping.columns), samples=samples, rows=rows,
        total_rows=sum(1 for r in plan.rows if not r.skipped),
        problems=[p for r in plan.rows for p in r.problems], message=str(plan.problem or ""),
        has_party_column=bool(plan.mapping.fields.get(PARTY)), suggested_party=suggest_party(plan.path.name, known),
        problem=plan.problem)


def import_timeline(case: CaseFile, path: Path | str, *, dry_run: bool = False, party: str | None = None,
                    mapping: dict[str, str] | None = None, sheet: str | None = None,
                    table: int | None = None, require_party: bool = False) -> ImportReport:
    """Import a CSV, Excel or Word timeline as one step; see the module docstring.

    ``mapping`` maps source header texts (any case) to fields (``date``, ``time``,
    ``party``, ``description``, ``source``, ``key_moment``, or ``""`` to ignore);
    ``party`` is the party for rows without one; ``sheet`` names an Excel sheet;
    ``table`` is the 1-based number of a Word table. Raises
    :class:`TimelineImportError` when the file is unusable; row problems are in
    the report and the readable rows are imported. With ``require_party`` a file
    without a party column is refused unless ``party`` names one (no silent
    partyless import; the command line passes ``--zonder-partij`` to allow it).
    """
    plan = _plan(path, mapping=mapping, sheet=sheet, table=table, party=party, strict=True)
    file_name = plan.path.name
    if require_party and not plan.mapping.fields.get(PARTY) and not (party or "").strip():
        with case.read() as s:
            known = [p.name for p in s.exec(select(Party))]
        guess = suggest_party(file_name, known)
        example = guess or "Naam van de partij"
        raise TimelineImportError(code="import.no_party_column", place=where(plan.path, plan.table), example=example)
    problems = [p for r in plan.rows for p in r.problems]
    columns = dict(plan.mapping.columns)
    candidates = [r for r in plan.rows if not r.skipped]
    skipped = len(plan.rows) - len(candidates)
    with case.read() as s:
        new, duplicates, parties_added = select_new(s, candidates)
    if dry_run or not new:
        return ImportReport(file_name, len(new), duplicates, problems, parties_added, None, dry_run, columns, skipped)
    try:
        with case.write("event", "import", f"{file_name}") as s:
            new, duplicates, parties_added = select_new(s, candidates)
            batch = None
            if new:
                batch = writing.write_rows(s, new, file_name)
    except CaseFileError:
        raise
    except SQLAlchemyError as exc:
        raise TimelineImportError(
            code="import.save_failed", file_name=file_name, reason=type(exc).__name__) from exc
    if parties_added:
        case.notify("party")  # the write announced events; party pickers must learn the new names too
    return ImportReport(file_name, len(new), duplicates, problems, parties_added, batch, False, columns, skipped)
