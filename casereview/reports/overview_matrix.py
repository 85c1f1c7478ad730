"""The "big matrix": every agreement of every case in one spreadsheet, for the quality officer.

One row per agreement with the case, themes, status, whether it is overdue, its level
and what the latest effect check said;
a real date column, a filterable header and frozen panes. Texts are
pseudonymised per case and the sheet is refused when a listed real name would
still be in it.
"""

from __future__ import annotations

from pathlib import Path

from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.overview.figures import Overview
from casereview.reports.overview_texts import OverviewTexts
from casereview.reports.safe_write import ExportError, check_target, write_atomically
from casereview.reports.sheet_style import append_row, style_agreement_sheet
from casereview.vocabulary import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_LEVEL_LABELS,
    AGREEMENT_STATUS_LABELS,
    EFFECT_RESULT_LABELS,
    AgreementKind,
)

HEADERS = ("Dossier", "Jaar", "Afspraak", "Eigenaar (partij)", "Eigenaar (persoon)", "Uiterlijk", "Status",
           "Te laat", "Soort", "Niveau", "Effect", "Thema's", "Themacodes")
WIDTHS = (26, 7, 50, 24, 20, 12, 15, 8, 28, 14, 18, 45, 24)


def effect_label(kind: str, effect: str) -> str:
    """What the latest effect check said; a "no measure needed" agreement has nothing to measure."""
    if kind == AgreementKind.NO_MEASURE:
        return "n.v.t."
    return EFFECT_RESULT_LABELS.get(effect, "nog niet gemeten")


def matrix_rows(overview: Overview, texts: OverviewTexts) -> list[list[object]]:
    from datetime import date

    rows: list[list[object]] = []
    for row in overview.agreements:
        a, case = row.agreement, row.case
        rows.append([texts.label(case), case.year, texts.p(case, a.action), texts.p(case, a.owner_party),
                     texts.p(case, a.owner_person), date.fromisoformat(a.due_date) if a.due_date else None,
                     AGREEMENT_STATUS_LABELS.get(a.status, a.status), "ja" if row.overdue else "nee",
                     AGREEMENT_KIND_LABELS.get(a.kind, a.kind), AGREEMENT_LEVEL_LABELS.get(a.level, a.level),
                     effect_label(a.kind, a.effect),
                     "; ".join(texts.p(case, t) for t in row.themes),
                     "; ".join(k for k in row.theme_keys if not k.startswith("naam:"))])
    return rows


def export_matrix(overview: Overview, out: Path, *, cite: str = "titel", progress: Progress = NO_PROGRESS) -> Path:
    """Write the sheet (all or nothing); refused while a listed or undecided name of a case would be in it."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ExportError(code="overview_export.matrix_not_xlsx", suffix=out.suffix)
    check_target(out)
    texts = OverviewTexts(overview, cite=cite, own_words=" ".join(HEADERS))
    texts.search(progress)
    rows = matrix_rows(overview, texts)
    texts.check([(f"rij {n}", " | ".join(str(v) for v in row if v is not None))
                 for n, row in enumerate(rows, start=2)])
    write_atomically(out, lambda tmp: _write(tmp, rows, overview))
    return out


def _write(path: Path, rows: list[list[object]], overview: Overview) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Alle afspraken"
    append_row(sheet, HEADERS)
    for row in rows:
        append_row(sheet, row)
    style_agreement_sheet(sheet, widths=WIDTHS, late_column=7, freeze="C2", title="Alle verbeterafspraken",
                          choices={7: list(AGREEMENT_STATUS_LABELS.values())})
    book.properties.title = "Alle verbeterafspraken"
    book.properties.creator = "casereview"
    book.properties.description = f"Stand op {overview.as_of.isoformat()}"
    book.save(path)
