"""The overview's figures: agreements across cases, themes, recurrence after closure, conclusions, what went well."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.overview.index import Duplicate, LoadedCases, load_cases
from casereview.overview.records import AgreementRef, CaseRecord, Skipped
from casereview.overview.themes import ThemeCount, count_themes, theme_key, themes_in_case
from casereview.vocabulary import AgreementKind, AgreementStatus, EffectResult

OPEN_STATES = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
# The overview's effect buckets, as ``overview --json`` names them; "too early to say" counts as unmeasured.
EFFECT_BUCKETS = ("works", "partly", "not", "unmeasured")
_BUCKET_OF: dict[str, str] = {EffectResult.WORKS: "works", EffectResult.PARTLY: "partly", EffectResult.DOES_NOT_WORK: "not"}


def effect_bucket(effect: str) -> str:
    return _BUCKET_OF.get(effect, "unmeasured")


def effect_counts(rows: Iterable[AgreementRow]) -> dict[str, int]:
    """Works / partly / not / unmeasured over agreements that are a measure ("no measure needed" has no effect)."""
    counts = dict.fromkeys(EFFECT_BUCKETS, 0)
    for row in rows:
        if row.agreement.kind != AgreementKind.NO_MEASURE:
            counts[effect_bucket(row.agreement.effect)] += 1
    return counts


@dataclass
class AgreementRow:
    case: CaseRecord
    agreement: AgreementRef
    themes: list[str]
    theme_keys: list[str]
    overdue: bool


@dataclass
class Recurrence:
    """A theme back in a later case after an agreement with that theme was marked done."""

    theme: str
    theme_key: str
    done_case: CaseRecord
    done_agreement: AgreementRef
    done_on: str | None
    later_case: CaseRecord


@dataclass
class Passage:
    case: CaseRecord
    text: str
    kind: str  # "conclusion", "agreement" or "went_well"


@dataclass
class Overview:
    as_of: date
    cases: list[CaseRecord]
    skipped: list[Skipped]
    duplicates: list[Duplicate]
    agreements: list[AgreementRow] = field(default_factory=list)
    themes: list[ThemeCount] = field(default_factory=list)
    recurrences: list[Recurrence] = field(default_factory=list)
    conclusions_by_theme: dict[str, list[Passage]] = field(default_factory=dict)
    went_well: list[Passage] = field(default_factory=list)
    exercises: list[CaseRecord] = field(default_factory=list)  # practice reviews, left out of every figure

    def effect(self) -> dict[str, int]:
        return effect_counts(self.agreements)

    def effect_by_theme(self) -> dict[str, dict[str, int]]:
        """Theme key → effect counts of the agreements under that theme."""
        keys = dict.fromkeys(key for row in self.agreements for key in row.theme_keys)
        return {key: effect_counts(r for r in self.agreements if key in r.theme_keys) for key in keys}

    def effect_by_level(self) -> dict[str, dict[str, int]]:
        """Level key ("" when none was chosen) → effect counts."""
        levels = dict.fromkeys(row.agreement.level for row in self.agreements)
        return {level: effect_counts(r for r in self.agreements if r.agreement.level == level) for level in levels}

    def status_counts(self) -> dict[str, int]:
        counts = {status.value: 0 for status in AgreementStatus}
        for row in self.agreements:
            counts[row.agreement.status] = counts.get(row.agreement.status, 0) + 1
        return counts

    def passages(self, key: str, column: str, year: int | None = None) -> list[Passage]:
        """What stands behind one number of the themes view: the cases, conclusions or agreements."""
        out: list[Passage] = []
        for record in self.cases:
            if year is not None and record.year != year:
                continue
            keys = {t.id: theme_key(t) for t in record.themes}
            if column == "cases":
                if key in themes_in_case(record):
                    out.append(Passage(record, record.title, "case"))
                continue
            items = record.conclusions if column == "conclusions" else record.agreements
            for item in items:
                if any(keys.get(t) == key for t in item.theme_ids):
                    text = item.text if column == "conclusions" else item.action  # type: ignore[union-attr]
                    out.append(Passage(record, text, column[:-1]))
        return out

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` figures; the status keys stay English whatever the labels say."""
        agreements: dict[str, Any] = {"total": len(self.agreements), **self.status_counts(),
                                      "overdue": sum(1 for row in self.agreements if row.overdue),
                                      "effect": self.effect(), "effect_by_level": self.effect_by_level()}
        by_theme = self.effect_by_theme()
        return {
            "as_of": self.as_of.isoformat(),
            "cases": len(self.cases),
            "agreements": agreements,
            "themes": [{"name": t.name, "code": t.code, "cases": t.cases, "conclusions": t.conclusions,
                        "agreements": t.agreements, "recurring": t.recurring,
                        "effect": by_theme.get(t.key, dict.fromkeys(EFFECT_BUCKETS, 0)),
                        "years": {str(y): n for y, n in sorted(t.years.items())}} for t in self.themes],
            "recurrence": [{"theme": r.theme, "done_case": r.done_case.path, "done_on": r.done_on,
                            "later_case": r.later_case.path} for r in self.recurrences],
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "duplicates": [{"path": d.path, "same_as": d.same_as} for d in self.duplicates],
            "exercises": len(self.exercises),
        }


