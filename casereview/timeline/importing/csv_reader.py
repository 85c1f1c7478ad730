"""Reading a CSV timeline: encoding and delimiter are detected, never asked.

What Excel on a Dutch laptop saves is semicolon separated Windows-1252; other
tools write UTF-8 with or without BOM, commas or tabs. Files pasted together
from several sources can mix UTF-8 and Windows-1252 lines, so a file that is
not valid UTF-8 as a whole is decoded line by line.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

from casereview.timeline.importing.raw_table import RawTable, TimelineImportError

DELIMITERS = (";", "\t", ",", "|")
SNIFF_LINES = 30
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SEP_HINT = re.compile(r"^sep=(.)\s*$", re.IGNORECASE)
csv.field_size_limit(1_000_000)


def decode(data: bytes, name: str) -> str:
    """Text of a CSV file as UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise TimelineImportError(f"'{name}' begint als UTF-16-tekst maar is beschadigd ({exc.reason}).") from exc
    if b"\x00" in data:
        raise TimelineImportError(
            f"'{name}' bevat binaire gegevens en is geen leesbaar tekstbestand (of staat in een tekencodering "
            "zonder kenmerk, zoals UTF-16 zonder BOM). Sla de tijdlijn op als 'CSV (puntkomma's)' of 'CSV UTF-8'.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_lines(data, name)
    if bad := _CONTROL.search(text):
        line = text.count("\n", 0, bad.start()) + 1
        raise TimelineImportError(
            f"'{name}' bevat op regel {line} onleesbare tekens (binaire gegevens); het is geen tekstbestand "
            "met een tijdlijn.")
    return text


def _decode_lines(data: bytes, name: str) -> str:
    lines: list[str] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        try:
            lines.append(raw.decode("utf-8"))
        except UnicodeDecodeError:
            try:
                lines.append(raw.decode("cp1252"))
            except UnicodeDecodeError as exc:
                raise TimelineImportError(
                    f"'{name}', regel {number}: de tekencodering is niet te herkennen (geen UTF-8 en geen "
                    "Windows-1252). Sla het bestand op als 'CSV UTF-8' en probeer het opnieuw.") from exc
    text = "\n".join(lines)
    return text[1:] if text.startswith("\ufeff") else text


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines into the most equal, widest rows."""
    sample = "\n".join(lines[:SNIFF_LINES])
    best, best_score = DELIMITERS[0], (-1, -1)
    for delimiter in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if any(r)]
        except csv.Error:
            continue
        if not rows:
            continue
        widths = Counter(len(r) for r in rows if len(r) > 1)
        if not widths:
            continue
        width, count = widths.most_common(1)[0]
        score = (count, width)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv(path: Path) -> RawTable:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise TimelineImportError(f"Het bestand '{path.name}' kan niet worden gelezen: {exc.strerror}.") from exc
    text = decode(data, path.name)
    if not text.strip():
        raise TimelineImportError(code="import.empty", name=path.name)
    lines = text.splitlines()
    first_row = 1
    if lines and (hint := _SEP_HINT.match(lines[0])):
        delimiter = hint.group(1)
        text = text.split("\n", 1)[1] if "\n" in text else ""
        first_row = 2
    else:
        delimiter = sniff_delimiter(lines)
    table = RawTable(kind="csv", label="", key=None)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        for number, row in enumerate(reader, start=first_row):
            table.rows.append(list(row))
            table.row_numbers.append(number)
    except csv.Error as exc:
        raise TimelineImportError(
            f"'{path.name}', regel {reader.line_num}: het bestand is geen geldige CSV ({exc}).") from exc
    if _unterminated_quote(text, table):
        raise TimelineImportError(
            f"'{path.name}', rij {table.row_numbers[-1]}: een aanhalingsteken (\") wordt niet afgesloten, "
            "waardoor de rest van het bestand in één cel terechtkomt. Controleer die rij.")
    return table


def _unterminated_quote(text: str, table: RawTable) -> bool:
    """An odd number of quotes and a last row swallowing several lines."""
    if text.count('"') % 2 == 0 or not table.rows:
        return False
    return any(isinstance(cell, str) and cell.count("\n") >= 2 for cell in table.rows[-1])
