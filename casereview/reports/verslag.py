"""The verslag: what the review found and agreed, for everyone who took part."""

from __future__ import annotations

from collections import defaultdict

from casereview.findings.agreements import is_overdue, rule_reflex_warning
from casereview.findings.conclusions import answered_questions, list_conclusions
from casereview.findings.effect_checks import latest_effects
from casereview.findings.followup_decisions import list_decisions
from casereview.model.tables import Agreement, Contribution, Step
from casereview.reports.after_meeting import after_meeting_sections, consent_appendix
from casereview.reports.aftercare_section import aftercare_section
from casereview.reports.docx_builder import Cell, DocumentBuilder
from casereview.reports.front_matter import answers_to_questions, colophon_page, summary_chapter
from casereview.reports.grey_area_section import grey_area_section
from casereview.reports.incidents_section import incidents_section
from casereview.reports.responsibility_section import responsibility_section
from casereview.reports.rules_judged import judge_rules, outside_phase_note, phase_for_findings
from casereview.reports.sections import (
    OVERDUE_FILL,
    ExportContext,
    agreement_owner,
    document_date,
    goal_and_questions,
    timeline_section,
    title_page,
)
from casereview.session.contributions import attribution_label, list_contributions, load_names
from casereview.session.parties import list_participants
from casereview.session.procedure import list_steps
from casereview.session.rules_check import evaluate_rules
from casereview.timeline.dates import format_dutch
from casereview.vocabulary import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_LEVEL_LABELS,
    AGREEMENT_STATUS_LABELS,
    ATTRIBUTION_LABELS,
    CONTRIBUTION_KIND_LABELS,
    EFFECT_RESULT_LABELS,
    PARTY_CATEGORY_LABELS,
    STEP_STATE_LABELS,
    AgreementStatus,
    Attribution,
    ContributionKind,
    StepState,
)

KIND_ORDER = (ContributionKind.WENT_WELL, ContributionKind.CONCERN, ContributionKind.LESSON,
              ContributionKind.QUESTION, ContributionKind.OBSERVATION, ContributionKind.PREPARATION)


def build_verslag(b: DocumentBuilder, ctx: ExportContext) -> None:
    """Title, colophon, contents and abbreviations, samenvatting, the numbered chapters, then the appendices."""
    b.number_headings = True
    title_page(b, ctx, "Verslag van de casusreview")
    colophon_page(b, ctx)
    b.contents()
    b.abbreviations()
    b.new_page_at_next_heading()
    summary_chapter(b, ctx)
    goal_and_questions(b, ctx, heading="Aanleiding, doel en reviewvragen")
    incidents_section(b, ctx, level=2)
    procedure_section(b, ctx)
    contributions_section(b, ctx)
    responsibility_section(b, ctx, level=2)
    grey_area_section(b, ctx, level=2)
    conclusions_section(b, ctx)
    agreements_section(b, ctx)
    followup_section(b, ctx)
    aftercare_section(b, ctx, level=2)
    after_meeting_sections(b, ctx)
    b.new_page_at_next_heading()
    participants_section(b, ctx)
    timeline_section(b, ctx, appendix=True)
    if ctx.final:
        consent_appendix(b, ctx)


def participants_section(b: DocumentBuilder, ctx: ExportContext) -> None:
    """Who took part, per party; persons only by name when the group chose that (rule 1)."""
    b.place("deelnemers")
    b.appendix("Deelnemers")
    attribution = ctx.case.attribution
    b.paragraph(f"Bijdragen staan in dit verslag {ATTRIBUTION_LABELS.get(attribution, attribution)}.")
    people = defaultdict(list)
    for person in list_participants(ctx.case_file):
        people[person.party_id].append(person)
    rows = []
    for party in sorted(ctx.parties.values(), key=lambda pt: pt.name.lower()):
        members = people.get(party.id, [])
        if attribution == Attribution.NAMED:
            who = "; ".join(ctx.p(f"{m.name} ({m.role})" if m.role else m.name) for m in members)
        else:
            roles = [ctx.p(m.role) for m in members if m.role]
            count = f"{len(members)} deelnemer{'s' if len(members) != 1 else ''}"
            who = count + (f": {', '.join(roles)}" if roles else "") if members else "geen deelnemer vastgelegd"
        rows.append([ctx.p(party.name), PARTY_CATEGORY_LABELS.get(party.category, party.category), who])
    if rows:
        b.table(["Partij", "Categorie", "Deelnemers"], rows, [5.5, 3.5, 8.0], label="deelnemers")
    else:
        b.paragraph("Er zijn nog geen partijen vastgelegd.", italic=True)