def is_overdue(agreement: AgreementRef, as_of: date) -> bool:
    """Due before ``as_of`` and still open or in progress (the same rule as one case's follow-up)."""
    return bool(agreement.due_date) and agreement.due_date < as_of.isoformat() and agreement.status in OPEN_STATES


def in_period(record: CaseRecord, start: date | None, end: date | None) -> bool:
    if start is None and end is None:
        return True
    if record.case_date is None:
        return False
    return (start is None or record.case_date >= start.isoformat()) and (end is None or record.case_date <= end.isoformat())


def build_overview(loaded: LoadedCases, *, as_of: date | None = None, start: date | None = None,
                   end: date | None = None) -> Overview:
    as_of = as_of or date.today()
    in_range = [record for record in loaded.cases if in_period(record, start, end)]
    cases = [record for record in in_range if not record.exercise]
    overview = Overview(as_of, cases, loaded.skipped, loaded.duplicates,
                        exercises=[record for record in in_range if record.exercise])
    for record in cases:
        by_id = {t.id: t for t in record.themes}
        for agreement in record.agreements:
            refs = [by_id[t] for t in agreement.theme_ids if t in by_id]
            overview.agreements.append(AgreementRow(record, agreement, [t.name for t in refs],
                                                    [theme_key(t) for t in refs], is_overdue(agreement, as_of)))
        for conclusion in record.conclusions:
            for theme_id in dict.fromkeys(conclusion.theme_ids):
                if theme_id in by_id:
                    overview.conclusions_by_theme.setdefault(theme_key(by_id[theme_id]), []).append(
                        Passage(record, conclusion.text, "conclusion"))
            if conclusion.no_change:
                overview.went_well.append(Passage(record, conclusion.text, "conclusion"))
        overview.went_well.extend(Passage(record, text, "went_well") for text in record.went_well)
    overview.themes = count_themes(cases)
    names = {t.key: t.name for t in overview.themes}  # one name per theme, whatever a single file calls it
    for row in overview.agreements:
        row.themes = [names.get(key, name) for key, name in zip(row.theme_keys, row.themes, strict=True)]
    overview.recurrences = find_recurrences(cases)
    return overview


def find_recurrences(cases: Iterable[CaseRecord]) -> list[Recurrence]:
    """Themes that come back in a later case after an agreement carrying them was marked done.

    One row per theme and later case, naming the most recent agreement with
    that theme that was done before it. "Before" compares the later case's
    date with the day the agreement was marked done (from the change log), or
    with the earlier case's date when that day is not known.
    """
    cases = list(cases)
    used = {record.path: themes_in_case(record) for record in cases}
    done: dict[str, list[tuple[str, int, CaseRecord, AgreementRef]]] = {}
    for number, record in enumerate(cases):
        for agreement in record.agreements:
            if agreement.status != AgreementStatus.DONE:
                continue
            since = agreement.done_on or record.case_date or ""
            for key in {theme_key(t) for t in map(record.theme, agreement.theme_ids) if t is not None}:
                done.setdefault(key, []).append((since, number, record, agreement))
    for events in done.values():
        events.sort(key=lambda e: (e[0], e[1]))
    found: list[Recurrence] = []
    for later in cases:
        when = later.case_date or ""
        for key, theme in used[later.path].items():
            events = done.get(key)
            if not events:
                continue
            position = bisect_left(events, when, key=lambda e: e[0])
            while position > 0 and events[position - 1][2] is later:
                position -= 1
            if position == 0:
                continue
            since, _number, record, agreement = events[position - 1]
            found.append(Recurrence(theme.name, key, record, agreement, agreement.done_on, later))
    found.sort(key=lambda r: (r.theme, r.later_case.case_date or "", r.later_case.path))
    return found


def overview_of(sources: Iterable[Path | str], *, as_of: date | None = None, start: date | None = None,
                end: date | None = None, passphrase: str | None = None,
                progress: Progress = NO_PROGRESS) -> Overview:
    """Read (through the index) and count in one go, for the command line and tests."""
    loaded = load_cases(sources, passphrase=passphrase, progress=progress)
    return build_overview(loaded, as_of=as_of, start=start, end=end)
