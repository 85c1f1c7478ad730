"""Dates as people write them in a feitenrelaas: precision and original text kept."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from casereview.timeline.dates import format_event_date, from_value, parse_date, sort_key
from casereview.vocabulary import DatePrecision

D, M, Y, U = DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.UNKNOWN


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("14-02-2019", date(2019, 2, 14), date(2019, 2, 14), D),
    ("14/02/2019", date(2019, 2, 14), date(2019, 2, 14), D),
    ("2019-02-14", date(2019, 2, 14), date(2019, 2, 14), D),
    ("14 februari 2019", date(2019, 2, 14), date(2019, 2, 14), D),
    ("feb 2019", date(2019, 2, 1), date(2019, 2, 28), M),
    ("03-2019", date(2019, 3, 1), date(2019, 3, 31), M),
    ("2020", date(2020, 1, 1), date(2020, 12, 31), Y),
    ("begin 2020", date(2020, 1, 1), date(2020, 4, 30), Y),
    ("?-02-2021", date(2021, 2, 1), date(2021, 2, 28), M),
    ("", None, None, U),
    # forms added for real timelines
    ("ma 14-02-2019", date(2019, 2, 14), date(2019, 2, 14), D),
    ("zaterdag 2 maart 2019", date(2019, 3, 2), date(2019, 3, 2), D),
    ("ca. 2019", date(2019, 1, 1), date(2019, 12, 31), Y),
    ("± feb 2019", date(2019, 2, 1), date(2019, 2, 28), M),
    ("begin maart 2019", date(2019, 3, 1), date(2019, 3, 10), M),
    ("medio maart 2019", date(2019, 3, 11), date(2019, 3, 20), M),
    ("eind februari 2019", date(2019, 2, 21), date(2019, 2, 28), M),
    ("2019-2020", date(2019, 1, 1), date(2020, 12, 31), Y),
    ("??-??-2019", date(2019, 1, 1), date(2019, 12, 31), Y),
])
def test_written_dates_keep_precision_and_text(text: str, start: date | None, end: date | None,
                                               precision: str) -> None:
    parsed = parse_date(text)
    assert (parsed.start, parsed.end, parsed.precision, parsed.text, parsed.problem) == (start, end, precision,
                                                                                         text, None)


@pytest.mark.parametrize(("text", "reason"), [
    ("31-02-2019", "geen bestaande datum"),
    ("13-2019", "maand 13 bestaat niet"),
    ("14-02-1850", "jaartal 1850"),
    ("2020-2019", "geen leesbare datum"),
    ("ca. gisteren", "geen leesbare datum"),
    ("14 februari", "geen leesbare datum"),
])
def test_unreadable_dates_say_why(text: str, reason: str) -> None:
    parsed = parse_date(text)
    assert parsed.precision == U and parsed.start is None and parsed.text == text
    assert parsed.problem is not None and reason in str(parsed.problem)


def test_spreadsheet_values() -> None:
    assert from_value(datetime(2019, 2, 14, 0, 0)).precision == D
    assert from_value(2019).precision == Y
    assert from_value(None).precision == U


@pytest.mark.parametrize(("text", "shown"), [
    ("14-02-2019", "14-02-2019"), ("feb 2019", "februari 2019"), ("begin maart 2019", "begin maart 2019"),
    ("ca. 14-02-2019", "ca. 14-02-2019"), ("± feb 2019", "ca. februari 2019"), ("ma 14-02-2019", "14-02-2019"),
    ("2020", "2020"), ("begin 2020", "begin 2020"), ("", "datum onbekend"),
])
def test_shown_dates_keep_their_imprecision_visible(text: str, shown: str) -> None:
    parsed = parse_date(text)
    assert format_event_date(parsed.start, parsed.precision, parsed.text) == shown


def test_imprecise_dates_sort_at_their_middle_and_unknown_last() -> None:
    texts = ["2019", "begin maart 2019", "01-03-2019", "eind maart 2019", "", "feb 2019"]
    keyed = sorted(texts, key=lambda t: sort_key(parse_date(t).start, parse_date(t).end, parse_date(t).precision))
    assert keyed == ["feb 2019", "01-03-2019", "begin maart 2019", "eind maart 2019", "2019", ""]


@pytest.mark.parametrize(("text", "start", "end", "precision", "shown"), [
    ("week 12 2020", date(2020, 3, 16), date(2020, 3, 22), DatePrecision.MONTH, "week 12 2020"),
    ("Week 12, 2020", date(2020, 3, 16), date(2020, 3, 22), DatePrecision.MONTH, "week 12 2020"),
    ("2020-W53", date(2020, 12, 28), date(2021, 1, 3), DatePrecision.MONTH, "week 53 2020"),
    ("Q3 2020", date(2020, 7, 1), date(2020, 9, 30), DatePrecision.YEAR, "Q3 2020"),
    ("2021 q1", date(2021, 1, 1), date(2021, 3, 31), DatePrecision.YEAR, "2021 q1"),
    ("3e kwartaal 2020", date(2020, 7, 1), date(2020, 9, 30), DatePrecision.YEAR, "3e kwartaal 2020"),
    ("vierde kwartaal 2019", date(2019, 10, 1), date(2019, 12, 31), DatePrecision.YEAR, "vierde kwartaal 2019"),
    ("najaar 2020", date(2020, 9, 1), date(2020, 11, 30), DatePrecision.YEAR, "najaar 2020"),
])
def test_weeks_quarters_and_seasons_are_bounded_periods(text: str, start: date, end: date, precision: str,
                                                        shown: str) -> None:
    parsed = parse_date(text)
    assert (parsed.start, parsed.end, parsed.precision, parsed.text, parsed.problem) == (start, end, precision,
                                                                                         text, None)
    assert format_event_date(parsed.start, parsed.precision, parsed.text) == shown


def test_a_week_that_does_not_exist_is_a_problem_with_the_text_kept() -> None:
    parsed = parse_date("week 54 2020")
    assert parsed.start is None and "week 54" in str(parsed.problem) and parsed.text == "week 54 2020"
