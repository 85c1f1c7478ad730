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
_DAY_WORDS = ("een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|dertien|veertien|vijftien|"
              "zestien|zeventien|achttien|negentien|twintig|eenentwintig|tweeëntwintig|drieëntwintig|"
              "vierentwintig|vijfentwintig|zesentwintig|zevenentwintig|achtentwintig|negenentwintig|dertig|"
              "eenendertig|eerste|tweede|derde|vierde|vijfde")
_DAYS_OF_NOTE = ("koningsdag|koninginnedag|bevrijdingsdag|kerst|kerstmis|kerstavond|eerste kerstdag|tweede kerstdag|"
                 "oudjaar|oudejaarsavond|oud en nieuw|nieuwjaarsdag|nieuwjaar|pasen|paasmaandag|pinksteren|"
                 "hemelvaartsdag|hemelvaart|sinterklaas|sinterklaasavond|pakjesavond|moederdag|vaderdag|"
                 "carnaval|halloween|valentijnsdag|prinsjesdag|suikerfeest|offerfeest")
# Counts written like a day and a month ("2-3 keer") are not dates.
_COUNT_AFTER = re.compile(r"\s*(?:keer|maal|jaar|weken|dagen|maanden|uur|kwartier|minuten|gesprekken|kinderen|"
                          r"personen|mensen|organisaties|partijen|\w*en\b)", re.IGNORECASE)
_PATTERNS = [
    re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b"),                      # 2026-06-14
    re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"),             # 14-06-2026, 14/6/26
    re.compile(r"\b\d{1,2}[-/]\d{4}\b"),                            # 06-2026
    re.compile(rf"\b\d{{1,2}}\s*(?:e|ste|de)?\s*(?:{_MONTHS})\b\.?", re.IGNORECASE),  # 14 juni, 14e mei
    re.compile(rf"\b(?:{_MONTHS})\.?\s*['’]\s*\d{{2}}\b", re.IGNORECASE),  # mei'24, jun '26
    re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{2,4}}\b", re.IGNORECASE),  # juni 2026
    re.compile(rf"\b(?:{_DAY_WORDS})\s+(?:{_MONTHS})\b", re.IGNORECASE),  # veertien juni
    re.compile(rf"\b(?:{_DAYS_OF_NOTE})\s+(?:van\s+|in\s+)?(?:19|20)\d{{2}}\b", re.IGNORECASE),  # Koningsdag 2024
    re.compile(r"\bweek\s+\d{1,2}\b(?:\s+(?:van\s+)?(?:19|20)\d{2}\b)?", re.IGNORECASE),  # week 20 van 2024
    re.compile(r"\b(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\b"),  # 20240514
]
# A day and a month without a year ("14-5", "14/5", "14.6") and a year with its month ("2024-05").
_DAY_MONTH = re.compile(r"\b(\d{1,2})([-/.])(\d{1,2})\b(?![-/.]\d)")
_YEAR_MONTH = re.compile(r"\b(?:19|20)\d{2}-(0?[1-9]|1[0-2])\b(?!-\d)")


def _short_dates(text: str) -> list[str]:
    found: list[str] = []
    for match in _DAY_MONTH.finditer(text):
        day, month = int(match.group(1)), int(match.group(3))
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if match.start() > 0 and text[match.start() - 1] in "-/.,":
            continue
        if match.group(2) == "-" and _COUNT_AFTER.match(text, match.end()):
            continue
        found.append(match.group(0))
    found += [m.group(0) for m in _YEAR_MONTH.finditer(text)]
    return found


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
    for hit in _short_dates(text):
        if not any(hit in earlier for earlier in found):
            found.append(hit)
    for day in event_dates:
        for form in (day.isoformat(), f"{day.day} {MONTH_NAMES_NL[day.month - 1]} {day.year}"):
            if form.casefold() in text.casefold() and form not in found:
                found.append(form)
    return found

