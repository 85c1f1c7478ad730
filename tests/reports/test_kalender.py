"""The .ics export: due dates of open agreements and the meetings, pseudonymised, parsed back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from casereview.findings.agreements import set_status
from casereview.findings.followup_agenda import set_terugkommoment
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
    assert any(s.startswith("Terugkommoment: ") for s in events)
    assert len({str(e["uid"]) for e in events.values()}) == 4


def test_calendar_with_nothing_planned_writes_nothing(tmp_path: Path) -> None:
    case, ids = owners_case(tmp_path / "r.casereview")
    for item in ids.values():
        set_status(case, item, AgreementStatus.DONE)
    with pytest.raises(ExportError, match="niets geschreven"):
        export_calendar(case, tmp_path / "leeg.ics")
    assert not (tmp_path / "leeg.ics").exists()
    with pytest.raises(ExportError, match=".ics"):
        export_calendar(case, tmp_path / "leeg.txt")
