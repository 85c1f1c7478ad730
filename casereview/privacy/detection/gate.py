"""The one check every export passes: no undecided person, address, phone number, BSN or e-mail in it.

The check looks for the open candidates in the finished output (after
pseudonyms), so a candidate that does not reach this document does not
hold it back. ``--named`` documents (internal, with real names) skip it.
"""

from __future__ import annotations

from collections.abc import Iterable

from casereview.casefile.case_file import CaseFile
from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.model import CaseFileError
from casereview.privacy.detection.candidates import ensure_searched
from casereview.privacy.detection.decisions import undecided_blocking
from casereview.privacy.ordinary_words import STANDARD_WORDS
from casereview.privacy.pseudonyms import NameFinder

SHOWN = 10


class UndecidedNamesError(CaseFileError):
    """Open candidates would appear in the output; nothing was written.

    The window words it from the code (how to decide in the window); ``str()``
    is the command line's wording, with the commands that decide.
    """

    def __init__(self, names: list[str]) -> None:
        self.names = names
        shown = ", ".join(f"'{n}'" for n in names[:SHOWN])
        if len(names) > SHOWN:
            shown += f" en nog {len(names) - SHOWN}"
        super().__init__(code="export.undecided_names", names=shown, count=len(names))


def undecided_finder(case: CaseFile) -> NameFinder | None:
    """A search for the open candidates that block exports; None when there are none."""
    open_ones = undecided_blocking(case)
    return NameFinder([st.text for st in open_ones], STANDARD_WORDS) if open_ones else None


def export_finder(case: CaseFile, progress: Progress = NO_PROGRESS) -> NameFinder | None:
    """:func:`undecided_finder` after searching the texts if they changed since the last search: for exports."""
    ensure_searched(case, progress=progress)
    return undecided_finder(case)


def check_undecided(case: CaseFile, texts: Iterable[str], finder: NameFinder | None = None) -> None:
    """Raise :class:`UndecidedNamesError` when an open candidate occurs in one of ``texts`` (searched first)."""
    finder = finder if finder is not None else export_finder(case)
    if finder is None:
        return
    found: list[str] = []
    for text in texts:
        found.extend(n for n in finder(text) if n not in found)
    if found:
        raise UndecidedNamesError(found)
