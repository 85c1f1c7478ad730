"""How the seven rules went, as a recipient of the verslag reads it: judged from what happened.

The session's checklist (:mod:`casereview.session.rules_check`) tells the chair
what is still to do, in the imperative. A report says what happened instead: a
rule whose phases the meeting did not reach is "niet aan toe gekomen", even when
something that counts for it was recorded earlier, and that is said too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from casereview.model.tables import Step
from casereview.session.rules_check import RuleCheck
from casereview.vocabulary import StepState

MET = "ja"
WAIVED = "n.v.t."
NOT_REACHED = "niet aan toe gekomen"
PARTLY = "deels"
NOT_MET = "nee"

# What a reader is told when a rule was not met, per rule: a statement, never an instruction.
NOT_MET_TEXT = {
    1: "Niet alle spelregels zijn door de groep onderschreven.",
    2: "Het doel of de reviewvragen zijn niet vastgelegd.",
    3: "De agenda is niet met de groep doorlopen.",
    4: "Er zijn geen verbeterafspraken gemaakt en er is niet vastgesteld dat niets hoeft te veranderen, "
       "of een afspraak zonder maatregel mist een reden.",
    5: "Niet alle soorten partijen of niet alle aanwezige partijen zijn aan het woord gekomen.",
    6: "De voorbereiding of de conclusies zijn niet vastgelegd.",
    7: "Niet elke afspraak heeft een eigenaar, een datum en een toetsing, of er is geen terugkommoment gepland.",
}


@dataclass(frozen=True)
class JudgedRule:
    rule: int
    title: str
    state: str  # one of MET, WAIVED, NOT_REACHED, PARTLY, NOT_MET
    note: str


def steps_for_rule(steps: list[Step], rule: int) -> list[Step]:
    return [st for st in steps if str(rule) in [r.strip() for r in st.rules.split(",")]]


def judge_rules(checks: list[RuleCheck], steps: list[Step]) -> list[JudgedRule]:
    """One line per rule: waived, or judged by the phases that serve it and then by the checklist."""
    judged = []
    for check in checks:
        serving = steps_for_rule(steps, check.rule)
        pending = [st for st in serving if st.state == StepState.PENDING]
        if check.waived_reason:
            judged.append(JudgedRule(check.rule, check.title, WAIVED, check.waived_reason))
            continue
        titles = ", ".join(f"‘{st.title}’" for st in pending)
        if serving and len(pending) == len(serving):
            note = f"De bijeenkomst is niet toegekomen aan {'de fasen' if len(pending) > 1 else 'de fase'} {titles}."
            if check.met:
                note += f" Wel al vastgelegd: {_lower_first(_counted(check.evidence))}"
            judged.append(JudgedRule(check.rule, check.title, NOT_REACHED, note))
        elif pending:
            note = f"Nog niet gehouden: {titles}."
            if check.met:
                note = f"{_counted(check.evidence)} {note}"
            judged.append(JudgedRule(check.rule, check.title, PARTLY, note))
        elif check.met:
            judged.append(JudgedRule(check.rule, check.title, MET, _counted(check.evidence)))
        else:
            judged.append(JudgedRule(check.rule, check.title, NOT_MET, NOT_MET_TEXT.get(check.rule, "")))
        if check.warning:
            last = judged[-1]
            judged[-1] = JudgedRule(last.rule, last.title, last.state, f"{last.note} {check.warning}".strip())
    return judged


_PLURALS = {"conclusie(s)": ("conclusie", "conclusies"), "afspraak/afspraken": ("afspraak", "afspraken")}
_COUNTED = re.compile(r"(\d+) (" + "|".join(re.escape(k) for k in _PLURALS) + ")")


def _counted(text: str) -> str:
    """"4 conclusie(s)" as a reader writes it: "4 conclusies", "1 conclusie" (the checklist's shorthand)."""
    return _COUNTED.sub(lambda m: f"{m.group(1)} {_PLURALS[m.group(2)][int(m.group(1)) != 1]}", text)


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def phase_for_findings(steps: list[Step]) -> Step | None:
    """The phase in which conclusions and agreements are made: the first that serves rule 4."""
    serving = steps_for_rule(steps, 4)
    return serving[0] if serving else None


def outside_phase_note(steps: list[Step], what: str) -> str:
    """A sentence for above the conclusions or agreements when their phase was never held; else empty."""
    phase = phase_for_findings(steps)
    if phase is None or phase.state != StepState.PENDING:
        return ""
    return (f"Deze {what} zijn vastgelegd buiten de fase ‘{phase.title}’: die fase is in de bijeenkomst "
            "niet gehouden, dus de groep heeft ze nog niet samen vastgesteld.")
