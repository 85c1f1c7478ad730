"""The verslag's "Wie had de regie": per period who held the child's safety, and the gaps between.

Its own module so the verslag builder calls it in one line. The names come from
the export's rows, so a pseudonymised verslag names parties as the rest of it does.
"""

from __future__ import annotations

from casereview.reports.docx_builder import Cell, DocumentBuilder
from casereview.reports.sections import CONCERN_FILL, ExportContext
from casereview.timeline.events import EventRow
from casereview.timeline.reassessment import CHANGE_LABELS, reassessment_moments
from casereview.timeline.responsibility import ResponsibilityMap, responsibility_of_rows
from casereview.timeline.responsibility_text import duration_label, moment_label, span_label
from casereview.vocabulary import GAP_REASON_LABELS


def export_responsibility(ctx: ExportContext) -> ResponsibilityMap:
    rows = [EventRow(r.event, ctx.p(r.party_name), tuple(ctx.p(n) for n in r.other_parties), r.other_party_ids)
            for r in ctx.events]
    return responsibility_of_rows(ctx.case_file, rows)


def responsibility_intro(found: ResponsibilityMap) -> str:
    if not found.gaps:
        return ("Bij elke overdracht, verwijzing, afsluiting, verhuizing of afwijzing in de tijdlijn nam een "
                "volgende partij het gezin aantoonbaar over: er is geen periode gevonden waarin niemand de regie had.")
    count = len(found.gaps)
    periods = "een periode" if count == 1 else f"{count} periodes"
    return (f"De tijdlijn laat {periods} zien waarin niemand aantoonbaar verantwoordelijk was voor de veiligheid "
            "van het kind. De partij die overdraagt blijft verantwoordelijk tot de volgende partij echt begonnen "
            "is; waar die start niet is bevestigd, telt het gat tot de eerste eigen gebeurtenis van die partij.")


def reassessment_rows(ctx: ExportContext) -> list[list[str | Cell]]:
    """Changes in the family before the incident (after it, the review's own story takes over)."""
    numbers = ctx.event_numbers()
    incident = ctx.case.incident_date
    rows: list[list[str | Cell]] = []
    for m in reassessment_moments(ctx.events):
        if incident is not None and m.moment is not None and m.moment.day >= incident:
            continue
        rows.append([str(numbers.get(m.event_id, "")), moment_label(m.moment) if m.moment else "datum onbekend",
                     CHANGE_LABELS[m.change], ctx.p(m.party) or "—"])
    return rows


def responsibility_section(b: DocumentBuilder, ctx: ExportContext, *, level: int = 1) -> None:
    """Nothing when the timeline holds no event that passes the child on and no change in the family."""
    found = export_responsibility(ctx)
    moments = reassessment_rows(ctx)
    if not found.periods and not found.gaps and not moments:
        return
    b.place("regie")
    b.heading("Wie had de regie", level)
    b.paragraph(responsibility_intro(found))
    b.table(["Periode", "Partij met de regie"],
            [[span_label(p.start, p.end), p.party or "onbekende partij"] for p in found.periods],
            [7.0, 9.0], label="regie-periodes")
    if found.gaps:
        rows: list[list[str | Cell]] = []
        for gap in found.gaps:
            rows.append([Cell(span_label(gap.start, gap.end), fill=CONCERN_FILL), duration_label(gap),
                         gap.after or "—", gap.receiver or "—", GAP_REASON_LABELS[gap.reason]])
        b.paragraph(bold="Gaten in de regie", keep_with_next=True)
        b.table(["Periode", "Duur", "Na", "Naar", "Wat ontbrak"], rows, [4.2, 2.2, 3.6, 3.6, 4.4],
                label="regie-gaten")
    if moments:
        b.paragraph(bold="Momenten om de veiligheid opnieuw te wegen", keep_with_next=True)
        b.paragraph("Bij deze veranderingen in het gezin hadden de risico's voor de kinderen opnieuw gewogen "
                    "moeten worden; het nummer verwijst naar de tijdlijn.")
        b.table(["Nr", "Wanneer", "Verandering", "In de tijdlijn van"], moments, [1.2, 4.0, 6.0, 6.8], label="herbeoordeling")
