"""The verslag's first pages: the colophon with its signature block, and the one-page samenvatting.

A report somebody signs says who commissioned it, who chaired and wrote it,
which version and status it has, when it was adopted and who receives it. The
samenvatting puts the conclusions and the agreements on one page for the
reader who reads nothing else; each review question is answered in it.
"""

from __future__ import annotations

from casereview.findings.agreements import is_overdue
from casereview.findings.conclusions import ConclusionView, answered_questions, list_conclusions, review_questions
from casereview.reports.colophon import Colophon, read_colophon
from casereview.reports.docx_builder import Cell, DocumentBuilder
from casereview.reports.sections import OVERDUE_FILL, ExportContext, agreement_owner
from casereview.timeline.dates import format_dutch
from casereview.vocabulary import AGREEMENT_STATUS_LABELS, REPORT_STATUS_LABELS, AgreementKind


def colophon_page(b: DocumentBuilder, ctx: ExportContext) -> None:
    """The colophon as a two-column table; what the chair did not fill in is left out, never "onbekend"."""
    colophon = read_colophon(ctx.case_file)
    b.place("colofon")
    b.heading("Colofon", 1, toc=False)
    b.key_value_table(("Over dit verslag", ""), colophon_rows(ctx, colophon), label="colofon")
    if colophon.final:
        signature_block(b, ctx, colophon)
    b.new_page_at_next_heading()


def colophon_rows(ctx: ExportContext, colophon: Colophon) -> list[tuple[str, str | Cell]]:
    status = REPORT_STATUS_LABELS.get(colophon.report_status, colophon.report_status)
    rows: list[tuple[str, str | Cell]] = []
    for label, value in (("Opdrachtgever", ctx.p(colophon.commissioner)),
                         ("Voorzitter", ctx.p(colophon.chair_name)),
                         ("Auteurs", "\n".join(ctx.p(a) for a in colophon.lines("authors")))):
        if value:
            rows.append((label, value))
    version = f"Versie {colophon.report_version}, {status}" if colophon.report_version else status.capitalize()
    rows.append(("Versie en status", version))
    if colophon.final and colophon.adopted_on:
        rows.append(("Vastgesteld op", format_dutch(colophon.adopted_on)))
    rows.append(("Opgesteld op", format_dutch(ctx.today)))
    if ctx.case.review_date:
        rows.append(("Reviewbijeenkomst", format_dutch(ctx.case.review_date)))
    distribution = colophon.lines("distribution")
    if distribution:
        rows.append(("Verzendlijst", "\n".join(ctx.p(d) for d in distribution)))
    return rows


def signature_block(b: DocumentBuilder, ctx: ExportContext, colophon: Colophon) -> None:
    """Where the commissioner and the chair sign the definitive verslag."""
    b.place("ondertekening")
    b.paragraph(bold="Vastgesteld en ondertekend", keep_with_next=True)
    adopted = format_dutch(colophon.adopted_on) if colophon.adopted_on else ""
    signers = [("Opdrachtgever", ctx.p(colophon.commissioner)), ("Voorzitter", ctx.p(colophon.chair_name))]
    rows: list[list[str | Cell]] = [
        [Cell(role, bold=True), name, f"Datum: {adopted}" if adopted else "Datum:", "\n\n\nHandtekening"]
        for role, name in signers]
    b.table(["Rol", "Naam", "Datum", "Handtekening"], rows, [3.0, 5.0, 4.0, 5.0], label="ondertekening",
            keep_together=True)


def summary_chapter(b: DocumentBuilder, ctx: ExportContext) -> None:
    """The conclusions in one line each, the answer to each review question, and the agreements."""
    b.place("samenvatting")
    b.heading("Samenvatting", 1)
    conclusions = list_conclusions(ctx.case_file)
    if conclusions:
        b.paragraph(bold="Conclusies", keep_with_next=True)
        for n, view in enumerate(conclusions, start=1):
            b.numbered(ctx.p(view.conclusion.text), n)
    else:
        b.paragraph("Er zijn geen conclusies vastgelegd.", italic=True)
    answers_to_questions(b, ctx, conclusions, heading=False)
    measures = [a for a in ctx.agreements if a.kind != AgreementKind.NO_MEASURE]
    if measures:
        b.paragraph(bold="Verbeterafspraken", keep_with_next=True)
        rows: list[list[str | Cell]] = []
        for n, a in enumerate(ctx.agreements, start=1):
            if a.kind == AgreementKind.NO_MEASURE:
                continue
            due = format_dutch(a.due_date) or "geen datum"
            late = is_overdue(a, ctx.today)
            status = AGREEMENT_STATUS_LABELS.get(a.status, a.status) + (" (te laat)" if late else "")
            rows.append([str(n), ctx.p(a.action), agreement_owner(ctx, a) or "—", due,
                         Cell(status, bold=late, fill=OVERDUE_FILL if late else "")])
        b.table(["Nr", "Afspraak", "Eigenaar", "Uiterlijk", "Status"], rows, [0.9, 8.4, 3.4, 2.4, 1.9],
                label="samenvatting afspraken")
    if conclusions or measures:  # a summary with content has its own page; "nothing yet" shares it
        b.new_page_at_next_heading()


def answers_to_questions(b: DocumentBuilder, ctx: ExportContext, conclusions: list[ConclusionView], *,
                         heading: bool = True) -> None:
    """Each review question with the conclusions that answer it, or the sentence that it stays open."""
    questions = review_questions(ctx.case)
    if not questions:
        return
    answering: dict[int, list[int]] = {}
    for n, view in enumerate(conclusions, start=1):
        for q in answered_questions(view.conclusion):
            answering.setdefault(q, []).append(n)
    if heading:
        b.place("antwoord op de reviewvragen")
        b.heading("Antwoord op de reviewvragen", 2)
    else:
        b.paragraph(bold="Antwoord op de reviewvragen", keep_with_next=True)
    for q, text in enumerate(questions, start=1):
        numbers = answering.get(q, [])
        if not numbers:
            answer = "Deze vraag is in de review niet beantwoord; zij blijft open."
        elif len(numbers) == 1:
            answer = f"Beantwoord in conclusie {numbers[0]}."
        else:
            answer = "Beantwoord in de conclusies " + ", ".join(map(str, numbers[:-1])) + f" en {numbers[-1]}."
        b.numbered(f"{ctx.p(text)} — {answer}", q)
