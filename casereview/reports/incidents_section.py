"""The verslag's "Incidenten in deze review": when one review looks at several incidents, each with its date.

Its own module so the verslag builder calls it in one line.
"""

from __future__ import annotations

from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.sections import ExportContext
from casereview.timeline.dates import format_dutch, format_event_date
from casereview.timeline.incidents import list_incidents


def incidents_section(b: DocumentBuilder, ctx: ExportContext, *, level: int = 1) -> None:
    """Only when there is more than the case's own incident: one incident is already in the aanleiding."""
    further = list_incidents(ctx.case_file)
    if not further:
        return
    b.place("incidenten")
    b.heading("Incidenten in deze review", level)
    b.paragraph(f"Deze review kijkt naar {len(further) + 1} incidenten samen.")
    rows = []
    if ctx.case.incident.strip() or ctx.case.incident_date:
        rows.append([format_dutch(ctx.case.incident_date) or "datum onbekend", ctx.p(ctx.case.incident) or "—"])
    rows += [[format_event_date(i.date_start, i.date_precision, i.date_text), ctx.p(i.description)] for i in further]
    b.table(["Datum", "Incident"], rows, [4.0, 13.0], label="incidenten")
