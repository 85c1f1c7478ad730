"""Whether each of the seven learning-group rules has been met in this session.

The checklist is derived from what the chair actually did (ground rules agreed,
goal written, ...) so it cannot drift from the case file. A rule can be marked
"n.v.t." with a reason instead; the session closes only when none is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

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
from casereview.vocabulary.error_catalog import Labels, Message, compose


@dataclass(frozen=True)
class RuleCheck:
    """One rule judged; its texts are catalog messages, so the window words them in its language.

    ``evidence``, ``missing`` and ``warning`` are the Dutch texts the documents and the command line read.
    """

    rule: int
    title: str
    met: bool
    waived_reason: str
    evidence_notes: tuple[Message, ...]  # what shows the rule was met
    missing_notes: tuple[Message, ...]  # what is still to do; empty when met
    warning_notes: tuple[Message, ...] = ()  # worth knowing but not blocking (rule 5: no client or citizen)
    field: str = ""  # where in the window the missing part is filled in (one of the ``FIELD_`` names)

    @property
    def settled(self) -> bool:
        return self.met or bool(self.waived_reason)

    @property
    def evidence(self) -> str:
        return compose(self.evidence_notes)

    @property
    def missing(self) -> str:
        return compose(self.missing_notes)

    @property
    def warning(self) -> str:
        return compose(self.warning_notes)


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

Result = tuple[bool, tuple[Message, ...], tuple[Message, ...], str]  # met, evidence, missing, field


def _count(s: Session, query: object) -> int:
    return int(s.exec(query).one())  # type: ignore[call-overload]


def _counted(code: str, count: int, **params: Any) -> Message:
    """The message for a count: ``code + "_one"`` for exactly one ("1 fase"), ``code`` for any other ("7 fasen")."""
    return Message(f"{code}_one" if count == 1 else code, {"count": count, **params})


def _met(evidence: Message) -> Result:
    return True, (evidence,), (), ""


def _open(field: str, *missing: Message) -> Result:
    return False, (), missing, field


def _rule1(s: Session) -> Result:
    rules = list(s.exec(select(GroundRule)))
    agreed = [r for r in rules if r.agreed]
    if rules and len(agreed) == len(rules):
        return _met(_counted("rules.ground_rules.agreed", len(rules)))
    if not rules:
        return _open(FIELD_GROUND_RULES, Message("rules.ground_rules.none"))
    open_count = len(rules) - len(agreed)
    code = "rules.ground_rules.open_only" if len(rules) == 1 else \
        "rules.ground_rules.open_one" if open_count == 1 else "rules.ground_rules.open"
    return _open(FIELD_GROUND_RULES, Message(code, {"open": open_count, "count": len(rules)}))


def _rule2(case: Case) -> Result:
    goal, questions = bool(case.goal.strip()), bool(case.questions.strip())
    if goal and questions:
        return _met(Message("rules.goal.written"))
    code = "rules.goal.missing_questions" if goal else "rules.goal.missing_goal" if questions \
        else "rules.goal.missing_both"
    return _open(FIELD_QUESTIONS if goal else FIELD_GOAL, Message(code))


def _rule3(s: Session) -> Result:
    steps = list(s.exec(select(Step)))
    if not steps:
        return _open(FIELD_AGENDA, Message("rules.agenda.none"))
    started = [st for st in steps if st.state != StepState.PENDING]
    if not started:
        return _open(FIELD_AGENDA, Message("rules.agenda.not_started"))
    if len(started) < len(steps):  # the verslag must not say the whole agenda was followed
        ordered = sorted(steps, key=lambda st: (st.position, st.id or 0))
        furthest = max(i for i, st in enumerate(ordered, start=1) if st.state != StepState.PENDING)
        return _met(Message("rules.agenda.followed_until", {"count": len(steps), "reached": furthest}))
    return _met(_counted("rules.agenda.followed", len(steps)))


def _rule4(s: Session) -> Result:
    agreements = list(s.exec(select(Agreement)))
    no_change = _count(s, select(func.count()).select_from(Conclusion).where(Conclusion.no_change == True))  # noqa: E712
    if not agreements and not no_change:
        return _open(FIELD_AGREEMENTS, Message("rules.agreements.none"))
    unexplained = [a for a in agreements if a.kind == AgreementKind.NO_MEASURE and not a.kind_reason.strip()]
    if unexplained:
        return _open(FIELD_AGREEMENTS, _counted("rules.agreements.no_reason", len(unexplained)))
    improve = sum(a.kind == AgreementKind.IMPROVE_EXISTING for a in agreements)
    new = sum(a.kind == AgreementKind.NEW_MEASURE for a in agreements)
    return _met(Message("rules.agreements.classified", {"improve": improve, "new": new}))


def _rule5(s: Session) -> Result:
    parties = {p.id: p for p in s.exec(select(Party))}
    present = {p.party_id for p in s.exec(select(Participant)) if p.party_id is not None}
    counts = dict(s.exec(select(col(Contribution.party_id), func.count()).group_by(col(Contribution.party_id))).all())
    if not present:
        present = {pid for pid in counts if pid is not None}
    categories = {parties[pid].category for pid in present if pid in parties}
    silent = [parties[pid].name for pid in present if pid in parties and not counts.get(pid)]
    if len(categories) < 2:
        return _open(FIELD_PARTIES, Message("rules.parties.too_few_kinds"))
    if silent:
        return _open(FIELD_PARTIES, Message("rules.parties.not_heard", {"names": ", ".join(sorted(silent))}))
    labels = Labels(PARTY_CATEGORY_LABELS.get(c, c) for c in categories)
    return _met(Message("rules.parties.heard", {"parties": len(present), "count": len(categories), "labels": labels}))


def _rule6(s: Session) -> Result:
    """Prepared means the participants brought something (examples of what went well and what did not):
    questions sent out beforehand alone do not show that anyone prepared."""
    prepared = _count(s, select(func.count()).select_from(Contribution)
                      .where(Contribution.kind == ContributionKind.PREPARATION))
    questions = _count(s, select(func.count()).select_from(PreparationQuestion))
    conclusions = _count(s, select(func.count()).select_from(Conclusion))
    if prepared and conclusions:
        return _met(_counted("rules.preparation.done", conclusions))
    missing = "" if prepared else "questions" if not questions else "input"
    code = "rules.preparation.missing_" + "_and_".join(
        part for part in (missing, "" if conclusions else "conclusion") if part)
    return _open(FIELD_CONCLUSIONS if prepared else FIELD_PREPARATION, Message(code))


def _rule7(s: Session, case: Case) -> Result:
    """Make room: the review belongs to the quality system. So its lessons must reach beyond this meeting
    (conclusions under a rode draad that counts across cases), what was agreed must be followed (owner, date,
    a check), and the vervolgbijeenkomst (the meeting that checks the agreements were carried out) is planned."""
    conclusions = _count(s, select(func.count()).select_from(Conclusion))
    themed = _count(s, select(func.count(func.distinct(ConclusionThemeLink.conclusion_id))))
    open_states = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
    agreements = [a for a in s.exec(select(Agreement)) if a.status in open_states
                  and a.kind != AgreementKind.NO_MEASURE]
    missing: list[Message] = []
    field = ""
    if conclusions and not themed:
        missing.append(Message("rules.clause.link_themes"))
        field = FIELD_CONCLUSIONS
    lacking = (
        ("no_owner", [a for a in agreements if a.owner_party_id is None and not a.owner_person.strip()]),
        ("no_date", [a for a in agreements if a.due_date is None]),
        ("no_check", [a for a in agreements if not a.success_check.strip()]),
        ("no_kind", [a for a in agreements if not a.kind]),
    )
    missing += [_counted(f"rules.clause.{what}", len(found)) for what, found in lacking if found]
    if missing and not field:
        field = FIELD_AGREEMENTS
    if case.followup_date is None:
        missing.append(Message("rules.clause.plan_followup"))
        field = field or FIELD_FOLLOWUP_MEETING
    if missing:
        return _open(field, *missing)
    if conclusions > 1:
        return _met(Message("rules.followup.planned_themes", {"themed": themed, "count": conclusions}))
    return _met(Message("rules.followup.planned_theme" if conclusions else "rules.followup.planned"))


def _terugkommoment_warning(case: Case) -> tuple[Message, ...]:
    """The second learning moment, about a year after the review: worth planning, never blocking."""
    return () if case.terugkommoment_date is not None else (Message("rules.followup.no_terugkommoment"),)


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
                                warnings.get(number, ()), field))
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
