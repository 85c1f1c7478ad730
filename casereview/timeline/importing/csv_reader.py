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
            raise TimelineImportError(code="import.utf_sixteen_damaged", name=name, reason=exc.reason) from exc
    if b"\x00" in data:
        raise TimelineImportError(
            code="import.binary", name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_lines(data, name)
    if bad := _CONTROL.search(text):
        line = text.count("\n", 0, bad.start()) + 1
        raise TimelineImportError(
            code="import.binary_line", name=name, line=line)
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
                    code="import.unknown_encoding", name=name, number=number) from exc
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
        raise TimelineImportError(code="store.cannot_read", name=path.name, strerror=exc.strerror) from exc
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
            code="import.invalid_csv", name=path.name, line_num=reader.line_num, reason=exc) from exc
    if _unterminated_quote(text, table):
        raise TimelineImportError(
            code="import.unclosed_quote", name=path.name, row_numbers=table.row_numbers[-1])
    return table


def _unterminated_quote(text: str, table: RawTable) -> bool:
    """An odd number of quotes and a last row swallowing several lines."""
    if text.count('"') % 2 == 0 or not table.rows:
        return False
    return any(isinstance(cell, str) and cell.count("\n") >= 2 for cell in table.rows[-1])