def procedure_section(b: DocumentBuilder, ctx: ExportContext) -> None:
    b.place("werkwijze")
    b.heading("Werkwijze", 1)
    steps = list_steps(ctx.case_file)
    b.paragraph(procedure_intro([st.state for st in steps]))
    rows = [[str(i), ctx.p(st.title), st.rules.replace(",", ", "), f"{st.timebox_minutes} min",
             STEP_STATE_LABELS.get(st.state, st.state)] for i, st in enumerate(steps, start=1)]
    if rows:
        b.table(["", "Fase", "Regel", "Tijd", "Status"], rows, [0.8, 9.2, 1.8, 2.0, 2.6], label="werkwijze")
    b.heading("Hoe de zeven regels zijn nageleefd", 2)
    b.place("zeven regels")
    rule_rows: list[list[str | Cell]] = [
        [str(j.rule), j.title, Cell(j.state, bold=True), ctx.p(j.note)]
        for j in judge_rules(evaluate_rules(ctx.case_file), steps)]
    b.table(["", "Regel", "Nageleefd", "Toelichting"], rule_rows, [0.8, 4.4, 3.4, 8.4], label="zeven regels")


def procedure_intro(states: list[str]) -> str:
    """Say what the agenda was for and how far the meeting got, without claiming more than happened."""
    base = "De agenda is gebaseerd op de zeven regels voor een lerende groep."
    done = sum(1 for s in states if s == StepState.DONE)
    if not states:
        return base
    if done == len(states):
        return f"De bijeenkomst volgde een vaste agenda van {len(states)} fasen. " + base
    if done == 0:
        return (f"De bijeenkomst volgt een vaste agenda van {len(states)} fasen; er is nog geen fase afgerond. "
                + base)
    return f"De bijeenkomst volgt een vaste agenda; {done} van de {len(states)} fasen zijn afgerond. " + base


def synthesis_steps(steps: list[Step]) -> list[Step]:
    """The chair's written synthesis: the notes of the phase just before conclusions are drawn (the analysis)."""
    findings = phase_for_findings(steps)
    if findings is not None and steps.index(findings) > 0:
        analysis = steps[steps.index(findings) - 1]
        return [analysis] if analysis.notes.strip() else []
    return [st for st in steps if st.notes.strip() and "5" in st.rules.split(",")][-1:]


def _grouped(items: list[Contribution]) -> dict[int | None, dict[int | None, list[Contribution]]]:
    grouped: dict[int | None, dict[int | None, list[Contribution]]] = defaultdict(lambda: defaultdict(list))
    for item in items:
        grouped[item.step_id][item.party_id].append(item)
    return grouped


def contributions_section(b: DocumentBuilder, ctx: ExportContext) -> None:
    """What went well and what worried, per phase and (unless anonymous) per party."""
    b.place("bijdragen")
    b.heading("Analyse", 1)
    steps_in_order = list_steps(ctx.case_file)
    synthesis = synthesis_steps(steps_in_order)
    if synthesis:
        b.place("analyse van de voorzitter")
        b.heading("Wat de groep samen ziet", 2)
        for st in synthesis:
            for part in st.notes.split("\n\n"):
                if part.strip():
                    b.paragraph(ctx.p(part.strip()))
    items = list_contributions(ctx.case_file)
    if not items:
        b.paragraph("Er zijn geen bijdragen vastgelegd.", italic=True)
        return
    b.place("bijdragen")
    b.paragraph("Hierna volgt per fase van de bijeenkomst wat de deelnemers inbrachten: wat goed ging, wat zorgen "
                "gaf, en wat zij ervan leerden.")
    names = load_names(ctx.case_file)
    attribution = ctx.case.attribution
    numbers = ctx.event_numbers()
    steps = {st.id: st for st in list_steps(ctx.case_file)}
    order = sorted(_grouped(items).items(), key=lambda kv: (steps[kv[0]].position if kv[0] in steps else 999))
    for n, (step_id, by_party) in enumerate(order, start=1):
        kinds = {c.kind for cs in by_party.values() for c in cs}
        if step_id in steps:
            step_title = f"In de fase ‘{ctx.p(steps[step_id].title)}’"
        elif kinds == {ContributionKind.PREPARATION}:
            step_title = "Ingebracht in de voorbereiding"
        else:
            step_title = "Ingebracht buiten de agenda om"
        b.place(f"bijdragen fase {n}")
        b.heading(step_title, 2)
        notes = steps[step_id].notes.strip() if step_id in steps else ""
        if notes and steps[step_id] not in synthesis:
            b.paragraph(ctx.p(notes), italic=True)
        if attribution == Attribution.ANONYMOUS:
            groups = [("", [c for cs in by_party.values() for c in cs])]
        else:
            groups = sorted(((ctx.party_name(pid) or "Zonder partij", cs) for pid, cs in by_party.items()),
                            key=lambda g: g[0].lower())
        for party, group in groups:
            if party:
                b.paragraph(bold=party, keep_with_next=True)
            for item in sorted(group, key=lambda c: (KIND_ORDER.index(c.kind) if c.kind in KIND_ORDER else 9,
                                                     c.created_at, c.id or 0)):
                lead = ("" if item.kind == ContributionKind.PREPARATION and step_id not in steps
                        else CONTRIBUTION_KIND_LABELS.get(item.kind, item.kind).capitalize() + ": ")
                text = ctx.p(item.text)
                if item.event_id in numbers:
                    text += f" (gebeurtenis {numbers[item.event_id]})"
                if attribution == Attribution.NAMED and item.participant_id in names.participants:
                    text += f" — {ctx.p(names.participants[item.participant_id])}"
                b.bullet(text, bold=lead)


