"""The preparation pack's "Uit de regio: vergelijkbare lessen": what other organisations learned.

The lessons arrive as plain data (read from the register by the caller, only when
the user asked), so this module never connects anywhere. They hold no personal
data: the register only takes leak-checked, anonymised leerbrief text.
"""

from __future__ import annotations

from typing import Any

from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.sections import ExportContext
from casereview.vocabulary import AGREEMENT_KIND_LABELS, AGREEMENT_LEVEL_LABELS, DEFAULT_THEME_CODES

THEME_LABELS = dict(DEFAULT_THEME_CODES)


def _short(text: str, limit: int = 600) -> str:
    clean = " ".join(text.split())
    return clean if len(clean) <= limit else clean[:limit].rsplit(" ", 1)[0] + " …"


def agreements_line(agreements: list[dict[str, Any]]) -> str:
    parts = [f"{a['count']}× {AGREEMENT_KIND_LABELS.get(a['kind'], a['kind']) or 'soort niet gekozen'} "
             f"({AGREEMENT_LEVEL_LABELS.get(a['level'], a['level']) or 'geen niveau'})" for a in agreements]
    return "; ".join(parts)


def regional_section(b: DocumentBuilder, ctx: ExportContext, *, level: int = 1) -> None:
    """Nothing when the user did not ask for regional lessons; a sentence when the register had none."""
    lessons = ctx.regional_lessons
    if lessons is None:
        return
    b.place("uit de regio")
    b.heading("Uit de regio: vergelijkbare lessen", level)
    if not lessons:
        b.paragraph("Het regionale register heeft nog geen lessen van andere organisaties over deze thema's.",
                    italic=True)
        return
    b.paragraph("Andere organisaties in de regio leerden dit uit een vergelijkbare casus. Gaat het ook over ons? "
                "Neem een voorbeeld mee als je iets herkent.")
    for lesson in lessons:
        themes = ", ".join(THEME_LABELS.get(code, code) for code in lesson.get("themes", []))
        b.heading(f"{lesson['organisation']} · {lesson.get('quarter') or lesson.get('year') or ''}".strip(" ·"),
                  level + 1, toc=False)
        if themes:
            b.paragraph(themes, bold="Thema's: ")
        for label, key in (("Het verhaal: ", "story"), ("Mechanismen: ", "mechanisms")):
            if str(lesson.get(key, "")).strip():
                b.paragraph(_short(str(lesson[key])), bold=label)
        for line in lesson.get("lessons", [])[:3]:
            b.bullet(_short(str(line), 300))
        if lesson.get("agreements"):
            b.paragraph(agreements_line(lesson["agreements"]), bold="Afspraken: ")
