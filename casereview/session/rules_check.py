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
from casereview.session.parties import list_parties
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
    field: str = ""  # where in the window the missing part is filled in (one of the ``FIELD_`` names)

    @property
    def settled(self) -> bool:
        return self.met or bool(self.waived_reason)


# Where a missing part is filled in; the window maps each to a tab and a field and takes the chair there.
FIELD_GROUND_RULES = "ground_rules"
FIELD_GOAL = "goal"
FIELD_QUESTIONS = "questions"
FIELD_AGENDA = "agenda"
FIELD_AGREEMENTS = "agreements"
FIELD_CONCLUSIONS = "conclusions"
FIELD_PREPARATION = "preparation"
FIELD_PARTIES = "parties"
FIELD_FOLLOWUP_MEETING = "followup_date"
FIELD_TERUGKOMMOMENT = "terugkommoment"

Result = tuple[bool, str, str, str]  # met, evidence, missing, field


def _count(s: Session, query: object) -> int:
    return int(s.exec(query).one())  # type: ignore[call-overload]


def _rule1(s: Session) -> Result:
    rules = list(s.exec(select(GroundRule)))
    agreed = [r for r in rules if r.agreed]
    if rules and len(agreed) == len(rules):
        return True, f"{_plural(len(rules), 'spelregel', 'spelregels')} door de groep onderschreven.", "", ""
    if not rules:
        return False, "", "Er zijn nog geen spelregels opgesteld.", FIELD_GROUND_RULES
    open_count = len(rules) - len(agreed)
    return (False, "", f"{open_count} van de {_plural(len(rules), 'spelregel', 'spelregels')} "
            f"{'is' if open_count == 1 else 'zijn'} nog niet onderschreven.", FIELD_GROUND_RULES)


def _rule2(case: Case) -> Result:
    missing = []
    if not case.goal.strip():
        missing.append("het doel")
    if not case.questions.strip():
        missing.append("de reviewvragen")
    if missing:
        return False, "", f"Schrijf {' en '.join(missing)} op.", FIELD_QUESTIONS if case.goal.strip() else FIELD_GOAL
    return True, "Doel en reviewvragen staan op papier.", "", ""


def _rule3(s: Session) -> Result:
    steps = list(s.exec(select(Step)))
    if not steps:
        return False, "", "Er is geen agenda.", FIELD_AGENDA
    started = [st for st in steps if st.state != StepState.PENDING]
    if not started:
        return False, "", "De agenda is nog niet met de groep doorlopen; start de eerste fase.", FIELD_AGENDA
    return True, f"Agenda van {_plural(len(steps), 'fase', 'fasen')} getoond en gevolgd.", "", ""


def _rule4(s: Session) -> Result:
    agreements = list(s.exec(select(Agreement)))
    no_change = _count(s, select(func.count()).select_from(Conclusion).where(Conclusion.no_change == True))  # noqa: E712
    if not agreements and not no_change:
        return (False, "", "Leg verbeterafspraken vast, of concludeer met reden dat niets hoeft te veranderen.",
                FIELD_AGREEMENTS)
    unexplained = [a for a in agreements if a.kind == AgreementKind.NO_MEASURE and not a.kind_reason.strip()]
    if unexplained:
        return False, "", f"{_agreements(len(unexplained))} 'geen maatregel nodig' zonder reden.", FIELD_AGREEMENTS
    improve = sum(a.kind == AgreementKind.IMPROVE_EXISTING for a in agreements)
    new = sum(a.kind == AgreementKind.NEW_MEASURE for a in agreements)
    return True, f"Afspraken geclassificeerd: {improve} verbetering bestaande werkwijze, {new} nieuwe maatregel.", "", ""


def _rule5(s: Session) -> Result:
    parties = {p.id: p for p in s.exec(select(Party))}
    present = {p.party_id for p in s.exec(select(Participant)) if p.party_id is not None}
    counts = dict(s.exec(select(col(Contribution.party_id), func.count()).group_by(col(Contribution.party_id))).all())
    if not present:
        present = {pid for pid in counts if pid is not None}
    categories = {parties[pid].category for pid in present if pid in parties}
    silent = [parties[pid].name for pid in present if pid in parties and not counts.get(pid)]
    if len(categories) < 2:
        return (False, "", "Er zijn minder dan twee soorten partijen aanwezig; nodig meer perspectieven uit.",
                FIELD_PARTIES)
    if silent:
        return False, "", "Nog niet gehoord: " + ", ".join(sorted(silent)) + ".", FIELD_PARTIES
    labels = ", ".join(sorted(PARTY_CATEGORY_LABELS.get(c, c) for c in categories))
    return True, f"{len(present)} partijen uit {len(categories)} categorieën ({labels}) hebben bijgedragen.", "", ""


def _rule6(s: Session) -> Result:
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
        field = FIELD_CONCLUSIONS if prepared else FIELD_PREPARATION
        return False, "", "Nog nodig: " + " en ".join(missing) + ".", field
    drawn = _plural(conclusions, "conclusie", "conclusies")
    return True, f"Voorbereiding van de deelnemers vastgelegd; {drawn} getrokken.", "", ""