def conclusions_section(b: DocumentBuilder, ctx: ExportContext) -> None:
    b.place("conclusies")
    b.heading("Conclusies", 1)
    conclusions = list_conclusions(ctx.case_file)
    if not conclusions:
        b.paragraph("Er zijn geen conclusies vastgelegd.", italic=True)
        return
    outside = outside_phase_note(list_steps(ctx.case_file), "conclusies")
    if outside:
        b.paragraph(outside, italic=True)
    numbers = ctx.event_numbers()
    events = {r.event.id: r for r in ctx.events}
    names = load_names(ctx.case_file)
    contributions = {c.id: c for c in list_contributions(ctx.case_file)}
    answers_to_questions(b, ctx, conclusions)
    for n, view in enumerate(conclusions, start=1):
        b.place(f"conclusie {n}")
        b.heading(f"Conclusie {n}", 2, toc=False)
        c = view.conclusion
        b.paragraph(ctx.p(c.text))
        answered = answered_questions(c)
        if answered:
            b.paragraph(", ".join(map(str, answered)), bold="Antwoord op reviewvraag: ")
        if c.no_change:
            b.paragraph(ctx.p(c.no_change_reason), bold="Er hoeft niets te veranderen, omdat: ")
        basis = []
        for eid in sorted(view.event_ids, key=lambda i: numbers.get(i, 0)):
            row = events.get(eid)
            if row is not None:
                basis.append(("Gebeurtenis " + str(numbers[eid]) + ": ",
                              f"{ctx.p(document_date(row)[0])}, "
                              f"{' + '.join(ctx.p(n) for n in row.party_names) or 'zonder partij'} — "
                              f"{ctx.p(row.event.description)}"))
        for cid in view.contribution_ids:
            item = contributions.get(cid)
            if item is not None:
                who = attribution_label(item, names, ctx.case.attribution)
                label = CONTRIBUTION_KIND_LABELS.get(item.kind, item.kind)
                basis.append((f"Bijdrage ({label}{', ' + ctx.p(who) if who else ''}): ", ctx.p(item.text)))
        if basis:
            b.paragraph(bold="Berust op", keep_with_next=True)
            for lead, text in basis:
                b.bullet(text, bold=lead)
        if view.themes:
            b.paragraph(", ".join(ctx.p(t) for t in view.themes), bold="Thema's: ")


