"""The .ics export: due dates of open agreements and the meetings, pseudonymised, parsed back."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from casereview.findings.agreements import set_status
from casereview.findings.followup_agenda import set_terugkommoment
from casereview.reports.colophon import update_colophon
from casereview.reports.kalender import export_calendar
from casereview.reports.safe_write import ExportError
from casereview.session.procedure import update_case_details
from casereview.vocabulary import AgreementStatus
from tests.findings.agreement_sheet_fixtures import owners_case


def test_calendar_parses_back_with_pseudonyms(tmp_path: Path) -> None:
    case, ids = owners_case(tmp_path / "r.casereview")
    set_status(case, ids["school"], AgreementStatus.DONE)
    update_case_details(case, followup_date=date(2027, 4, 1))
    set_terugkommoment(case, date(2027, 11, 1))
    out = export_calendar(case, tmp_path / "afspraken.ics")
    calendar = Calendar.from_ical(out.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 4  # two open agreements, the follow-up meeting and the terugkommoment
    days = sorted(e.decoded("dtstart") for e in events.values())
    assert days == [date(2026, 9, 1), date(2027, 3, 1), date(2027, 4, 1), date(2027, 11, 1)]
    text = out.read_text(encoding="utf-8")
    assert "Sanne" not in text and "Vries" not in text and "moeder" in text
    assert "Casusreview: terugkommoment" in events
    assert len({str(e["uid"]) for e in events.values()}) == 4
    for event in events.values():
        assert str(event["class"]) == "CONFIDENTIAL"
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and alarms[0].decoded("trigger") < timedelta(0)
    title = case.case().title.lower()
    assert not [s for s in events if title in s.lower()]  # no case content in what a notification shows


def test_calendar_marks_the_overdue_and_times_the_meeting(tmp_path: Path) -> None:
    case, ids = owners_case(tmp_path / "r.casereview")
    update_case_details(case, followup_date=date(2027, 4, 1))
    update_colophon(case, followup_time="14:30", followup_place="Stadskantoor, zaal 3")
    out = export_calendar(case, tmp_path / "afspraken.ics", now=datetime(2026, 10, 1, 9, 0))
    events = {str(e["summary"]): e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    late = [s for s in events if s.endswith("(te laat)")]
    assert late == ["Casusreview: afspraak 1 uiterlijk klaar (te laat)"]  # due 1 September 2026
    assert "over de datum" in str(events[late[0]]["description"])
    meeting = events["Casusreview: vervolgbijeenkomst"]
    assert meeting.decoded("dtstart") == datetime(2027, 4, 1, 14, 30)
    assert str(meeting["location"]) == "Stadskantoor, zaal 3"


def test_calendar_with_nothing_planned_writes_nothing(tmp_path: Path) -> None:
    case, ids = owners_case(tmp_path / "r.casereview")
    for item in ids.values():
        set_status(case, item, AgreementStatus.DONE)
    with pytest.raises(ExportError, match="niets geschreven"):
        export_calendar(case, tmp_path / "leeg.ics")
    assert not (tmp_path / "leeg.ics").exists()
    with pytest.raises(ExportError, match=".ics"):
        export_calendar(case, tmp_path / "leeg.txt")
