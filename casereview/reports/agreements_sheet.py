"""Verbeterafspraken as a spreadsheet for an organisation's quality system.

``.xlsx`` keeps real dates and a filterable header; ``.csv`` is what a Dutch
Excel opens with a double-click: semicolons, UTF-8 with a byte-order mark,
dates as dd-mm-jjjj. Cells that a spreadsheet would run as a formula
(``=``, ``+``, ``-``, ``@``) are kept as text.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreements import is_overdue
from casereview.privacy.ordinary_words import STANDARD_WORDS, words_of
from casereview.reports.documents import check_names_in
from casereview.reports.safe_write import ExportError, NameLeakError, check_target, write_atomically
from casereview.reports.sections import agreement_owner, load_context
from casereview.reports.sheet_style import append_row, csv_text, style_agreement_sheet
from casereview.vocabulary import AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS

HEADERS = ("Nr", "Afspraak", "Eigenaar", "Uiterlijk", "Hoe weten we dat het werkt", "Soort", "Reden soort",
           "Status", "Reden status", "Te laat", "Laatste voortgang", "Datum voortgang", "Review")
WIDTHS = (5, 50, 28, 12, 40, 26, 30, 15, 30, 8, 50, 14, 30)

__all__ = ["export_agreements", "agreement_table", "ExportError", "NameLeakError"]


def agreement_table(case: CaseFile, *, pseudonymise: bool = False,
                    today: date | None = None) -> list[list[str | int | date | None]]:
    """One row per agreement, in the order of :data:`HEADERS`."""
    ctx = load_context(case, pseudonymise=pseudonymise, today=today, keep_words=STANDARD_WORDS)
    notes = ctx.progress_notes()
    rows: list[list[str | int | date | None]] = []
    for n, a in enumerate(ctx.agreements, start=1):
        last = notes.get(a.id or -1, [])
        rows.append([n, ctx.p(a.action), agreement_owner(ctx, a), a.due_date, ctx.p(a.success_check),
                     AGREEMENT_KIND_LABELS.get(a.kind, a.kind), ctx.p(a.kind_reason),
                     AGREEMENT_STATUS_LABELS.get(a.status, a.status), ctx.p(a.status_reason),
                     "ja" if is_overdue(a, ctx.today) else "nee", ctx.p(last[-1].text) if last else "",
                     last[-1].noted_on if last else None, ctx.title])
    return rows


def export_agreements(case: CaseFile, out: Path, *, pseudonymise: bool = True, today: date | None = None) -> Path:
    """Write the agreements to ``out``: .xlsx or .csv, chosen by the suffix; all or nothing.

    The spreadsheet leaves the case file for a quality system, so pseudonyms
    are applied by default; like the Word documents, the export is refused
    when a listed real name would still end up in it.
    """
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExportError(code="agreements_export.bad_suffix", suffix=out.suffix)
    check_target(out)
    rows = agreement_table(case, pseudonymise=pseudonymise, today=today)
    check_names_in(case, [(f"afspraak {row[0]}", " | ".join(str(v) for v in row if v is not None))
                          for row in rows], words_of(" ".join(HEADERS)))
    title = load_context(case, pseudonymise=pseudonymise, today=today, keep_words=STANDARD_WORDS).title
    write_atomically(out, (lambda tmp: _write_xlsx(tmp, rows, title)) if suffix == ".xlsx" else
                     (lambda tmp: _write_csv(tmp, rows)))
    if not case.read_only:
        with case.write("export", "export", f"afspraken → {out.name}"):
            pass
    return out


def _as_text(value: str | int | date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    return csv_text(str(value))


def _write_csv(path: Path, rows: list[list[str | int | date | None]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        writer.writerow(HEADERS)
        for row in rows:
            writer.writerow([_as_text(v) for v in row])


def _write_xlsx(path: Path, rows: list[list[str | int | date | None]], title: str = "") -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Verbeterafspraken"
    append_row(sheet, HEADERS)
    for row in rows:
        append_row(sheet, row)
    style_agreement_sheet(sheet, widths=WIDTHS, late_column=9, freeze="B2",
                          title=f"Verbeterafspraken — {title}" if title else "Verbeterafspraken",
                          choices={6: list(AGREEMENT_KIND_LABELS.values()), 8: list(AGREEMENT_STATUS_LABELS.values()),
                                   10: ["ja", "nee"]})
    book.properties.title = "Verbeterafspraken"
    book.properties.creator = "casereview"
    book.save(path)
