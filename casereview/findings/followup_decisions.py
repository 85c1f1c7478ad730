"""At a follow-up meeting an overdue agreement gets an explicit decision: carry forward or stop.

Without it, overdue agreements drift quietly; with it, the history shows who moved a date and why.
Decisions are never edited; an undo removes the decision and puts the agreement back as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import Agreement, FollowUpDecision
from casereview.vocabulary import AgreementStatus, FollowUpDecisionKind


@dataclass(frozen=True)
class DecisionUndo:
    """What an undo of one decision needs: the decision row and the agreement's previous state."""

    decision_id: int
    due_date: date | None
    status: str
    status_reason: str


def carry_forward(case: CaseFile, agreement_id: int, new_due_date: date, reason: str,
                  on: date | None = None) -> DecisionUndo:
    """Give an agreement a new due date, with the reason kept in its history."""
    decided_on = on or date.today()
    if not reason.strip():
        raise CaseFileError(code="decision.carry_reason")
    if new_due_date <= decided_on:
        raise CaseFileError(code="decision.date_not_later")
    return _decide(case, agreement_id, FollowUpDecisionKind.CARRY_FORWARD, reason.strip(), decided_on, new_due_date)


def stop_agreement(case: CaseFile, agreement_id: int, reason: str, on: date | None = None) -> DecisionUndo:
    """Stop an agreement: it counts as not carried out, with the reason."""
    if not reason.strip():
        raise CaseFileError(code="decision.stop_reason")
    return _decide(case, agreement_id, FollowUpDecisionKind.STOP, reason.strip(), on or date.today(), None)


def _decide(case: CaseFile, agreement_id: int, decision: str, reason: str, decided_on: date,
            new_due_date: date | None) -> DecisionUndo:
    with case.write("agreement", "decision", f"#{agreement_id} {decision}") as s:
        item = s.get(Agreement, agreement_id)
        if item is None:
            raise CaseFileError(code="agreement.gone")
        before = (item.due_date, item.status, item.status_reason)
        row = FollowUpDecision(agreement_id=agreement_id, decided_on=decided_on, decision=decision,
                               previous_due_date=item.due_date, new_due_date=new_due_date, reason=reason)
        s.add(row)
        if decision == FollowUpDecisionKind.CARRY_FORWARD:
            item.due_date = new_due_date
            if item.status not in (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS):
                item.status, item.status_reason = AgreementStatus.OPEN, ""
        else:
            item.status, item.status_reason = AgreementStatus.NOT_DONE, f"Gestopt: {reason}"
        s.add(item)
        s.flush()
        assert row.id is not None
        decision_id = row.id
    return DecisionUndo(decision_id, *before)


def undo_decision(case: CaseFile, undo: DecisionUndo) -> None:
    with case.write("agreement", "decision-undo", f"#{undo.decision_id}") as s:
        row = s.get(FollowUpDecision, undo.decision_id)
        if row is None:
            return
        item = s.get(Agreement, row.agreement_id)
        if item is not None:
            item.due_date, item.status, item.status_reason = undo.due_date, undo.status, undo.status_reason
            s.add(item)
        s.delete(row)


def list_decisions(case: CaseFile, agreement_id: int | None = None) -> list[FollowUpDecision]:
    """Oldest first; all agreements when ``agreement_id`` is None."""
    query = select(FollowUpDecision).order_by(col(FollowUpDecision.decided_on), col(FollowUpDecision.id))
    if agreement_id is not None:
        query = query.where(FollowUpDecision.agreement_id == agreement_id)
    with case.read() as s:
        return list(s.exec(query))


def decisions_by_agreement(case: CaseFile) -> dict[int, list[FollowUpDecision]]:
    grouped: dict[int, list[FollowUpDecision]] = {}
    for decision in list_decisions(case):
        grouped.setdefault(decision.agreement_id, []).append(decision)
    return grouped
