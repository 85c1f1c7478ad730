"""Who owns the verslag and what state it is in: the colophon, filled in once per case.

The fields live on the case row; the window's "Colofon…" dialog and
``casereview colophon`` both write them here. The verslag prints them on the
page after the title, and a definitive verslag gets a signature block.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlmodel import select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import TableState, capture
from casereview.model import CaseFileError
from casereview.model.tables import Case
from casereview.vocabulary import ReportStatus

COLOPHON_FIELDS = ("commissioner", "chair_name", "chair_contact", "authors", "report_version", "report_status",
                   "adopted_on", "distribution", "followup_time", "followup_place")


@dataclass(frozen=True)
class Colophon:
    commissioner: str = ""
    chair_name: str = ""
    chair_contact: str = ""
    authors: str = ""  # one per line
    report_version: str = ""
    report_status: str = ReportStatus.CONCEPT
    adopted_on: date | None = None
    distribution: str = ""  # one recipient per line
    followup_time: str = ""
    followup_place: str = ""

    @property
    def final(self) -> bool:
        return self.report_status == ReportStatus.FINAL

    def lines(self, field: str) -> list[str]:
        return [line.strip() for line in str(getattr(self, field)).splitlines() if line.strip()]

    def as_json(self) -> dict[str, Any]:
        values = asdict(self)
        values["adopted_on"] = self.adopted_on.isoformat() if self.adopted_on else None
        return values


def read_colophon(case: CaseFile) -> Colophon:
    with case.read() as s:
        row = s.exec(select(Case)).one()
        return Colophon(**{field: getattr(row, field) for field in COLOPHON_FIELDS})


def colophon_state(case: CaseFile) -> TableState:
    """The colophon now, for undo."""
    return capture(case, "case", Case, columns=COLOPHON_FIELDS)


def update_colophon(case: CaseFile, **values: object) -> Colophon:
    """Set some colophon fields; text is stripped, the status must be concept or final."""
    unknown = set(values) - set(COLOPHON_FIELDS)
    if unknown:
        raise CaseFileError(code="colophon.unknown_field", fields=", ".join(sorted(unknown)))
    if "report_status" in values and values["report_status"] not in tuple(ReportStatus):
        raise CaseFileError(code="colophon.bad_status", status=str(values["report_status"]))
    if "adopted_on" in values and values["adopted_on"] is not None and not isinstance(values["adopted_on"], date):
        raise CaseFileError(code="colophon.bad_date", value=str(values["adopted_on"]))
    cleaned = {key: value.strip() if isinstance(value, str) else value for key, value in values.items()}
    with case.write("case", "colophon", ", ".join(sorted(cleaned))) as s:
        row = s.exec(select(Case)).one()
        for key, value in cleaned.items():
            setattr(row, key, value)
        s.add(row)
    return read_colophon(case)
