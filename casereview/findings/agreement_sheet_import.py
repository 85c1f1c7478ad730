"""Reading a filled-in afsprakenlijst back into the case: validate all, then apply all in one step.

Every row is checked before anything changes; one bad cell means nothing is applied and the
message names sheet, row and column. A value the case changed after the export is a conflict:
shown, never silently overwritten. Works the same on a sheet re-saved by LibreOffice or Excel
(dates may come back as numbers or text, ids as floats), because every cell is read by meaning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from casereview.casefile.archive_limits import check_archive
from casereview.casefile.case_file import CaseFile
from casereview.findings.agreement_sheet_layout import (
    COL_ACTION,
    COL_DATE,
    COL_EFFECT,
    COL_ID,
    COL_NOTE,
    COL_STATUS,
    HEADERS,
    MARKER,
    META_HEADER_ROW,
    META_SHEET,
    SHEET,
    effect_from_label,
    status_from_label,
)
from casereview.model import CaseFileError
from casereview.model.tables import Agreement, EffectCheck, Party, ProgressNote
from casereview.vocabulary import (
    AGREEMENT_STATUS_LABELS,
    EFFECT_RESULT_LABELS,
    AgreementStatus,
)
from casereview.vocabulary.error_catalog import Message, Messages


class SheetValidationError(CaseFileError):
    """The sheet has cells that cannot be read; ``messages`` names each one. Nothing was applied."""

    def __init__(self, messages: list[Message]) -> None:
        self.messages = Messages(messages)  # the window words each line in its own language
        super().__init__(code="agreement_sheet.not_applied", problems="\n".join(str(m) for m in messages))


@dataclass(frozen=True)
class SheetChange:
    """One change the sheet asks for; ``what`` is status / effect / note."""

    row: int
    agreement_id: int
    action: str
    what: str
    old: str
    new: str
    on: date
    note: str = ""


@dataclass(frozen=True)
class SheetConflict:
    """The case changed this value after the export and the sheet wants another one; not applied."""

    row: int
    agreement_id: int
    action: str
    what: str
    in_case: str
    in_sheet: str


@dataclass
class SheetPlan:
    party: str
    changes: list[SheetChange] = field(default_factory=list)
    conflicts: list[SheetConflict] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        """Dutch lines for the command line and the preview."""
        lines = [describe_change(c) for c in self.changes]
        lines += [describe_conflict(c) for c in self.conflicts]
        return lines


@dataclass
class SheetUndo:
    """What one applied sheet did, so the whole update is undone as one step."""

    statuses: dict[int, tuple[str, str]] = field(default_factory=dict)
    note_ids: list[int] = field(default_factory=list)
    effect_ids: list[int] = field(default_factory=list)


def describe_change(change: SheetChange) -> str:
    labels = {"status": "status", "effect": "effect", "note": "voortgang"}
    if change.what == "note":
        return f"Rij {change.row} (afspraak {change.agreement_id}): voortgang '{change.new}' op {_nl(change.on)}"
    return (f"Rij {change.row} (afspraak {change.agreement_id}): {labels[change.what]} "
            f"'{change.old or '—'}' → '{change.new}'")


def describe_conflict(conflict: SheetConflict) -> str:
    return (f"Conflict rij {conflict.row} (afspraak {conflict.agreement_id}): {conflict.what} is na de export in "
            f"het dossier veranderd in '{conflict.in_case}'; de lijst zegt '{conflict.in_sheet}'. Niet overgenomen.")


def _nl(value: date) -> str:
    return value.strftime("%d-%m-%Y")


def _letter(column: int) -> str:
    return chr(ord("A") + column - 1)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


_DATE_PATTERNS = (r"(\d{1,2})-(\d{1,2})-(\d{4})", r"(\d{1,2})/(\d{1,2})/(\d{4})", r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _date(value: Any) -> date | Message | None:
    """A date from a cell, or why it is not one (a part of the catalog); None for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):  # a spreadsheet serial date that lost its format
        if 1 <= value < 2958466:
            return date(1899, 12, 30) + timedelta(days=int(value))
        return Message("part.date.not_a_date", {"text": str(value)})
    text = str(value).strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    parts = (int(iso.group(3)), int(iso.group(2)), int(iso.group(1))) if iso else None
    for pattern in _DATE_PATTERNS:
        match = re.fullmatch(pattern, text)
        if match:
            parts = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if parts is None:
        return Message("part.date.write_day_month_year", {"text": text})
    try:
        return date(parts[2], parts[1], parts[0])
    except ValueError:
        return Message("part.date.does_not_exist", {"text": text})


