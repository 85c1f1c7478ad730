"""Limits for zipped inputs (.xlsx, .docx, .ods, .odt, Word templates), checked before any parsing.

A zip member can claim a thousand times its compressed size: a 3 MB .xlsx
held one 1.5 GB cell and took 5.4 GB of memory before its row was skipped.
Every reader of a zipped format calls :func:`check_archive` first. It reads
only the zip's central directory, so a bomb is refused within milliseconds.
Python's zipfile never inflates a member past the size the directory
declares (it raises on a mismatch), so these declared sizes bound memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from casereview.timeline.importing.raw_table import TimelineImportError

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress extremely well (empty styles)
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell; anything longer is not from an office program


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_archive(path: Path, *, what: str = "Het bestand") -> None:
    """Refuse a zipped file whose members would unpack too big, or too many, to read safely.

    ``what`` names the kind in the message, with its article ("De Excel-werkmap", "Het Word-document").
    A file that is not a zip at all is left to the reader, which says so.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if len(members) > MAX_MEMBERS:
        raise TimelineImportError(
            code="import.archive_too_many_parts", what=what, name=path.name, count=len(members), max_members=MAX_MEMBERS)
    total = 0
    for member in members:
        size = member.file_size
        total += size
        ratio = size / max(member.compress_size, 1)
        if size > MAX_MEMBER_BYTES or (size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO):
            raise TimelineImportError(
                code="import.archive_part_too_large", what=what, name=path.name, filename=member.filename[:80], value=_mb(size), value2=_mb(member.compress_size))
        if total > MAX_TOTAL_BYTES:
            raise TimelineImportError(
                code="import.archive_too_large", what=what, name=path.name, value=_mb(MAX_TOTAL_BYTES))


def cap_cell(value: object) -> object:
    """A text cell cut at Excel's own limit, so one crafted cell cannot fill memory downstream."""
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return value[:MAX_CELL_CHARS]
    return value
