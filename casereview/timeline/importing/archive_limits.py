"""The archive limits (:mod:`casereview.casefile.archive_limits`) as the timeline importers refuse a file."""

from __future__ import annotations

from pathlib import Path

from casereview.casefile.archive_limits import MAX_CELL_CHARS, MAX_MEMBER_BYTES, cap_cell
from casereview.casefile.archive_limits import check_archive as check_any_archive
from casereview.timeline.importing.raw_table import TimelineImportError

__all__ = ["MAX_CELL_CHARS", "MAX_MEMBER_BYTES", "cap_cell", "check_archive"]


def check_archive(path: Path, *, what: str = "Het bestand") -> None:
    check_any_archive(path, what=what, error=TimelineImportError)