MAX_SHEET_ROWS = 10_000
"""More rows than any review has agreements: reading further would only cost time and memory."""
_ID_TEXT = re.compile(r"\d{1,12}")


def _agreement_id(value: Any) -> int | None:
    """A row id as casereview wrote it (an integer; a float after a re-save), or None ("inf", "abc", "1e400")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 < value < 10**12 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and 0 < value < 10**12 else None
    text = _text(value)
    if text.endswith(".0"):
        text = text[:-2]
    return int(text) if _ID_TEXT.fullmatch(text) and int(text) > 0 else None


def _refuse_oversized_sheets(path: Path) -> None:
    """Count rows by streaming before the workbook is loaded: one cell at row 1,048,576 took 35 s and 2.3 GB."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # not a workbook: the full load below says so in its own words
        return
    try:
        for sheet in book.worksheets:
            rows = sheet.max_row or 0  # the sheet's own claim (its dimension), then what it really holds
            if rows <= MAX_SHEET_ROWS:
                for rows, _line in enumerate(sheet.iter_rows(max_col=1, values_only=True), start=1):
                    if rows > MAX_SHEET_ROWS:
                        break
            if rows > MAX_SHEET_ROWS:
                raise CaseFileError(code="agreement_sheet.too_many_rows", sheet=sheet.title, name=path.name,
                                    limit=MAX_SHEET_ROWS, last=sheet.max_row or f"{MAX_SHEET_ROWS + 1}+")
    finally:
        book.close()


