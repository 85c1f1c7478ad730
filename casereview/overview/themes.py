"""Theme counts across cases: the one function other views (such as a regional register) build on.

A theme is the same across files when it has the same stable code (the
default rode draden, or codes from a shared codebook) or, without a code, the
same name after folding case, accents and spacing. Counts never double a case:
a theme "appears" in a case when a conclusion or an agreement there carries it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from casereview.overview.records import CaseRecord, ThemeRef
from casereview.vocabulary.codebook import normalised_name


def theme_key(theme: ThemeRef) -> str:
    """``code`` for a coded theme, ``naam:<normalised name>`` otherwise."""
    return theme.code if theme.code else "naam:" + normalised_name(theme.name)


@dataclass
class ThemeCount:
    """One theme across cases. ``years`` counts cases per case year; ``case_paths`` are the cases behind ``cases``."""

    key: str
    name: str
    code: str | None
    cases: int = 0
    conclusions: int = 0
    agreements: int = 0
    years: dict[int, int] = field(default_factory=dict)
    case_paths: list[str] = field(default_factory=list)

    @property
    def recurring(self) -> bool:
        """Recurring means: in two or more cases, never one case mentioning it often."""
        return self.cases >= 2


def themes_in_case(record: CaseRecord) -> dict[str, ThemeRef]:
    """The themes a case's conclusions and agreements carry, by key (worked out once per record)."""
    cached = record.__dict__.get("_themes_in_case")
    if cached is not None:
        return cached
    by_id = record.themes_by_id
    used: dict[str, ThemeRef] = {}
    for item in [*record.conclusions, *record.agreements]:
        for theme_id in item.theme_ids:
            theme = by_id.get(theme_id)
            if theme is not None and theme_key(theme) not in used:
                used[theme_key(theme)] = theme
    record.__dict__["_themes_in_case"] = used
    return used


def count_themes(cases: Iterable[CaseRecord]) -> list[ThemeCount]:
    """Per theme: cases, conclusions and agreements carrying it, and cases per year; most frequent first.

    ``cases`` should hold one record per review (as :func:`casereview.overview.index.load_cases`
    returns them). The name shown is the one of the latest case using the theme.
    """
    counts: dict[str, ThemeCount] = {}
    for record in sorted(cases, key=lambda r: r.case_date or ""):
        for key, theme in themes_in_case(record).items():
            count = counts.setdefault(key, ThemeCount(key, theme.name, theme.code))
            count.name = theme.name
            count.cases += 1
            count.case_paths.append(record.path)
            if record.year is not None:
                count.years[record.year] = count.years.get(record.year, 0) + 1
        by_id = {t.id: theme_key(t) for t in record.themes}
        for conclusion in record.conclusions:
            for key in {by_id[t] for t in conclusion.theme_ids if t in by_id}:
                counts[key].conclusions += 1
        for agreement in record.agreements:
            for key in {by_id[t] for t in agreement.theme_ids if t in by_id}:
                counts[key].agreements += 1
    return sorted(counts.values(), key=lambda c: (-c.cases, -(c.conclusions + c.agreements), c.name))
