"""Whether each of the seven learning-group rules has been met in this session.

The checklist is derived from what the chair actually did (ground rules agreed,
goal written, ...) so it cannot drift from the case file. A rule can be marked
"n.v.t." with a reason instead; the session closes only when none is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import (
    Agreement,
    Case,
    Conclusion,
    ConclusionThemeLink,
    Contribution,
    GroundRule,
    Participant,
    Party,
    PreparationQuestion,
    RuleWaiver,
    Step,
)
from casereview.session.family import client_voice_warning
from casereview.vocabulary import (
    PARTY_CATEGORY_LABELS,
    THE_SEVEN_RULES,
    AgreementKind,
    AgreementStatus,
    ContributionKind,
    StepState,
)


@dataclass(frozen=True)
class RuleCheck:
    rule: int
    title: str
    met: bool
    waived_reason: str
    evidence: str  # what shows the rule was met, in Dutch
    missing: str  # what is still to do, in Dutch; empty when met
    warning: str = ""  # worth knowing but not blocking (rule 5: no client or citizen takes part)

    @property
    def settled(self) -> bool:
        return self.met or bool(self.waived_reason)


def _count(s: Session, query: object) -> int:
    return int(s.exec(query).one())  # type: ignore[call-overload]


def _rule1(s: Session) -> tuple[bool, str, str]:
    rules = list(s.exec(select(GroundRule)))
    agreed = [r for r in rules if r.agreed]
    if rules and len(agreed) == len(rules):
        return True, f"{len(rules)} spelregels door de groep onderschreven.", ""
    if not rules:
        return False, "", "Er zijn nog geen spelregels opgesteld."
    return False, "", f"{len(rules) - len(agreed)} van de {len(rules)} spelregels zijn nog niet onderschreven."


def _rule2(case: Case) -> tuple[bool, str, str]:
    missing = []
    if not case.goal.strip():
        missing.append("het doel")
    if not case.questions.strip():
        missing.append("de reviewvragen")
    if missing:
        return False, "", f"Schrijf {' en '.join(missing)} op."
    return True, "Doel en reviewvragen staan op papier.", ""


def _rule3(s: Session) -> tuple[bool, str, str]:
    steps = list(s.exec(select(Step)))
    if not steps:
        return False, "", "Er is geen agenda."
    started = [st for st in steps if st.state != StepState.PENDING]
    if not started:
        return False, "", "De agenda is nog niet met de groep doorlopen; start de eerste fase."
    return True, f"Agenda van {len(steps)} fasen getoond en gevolgd.", ""


def _rule4(s: Session) -> tuple[bool, str, str]:
    agreements = list(s.exec(select(Agreement)))
    no_change = _count(s, select(func.count()).select_from(Conclusion).where(Conclusion.no_change == True))  # noqa: E712
    if not agreements and not no_change:
        return False, "", "Leg verbeterafspraken vast, of concludeer met reden dat niets hoeft te veranderen."
    unexplained = [a for a in agreements if a.kind == AgreementKind.NO_MEASURE and not a.kind_reason.strip()]
    if unexplained:
        return False, "", f"{len(unexplained)} afspraak/afspraken 'geen maatregel nodig' zonder reden."
    improve = sum(a.kind == AgreementKind.IMPROVE_EXISTING for a in agreements)
    new = sum(a.kind == AgreementKind.NEW_MEASURE for a in agreements)
    return True, f"Afspraken geclassificeerd: {improve} verbetering bestaande werkwijze, {new} nieuwe maatregel.", ""


def _rule5(s: Session) -> tuple[bool, str, str]:
    parties = {p.id: p for p in s.exec(select(Party))}
    present = {p.party_id for p in s.exec(select(Participant)) if p.party_id is not None}
    counts = dict(s.exec(select(col(Contribution.party_id), func.count()).group_by(col(Contribution.party_id))).all())
    if not present:
        present = {pid for pid in counts if pid is not None}
    categories = {parties[pid].category for pid in present if pid in parties}
    silent = [parties[pid].name for pid in present if pid in parties and not counts.get(pid)]
    if len(categories) < 2:
        return False, "", "Er zijn minder dan twee soorten partijen aanwezig; nodig meer perspectieven uit."
    if silent:
        return False, "", "Nog niet gehoord: " + ", ".join(sorted(silent)) + "."
    labels = ", ".join(sorted(PARTY_CATEGORY_LABELS.get(c, c) for c in categories))
    return True, f"{len(present)} partijen uit {len(categories)} categorieën ({labels}) hebben bijgedragen.", ""


def _rule6(s: Session) -> tuple[bool, str, str]:
    """Prepared means the participants brought something (examples of what went well and what did not):
    questions sent out beforehand alone do not show that anyone prepared."""
    prepared = _count(s, select(func.count()).select_from(Contribution)
                      .where(Contribution.kind == ContributionKind.PREPARATION))
    questions = _count(s, select(func.count()).select_from(PreparationQuestion))
    conclusions = _count(s, select(func.count()).select_from(Conclusion))
    missing = []
    if not prepared and not questions:
        missing.append("voorbereidingsvragen en wat de deelnemers daarop hebben voorbereid")
    elif not prepared:
        missing.append("inbreng van de deelnemers uit hun voorbereiding (voorbeelden van wat goed ging en wat niet)")
    if not conclusions:
        missing.append("ten minste één conclusie")
    if missing:
        return False, "", "Nog nodig: " + " en ".join(missing) + "."
    return True, f"Voorbereiding van de deelnemers vastgelegd; {conclusions} conclusie(s) getrokken.", ""


def _rule7(s: Session, case: Case) -> tuple[bool, str, str]:
    """Make room: the review belongs to the quality system. So its lessons must reach beyond this meeting
    (a second learning moment, conclusions under a rode draad that counts across cases), and what was
    agreed must be followed (owner, date, a check)."""
    conclusions = _count(s, select(func.count()).select_from(Conclusion))
    themed = _count(s, select(func.count(func.distinct(ConclusionThemeLink.conclusion_id))))
    open_states = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
    agreements = [a for a in s.exec(select(Agreement)) if a.status in open_states
                  and a.kind != AgreementKind.NO_MEASURE]
    missing = []
    if case.followup_date is None:
        missing.append("plan een datum voor het terugkommoment")
    if conclusions and not themed:
        missing.append("koppel de conclusies aan een rode draad, zodat de les meetelt naast andere casussen")
    without_owner = [a for a in agreements if a.owner_party_id is None and not a.owner_person.strip()]
    without_due = [a for a in agreements if a.due_date is None]
    if without_owner:
        missing.append(f"{len(without_owner)} afspraak/afspraken zonder eigenaar")
    if without_due:
        missing.append(f"{len(without_due)} afspraak/afspraken zonder datum")
    without_check = [a for a in agreements if not a.success_check.strip()]
    if without_check:
        missing.append(f"{len(without_check)} afspraak/afspraken zonder toetsing (hoe weten we dat het gewerkt heeft?)")
    without_kind = [a for a in agreements if not a.kind]
    if without_kind:
        missing.append(f"{len(without_kind)} afspraak/afspraken zonder gekozen soort")
    if missing:
        return False, "", "; ".join(missing).capitalize() + "."
    themes = f"; {themed} van de {conclusions} conclusie(s) onder een rode draad" if conclusions else ""
    return True, f"Terugkommoment gepland{themes}; elke afspraak heeft een eigenaar, een datum en een toetsing.", ""


def evaluate_rules(case: CaseFile) -> list[RuleCheck]:
    with case.read() as s:
        row = s.exec(select(Case)).one()
        waivers = {w.rule: w.reason for w in s.exec(select(RuleWaiver))}
        results = {
            1: _rule1(s), 2: _rule2(row), 3: _rule3(s), 4: _rule4(s),
            5: _rule5(s), 6: _rule6(s), 7: _rule7(s, row),
        }
        warnings = {5: client_voice_warning(s)}
    return [RuleCheck(number, title, *results[number][:1], waivers.get(number, ""), *results[number][1:],
                      warnings.get(number, "")) for number, title, _meaning in THE_SEVEN_RULES]


def waive_rule(case: CaseFile, rule: int, reason: str) -> None:
    """Mark a rule "n.v.t." for this session; the reason is required and kept."""
    if not 1 <= rule <= 7:
        raise CaseFileError(f"Regel {rule} bestaat niet; er zijn zeven regels.")
    if not reason.strip():
        raise CaseFileError("Geef een reden waarom deze regel niet van toepassing is.")
    with case.write("rules", "waive", f"regel {rule}") as s:
        existing = s.get(RuleWaiver, rule)
        if existing:
            existing.reason = reason.strip()
            s.add(existing)
        else:
            s.add(RuleWaiver(rule=rule, reason=reason.strip()))


def unwaive_rule(case: CaseFile, rule: int) -> None:
    with case.write("rules", "unwaive", f"regel {rule}") as s:
        existing = s.get(RuleWaiver, rule)
        if existing:
            s.delete(existing)


def open_rules(case: CaseFile) -> list[RuleCheck]:
    return [r for r in evaluate_rules(case) if not r.settled]


def close_session(case: CaseFile) -> None:
    """Close the session, or refuse with what is still missing per rule."""
    remaining = open_rules(case)
    if remaining:
        lines = [f"Regel {r.rule} ({r.title}): {r.missing}" for r in remaining]
        raise CaseFileError("De sessie kan nog niet worden afgesloten.\n" + "\n".join(lines))
    with case.write("case", "close-session") as s:
        row = s.exec(select(Case)).one()
        row.session_closed_at = datetime.now().replace(microsecond=0)
        s.add(row)
        for step in s.exec(select(Step)):
            step.state = StepState.DONE
            s.add(step)


@dataclass(frozen=True)
class PartyBalance:
    """Rule 5: how much one party present has contributed so far."""

    party_id: int
    name: str
    category: str  # Dutch label
    count: int

    @property
    def heard(self) -> bool:
        return self.count > 0


def party_balance(case: CaseFile) -> list[PartyBalance]:
    """Parties present (those with participants; all parties when none are registered), most heard first."""
    with case.read() as s:
        parties = list(s.exec(select(Party)))
        present = {p.party_id for p in s.exec(select(Participant)) if p.party_id is not None}
        counts = dict(s.exec(select(col(Contribution.party_id), func.count()).group_by(col(Contribution.party_id))).all())
    shown = [p for p in parties if not present or p.id in present or counts.get(p.id)]
    rows = [PartyBalance(p.id or 0, p.name, PARTY_CATEGORY_LABELS.get(p.category, p.category), counts.get(p.id, 0))
            for p in shown]
    rows.sort(key=lambda r: (-r.count, r.name.lower()))
    return rows
