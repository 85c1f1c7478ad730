"""Effect checks: does a carried-out agreement actually work, measured against its success check?

Checks are kept over time rather than overwritten, because "nog niet te zeggen" after
three months and "werkt deels" after a year are both part of the story; the latest shows.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import Removed, put_back, remove_rows
from casereview.model import CaseFileError
from casereview.model.tables import Agreement, EffectCheck
from casereview.vocabulary import EffectResult


def add_effect_check(case: CaseFile, agreement_id: int, result: str, note: str = "",
                     on: date | None = None) -> EffectCheck:
    if result not in EffectResult.__members__.values():
        raise CaseFileError(code="effect.unknown_result", result=result)
    checked_on = on or date.today()
    if checked_on > date.today():
        raise CaseFileError(code="effect.in_future")
    with case.write("agreement", "effect", f"#{agreement_id} {result}") as s:
        if s.get(Agreement, agreement_id) is None:
            raise CaseFileError(code="agreement.gone")
        check = EffectCheck(agreement_id=agreement_id, result=result, note=note.strip(), checked_on=checked_on)
        s.add(check)
    return check


def list_effect_checks(case: CaseFile, agreement_id: int) -> list[EffectCheck]:
    """Oldest first, as a history reads."""
    with case.read() as s:
        return list(s.exec(select(EffectCheck).where(EffectCheck.agreement_id == agreement_id)
                           .order_by(col(EffectCheck.checked_on), col(EffectCheck.id))))


def latest_effects(case: CaseFile) -> dict[int, EffectCheck]:
    """Agreement id → its most recent effect check (by date, then by entry)."""
    with case.read() as s:
        checks = list(s.exec(select(EffectCheck).order_by(col(EffectCheck.checked_on), col(EffectCheck.id))))
    return {check.agreement_id: check for check in checks}


def count_effect_checks(case: CaseFile) -> int:
    with case.read() as s:
        return int(s.exec(select(func.count()).select_from(EffectCheck)).one())


def remove_effect_check(case: CaseFile, check_id: int) -> Removed:
    return remove_rows(case, EffectCheck, [check_id], "agreement")


def restore_effect_check(case: CaseFile, removed: Removed) -> None:
    put_back(case, removed)
