"""The agreements' dates as an iCalendar file that Outlook and other calendars import.

Due dates of open agreements (an overdue one marked), the follow-up meeting (at its time and
place when known) and the terugkommoment, each with a reminder and marked confidential. A
calendar is shared more casually than a report: summaries carry no case content, the details
are pseudonymised, and the export is refused when a listed real name would still be in it.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreements import is_overdue
from casereview.privacy.ordinary_words import STANDARD_WORDS, words_of
from casereview.reports.documents import check_names_in
from casereview.reports.safe_write import ExportError, check_target, write_atomically
from casereview.reports.sections import agreement_owner, load_context
from casereview.vocabulary import AgreementStatus

OPEN_STATES = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
_FIXED_WORDS = ("Casusreview afspraak uiterlijk klaar te laat Vervolgbijeenkomst Terugkommoment review Eigenaar "
                "Hoe weten we dat het gewerkt heeft Deze is over de datum en nog niet afgerond Herinnering")
SUMMARY_PREFIX = "Casusreview"
AGREEMENT_REMINDER_DAYS = 7
MEETING_REMINDER_DAYS = 1
MEETING_HOURS = 2


def calendar_events(case: CaseFile, *, now: datetime | None = None) -> list[dict[str, Any]]:
    """The events as plain values (uid, day, summary, description, and for a meeting time and place), pseudonymised.

    A summary shows in notifications and on shared agendas, so it holds no case content: only what kind of
    date it is and the agreement's number. The details are in the description, which stays with the event.
    """
    ctx = load_context(case, pseudonymise=True, today=(now.date() if now else None), keep_words=STANDARD_WORDS)
    uuid = ctx.case.uuid
    events: list[dict[str, Any]] = []
    for n, a in enumerate(ctx.agreements, start=1):
        if a.status not in OPEN_STATES or a.due_date is None:
            continue
        late = is_overdue(a, ctx.today)
        details = [f"Afspraak {n}: {ctx.p(a.action)}"]
        if late:
            details.insert(0, "Deze afspraak is over de datum en nog niet afgerond.")
        owner = agreement_owner(ctx, a)
        if owner:
            details.append(f"Eigenaar: {owner}")
        if a.success_check:
            details.append(f"Hoe weten we dat het gewerkt heeft: {ctx.p(a.success_check)}")
        details.append(f"Review: {ctx.title}")
        events.append({"uid": f"{uuid}-afspraak-{a.id}@casereview", "day": a.due_date,
                       "summary": f"{SUMMARY_PREFIX}: afspraak {n} uiterlijk klaar" + (" (te laat)" if late else ""),
                       "description": "\n".join(details), "reminder_days": AGREEMENT_REMINDER_DAYS})
    place = ctx.p(ctx.case.followup_place)
    for key, day, label in (("vervolg", ctx.case.followup_date, "Vervolgbijeenkomst"),
                            ("terugkommoment", ctx.case.terugkommoment_date, "Terugkommoment")):
        if day is None:
            continue
        event: dict[str, Any] = {"uid": f"{uuid}-{key}@casereview", "day": day,
                                 "summary": f"{SUMMARY_PREFIX}: {label.lower()}",
                                 "description": f"{label} van de review '{ctx.title}'.",
                                 "reminder_days": MEETING_REMINDER_DAYS}
        if key == "vervolg":
            event["time"] = _clock(ctx.case.followup_time)
            if place:
                event["location"] = place
        events.append(event)
    return events


def _clock(text: str) -> time | None:
    """"14:00" or "14.00" as a time of day; anything else means the time is not known."""
    parts = text.strip().replace(".", ":").split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    hour, minute = int(parts[0]), int(parts[1])
    return time(hour, minute) if 0 <= hour < 24 and 0 <= minute < 60 else None


def export_calendar(case: CaseFile, out: Path, *, now: datetime | None = None) -> Path:
    """Write ``out`` (.ics); all or nothing, refused on a name leak or when there is nothing to plan."""
    from icalendar import Alarm, Calendar, Event

    out = Path(out)
    if out.suffix.lower() != ".ics":
        raise ExportError(code="calendar.not_ics", suffix=out.suffix)
    check_target(out)
    events = calendar_events(case, now=now)
    if not events:
        raise ExportError(code="calendar.nothing")
    check_names_in(case, [(str(e["summary"]), f"{e['summary']} | {e['description']} | {e.get('location', '')}")
                          for e in events],
                   words_of(_FIXED_WORDS))
    stamp = (now or datetime.now()).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//casereview//afspraken//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    for values in events:
        event = Event()
        day = values["day"]
        assert isinstance(day, date)
        event.add("uid", values["uid"])
        event.add("dtstamp", stamp)
        clock = values.get("time")
        if clock is not None:  # a meeting with a known time: a block in the agenda, not an all-day note
            start = datetime.combine(day, clock)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(hours=MEETING_HOURS))
            event.add("transp", "OPAQUE")
        else:
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
            event.add("transp", "TRANSPARENT")
        event.add("summary", values["summary"])
        event.add("description", values["description"])
        event.add("class", "CONFIDENTIAL")
        if values.get("location"):
            event.add("location", values["location"])
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Herinnering: {values['summary']}")
        alarm.add("trigger", timedelta(days=-int(values["reminder_days"])))
        event.add_component(alarm)
        calendar.add_component(event)
    data = calendar.to_ical()
    write_atomically(out, lambda tmp: tmp.write_bytes(data))
    if not case.read_only:
        with case.write("export", "export", f"kalender → {out.name}"):
            pass
    return out