def read_sheet(case: CaseFile, path: Path, *, today: date | None = None) -> SheetPlan:
    """Validate the whole workbook against the case and return what applying it would do."""
    from openpyxl import load_workbook

    today = today or date.today()
    path = Path(path)
    name = path.name
    if not path.exists():
        raise CaseFileError(code="agreement_sheet.not_found", path=path)
    check_archive(path, what="De afsprakenlijst")
    _refuse_oversized_sheets(path)
    try:
        book = load_workbook(path, data_only=True)
    except FileNotFoundError as exc:
        raise CaseFileError(code="agreement_sheet.not_found", path=path) from exc
    except Exception as exc:  # openpyxl raises several kinds for a file that is not a workbook
        raise CaseFileError(code="agreement_sheet.not_xlsx", name=name) from exc
    if SHEET not in book.sheetnames or META_SHEET not in book.sheetnames:
        raise CaseFileError(code="agreement_sheet.missing_sheet", name=name, sheet=SHEET, meta_sheet=META_SHEET)
    meta = book[META_SHEET]
    if _text(meta.cell(1, 1).value) != MARKER:
        raise CaseFileError(code="agreement_sheet.not_ours", name=name)
    if _text(meta.cell(2, 2).value) != case.case().uuid:
        raise CaseFileError(code="agreement_sheet.other_case", name=name)
    party = _text(meta.cell(3, 2).value)
    base: dict[int, tuple[str, str, int | None, str | None]] = {}
    meta_errors: list[Message] = []
    for number, line in enumerate(meta.iter_rows(min_row=META_HEADER_ROW + 1, max_col=5, values_only=True),
                                  start=META_HEADER_ROW + 1):
        if not line or line[0] is None:
            continue
        lesson_id = _agreement_id(line[0])
        effect_id = _agreement_id(line[3]) if len(line) > 3 and line[3] not in (None, "") else None
        if lesson_id is None or (len(line) > 3 and line[3] not in (None, "") and effect_id is None):
            column = "A" if lesson_id is None else "D"
            meta_errors.append(Message("agreement_sheet.row.meta_not_a_number", {
                "sheet": META_SHEET, "row": number, "column": column,
                "text": _text(line[0] if column == "A" else line[3])[:40]}))
            continue
        base_effect = _text(line[4]) if len(line) > 4 else ""
        base[lesson_id] = (_text(line[1]), _text(line[2]), effect_id, base_effect or None)
    if meta_errors:
        raise SheetValidationError(meta_errors)
    sheet = book[SHEET]
    headers = [_text(sheet.cell(1, c).value) for c in range(1, len(HEADERS) + 1)]
    if headers != list(HEADERS):
        raise CaseFileError(code="agreement_sheet.headers_changed", sheet=SHEET, name=name, items=', '.join(HEADERS))

    with case.read() as s:
        agreements = {a.id: a for a in s.exec(select(Agreement)) if a.id is not None}
        party_names = {p.id: p.name for p in s.exec(select(Party))}
        checks = list(s.exec(select(EffectCheck).order_by(col(EffectCheck.checked_on), col(EffectCheck.id))))
        notes = {(n.agreement_id, n.noted_on, n.text) for n in s.exec(select(ProgressNote))}
    latest = {c.agreement_id: c for c in checks}

    errors: list[Message] = []
    plan = SheetPlan(party)
    seen: set[int] = set()

    def problem(what: str, row: int, column: int, **params: Any) -> None:
        place = {"sheet": SHEET, "row": row, "column": _letter(column), "header": HEADERS[column - 1]}
        errors.append(Message(f"agreement_sheet.row.{what}", place | params))

    for row in range(2, sheet.max_row + 1):
        values = [sheet.cell(row, c).value for c in range(1, len(HEADERS) + 1)]
        if all(_text(v) == "" for v in values):
            continue
        raw_id = values[COL_ID - 1]
        found_id = _agreement_id(raw_id)
        if found_id is None:
            problem("not_an_agreement_number", row, COL_ID, text=_text(raw_id)[:40])
            continue
        agreement_id = found_id
        item = agreements.get(agreement_id)
        if item is None or agreement_id not in base:
            problem("unknown_agreement", row, COL_ID, agreement_id=agreement_id)
            continue
        owner = party_names.get(item.owner_party_id) if item.owner_party_id is not None else None
        if owner is None or owner.casefold() != party.casefold():
            problem("other_party" if party else "other_party_unnamed", row, COL_ID, agreement_id=agreement_id,
                    party=party)
            continue
        if agreement_id in seen:
            problem("listed_twice", row, COL_ID, agreement_id=agreement_id)
            continue
        seen.add(agreement_id)
        base_action, base_status, base_effect_id, base_effect = base[agreement_id]
        if _text(values[COL_ACTION - 1]) != base_action:
            problem("action_changed", row, COL_ACTION)
            continue
        status_text = _text(values[COL_STATUS - 1])
        status = status_from_label(status_text) if status_text else base_status
        if status is None:
            # the sheet's own (Dutch) words, in every language: they are what the cell must say
            problem("unknown_status", row, COL_STATUS, text=status_text,
                    allowed=", ".join(AGREEMENT_STATUS_LABELS.values()))
        effect_text = _text(values[COL_EFFECT - 1])
        effect = effect_from_label(effect_text) if effect_text else None
        if effect_text and effect is None:
            problem("unknown_effect", row, COL_EFFECT, text=effect_text,
                    allowed=", ".join(EFFECT_RESULT_LABELS.values()))
        on = _date(values[COL_DATE - 1])
        if isinstance(on, Message):
            problem("bad_date", row, COL_DATE, problem=on)
            continue
        if on is not None and on > today:
            problem("future_date", row, COL_DATE, date=_nl(on))
            continue
        on = on or today
        note = str(values[COL_NOTE - 1] or "").strip()
        if status is None or (effect_text and effect is None):
            continue
        if status == AgreementStatus.NOT_DONE and status != item.status and not note:
            problem("not_done_without_reason", row, COL_NOTE)
            continue
        if effect is not None and effect == base_effect:
            effect = None  # the owner left the effect as exported: nothing to say about it
        _plan_row(plan, row, item, base_status, base_effect_id, status, effect, note, on, latest, notes)
    if errors:
        raise SheetValidationError(errors)
    return plan


