"""The "afsprakenlijst": one owner's agreements as a workbook they fill in without casereview.

The people who must bring a lesson into practice are rarely the people at the review table,
so each owner party gets a sheet with drop-downs for status and effect, protected except
for the columns they fill in, and `update-agreements` reads it back.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

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
from casereview.reports.colophon import read_colophon
from casereview.reports.documents import check_names_in
from casereview.reports.safe_write import ExportError, check_target, write_atomically
from casereview.reports.sections import load_context
from casereview.reports.sheet_style import explicit_font, fit_row_heights, print_setup
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
    raise CaseFileError(f"Partij '{name}' bestaat niet in dit dossier. Bekende partijen: {known}.")


def export_afsprakenlijst(case: CaseFile, out: Path, party: str, *, pseudonymise: bool = True,
                          now: datetime | None = None) -> Path:
    """Write the workbook of one owner party to ``out`` (.xlsx); all or nothing, refused on a name leak."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ExportError(f"Een afsprakenlijst is een Excel-werkmap (.xlsx), niet '{out.suffix}'.")
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
        raise CaseFileError(f"Partij '{party_name}' is van geen enkele afspraak eigenaar; er is niets geschreven.")
    stamp = (now or datetime.now()).replace(microsecond=0).isoformat()
    head: list[list[str | int | None]] = [[MARKER, 1], ["dossier", case.case().uuid], ["partij", party_name], ["geëxporteerd", stamp]]
    hidden = [("verborgen blad", " | ".join(str(v) for v in line if v is not None)) for line in head + meta]
    check_names_in(case, [(f"afspraak {row[0]}", " | ".join(str(v) for v in row if v is not None))
                          for row in rows] + hidden + [("titel", ctx.title)], words_of(" ".join(HEADERS)))
    colophon = read_colophon(case)
    back = ", ".join(part for part in (ctx.p(colophon.chair_name), ctx.p(colophon.chair_contact)) if part)
    guide = owner_guide(ctx.title, ctx.p(party_name), back)
    write_atomically(out, lambda tmp: _write(tmp, rows, head, meta, ctx.title, guide))
    if not case.read_only:
        with case.write("export", "export", f"afsprakenlijst → {out.name}"):
            pass
    return out


def owner_guide(title: str, party: str, send_back_to: str) -> list[tuple[str, str]]:
    """The first sheet an owner sees: what this is, for whom, what to fill in and where it goes back."""
    return [
        ("Afsprakenlijst", ""),
        ("Review", title),
        ("Voor", party),
        ("Wat vult u in", "Op het blad 'Afspraken' vult u per afspraak de gele kolommen in: de status en het effect "
                          "(kies uit de lijst), wat er is gedaan (voortgang) en de datum daarvan."),
        ("Wat laat u staan", "De andere kolommen, de volgorde van de rijen en de namen van de bladen. Zo kan de "
                             "voorzitter uw antwoorden inlezen."),
        ("Terugsturen aan", send_back_to or "de voorzitter van de review die u deze lijst stuurde"),
        ("Let op", "Deze lijst is vertrouwelijk. Stuur haar niet door buiten uw organisatie."),
    ]


def _write(path: Path, rows: list[list[str | int | date | None]], head: list[list[str | int | None]],
           meta: list[list[str | int | None]], title: str, guide: list[tuple[str, str]]) -> None:
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
    explicit_font(sheet)
    fit_row_heights(sheet, WIDTHS)
    print_setup(sheet, title=f"Afsprakenlijst — {guide[2][1]} — {title}")
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False

    _guide_sheet(book, guide, title)

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


def _guide_sheet(book: Any, guide: list[tuple[str, str]], title: str) -> None:
    """The instructions as the first sheet (the import reads the sheets by name, so the order is free)."""
    from openpyxl.styles import Alignment, Font

    sheet = book.create_sheet("Toelichting", 0)
    for label, text in guide:
        sheet.append([label, text])
    sheet["A1"].font = Font(name="Calibri", size=14, bold=True)
    for line in sheet.iter_rows(min_row=2):
        line[0].font = Font(name="Calibri", size=10, bold=True)
        line[1].font = Font(name="Calibri", size=10)
        for cell in line:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 90
    fit_row_heights(sheet, (18, 90), first_row=2)
    print_setup(sheet, title=f"Afsprakenlijst — {title}")
    sheet.protection.sheet = True
    book.active = 0
