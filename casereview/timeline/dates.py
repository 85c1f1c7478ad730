"""Dates as people write them in a feitenrelaas, with their precision kept.

``parse_date("feb 2019")`` gives the whole of February 2019 with precision
month; the original text always travels along so nothing is lost.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from casereview.vocabulary import MONTH_NAMES_NL, DatePrecision
from casereview.vocabulary.error_catalog import Message

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3, "maa": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

_SEASON_WORDS: dict[str, tuple[int, int]] = {
    "begin": (1, 4), "voorjaar": (3, 5), "lente": (3, 5), "zomer": (6, 8), "medio": (5, 8),
    "midden": (5, 8), "najaar": (9, 11), "herfst": (9, 11), "eind": (9, 12), "einde": (9, 12),
    "winter": (12, 12), "early": (1, 4), "mid": (5, 8), "late": (9, 12),
}

MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True)
class PartialDate:
    start: date | None
    end: date | None
    precision: DatePrecision
    text: str
    problem: Message | None = None  # why the text could not be read (str() is the Dutch); None when fine

    @property
    def ok(self) -> bool:
        return self.problem is None


class _Unreadable(ValueError):
    """Why a date's text cannot be read, as a part of the catalog (``part.date.``)."""

    def __init__(self, why: Message) -> None:
        super().__init__(str(why))
        self.why = why


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _year(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 50 else 1900
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise _Unreadable(Message("part.date.year_out_of_range", {"value": value, "low": MIN_YEAR, "high": MAX_YEAR}))
    return value


def _day(year: int, month: int, day: int, text: str) -> PartialDate:
    try:
        d = date(year, month, day)
    except ValueError:
        return PartialDate(None, None, DatePrecision.UNKNOWN, text, Message("part.date.not_existing", {"text": text}))
    return PartialDate(d, d, DatePrecision.DAY, text)


def _month(year: int, month: int, text: str) -> PartialDate:
    if not 1 <= month <= 12:
        return PartialDate(None, None, DatePrecision.UNKNOWN, text,
                           Message("part.date.no_such_month", {"month": month, "text": text}))
    start, end = _month_span(year, month)
    return PartialDate(start, end, DatePrecision.MONTH, text)


def from_value(value: object) -> PartialDate:
    """Read a spreadsheet cell: a real date/datetime, a number or text."""
    if isinstance(value, datetime):
        d = value.date()
        return PartialDate(d, d, DatePrecision.DAY, d.strftime("%d-%m-%Y"))
    if isinstance(value, date):
        return PartialDate(value, value, DatePrecision.DAY, value.strftime("%d-%m-%Y"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = str(int(value)) if float(value).is_integer() else str(value)
        return parse_date(text)
    return parse_date("" if value is None else str(value))


def parse_date(raw: str) -> PartialDate:
    """Parse a Dutch or English date; never raises."""
    text = " ".join(raw.split())
    if not text:
        return PartialDate(None, None, DatePrecision.UNKNOWN, "")
    low = text.lower().strip(" .,")
    try:
        return _parse(low, text)
    except ValueError as exc:  # ours say why; another (a number too big for a day) is an unknown form too
        why = exc.why if isinstance(exc, _Unreadable) else Message("part.date.unknown_form")
        return PartialDate(None, None, DatePrecision.UNKNOWN, text,
                           Message("part.date.unreadable", {"text": text, "reason": why}))


_NUM_DAY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?$")
_NUM_MONTH = re.compile(r"^(?:\?{1,2}|xx|\.\.)?[-/.]?(\d{1,2})[-/.](\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_NAMED = re.compile(r"^(?:(\d{1,2})\s+)?([a-z]+)\.?\s+(\d{4})$")
_SEASON = re.compile(r"^([a-z]+)\s+(\d{4})$")
_UNKNOWN_DAY_NUM = re.compile(r"^\?{1,2}[-/.](\d{1,2})[-/.](\d{4})$")
_UNKNOWN_ALL = re.compile(r"^[?x\-/. ]+$")
_UNKNOWN_DAY_MONTH = re.compile(r"^(?:\?{1,2}|xx)[-/.](?:\?{1,2}|xx)[-/.](\d{4})$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*(?:-|/|–|t/m|tot)\s*(\d{4})$")
_PART_OF_MONTH = re.compile(r"^(begin|start|early|medio|half|midden|mid|eind|einde|end|late)\s+(?:of\s+)?"
                            r"([a-z]+)\.?\s+(\d{4})$")
_WEEK = re.compile(r"^(?:week|wk)\.?\s*(\d{1,2})(?:\s*(?:,|van|in|-|/)\s*|\s+)(\d{4})$")
_ISO_WEEK = re.compile(r"^(\d{4})[- ]?(?:w|week\s*)(\d{1,2})$")
_QUARTER = re.compile(r"^q([1-4])\s*[-/ ]?\s*(\d{4})$")
_ISO_QUARTER = re.compile(r"^(\d{4})\s*[-/ ]?\s*q([1-4])$")
_NTH_QUARTER = re.compile(r"^(1|2|3|4|eerste|tweede|derde|vierde)(?:e|ste|de)?\s+kwartaal(?:\s+van)?\s+(\d{4})$")
_QUARTER_N = re.compile(r"^kwartaal\s+([1-4])\s+(\d{4})$")
_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4}
_PART_DAYS: dict[str, tuple[int, int]] = {
    "begin": (1, 10), "start": (1, 10), "early": (1, 10), "medio": (11, 20), "half": (11, 20),
    "midden": (11, 20), "mid": (11, 20), "eind": (21, 31), "einde": (21, 31), "end": (21, 31), "late": (21, 31),
}
# Words in front of a date that do not change it: a weekday, or "about".
_LEADING_WORDS = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "di", "wo", "do", "vr", "za", "zo", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "ca", "circa", "omstreeks", "rond", "rondom", "ongeveer", "plm", "±", "~", "about", "around", "approx",
}


def _parse(low: str, text: str) -> PartialDate:
    if m := _NUM_DAY.match(low):
        return _day(_year(m.group(3)), int(m.group(2)), int(m.group(1)), text)
    if m := _ISO_DAY.match(low):
        return _day(_year(m.group(1)), int(m.group(2)), int(m.group(3)), text)
    if m := _UNKNOWN_DAY_NUM.match(low):
        return _month(_year(m.group(2)), int(m.group(1)), text)
    if m := _NUM_MONTH.match(low):
        return _month(_year(m.group(2)), int(m.group(1)), text)
    if m := _ISO_MONTH.match(low):
        return _month(_year(m.group(1)), int(m.group(2)), text)
    if m := _YEAR.match(low):
        year = _year(m.group(1))
        return PartialDate(date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR, text)
    if m := _NAMED.match(low):
        day_text, word, year_text = m.groups()
        if word in MONTHS:
            year, month = _year(year_text), MONTHS[word]
            if day_text:
                return _day(year, month, int(day_text), text)
            return _month(year, month, text)
        if not day_text and word in _SEASON_WORDS:
            return _season(word, year_text, text)
    if m := _SEASON.match(low):
        if m.group(1) in _SEASON_WORDS:
            return _season(m.group(1), m.group(2), text)
    if m := _UNKNOWN_DAY_MONTH.match(low):
        year = _year(m.group(1))
        return PartialDate(date(year, 1, 1), date(year, 12, 31), DatePrecision.YEAR, text)
    if m := _PART_OF_MONTH.match(low):
        if m.group(2) in MONTHS:
            return _part_of_month(m.group(1), MONTHS[m.group(2)], _year(m.group(3)), text)
    if m := _WEEK.match(low):
        return _week(_year(m.group(2)), int(m.group(1)), text)
    if m := _ISO_WEEK.match(low):
        return _week(_year(m.group(1)), int(m.group(2)), text)
    for pattern, quarter_group, year_group in ((_QUARTER, 1, 2), (_ISO_QUARTER, 2, 1), (_NTH_QUARTER, 1, 2),
                                               (_QUARTER_N, 1, 2)):
        if m := pattern.match(low):
            quarter = m.group(quarter_group)
            return _quarter(_year(m.group(year_group)), _ORDINALS.get(quarter) or int(quarter), text)
    if m := _YEAR_RANGE.match(low):
        first, last = _year(m.group(1)), _year(m.group(2))
        if first <= last:
            return PartialDate(date(first, 1, 1), date(last, 12, 31), DatePrecision.YEAR, text)
    if _UNKNOWN_ALL.match(low):
        return PartialDate(None, None, DatePrecision.UNKNOWN, text)
    first_word, _, rest = low.partition(" ")
    if rest and first_word.rstrip(".,:") in _LEADING_WORDS:
        return _parse(rest.strip(" .,"), text)
    if low[:1] in "±~" and low[1:].strip():
        return _parse(low[1:].strip(), text)
    raise _Unreadable(Message("part.date.unknown_form"))


def _week(year: int, week: int, text: str) -> PartialDate:
    """'week 12 2020': the ISO week (Monday to Sunday), month precision like 'begin maart 2019'."""
    try:
        start = date.fromisocalendar(year, week, 1)
    except ValueError:
        return PartialDate(None, None, DatePrecision.UNKNOWN, text,
                           Message("part.date.no_such_week", {"week": week, "year": year}))
    return PartialDate(start, date.fromisocalendar(year, week, 7), DatePrecision.MONTH, text)


def _quarter(year: int, quarter: int, text: str) -> PartialDate:
    """'Q3 2020', '3e kwartaal 2020': year precision, placed in its three months like 'najaar 2020'."""
    first = 3 * quarter - 2
    return PartialDate(date(year, first, 1), _month_span(year, first + 2)[1], DatePrecision.YEAR, text)


def _part_of_month(word: str, month: int, year: int, text: str) -> PartialDate:
    """'begin maart 2019': month precision, placed in the part of the month it names."""
    first, last = _PART_DAYS[word]
    month_end = calendar.monthrange(year, month)[1]
    return PartialDate(date(year, month, first), date(year, month, min(last, month_end)), DatePrecision.MONTH, text)


def _season(word: str, year_text: str, text: str) -> PartialDate:
    """'begin 2020' is year precision, placed within the part of the year it names."""
    year = _year(year_text)
    first, last = _SEASON_WORDS[word]
    start = date(year, first, 1)
    end = _month_span(year, last)[1]
    return PartialDate(start, end, DatePrecision.YEAR, text)


def sort_key(start: date | None, end: date | None, precision: str) -> tuple[int, int, int]:
    """Place imprecise dates sensibly: a month sorts at its middle, unknown last."""
    if start is None:
        return (1, 0, 0)
    mid = start if end is None else date.fromordinal((start.toordinal() + end.toordinal()) // 2)
    rank = {DatePrecision.DAY: 0, DatePrecision.MONTH: 1, DatePrecision.YEAR: 2}.get(precision, 3)
    return (0, mid.toordinal(), rank)


def _as_is(word: str) -> str:
    return word


def format_dutch(d: date | None, word: Callable[[str], str] = _as_is) -> str:
    """'23 november 2026'; ``word`` words the month in another language (the window's translation)."""
    if d is None:
        return ""
    return f"{d.day} {word(MONTH_NAMES_NL[d.month - 1])} {d.year}"


def format_event_date(start: date | None, precision: str, text: str, word: Callable[[str], str] = _as_is) -> str:
    """How an event date is shown: precise dates uniformly, imprecise ones marked.

    The month names, the words before a rough date ("ca.", "begin") and "datum onbekend" go through
    ``word``, so the window can show them in its language; what the source wrote stays as written.
    """
    if start is None:
        return text or word("datum onbekend")
    qualifier = word(q) if (q := _qualifier(text)) else ""
    if precision == DatePrecision.DAY:
        return f"{qualifier} {start.strftime('%d-%m-%Y')}" if qualifier else start.strftime("%d-%m-%Y")
    if precision == DatePrecision.MONTH and text and (_WEEK.match(low := text.lower().strip(" .,"))
                                                      or _ISO_WEEK.match(low)):
        return f"week {start.isocalendar().week} {start.isocalendar().year}"
    if precision == DatePrecision.MONTH:
        label = f"{word(MONTH_NAMES_NL[start.month - 1])} {start.year}"
        return f"{qualifier} {label}" if qualifier else label
    return text if text and not text.isdigit() else str(start.year)


_QUALIFIERS = {"ca": "ca.", "circa": "ca.", "omstreeks": "ca.", "rond": "ca.", "rondom": "ca.", "ongeveer": "ca.",
               "plm": "ca.", "about": "ca.", "around": "ca.", "approx": "ca.", "begin": "begin", "start": "begin",
               "early": "begin", "medio": "medio", "half": "medio", "midden": "medio", "mid": "medio",
               "eind": "eind", "einde": "eind", "end": "eind", "late": "eind"}


def _qualifier(text: str) -> str:
    """'ca.', 'begin', 'medio' or 'eind' when the written date starts with such a word, so it stays visible."""
    words = text.lower().replace("±", "ca ").replace("~", "ca ").split()
    return _QUALIFIERS.get(words[0].rstrip(".,:"), "") if len(words) > 1 else ""
