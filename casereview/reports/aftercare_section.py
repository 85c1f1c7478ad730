"""The verslag's "Zorg voor de betrokken professionals": only the parties whose record the chair shares.

Its own module so the verslag builder calls it in one line.
"""

from __future__ import annotations

from casereview.findings.staff_aftercare import list_aftercare
from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.sections import ExportContext


def aftercare_section(b: DocumentBuilder, ctx: ExportContext, *, level: int = 1) -> None:
    """Nothing unless the chair chose to share at least one party's record; never the unshared ones."""
    rows = list_aftercare(ctx.case_file, shared_only=True)
    if not rows:
        return
    b.place("nazorg")
    b.heading("Zorg voor de betrokken professionals", level)
    b.paragraph("Een calamiteit raakt ook de mensen die met het gezin werkten. Met instemming van de partij staat "
                "hier wat het voor hen betekende en welke nazorg er is.")
    b.table(["Partij van de professionals", "Wat het betekende", "Nazorg"],
            [[ctx.p(r.party), ctx.p(r.impact) or "—", ctx.p(r.aftercare) or "—"] for r in rows],
            [4.0, 6.5, 6.5], label="nazorg")
