"""The printed evaluation form: the same eight statements as the form on the chair's laptop.

Anonymous by design: there is no place for a name, and the chair types the
answers in afterwards without noting who gave them.
"""

from __future__ import annotations

from casereview.reports.docx_builder import Cell, DocumentBuilder
from casereview.reports.sections import ExportContext
from casereview.vocabulary.after_meeting import EVALUATION_QUESTIONS, EVALUATION_SCALE

BOX = "☐"
OPEN_QUESTION = "Wat wilt u de voorzitter nog meegeven? Wat werkte, wat kan beter?"


def build_evaluation_form(b: DocumentBuilder, ctx: ExportContext) -> None:
    b.place("titel")
    b.paragraph(ctx.title, style="Title")
    b.paragraph("Evaluatie van de review", style="Subtitle")
    b.place("uitleg")
    b.paragraph("Dit formulier is anoniem. Zet er geen naam op. Het kost twee minuten.")
    b.paragraph("Kruis per stelling één vakje aan: " + ", ".join(
        f"{n} = {label}" for n, label in enumerate(EVALUATION_SCALE, start=1)) + ".")
    rows = [[str(n), statement, *[Cell(BOX) for _ in EVALUATION_SCALE]]
            for n, (_key, statement) in enumerate(EVALUATION_QUESTIONS, start=1)]
    b.table(["Nr", "Stelling", "1", "2", "3", "4", "5"], rows, [0.9, 10.6, 1.1, 1.1, 1.1, 1.1, 1.1],
            label="evaluatieformulier", keep_together=True)
    b.place("open vraag")
    b.table([OPEN_QUESTION], [["\n\n\n\n\n"]], [17.0], label="open vraag", keep_together=True)
    b.paragraph("De uitkomsten worden alleen als totaal getoond, en pas vanaf drie ingevulde formulieren. "
                "Wat u bij de open vraag schrijft, leest alleen de voorzitter.", italic=True)
    b.paragraph("Dank u wel. Leg het formulier omgekeerd op de stapel bij de voorzitter.")
