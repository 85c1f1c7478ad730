"""Limits for zipped inputs (.xlsx, .docx, .ods, .odt, Word templates), checked before any parsing.

A zip member can claim a thousand times its compressed size: a 3 MB .xlsx
held one 1.5 GB cell and took 5.4 GB of memory before its row was skipped.
Every reader of a zipped format (the timeline importers, the Word templates,
the owners' agreement sheets) calls :func:`check_archive` first. It reads
only the zip's central directory, so a bomb is refused within milliseconds.
Python's zipfile never inflates a member past the size the directory
declares (it raises on a mismatch), so these declared sizes bound memory.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from casereview.model import CaseFileError

MAX_MEMBERS = 10_000
MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 256 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024  # small members may compress extremely well (empty styles)
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell; anything longer is not from an office program


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_archive(path: Path, *, what: str = "Het bestand", error: type[CaseFileError] = CaseFileError) -> None:
    """Refuse a zipped file whose members would unpack too big, or too many, to read safely.

    ``what`` names the kind in the message, with its article ("De Excel-werkmap", "Het Word-document");
    ``error`` is the caller's kind of refusal. A file that is not a zip at all is left to the reader.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if len(members) > MAX_MEMBERS:
        raise error(
            f"{what} '{path.name}' bestaat uit {len(members)} onderdelen (meer dan {MAX_MEMBERS}); "
            "zo'n bestand maakt een kantoorprogramma niet. Het is niet gelezen.")
    total = 0
    for member in members:
        size = member.file_size
        total += size
        ratio = size / max(member.compress_size, 1)
        if size > MAX_MEMBER_BYTES or (size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO):
            raise error(
                f"{what} '{path.name}' is niet gelezen: het onderdeel '{member.filename[:80]}' wordt "
                f"uitgepakt {_mb(size)} groot (uit {_mb(member.compress_size)} ingepakt). Dat past niet bij een "
                "gewoon bestand en kan de computer vastzetten; sla het bestand opnieuw op of splits het.")
        if total > MAX_TOTAL_BYTES:
            raise error(
                f"{what} '{path.name}' is niet gelezen: uitgepakt wordt het meer dan {_mb(MAX_TOTAL_BYTES)}. "
                "Sla het bestand opnieuw op of splits het.")


def cap_cell(value: object) -> object:
    """A text cell cut at Excel's own limit, so one crafted cell cannot fill memory downstream."""
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        return value[:MAX_CELL_CHARS]
    return value