def agreement_fields(ctx: ExportContext, a: Agreement) -> list[tuple[str, str | Cell]]:
    """One agreement as label/value pairs, in the order a reader asks: what, who, when, how we know."""
    overdue = is_overdue(a, ctx.today)
    due = format_dutch(a.due_date) or "geen datum"
    fields: list[tuple[str, str | Cell]] = [("Wat gaan we doen", ctx.p(a.action))]
    if a.kind_reason:
        fields.append(("Waarom", ctx.p(a.kind_reason)))
    owner = agreement_owner(ctx, a)
    if owner:
        fields.append(("Eigenaar", owner))
    fields.append(("Uiterlijk", Cell(due + " (te laat)", bold=True, fill=OVERDUE_FILL) if overdue else due))
    if a.success_check.strip():
        fields.append(("Hoe weten we dat het werkt", ctx.p(a.success_check)))
    if a.kind in AGREEMENT_KIND_LABELS:
        fields.append(("Soort", AGREEMENT_KIND_LABELS[a.kind]))
    if (a.level or "") in AGREEMENT_LEVEL_LABELS:
        fields.append(("Niveau", AGREEMENT_LEVEL_LABELS[a.level or ""]))
    if a.programme:
        fields.append(("Hoort bij", ctx.p(a.programme)))
    effect = latest_effects(ctx.case_file).get(a.id or -1)
    if effect is not None:
        note = f" — {ctx.p(effect.note)}" if effect.note else ""
        fields.append(("Laatste effect", f"{EFFECT_RESULT_LABELS.get(effect.result, effect.result)} "
                                         f"({format_dutch(effect.checked_on)}){note}"))
    moves = [d for d in list_decisions(ctx.case_file, a.id) if d.new_due_date is not None] if a.id else []
    if moves:
        fields.append(("Doorgeschoven", "\n".join(
            f"{format_dutch(d.decided_on)}: naar {format_dutch(d.new_due_date)} — {ctx.p(d.reason)}" for d in moves)))
    return fields


def agreements_section(b: DocumentBuilder, ctx: ExportContext) -> None:
    """Each agreement as a small table of its own, on portrait pages.

    One wide table of seven columns needed a landscape page, and its last row often
    ended up alone on the next one; a block per agreement stays together and reads
    better when the action text is long.
    """
    b.place("verbeterafspraken")
    b.heading("Verbeterafspraken", 1)
    if not ctx.agreements:
        b.paragraph("Er zijn geen verbeterafspraken gemaakt.", italic=True)
        return
    outside = outside_phase_note(list_steps(ctx.case_file), "afspraken")
    if outside:
        b.paragraph(outside, italic=True)
    warning = rule_reflex_warning(ctx.agreements)
    if warning:
        b.paragraph(warning, italic=True)
    for n, a in enumerate(ctx.agreements, start=1):
        b.place(f"verbeterafspraak {n}")
        status = AGREEMENT_STATUS_LABELS.get(a.status, a.status)
        if a.status_reason:
            status += f": {ctx.p(a.status_reason)}"
        b.key_value_table((f"Afspraak {n}", f"Status: {status}"), agreement_fields(ctx, a),
                          label=f"verbeterafspraak {n}")


def followup_section(b: DocumentBuilder, ctx: ExportContext) -> None:
    b.place("vervolg")
    b.heading("Vervolg en borging", 1)
    followup = ctx.case.followup_date
    if followup and followup < ctx.today:  # a date already past is not "gepland": the verslag cannot know more
        b.paragraph(f"De vervolgbijeenkomst over de afspraken stond gepland op {format_dutch(followup)}. Daar "
                    "zou per afspraak besproken worden of die is uitgevoerd en of het gewerkt heeft.")
    elif followup:
        b.paragraph(f"De vervolgbijeenkomst over de afspraken is gepland op {format_dutch(followup)}. Daar "
                    "bespreken we per afspraak of die is uitgevoerd en of het gewerkt heeft.")
    else:
        b.paragraph("Er is nog geen datum vastgesteld waarop de afspraken worden nagelopen.")
    if ctx.case.terugkommoment_date:
        planned = "stond gepland op" if ctx.case.terugkommoment_date < ctx.today else "is gepland op"
        b.paragraph(f"Het terugkommoment, een tweede leermoment ongeveer een jaar na de review, {planned} "
                    f"{format_dutch(ctx.case.terugkommoment_date)}.")
    open_states = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
    still_open = [(n, a) for n, a in enumerate(ctx.agreements, start=1) if a.status in open_states]
    if still_open:
        b.paragraph(bold=f"Openstaande afspraken ({len(still_open)})", keep_with_next=True)
        for n, a in still_open:
            owner = agreement_owner(ctx, a) or "zonder eigenaar"
            due = format_dutch(a.due_date) or "geen datum"
            late = " — te laat" if is_overdue(a, ctx.today) else ""
            b.numbered(f"{ctx.p(a.action)} ({owner}, uiterlijk {due}{late})", n)
    elif ctx.agreements:
        b.paragraph("Alle afspraken zijn afgerond.")
