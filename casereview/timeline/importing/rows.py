"""Converting the rows of a located table into events, collecting every problem with its row and column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from casereview.timeline.dates import PartialDate, from_value, parse_date
from casereview.timeline.event_types import (
    EVENT_TYPE_LABELS,
    event_type_from_text,
    recognise_event_type,
    recognise_handover,
)
from casereview.timeline.importing.cells import cell_text, is_blank, shorten, trimmed
from casereview.timeline.importing.column_mapping import (
    DATE,
    DESCRIPTION,
    EVENT_TYPE,
    KEY_MOMENT,
    PARTY,
    SOURCE,
    TIME,
    column_name,
    normalise_key,
)
from casereview.timeline.importing.locate import Located
from casereview.timeline.importing.raw_table import RawTable, where
from casereview.vocabulary import RESPONSIBILITY_EVENT_TYPES, DatePrecision, KeyMoment
from casereview.vocabulary.error_catalog import Labels, Message

MAX_DESCRIPTION = 20_000
MAX_PARTY = 150
MAX_SOURCE = 1_000
MAX_DATE_TEXT = 100
MAX_TIME_TEXT = 20
_EXCEL_SERIAL = (20_000, 80_000)  # 1954..2119 as Excel day numbers

_TIME = re.compile(r"^(\d{1,2})(?:[:.u](\d{2})(?:[:.]\d{2})?)?\s*(?:uur|u|h)?$")
_ISO_TIME = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}[ tT](\d{1,2}):(\d{2})(?::\d{2})?$")
_DATE_WITH_TIME = re.compile(r"^(.*\S)\s+(?:om\s+)?(\d{1,2}[:.]\d{2})(?:\s*uur)?$", re.IGNORECASE)
_KEY_MOMENTS: dict[str, str] = {
    "": KeyMoment.NONE, "nee": KeyMoment.NONE, "no": KeyMoment.NONE, "geen": KeyMoment.NONE,
    "none": KeyMoment.NONE, "0": KeyMoment.NONE, "nvt": KeyMoment.NONE, "n.v.t.": KeyMoment.NONE,
    "goed": KeyMoment.GOOD, "good": KeyMoment.GOOD, "positief": KeyMoment.GOOD, "positive": KeyMoment.GOOD,
    "ging goed": KeyMoment.GOOD, "+": KeyMoment.GOOD,
    "zorgelijk": KeyMoment.CONCERN, "zorg": KeyMoment.CONCERN, "concern": KeyMoment.CONCERN,
    "negatief": KeyMoment.CONCERN, "negative": KeyMoment.CONCERN, "kritiek": KeyMoment.CONCERN,
    "kritisch": KeyMoment.CONCERN, "-": KeyMoment.CONCERN,
}


@dataclass
class RowProblem:
    """A row (or one cell of it) that could not be read as it stands."""

    file: str
    row: int
    column: str
    reason: Message  # a part of the catalog (part.row.); str() is the Dutch the command line prints

    def __str__(self) -> str:
        place = f"{self.file}, rij {self.row}"
        if self.column:
            place += f", kolom {self.column}"
        return f"{place}: {self.reason}"



@dataclass
class ConvertedRow:
    row: int
    date: PartialDate
    time: str
    party: str
    description: str
    source: str
    key_moment: str
    problems: list[RowProblem]
    skipped: bool
    event_type: str = ""
    receiver: str = ""  # the words naming who takes over ("het wijkteam"), matched to a party on writing
    followup_confirmed: str = ""



def excel_serial(value: object, kind: str) -> PartialDate | None:
    if kind != "xlsx" or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if not _EXCEL_SERIAL[0] <= value <= _EXCEL_SERIAL[1]:
        return None
    d = date(1899, 12, 30) + timedelta(days=int(value))
    return PartialDate(d, d, DatePrecision.DAY, d.strftime("%d-%m-%Y"))


def parse_time(value: object) -> tuple[str, bool]:
    """('14:30', True), or the text as written and False when it is not a time of day."""
    if isinstance(value, datetime):
        return value.strftime("%H:%M"), True
    if isinstance(value, time):
        return value.strftime("%H:%M"), True
    if isinstance(value, float) and 0 <= value < 1:
        minutes = round(value * 24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}", True
    text = cell_text(value)
    if not text:
        return "", True
    if m := _TIME.match(text.lower()):
        hours, minutes = int(m.group(1)), int(m.group(2) or 0)
        if (m.group(2) or text.lower().endswith(("uur", "u", "h"))) and hours < 24 and minutes < 60:
            return f"{hours:02d}:{minutes:02d}", True
    return text, False


def _cell(cells: Sequence[object], indexes: list[int] | None) -> object:
    if not indexes:
        return None
    i = indexes[0]
    return cells[i] if i < len(cells) else None


def _joined(cells: Sequence[object], indexes: list[int] | None) -> str:
    parts = [cell_text(cells[i]) for i in indexes or [] if i < len(cells)]
    return "\n".join(p for p in parts if p)


def convert_rows(path: Path, table: RawTable, located: Located, file_party: str) -> list[ConvertedRow]:
    fields = located.mapping.fields
    headers = located.headers
    name = where(path, table)
    header_key = [normalise_key(h) for h in headers]
    start = 0 if located.headerless else (located.header_index or 0) + 1
    out: list[ConvertedRow] = []

    def header_of(field_name: str) -> str:
        return headers[fields[field_name][0]]

    for cells, number in zip(table.rows[start:], table.row_numbers[start:]):
        if is_blank(cells):
            continue
        if (not located.headerless and cells and normalise_key(cell_text(cells[0])) == header_key[0]
                and [normalise_key(cell_text(c)) for c in trimmed(cells)] == header_key):
            continue  # the header repeated (a table continued on the next page)
        problems: list[RowProblem] = []

        def problem(column: str, code: str, problems: list[RowProblem] = problems, number: int = number,
                    **params: object) -> None:
            problems.append(RowProblem(name, number, column, Message(f"part.row.{code}", params)))

        extra = [(i, cell_text(c)) for i, c in enumerate(cells) if i >= len(headers) and cell_text(c)]
        if extra:
            i, text = extra[0]
            problem(f"{column_name(i)}", "outside_columns", text=shorten(text))

        description = _joined(cells, fields.get(DESCRIPTION))
        skipped = False
        if not description:
            problem(header_of(DESCRIPTION), "no_description")
            skipped = True
        elif len(description) > MAX_DESCRIPTION:
            problem(header_of(DESCRIPTION), "description_too_long", length=f"{len(description):,}".replace(",", "."),
                    limit=f"{MAX_DESCRIPTION:,}".replace(",", "."))
            skipped = True

        raw_date = _cell(cells, fields.get(DATE))
        parsed, time_from_date = read_date(raw_date, table.kind)
        if skipped:  # one clear reason per skipped row; the rest would not be imported anyway
            out.append(ConvertedRow(number, parsed, time_from_date, cell_text(_cell(cells, fields.get(PARTY))), description,
                            "", KeyMoment.NONE, problems, True))
            continue
        if len(parsed.text) > MAX_DATE_TEXT:
            problem(header_of(DATE), "date_too_long", length=len(parsed.text))
            parsed = PartialDate(None, None, DatePrecision.UNKNOWN, parsed.text[:MAX_DATE_TEXT - 1] + "…")
        elif parsed.problem is not None:
            problem(header_of(DATE), "date_unreadable", problem=parsed.problem)
            parsed = PartialDate(None, None, DatePrecision.UNKNOWN, parsed.text)

        time_text = time_from_date
        if fields.get(TIME):
            raw_time = _cell(cells, fields[TIME])
            value, ok = parse_time(raw_time)
            if value:
                time_text = value
            if not ok:
                if len(value) > MAX_TIME_TEXT:
                    time_text = ""
                    problem(header_of(TIME), "time_dropped", text=shorten(value))
                else:
                    problem(header_of(TIME), "time_as_text", text=value)

        party_name = " ".join(cell_text(_cell(cells, fields.get(PARTY))).split())
        if len(party_name) > MAX_PARTY:
            problem(header_of(PARTY), "party_too_long", length=len(party_name), limit=MAX_PARTY)
            party_name = ""
        party_name = party_name or file_party

        source = _joined(cells, fields.get(SOURCE))
        if len(source) > MAX_SOURCE:
            problem(header_of(SOURCE), "source_too_long", length=len(source), limit=MAX_SOURCE)
            source = ""

        key_moment = KeyMoment.NONE
        if fields.get(KEY_MOMENT):
            raw_key = cell_text(_cell(cells, fields[KEY_MOMENT])).lower()
            if raw_key in _KEY_MOMENTS:
                key_moment = _KEY_MOMENTS[raw_key]
            else:
                problem(header_of(KEY_MOMENT), "unknown_key_moment", text=shorten(raw_key))

        event_type = recognise_event_type(description)
        if fields.get(EVENT_TYPE):
            raw_type = cell_text(_cell(cells, fields[EVENT_TYPE]))
            written = event_type_from_text(raw_type)
            if written is None:
                problem(header_of(EVENT_TYPE), "unknown_event_type", text=shorten(raw_type),
                        known=Labels(v for v in EVENT_TYPE_LABELS.values() if v))
            elif written:
                event_type = written

        wording = recognise_handover(description) if event_type in RESPONSIBILITY_EVENT_TYPES else None
        out.append(ConvertedRow(number, parsed, time_text, party_name, description, source, key_moment, problems,
                                skipped, event_type, wording.receiver if wording else "",
                                wording.confirmed if wording else ""))
    return out


def read_date(value: object, kind: str) -> tuple[PartialDate, str]:
    """The date of a cell, plus a time of day when the cell held one too."""
    if isinstance(value, datetime) and value.time() != time(0):
        return from_value(value), value.strftime("%H:%M")
    if (serial := excel_serial(value, kind)) is not None:
        return serial, ""
    parsed = from_value(value)
    if parsed.problem is None and isinstance(value, str) and (m := _ISO_TIME.search(value.strip())):
        return parsed, f"{int(m.group(1)):02d}:{m.group(2)}"
    if parsed.problem is not None and isinstance(value, str) and (m := _DATE_WITH_TIME.match(value.strip())):
        day = parse_date(m.group(1))
        clock, ok = parse_time(m.group(2))
        if day.problem is None and ok:
            return PartialDate(day.start, day.end, day.precision, value.strip()), clock
    return parsed, ""
