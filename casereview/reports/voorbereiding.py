"""The preparation pack: what participants read before the meeting (rule 6)."""

from __future__ import annotations

from sqlmodel import col, select

from casereview.model.tables import Party, PreparationQuestion
from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.regional_section import regional_section
from casereview.reports.safe_write import ExportError
from casereview.reports.sections import ExportContext, goal_and_questions, timeline_section, title_page
from casereview.session.procedure import list_ground_rules, list_steps


def find_party(ctx: ExportContext, name: str) -> Party:
    wanted = " ".join(name.split()).lower()
    for party in ctx.parties.values():
        if party.name.lower() == wanted:
            return party
    known = ", ".join(sorted(p.name for p in ctx.parties.values())) or "er zijn nog geen partijen"
    raise ExportError(f"De partij '{name}' staat niet in dit dossier. Kies uit: {known}.")


def build_preparation(b: DocumentBuilder, ctx: ExportContext, party_name: str | None) -> None:
    party = find_party(ctx, party_name) if party_name else None
    extra = [f"Voor: {ctx.p(party.name)}"] if party else []
    title_page(b, ctx, "Voorbereiding op de casusreview", extra)
    b.place("inleiding")
    b.heading("Waarom deze bijeenkomst", 1)
    b.paragraph("We kijken samen terug om te leren, niet om iemand te beoordelen. Lees dit stuk voor de "
                "bijeenkomst en neem voorbeelden mee van wat goed ging en wat niet.")
    if ctx.case.review_date:
        from casereview.timeline.dates import format_dutch
        b.paragraph(format_dutch(ctx.case.review_date), bold="Datum van de bijeenkomst: ")
    goal_and_questions(b, ctx, "Doel en reviewvragen")
    b.place("spelregels")
    b.heading("Spelregels", 1)
    rules = list_ground_rules(ctx.case_file)
    for rule in rules:
        b.bullet(ctx.p(rule.text))
    if not rules:
        b.paragraph("De spelregels spreken we bij de opening samen af.", italic=True)
    b.place("agenda")
    b.heading("Agenda", 1)
    steps = list_steps(ctx.case_file)
    total = sum(st.timebox_minutes for st in steps)
    rows = [[str(i), ctx.p(st.title), f"{st.timebox_minutes} min", ctx.p(st.prompt)]
            for i, st in enumerate(steps, start=1)]
    if rows:
        b.table(["", "Fase", "Tijd", "Wat we doen"], rows, [0.8, 4.6, 1.8, 9.8], label="agenda")
        b.paragraph(f"Totaal ongeveer {total // 60} uur en {total % 60} minuten." if total >= 60
                    else f"Totaal ongeveer {total} minuten.")
    questions_section(b, ctx, party)
    regional_section(b, ctx)
    timeline_section(b, ctx)


def questions_section(b: DocumentBuilder, ctx: ExportContext, party: Party | None) -> None:
    """Questions for everyone first, then per party (only the chosen party's in a party pack)."""
    b.place("voorbereidingsvragen")
    b.heading("Vragen ter voorbereiding", 1)
    with ctx.case_file.read() as s:
        questions = list(s.exec(select(PreparationQuestion).order_by(col(PreparationQuestion.id))))
    general = [q for q in questions if q.party_id is None]
    per_party: dict[int, list[PreparationQuestion]] = {}
    for q in questions:
        if q.party_id is not None:
            per_party.setdefault(q.party_id, []).append(q)
    b.paragraph("Denk vooraf na over deze vragen. Schrijf voorbeelden op van wat goed ging en van wat "
                "beter kon; u hoeft niets in te leveren.")
    b.heading("Voor alle partijen", 2)
    for n, q in enumerate(general, start=1):
        b.numbered(ctx.p(q.text), n)
    if not general:
        b.bullet("Wat ging er volgens u goed in de zorg voor dit gezin, en waarom?")
        b.bullet("Op welk moment had u zorgen, en wat heeft u daarmee gedaan?")
        b.bullet("Wat had u op dat moment van de andere partijen nodig?")
    targets = [party] if party is not None else sorted(
        (ctx.parties[pid] for pid in per_party if pid in ctx.parties), key=lambda pt: pt.name.lower())
    for target in targets:
        own = per_party.get(target.id or -1, [])
        if party is None and not own:
            continue
        b.place(f"vragen {ctx.p(target.name)}")
        b.heading(f"Voor {ctx.p(target.name)}", 2)
        for n, q in enumerate(own, start=1):
            b.numbered(ctx.p(q.text), n)
        if not own:
            b.paragraph("Er zijn geen aparte vragen voor uw organisatie.", italic=True)
