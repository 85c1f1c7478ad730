"""The summary for the family in plain language (B1): short sentences, no jargon, no abbreviations.

What happened, what was learned, what will change and when, their own
questions with the answers, and when they will hear more. The app's own
sentences are kept under the limits of :mod:`casereview.reports.plain_language`.
"""

from __future__ import annotations

from casereview.casefile.case_file import CaseFile
from casereview.findings.conclusions import list_conclusions
from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.sections import ExportContext, agreement_owner
from casereview.session.family import family_parties, list_family_questions
from casereview.timeline.dates import format_dutch
from casereview.vocabulary import AgreementKind


def build_summary(b: DocumentBuilder, ctx: ExportContext) -> None:
    case = ctx.case
    b.place("titel")
    b.paragraph(ctx.title, style="Title")
    b.paragraph("Samenvatting voor de familie", style="Subtitle")
    b.paragraph(f"Geschreven op {format_dutch(ctx.today)}.")

    b.place("waarom")
    b.heading("Waarom kwamen we bij elkaar?", 1, toc=False)
    b.paragraph("Er is iets ernstigs gebeurd. Daarom kwamen de hulpverleners bij elkaar. "
                "Zij wilden samen leren wat beter kan. Het ging niet om schuld.")
    when = f"De bijeenkomst was op {format_dutch(case.review_date)}. " if case.review_date else ""
    count = len([p for p in ctx.parties.values()])
    b.paragraph(when + f"Er deden {count} organisaties en groepen mee.")

    b.place("wat er gebeurde")
    b.heading("Wat is er gebeurd?", 1, toc=False)
    b.paragraph(ctx.p(case.incident) if case.incident.strip() else "Dit staat nog niet beschreven.")

    b.place("geleerd")
    b.heading("Wat hebben we geleerd?", 1, toc=False)
    conclusions = list_conclusions(ctx.case_file)
    if not conclusions:
        b.paragraph("We hebben nog geen lessen opgeschreven.")
    for view in conclusions:
        b.bullet(ctx.p(view.conclusion.text))

    b.place("verandering")
    b.heading("Wat gaat er veranderen?", 1, toc=False)
    changes = [a for a in ctx.agreements if a.kind != AgreementKind.NO_MEASURE]
    if not changes:
        b.paragraph("We hebben nog niet afgesproken wat er verandert.")
    for a in changes:
        owner = agreement_owner(ctx, a)
        line = ctx.p(a.action).rstrip(".") + "."
        if owner:
            line += f" Dit doet: {owner}."
        if a.due_date:
            line += f" Klaar op: {format_dutch(a.due_date)}."
        b.bullet(line)

    b.place("uw vragen")
    b.heading("Uw vragen", 1, toc=False)
    questions = list_family_questions(ctx.case_file)
    if not questions:
        b.paragraph("U heeft geen eigen vragen gesteld. Heeft u toch een vraag? Laat het ons weten.")
    for q in questions:
        b.paragraph(ctx.p(q.text), bold="Uw vraag: ", keep_with_next=True)
        b.paragraph(ctx.p(q.answer) if q.answer.strip() else "Hierop hebben we nog geen antwoord. "
                    "We komen erop terug.", bold="Ons antwoord: ")

    b.place("meer horen")
    b.heading("Wanneer hoort u meer?", 1, toc=False)
    if case.followup_date:
        b.paragraph(f"Op {format_dutch(case.followup_date)} kijken we of de afspraken zijn uitgevoerd. "
                    "Daarna hoort u van ons.")
    else:
        b.paragraph("We kijken later of de afspraken zijn uitgevoerd. We laten u weten wanneer.")
    contacts = [ctx.p(p.contact_person or "") for p in family_parties(ctx.case_file) if (p.contact_person or "").strip()]
    if contacts:
        b.paragraph(f"We houden contact met {', '.join(contacts)}.")


def summary_language_notes(case_file: CaseFile) -> list[str]:
    """What in the summary is not B1, for the chair to rewrite; the app's own sentences pass already."""
    from casereview.reports.documents import build_document
    from casereview.reports.plain_language import plain_language_notes

    builder = build_document(case_file, kind="samenvatting", pseudonymise=True)
    return plain_language_notes(builder.all_text())