def _plural(n: int, one: str, other: str) -> str:
    """The Dutch count of the checklist texts (reports and the command line read them): "1 fase", "7 fasen"."""
    return f"{n} {one if n == 1 else other}"


def _agreements(n: int) -> str:
    return _plural(n, "afspraak", "afspraken")


def _rule7(s: Session, case: Case) -> Result:
    """Make room: the review belongs to the quality system. So its lessons must reach beyond this meeting
    (conclusions under a rode draad that counts across cases), what was agreed must be followed (owner, date,
    a check), and the vervolgbijeenkomst (the meeting that checks the agreements were carried out) is planned."""
    conclusions = _count(s, select(func.count()).select_from(Conclusion))
    themed = _count(s, select(func.count(func.distinct(ConclusionThemeLink.conclusion_id))))
    open_states = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
    agreements = [a for a in s.exec(select(Agreement)) if a.status in open_states
                  and a.kind != AgreementKind.NO_MEASURE]
    missing = []
    field = ""
    if conclusions and not themed:
        missing.append("koppel de conclusies aan een rode draad, zodat de les meetelt naast andere casussen")
        field = FIELD_CONCLUSIONS
    without_owner = [a for a in agreements if a.owner_party_id is None and not a.owner_person.strip()]
    without_due = [a for a in agreements if a.due_date is None]
    if without_owner:
        missing.append(f"{_agreements(len(without_owner))} zonder eigenaar")
    if without_due:
        missing.append(f"{_agreements(len(without_due))} zonder datum")
    without_check = [a for a in agreements if not a.success_check.strip()]
    if without_check:
        missing.append(f"{_agreements(len(without_check))} zonder toetsing (hoe weten we dat het gewerkt heeft?)")
    without_kind = [a for a in agreements if not a.kind]
    if without_kind:
        missing.append(f"{_agreements(len(without_kind))} zonder gekozen soort")
    if missing and not field:
        field = FIELD_AGREEMENTS
    if case.followup_date is None:
        missing.append("plan de datum van de vervolgbijeenkomst over de afspraken")
        field = field or FIELD_FOLLOWUP_MEETING
    if missing:
        text = "; ".join(missing)
        return False, "", text[0].upper() + text[1:] + ".", field
    if conclusions:
        themes = f"; {themed} van de {conclusions} conclusies onder een rode draad" if conclusions > 1 else \
            "; de conclusie staat onder een rode draad"
    else:
        themes = ""
    return (True, f"Vervolgbijeenkomst gepland{themes}; elke afspraak heeft een eigenaar, een datum en een "
            "toetsing.", "", "")


def _terugkommoment_warning(case: Case) -> str:
    """The second learning moment, about a year after the review: worth planning, never blocking."""
    if case.terugkommoment_date is not None:
        return ""
    return "Nog geen terugkommoment gepland: een tweede leermoment, ongeveer een jaar na de review."


def evaluate_rules(case: CaseFile) -> list[RuleCheck]:
    with case.read() as s:
        row = s.exec(select(Case)).one()
        waivers = {w.rule: w.reason for w in s.exec(select(RuleWaiver))}
        results = {
            1: _rule1(s), 2: _rule2(row), 3: _rule3(s), 4: _rule4(s),
            5: _rule5(s), 6: _rule6(s), 7: _rule7(s, row),
        }
        warnings = {5: client_voice_warning(s), 7: _terugkommoment_warning(row)}
    checks = []
    for number, title, _meaning in THE_SEVEN_RULES:
        met, evidence, missing, field = results[number]
        checks.append(RuleCheck(number, title, met, waivers.get(number, ""), evidence, missing,
                                warnings.get(number, ""), field))
    return checks


def waive_rule(case: CaseFile, rule: int, reason: str) -> None:
    """Mark a rule "n.v.t." for this session; the reason is required and kept."""
    if not 1 <= rule <= 7:
        raise CaseFileError(code="rules.no_such_rule", rule=rule)
    if not reason.strip():
        raise CaseFileError(code="rules.not_applicable_reason")
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
        raise CaseFileError(code="session.cannot_close", missing="\n".join(lines))
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
    number: int = 0  # as in the capture bar (Ctrl+number)

    @property
    def heard(self) -> bool:
        return self.count > 0


def party_balance(case: CaseFile) -> list[PartyBalance]:
    """Parties present (those with participants; all parties when none are registered), in the order
    and with the numbers the capture bar picks them by, so a glance at the chart gives the right key."""
    parties = list_parties(case)
    with case.read() as s:
        present = {p.party_id for p in s.exec(select(Participant)) if p.party_id is not None}
        counts = dict(s.exec(select(col(Contribution.party_id), func.count()).group_by(col(Contribution.party_id))).all())
    return [PartyBalance(p.id or 0, p.name, PARTY_CATEGORY_LABELS.get(p.category, p.category), counts.get(p.id, 0),
                         number)
            for number, p in enumerate(parties, start=1)
            if not present or p.id in present or counts.get(p.id)]
