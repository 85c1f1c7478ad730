"""The "afsprakenlijst": one owner's agreements as a workbook they fill in without casereview.

The people who must bring a lesson into practice are rarely the people at the review table,
so each owner party gets a sheet with drop-downs for status and effect, protected except
for the columns they fill in, and `update-agreements` reads it back.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from pathlib import Path

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreement_sheet_layout import (
    COL_ID,
    FILL_IN_COLUMNS,
    HEADERS,
    MARKER,
    META_HEADER_ROW,
    META_SHEET,
    SHEET,
)
from casereview.findings.effect_checks import latest_effects
from casereview.model import CaseFileError
from casereview.privacy.ordinary_words import STANDARD_WORDS, words_of
from casereview.reports.documents import check_names_in
from casereview.reports.safe_write import ExportError, check_target, write_atomically
from casereview.reports.sections import load_context
from casereview.vocabulary import AGREEMENT_LEVEL_LABELS, AGREEMENT_STATUS_LABELS, EFFECT_RESULT_LABELS

WIDTHS = (5, 50, 12, 40, 12, 16, 18, 40, 12, 6)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def find_party(case: CaseFile, name: str) -> tuple[int, str]:
    """The owner party by name (case-insensitive); a Dutch message listing the parties otherwise."""
    ctx_parties = load_context(case, pseudonymise=False, today=None).parties
    for party_id, party in ctx_parties.items():
        if party.name.casefold() == name.strip().casefold():
            return party_id, party.name
    known = ", ".join(sorted(p.name for p in ctx_parties.values())) or "geen"
    raise CaseFileError(code="export.unknown_party", name=name, known=known)


def export_afsprakenlijst(case: CaseFile, out: Path, party: str, *, pseudonymise: bool = True,
                          now: datetime | None = None) -> Path:
    """Write the workbook of one owner party to ``out`` (.xlsx); all or nothing, refused on a name leak."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ExportError(code="agreements_sheet.not_xlsx", suffix=out.suffix)
    check_target(out)
    party_id, party_name = find_party(case, party)
    ctx = load_context(case, pseudonymise=pseudonymise, today=None, keep_words=STANDARD_WORDS)
    effects = latest_effects(case)
    rows: list[list[str | int | date | None]] = []
    meta: list[list[str | int | None]] = []
    for n, a in enumerate(ctx.agreements, start=1):
        if a.owner_party_id != party_id or a.id is None:
            continue
        effect = effects.get(a.id)
        action = ctx.p(a.action)
        rows.append([n, action, a.due_date, ctx.p(a.success_check),
                     AGREEMENT_LEVEL_LABELS.get(a.level or "", ""),
                     AGREEMENT_STATUS_LABELS.get(a.status, a.status),
                     EFFECT_RESULT_LABELS.get(effect.result, "") if effect else "", "", None, a.id])
        meta.append([a.id, action, a.status, effect.id if effect else None, effect.result if effect else None])
    if not rows:
        raise CaseFileError(code="agreements_sheet.party_owns_nothing", party_name=party_name)
    check_names_in(case, [(f"afspraak {row[0]}", " | ".join(str(v) for v in row if v is not None))
                          for row in rows], words_of(" ".join(HEADERS)))
    stamp = (now or datetime.now()).replace(microsecond=0).isoformat()
    head = [[MARKER, 1], ["dossier", case.case().uuid], ["partij", party_name], ["geëxporteerd", stamp]]
    write_atomically(out, lambda tmp: _write(tmp, rows, head, meta, ctx.title))
    if not case.read_only:
        with case.write("export", "export", f"afsprakenlijst → {out.name}"):
            pass
    return out


def _write(path: Path, rows: list[list[str | int | date | None]], head: list[list[str | int | None]],
           meta: list[list[str | int | None]], title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(row)
    last = len(rows) + 1
    header_fill = PatternFill("solid", fgColor="1F3864")
    fill_in = PatternFill("solid", fgColor="FFF8DC")
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for line in sheet.iter_rows(min_row=2, max_row=last):
        for cell in line:
            if cell.data_type == "f":  # user text that merely looks like a formula stays text
                cell.data_type = "s"
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if cell.column in FILL_IN_COLUMNS:
                cell.protection = Protection(locked=False)
                cell.fill = fill_in
        line[2].number_format = "DD-MM-YYYY"
        line[8].number_format = "DD-MM-YYYY"
        # Spreadsheets do not grow a row for wrapped text written by a program; estimate the lines.
        lines = max(math.ceil(len(str(cell.value or "")) / max(WIDTHS[cell.column - 1] - 2, 1))
                    for cell in line[:COL_ID - 1])
        sheet.row_dimensions[line[0].row].height = 15 * max(lines, 2)
    statuses = ",".join(AGREEMENT_STATUS_LABELS.values())
    effects = ",".join(EFFECT_RESULT_LABELS.values())
    for column, choices, prompt in ((6, statuses, "Kies de status"), (7, effects, "Kies het effect")):
        # A warning, not a stop: an owner who types "gereed" may keep it (it is read as uitgevoerd).
        validation = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                                    showErrorMessage=True, errorStyle="warning", errorTitle="Onbekende waarde",
                                    error="Kies liever een waarde uit de lijst.", promptTitle=prompt,
                                    prompt="Kies uit de lijst.")
        letter = get_column_letter(column)
        validation.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(validation)
    for i, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.column_dimensions[get_column_letter(COL_ID)].hidden = True
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False

    hidden = book.create_sheet(META_SHEET)
    for line in head:
        hidden.append(line)
    hidden.append(["id", "afspraak", "status", "effectmeting", "effect"])
    assert hidden.max_row == META_HEADER_ROW
    for line in meta:
        hidden.append(line)
    hidden.sheet_state = "hidden"
    hidden.protection.sheet = True
    book.properties.title = f"Afsprakenlijst — {title}"
    book.properties.creator = "casereview"
    book.save(path)
