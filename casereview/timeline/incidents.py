"""Several incidents in one review, each with its own date (the sources' "five reports in one review").

The first incident is the case's own (``Case.incident``); these are the further ones.
Dates may be partial ("maart 2026"), kept with their precision like timeline dates.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import func, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import TableState, capture
from casereview.model import CaseFileError
from casereview.model.tables import Incident
from casereview.timeline.dates import parse_date


def list_incidents(case: CaseFile) -> list[Incident]:
    """The further incidents by date (unknown dates last), then in the order they were added."""
    with case.read() as s:
        items = list(s.exec(select(Incident)))
        for item in items:
            s.expunge(item)
    return sorted(items, key=lambda i: (i.date_start is None, i.date_start or date.min, i.position, i.id or 0))


def add_incident(case: CaseFile, date_text: str, description: str) -> Incident:
    clean = " ".join(description.split())
    if not clean:
        raise CaseFileError(code="incident.no_description")
    parsed = parse_date(date_text)
    if parsed.problem:
        raise CaseFileError(code="incident.bad_date", problem=parsed.problem)
    with case.write("incident", "add", clean[:60]) as s:
        position = int(s.exec(select(func.count()).select_from(Incident)).one())
        item = Incident(date_start=parsed.start, date_precision=parsed.precision, date_text=parsed.text,
                        description=clean, position=position)
        s.add(item)
    return item


def remove_incident(case: CaseFile, incident_id: int) -> None:
    with case.write("incident", "delete", f"#{incident_id}") as s:
        item = s.get(Incident, incident_id)
        if item is None:
            raise CaseFileError(code="incident.gone")
        s.delete(item)


def incidents_state(case: CaseFile) -> TableState:
    return capture(case, "incident", Incident)
