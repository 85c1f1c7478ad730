"""The verslag's "Het schemergebied": what stays unsure, what had to be weighed, which risks were accepted.

Its own module so the verslag builder calls it in one line.
"""

from __future__ import annotations

from casereview.findings.grey_area import list_grey_areas
from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.sections import ExportContext
from casereview.vocabulary import GreyAreaKind

HEADINGS = ((GreyAreaKind.UNCERTAINTY, "Wat onzeker blijft"), (GreyAreaKind.DILEMMA, "Dilemma's"),
            (GreyAreaKind.ACCEPTED_RISK, "Risico's die we bewust aanvaarden"))


def grey_area_section(b: DocumentBuilder, ctx: ExportContext, *, level: int = 1) -> None:
    """Left out when the group named nothing: an empty heading would suggest it was never asked."""
    items = list_grey_areas(ctx.case_file)
    if not items:
        return
    b.place("schemergebied")
    b.heading("Het schemergebied", level)
    b.paragraph("Niet alles is met een conclusie of een afspraak te vangen. Risico's zijn nooit helemaal weg te "
                "nemen; dit is wat de groep niet kon beslechten of bewust heeft aanvaard.")
    for kind, title in HEADINGS:
        texts = [item.text for item in items if item.kind == kind]
        if texts:
            b.paragraph(bold=title, keep_with_next=True)
            for text in texts:
                b.bullet(ctx.p(text))