def _plan_row(plan: SheetPlan, row: int, item: Agreement, base_status: str, base_effect_id: int | None,
              status: str, effect: str | None, note: str, on: date, latest: dict[int, EffectCheck],
              notes: set[tuple[int, date, str]]) -> None:
    assert item.id is not None
    label = AGREEMENT_STATUS_LABELS
    if status != base_status and status != item.status:
        if item.status != base_status:
            plan.conflicts.append(SheetConflict(row, item.id, item.action, "status", label.get(item.status, ""),
                                                label.get(status, "")))
        else:
            plan.changes.append(SheetChange(row, item.id, item.action, "status", label.get(item.status, ""),
                                            label.get(status, ""), on, note))
    current = latest.get(item.id)
    if effect is not None and effect != (current.result if current else None):
        if current is not None and current.id != base_effect_id:
            plan.conflicts.append(SheetConflict(row, item.id, item.action, "effect",
                                                EFFECT_RESULT_LABELS.get(current.result, ""),
                                                EFFECT_RESULT_LABELS[effect]))
        else:
            old = EFFECT_RESULT_LABELS.get(current.result, "") if current else ""
            plan.changes.append(SheetChange(row, item.id, item.action, "effect", old, EFFECT_RESULT_LABELS[effect],
                                            on, note))
    if note and (item.id, on, note) not in notes:
        plan.changes.append(SheetChange(row, item.id, item.action, "note", "", note, on))


def apply_sheet(case: CaseFile, plan: SheetPlan, source_name: str = "") -> SheetUndo:
    """Apply every change of a validated plan in one transaction; conflicts are left alone."""
    undo = SheetUndo()
    if not plan.changes:
        return undo
    effect_keys = {label: key for key, label in EFFECT_RESULT_LABELS.items()}
    status_keys = {label: key for key, label in AGREEMENT_STATUS_LABELS.items()}
    with case.write("agreement", "sheet-update", f"{len(plan.changes)} wijzigingen uit {source_name}") as s:
        created: list[ProgressNote | EffectCheck] = []
        for change in plan.changes:
            item = s.get(Agreement, change.agreement_id)
            if item is None:
                raise CaseFileError(code="agreement_sheet.agreement_gone", agreement_id=change.agreement_id)
            if change.what == "status":
                undo.statuses.setdefault(change.agreement_id, (item.status, item.status_reason))
                item.status = str(status_keys[change.new])
                item.status_reason = change.note if item.status == AgreementStatus.NOT_DONE else ""
                s.add(item)
            elif change.what == "effect":
                check = EffectCheck(agreement_id=change.agreement_id, result=str(effect_keys[change.new]),
                                    note=change.note, checked_on=change.on)
                s.add(check)
                created.append(check)
            else:
                progress = ProgressNote(agreement_id=change.agreement_id, text=change.new, noted_on=change.on)
                s.add(progress)
                created.append(progress)
        s.flush()
        for row in created:
            assert row.id is not None
            (undo.effect_ids if isinstance(row, EffectCheck) else undo.note_ids).append(row.id)
    return undo


def undo_sheet(case: CaseFile, undo: SheetUndo) -> None:
    """Take back everything one applied sheet did, as one step."""
    with case.write("agreement", "sheet-update-undo", f"{len(undo.note_ids) + len(undo.effect_ids)} rijen") as s:
        for agreement_id, (status, reason) in undo.statuses.items():
            item = s.get(Agreement, agreement_id)
            if item is not None:
                item.status, item.status_reason = status, reason
                s.add(item)
        for model, ids in ((ProgressNote, undo.note_ids), (EffectCheck, undo.effect_ids)):
            for row_id in ids:
                row = s.get(model, row_id)
                if row is not None:
                    s.delete(row)
