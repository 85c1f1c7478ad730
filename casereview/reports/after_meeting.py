"""Verslag sections from after the meeting: the family's questions, the evaluation, the consent appendix."""

from __future__ import annotations

from casereview.consent.finality import finality
from casereview.consent.reactions import list_reactions
from casereview.reports.docx_builder import Cell, DocumentBuilder
from casereview.reports.sections import CONCERN_FILL, ExportContext
from casereview.session.evaluation import summarise_evaluations
from casereview.session.family import family_parties, involvement_of, list_family_questions
from casereview.timeline.dates import format_dutch
from casereview.vocabulary.after_meeting import (
    INVOLVEMENT_LABELS,
    MIN_EVALUATIONS_SHOWN,
    REACTION_KIND_LABELS,
    RESPONSE_STATUS_LABELS,
    ReactionDecision,
)

UNANSWERED = "Nog niet beantwoord"


def after_meeting_sections(b: DocumentBuilder, ctx: ExportContext) -> None:
    """The family's questions and the evaluation; the consent appendix comes with the other appendices."""
    family_questions_section(b, ctx)
    evaluation_section(b, ctx)


def family_questions_section(b: DocumentBuilder, ctx: ExportContext) -> None:
    """Each question the family asked with its answer; one left unanswered is flagged, not hidden."""
    b.place("vragen van de familie")
    b.heading("Vragen van de familie", 1)
    for party in family_parties(ctx.case_file):
        levels = ", ".join(INVOLVEMENT_LABELS.get(k, k) for k in involvement_of(party))
        name = ctx.p(party.name)
        who = "de familie" if name.casefold() == "familie" else name  # a party called plainly "Familie"
        line = (f"{name}: betrokkenheid {levels}" if levels
                else f"De betrokkenheid van {who} bij de review is niet beschreven")
        if (party.contact_person or "").strip():
            line += f"; contactpersoon {ctx.p(party.contact_person or '')}"
        b.paragraph(line + ".")
    questions = list_family_questions(ctx.case_file)
    if not questions:
        b.paragraph("De familie heeft geen eigen vragen gesteld, of ze zijn niet vastgelegd.", italic=True)
        return
    rows: list[list[str | Cell]] = []
    for n, q in enumerate(questions, start=1):
        answer = ctx.p(q.answer) if q.answer.strip() else ""
        rows.append([str(n), ctx.p(q.text),
                     answer if answer else Cell(UNANSWERED, bold=True, fill=CONCERN_FILL)])
    open_count = sum(1 for q in questions if not q.answer.strip())
    if open_count:
        b.paragraph(f"{open_count} van de {len(questions)} vragen van de familie zijn nog niet beantwoord.",
                    bold="Let op: ")
    b.table(["Nr", "Vraag van de familie", "Antwoord"], rows, [0.9, 7.0, 9.1], label="vragen van de familie")


def evaluation_section(b: DocumentBuilder, ctx: ExportContext) -> None:
    """The participants' evaluation in aggregate only; nothing at all below three answers."""
    b.place("evaluatie")
    b.heading("Evaluatie door de deelnemers", 1)
    summary = summarise_evaluations(ctx.case_file)
    if not summary.shown:
        b.paragraph(f"Er zijn minder dan {MIN_EVALUATIONS_SHOWN} evaluaties ingevuld. Om niemand herkenbaar te "
                    "maken, tonen we dan geen uitkomsten.", italic=True)
        return
    b.paragraph(f"{summary.count} deelnemers vulden de evaluatie anoniem in (score 1 = helemaal oneens, "
                "5 = helemaal eens). Alleen totalen worden getoond.")
    rows: list[list[str | Cell]] = []
    for q in summary.questions:
        if q.mean is None:
            rows.append([q.statement, "te weinig antwoorden", str(q.answered)])
        else:
            rows.append([q.statement, f"{q.mean:.1f}".replace(".", ",") + f"  ({round((q.agree_share or 0) * 100)}% eens)",
                         str(q.answered)])
    b.table(["Stelling", "Gemiddeld", "Antwoorden"], rows, [10.0, 4.5, 2.5], label="evaluatie")


def consent_appendix(b: DocumentBuilder, ctx: ExportContext) -> None:
    """Bijlage: who reacted on the concept and who did not, and the reactions not taken over with the reason."""
    state = finality(ctx.case_file, ctx.today)
    b.new_page_at_next_heading()
    b.place("reacties op het concept")
    b.appendix("Reacties op het concept")
    if state.version is None:
        b.paragraph("Er is geen concept verstuurd.", italic=True)
        return
    deadline = format_dutch(state.version.deadline) if state.version.deadline else "geen termijn"
    b.paragraph(f"Concept versie {state.version.number} is op {format_dutch(state.version.created_at.date())} "
                f"aan de betrokken organisaties voorgelegd, met een reactietermijn tot {deadline}.")
    rows: list[list[str | Cell]] = []
    for item in state.parties:
        status = RESPONSE_STATUS_LABELS.get(item.status, "") if item.status else ""
        rows.append([ctx.p(item.party.name), status or Cell("niet gereageerd (termijn verstreken)", bold=True)])
    if rows:
        b.table(["Organisatie", "Reactie"], rows, [9.0, 8.0], label="reacties op het concept")
    reactions = list_reactions(ctx.case_file)
    adopted = [r for r in reactions if r.decision == ReactionDecision.ADOPTED]
    rejected = [r for r in reactions if r.decision == ReactionDecision.NOT_ADOPTED]
    b.paragraph(f"Er kwamen {len(reactions)} reacties binnen; {len(adopted)} zijn overgenomen in dit verslag.")
    b.heading("Reacties die niet zijn overgenomen", 2)
    if not rejected:
        b.paragraph("Alle reacties zijn overgenomen.", italic=True)
        return
    table: list[list[str | Cell]] = []
    for r in rejected:
        table.append([ctx.party_name(r.party_id) or "onbekend", str(r.paragraph) if r.paragraph else "—",
                      REACTION_KIND_LABELS.get(r.kind, r.kind), ctx.p(r.text), ctx.p(r.decision_reason)])
    b.table(["Organisatie", "Alinea", "Soort", "Reactie", "Waarom niet overgenomen"], table,
            [3.2, 1.7, 2.6, 5.5, 4.0], label="niet overgenomen reacties")
