"""The follow-up report (voortgang): is every verbeterafspraak carried out (rule 7)?"""

from __future__ import annotations

from collections import Counter

from casereview.findings.agreements import is_overdue
from casereview.findings.effect_checks import latest_effects, list_effect_checks
from casereview.findings.followup_decisions import decisions_by_agreement
from casereview.reports.docx_builder import Cell, DocumentBuilder
from casereview.reports.sections import OVERDUE_FILL, ExportContext, agreement_owner, title_page
from casereview.timeline.dates import format_dutch
from casereview.vocabulary import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_LEVEL_LABELS,
    AGREEMENT_STATUS_LABELS,
    EFFECT_RESULT_LABELS,
    FOLLOWUP_DECISION_LABELS,
    AgreementStatus,
    FollowUpDecisionKind,
)


def build_progress(b: DocumentBuilder, ctx: ExportContext) -> None:
    extra = []
    if ctx.case.followup_date:
        extra.append(f"Vervolgbijeenkomst: {format_dutch(ctx.case.followup_date)}")
    if ctx.case.terugkommoment_date:
        extra.append(f"Terugkommoment: {format_dutch(ctx.case.terugkommoment_date)}")
    title_page(b, ctx, "Voortgang van de verbeterafspraken", extra)
    b.place("overzicht")
    b.heading("Overzicht", 1)
    agreements = ctx.agreements
    if not agreements:
        b.paragraph("Er zijn geen verbeterafspraken gemaakt.", italic=True)
        return
    counts = Counter(a.status for a in agreements)
    overdue = [a for a in agreements if is_overdue(a, ctx.today)]
    summary = ", ".join(f"{counts[s]} {AGREEMENT_STATUS_LABELS[s]}" for s in AgreementStatus if counts[s])
    b.paragraph(f"{len(agreements)} afspraken: {summary}. Stand op {format_dutch(ctx.today)}.")
    if overdue:
        b.paragraph(f"{len(overdue)} afspraak{'en zijn' if len(overdue) != 1 else ' is'} over de "
                    "afgesproken datum en nog niet afgerond; die zijn in de tabel gemarkeerd.", bold="Let op: ")
    effects = latest_effects(ctx.case_file)
    decisions = decisions_by_agreement(ctx.case_file)
    rows = []
    for n, a in enumerate(agreements, start=1):
        late = is_overdue(a, ctx.today)
        status = AGREEMENT_STATUS_LABELS.get(a.status, a.status) + (" — te laat" if late else "")
        effect = effects.get(a.id or -1)
        level = AGREEMENT_LEVEL_LABELS.get(a.level or "", "")
        action = ctx.p(a.action) + (f"\nNiveau: {level}" if level else "")
        rows.append([str(n), action, agreement_owner(ctx, a) or "—", format_dutch(a.due_date) or "geen datum",
                     Cell(status, bold=late, fill=OVERDUE_FILL if late else ""),
                     EFFECT_RESULT_LABELS.get(effect.result, "") if effect else "niet gemeten"])
    # Six columns, not seven: with the level in its own column a portrait page had no room left to keep
    # "overdrachtsgesprek" or "november" whole in DejaVu Sans. The level goes under the agreement instead.
    # The table follows the introduction on its page instead of being kept whole on the next one.
    b.table(["Nr", "Afspraak", "Eigenaar", "Uiterlijk", "Status", "Effect"], rows,
            [0.9, 5.6, 3.0, 2.5, 2.4, 2.2], label="overzicht", keep_together=False)
    notes = ctx.progress_notes()
    b.heading("Per afspraak", 1)
    for n, a in enumerate(agreements, start=1):
        b.place(f"afspraak {n}")
        b.heading(f"Afspraak {n}", 2, toc=False)
        b.paragraph(ctx.p(a.action), keep_with_next=True)
        status = AGREEMENT_STATUS_LABELS.get(a.status, a.status)
        if is_overdue(a, ctx.today):
            status += " — te laat"
        b.paragraph(status, bold="Status: ", keep_with_next=True)
        if a.status_reason:
            b.paragraph(ctx.p(a.status_reason), bold="Reden: ", keep_with_next=True)
        b.paragraph(agreement_owner(ctx, a) or "geen eigenaar genoemd", bold="Eigenaar: ", keep_with_next=True)
        b.paragraph(format_dutch(a.due_date) or "geen datum", bold="Uiterlijk: ", keep_with_next=True)
        if a.success_check.strip():
            b.paragraph(ctx.p(a.success_check), bold="Hoe weten we dat het werkt: ", keep_with_next=True)
        if a.kind in AGREEMENT_KIND_LABELS:
            kind = AGREEMENT_KIND_LABELS[a.kind] + (f" ({ctx.p(a.kind_reason)})" if a.kind_reason else "")
            b.paragraph(kind, bold="Soort: ", keep_with_next=True)
        level = AGREEMENT_LEVEL_LABELS.get(a.level or "", "")
        if a.programme:
            level = (level + " — " if level else "") + f"hoort bij: {ctx.p(a.programme)}"
        if level:
            b.paragraph(level, bold="Niveau: ", keep_with_next=True)
        checks = list_effect_checks(ctx.case_file, a.id or -1)
        if checks:
            b.paragraph(bold="Effect", keep_with_next=True)
            for check in reversed(checks):  # the latest first: that is the one that counts now
                note = f" — {ctx.p(check.note)}" if check.note else ""
                b.bullet(EFFECT_RESULT_LABELS.get(check.result, check.result) + note,
                         bold=f"{format_dutch(check.checked_on)}: ")
        else:
            b.paragraph("nog niet gemeten", bold="Effect: ", keep_with_next=True)
        history = decisions.get(a.id or -1, [])
        if history:
            b.paragraph(bold="Besluiten bij vervolg", keep_with_next=True)
            for decision in history:
                what = FOLLOWUP_DECISION_LABELS.get(decision.decision, decision.decision)
                if decision.decision == FollowUpDecisionKind.CARRY_FORWARD:
                    what += (f" van {format_dutch(decision.previous_due_date) or 'geen datum'} "
                             f"naar {format_dutch(decision.new_due_date)}")
                b.bullet(f"{what}: {ctx.p(decision.reason)}", bold=f"{format_dutch(decision.decided_on)}: ")
        own = notes.get(a.id or -1, [])
        if own:
            b.paragraph(bold="Voortgang", keep_with_next=True)
            for note in own:
                b.bullet(ctx.p(note.text), bold=f"{format_dutch(note.noted_on)}: ")
        else:
            b.paragraph("Nog geen voortgang vastgelegd.", italic=True)
