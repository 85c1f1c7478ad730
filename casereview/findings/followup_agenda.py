"""The agenda of the follow-up meeting (vervolgbijeenkomst), loaded from the open agreements.

Not the terugkommoment: that is the second learning moment about a year after the review.

A follow-up meeting is about the agreements, so its agenda is built from them: one phase per
open agreement with its success check and the latest effect check, then the decisions.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import func, select

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreements import followup_order, is_overdue, list_agreements
from casereview.findings.effect_checks import latest_effects
from casereview.model.tables import Case, Step
from casereview.vocabulary import EFFECT_RESULT_LABELS, AgreementStatus
from casereview.vocabulary.default_agenda import PhaseTemplate

OPEN_STATES = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)


def followup_agenda(case: CaseFile) -> list[PhaseTemplate]:
    """Opening, one phase per open agreement (overdue first), and a closing round of decisions."""
    agreements = [a for a in followup_order(list_agreements(case)) if a.status in OPEN_STATES]
    effects = latest_effects(case)
    phases = [PhaseTemplate("Vervolgbijeenkomst: opening", "1,2",
                            "Heet iedereen welkom en herhaal het doel: nagaan of de afspraken zijn uitgevoerd "
                            "en of ze werken.", 10)]
    for number, item in enumerate(agreements, start=1):
        lines = [f"Afspraak: {item.action}",
                 f"Hoe weten we dat het gewerkt heeft: {item.success_check or 'nog niet vastgelegd'}"]
        effect = effects.get(item.id or -1)
        if effect is not None:
            note = f" ({effect.note})" if effect.note else ""
            lines.append(f"Laatste effectmeting {effect.checked_on.strftime('%d-%m-%Y')}: "
                         f"{EFFECT_RESULT_LABELS.get(effect.result, effect.result)}{note}")
        else:
            lines.append("Nog geen effectmeting.")
        if is_overdue(item):
            lines.append("Over datum: besluit doorschuiven (nieuwe datum, met reden) of stoppen (met reden).")
        short = item.action if len(item.action) <= 50 else item.action[:49].rstrip() + "…"
        phases.append(PhaseTemplate(f"Afspraak {number}: {short}", "7", "\n".join(lines), 10))
    phases.append(PhaseTemplate("Besluiten en volgende vervolgbijeenkomst", "6,7",
                                "Leg per afspraak vast wat er nu gebeurt en plan zo nodig een volgende "
                                "vervolgbijeenkomst.", 15))
    return phases


def load_followup_agenda(case: CaseFile) -> list[int]:
    """Append the follow-up phases to the case's agenda in one step; returns the new step ids (for undo)."""
    phases = followup_agenda(case)
    with case.write("step", "followup-agenda", f"{len(phases)} fasen") as s:
        start = int(s.exec(select(func.count()).select_from(Step)).one())
        steps = [Step(position=start + i, title=p.title, rules=p.rules, prompt=p.prompt,
                      timebox_minutes=p.timebox_minutes) for i, p in enumerate(phases)]
        for step in steps:
            s.add(step)
        s.flush()
        return [step.id for step in steps if step.id is not None]


def unload_followup_agenda(case: CaseFile, step_ids: list[int]) -> None:
    with case.write("step", "followup-agenda-undo", f"{len(step_ids)} fasen") as s:
        for step_id in step_ids:
            step = s.get(Step, step_id)
            if step is not None:
                s.delete(step)


def set_terugkommoment(case: CaseFile, value: date | None) -> date | None:
    """Plan (or clear) the terugkommoment; returns the previous date for undo."""
    with case.write("case", "terugkommoment", value.isoformat() if value else "geen") as s:
        row = s.exec(select(Case)).one()
        before = row.terugkommoment_date
        row.terugkommoment_date = value
        s.add(row)
    return before
