"""Dates finer than a quarter in text that leaves the review (the leerbrief, the register).

A day or a month together with the kind of organisations involved can point to
one family; a quarter ("2026-K2") or a year cannot. So text for outsiders may
name years and quarters but no day and no month of a particular year.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from casereview.vocabulary import MONTH_NAMES_NL

_MONTHS = "|".join(sorted({*MONTH_NAMES_NL, *(m[:3] for m in MONTH_NAMES_NL), "sept"}, key=len, reverse=True))
_PATTERNS = [
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),                      # 2026-06-14
    re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"),             # 14-06-2026, 14/6/26
    re.compile(r"\b\d{1,2}[-/]\d{4}\b"),                            # 06-2026
    re.compile(rf"\b\d{{1,2}}\s*(?:{_MONTHS})\b\.?", re.IGNORECASE),  # 14 juni
    re.compile(rf"\b(?:{_MONTHS})\.?\s+['’]?\d{{2,4}}\b", re.IGNORECASE),  # juni 2026, jun '26
]


def find_fine_dates(text: str, event_dates: Iterable[date] = ()) -> list[str]:
    """The day or month dates in ``text`` (as written), plus any of ``event_dates`` in ISO or Dutch form."""
    if not text:
        return []
    found: list[str] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            hit = match.group(0).strip()
            if hit not in found:
                found.append(hit)
    for day in event_dates:
        for form in (day.isoformat(), f"{day.day} {MONTH_NAMES_NL[day.month - 1]} {day.year}"):
            if form.casefold() in text.casefold() and form not in found:
                found.append(form)
    return found

