"""The summary for the family in plain language (B1): short sentences, no jargon, no abbreviations.

What happened, what was learned, what will change and when, their own
questions with the answers, who to call, and the field's words explained. The
text is at least 12 pt. The app's own sentences are kept under the limits of
:mod:`casereview.reports.plain_language`; the export measures the whole text.
"""

from __future__ import annotations

import re

from casereview.findings.agreements import is_overdue
from casereview.findings.conclusions import ConclusionView, list_conclusions, list_themes
from casereview.reports.colophon import read_colophon
from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.sections import ExportContext, agreement_owner
from casereview.session.family import family_parties, list_family_questions
from casereview.session.parties import list_participants
from casereview.timeline.dates import format_dutch
from casereview.vocabulary import AgreementKind, AgreementStatus
from casereview.vocabulary.plain_words import FIELD_WORDS, THEME_PLAIN

TEXT_SIZE_PT = 12
_WORD = re.compile(r"\w+")


def build_family_summary(b: DocumentBuilder, ctx: ExportContext) -> None:
    case = ctx.case
    b.set_text_size(TEXT_SIZE_PT)
    b.place("titel")
    b.paragraph(ctx.title, style="Title")
    b.paragraph("Samenvatting voor de familie", style="Subtitle")
    b.paragraph(f"Geschreven op {format_dutch(ctx.today)}.")

    b.place("waarom")
    b.heading("Waarom kwamen we bij elkaar?", 1, toc=False)
    b.paragraph("Er is iets ernstigs gebeurd. Daarom kwamen de hulpverleners bij elkaar. "
                "Zij wilden samen leren wat beter kan. Het ging niet om schuld.")
    when = f"De bijeenkomst was op {format_dutch(case.review_date)}." if case.review_date else ""
    present = {p.party_id for p in list_participants(ctx.case_file) if p.party_id is not None}
    count = len(present & set(ctx.parties))
    who = ""
    if count == 1:
        who = "Er deed 1 organisatie mee."
    elif count > 1:
        who = f"Er deden {count} organisaties en groepen mee."
    if when or who:
        b.paragraph(" ".join(part for part in (when, who) if part))

    if case.incident.strip():
        b.place("wat er gebeurde")
        b.heading("Wat is er gebeurd?", 1, toc=False)
        b.paragraph(ctx.p(case.incident))

    b.place("geleerd")
    b.heading("Wat hebben we geleerd?", 1, toc=False)
    conclusions = list_conclusions(ctx.case_file)
    if not conclusions:
        b.paragraph("We hebben geen lessen opgeschreven.")
    else:
        b.paragraph("De hulpverleners schreven hun lessen op in hun eigen woorden. Bij elke les staat eerst "
                    "waar die over gaat. Daarna staat wat zij opschreven.")
    codes = {theme.id: theme.code or "" for theme in list_themes(ctx.case_file) if theme.id is not None}
    for n, view in enumerate(conclusions, start=1):
        b.paragraph(lesson_framing(view, codes), bold=f"Les {n}. ", keep_with_next=True)
        b.paragraph(ctx.p(view.conclusion.text), bold="Zij schreven: ", italic=True)

    b.place("verandering")
    b.heading("Wat gaat er veranderen?", 1, toc=False)
    changes = [a for a in ctx.agreements if a.kind != AgreementKind.NO_MEASURE]
    if not changes:
        b.paragraph("We hebben niet afgesproken dat er iets verandert.")
    else:
        b.paragraph("De hulpverleners spraken af wat zij anders gaan doen. Per afspraak staat wie het doet "
                    "en wanneer het klaar moet zijn.")
    for n, a in enumerate(changes, start=1):
        b.paragraph(ctx.p(a.action).rstrip(".") + ".", bold=f"Afspraak {n}. ", keep_with_next=True)
        owner = agreement_owner(ctx, a)
        line = f"Dit doet: {owner}." if owner else ""
        if a.status == AgreementStatus.DONE:
            line += " Dit is klaar."
        elif is_overdue(a, ctx.today):
            line += f" Dit moest klaar zijn op {format_dutch(a.due_date)}. Het is nog niet klaar."
        elif a.due_date:
            line += f" Het moet klaar zijn op {format_dutch(a.due_date)}."
        if line.strip():
            b.paragraph(line.strip())

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
    colophon = read_colophon(ctx.case_file)
    chair = ctx.p(colophon.chair_name)
    if case.followup_date and case.followup_date < ctx.today:
        b.paragraph(f"Op {format_dutch(case.followup_date)} zouden we kijken of de afspraken zijn uitgevoerd. "
                    f"U hoort van {chair or 'ons'} hoe het daarmee staat.")
    elif case.followup_date:
        b.paragraph(f"Op {format_dutch(case.followup_date)} kijken we of de afspraken zijn uitgevoerd. "
                    f"Daarna hoort u van {chair or 'ons'}.")
    else:
        b.paragraph("We kijken later of de afspraken zijn uitgevoerd. We laten u weten wanneer.")
    contacts = [ctx.p(p.contact_person or "") for p in family_parties(ctx.case_file) if (p.contact_person or "").strip()]
    if contacts:
        b.paragraph(f"We houden contact met {', '.join(contacts)}.")
    if chair:
        reach = ctx.p(colophon.chair_contact)
        b.paragraph(f"Heeft u een vraag? Neem contact op met {chair}. {chair} leidde de bijeenkomst."
                    + (f" U bereikt {chair} via {reach}." if reach else ""))

    explained = field_words_in(b.all_text())
    if explained:
        b.place("woorden")
        b.heading("Woorden in deze tekst", 1, toc=False)
        for word, meaning in explained:
            b.bullet(meaning + ".", bold=f"{word}: ")


def lesson_framing(view: ConclusionView, theme_codes: dict[int, str]) -> str:
    """Our own plain sentences on what a lesson concerns: from its first two recurring themes, or a general one."""
    if view.conclusion.no_change:
        return "Hier hoeft volgens de hulpverleners niets te veranderen. Zij leggen uit waarom."
    about = [THEME_PLAIN[code] for code in (theme_codes.get(i, "") for i in view.theme_ids) if code in THEME_PLAIN]
    if not about:
        return "Dit is iets wat de hulpverleners de volgende keer anders willen doen."
    return f"Deze les gaat over {about[0]}." + (f" En over {about[1]}." if len(about) > 1 else "")


def field_words_in(text: str) -> list[tuple[str, str]]:
    """The field's words that occur in ``text``, alphabetically, with their B1 explanation."""
    words = {w.casefold() for w in _WORD.findall(text)}
    return [(word, FIELD_WORDS[word]) for word in sorted(FIELD_WORDS) if word in words]
