"""The agreements' dates as an iCalendar file that Outlook and other calendars import.

Due dates of open agreements, the follow-up meeting and the terugkommoment, as all-day
events. A calendar is shared more casually than a report, so every summary is pseudonymised
and the export is refused when a listed real name would still be in it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from casereview.casefile.case_file import CaseFile
from casereview.privacy.ordinary_words import STANDARD_WORDS, words_of
from casereview.reports.documents import check_names_in
from casereview.reports.safe_write import ExportError, check_target, write_atomically
from casereview.reports.sections import agreement_owner, load_context
from casereview.vocabulary import AgreementStatus

OPEN_STATES = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)
_FIXED_WORDS = "Afspraak uiterlijk klaar Vervolgbijeenkomst Terugkommoment review Eigenaar Hoe weten we dat het gewerkt heeft"


def calendar_events(case: CaseFile, *, now: datetime | None = None) -> list[dict[str, str | date]]:
    """The events as plain values (uid, day, summary, description), pseudonymised."""
    ctx = load_context(case, pseudonymise=True, today=None, keep_words=STANDARD_WORDS)
    uuid = ctx.case.uuid
    events: list[dict[str, str | date]] = []
    for n, a in enumerate(ctx.agreements, start=1):
        if a.status not in OPEN_STATES or a.due_date is None:
            continue
        action = ctx.p(a.action)
        short = action if len(action) <= 70 else action[:69].rstrip() + "…"
        details = [f"Afspraak {n}: {action}"]
        owner = agreement_owner(ctx, a)
        if owner:
            details.append(f"Eigenaar: {owner}")
        if a.success_check:
            details.append(f"Hoe weten we dat het gewerkt heeft: {ctx.p(a.success_check)}")
        events.append({"uid": f"{uuid}-afspraak-{a.id}@casereview", "day": a.due_date,
                       "summary": f"Afspraak {n} uiterlijk klaar: {short}", "description": "\n".join(details)})
    for key, day, label in (("vervolg", ctx.case.followup_date, "Vervolgbijeenkomst"),
                            ("terugkommoment", ctx.case.terugkommoment_date, "Terugkommoment")):
        if day is not None:
            events.append({"uid": f"{uuid}-{key}@casereview", "day": day, "summary": f"{label}: {ctx.title}",
                           "description": f"{label} van de review '{ctx.title}'."})
    return events


def export_calendar(case: CaseFile, out: Path, *, now: datetime | None = None) -> Path:
    """Write ``out`` (.ics); all or nothing, refused on a name leak or when there is nothing to plan."""
    from icalendar import Calendar, Event

    out = Path(out)
    if out.suffix.lower() != ".ics":
        raise ExportError(code="calendar.not_ics", suffix=out.suffix)
    check_target(out)
    events = calendar_events(case, now=now)
    if not events:
        raise ExportError(code="calendar.nothing")
    check_names_in(case, [(str(e["summary"]), f"{e['summary']} | {e['description']}") for e in events],
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
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", values["summary"])
        event.add("description", values["description"])
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data = calendar.to_ical()
    write_atomically(out, lambda tmp: tmp.write_bytes(data))
    if not case.read_only:
        with case.write("export", "export", f"kalender → {out.name}"):
            pass
    return out
