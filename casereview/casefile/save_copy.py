"""'Opslaan als': a copy of the open case, made safely while it stays open.

Copying a SQLite file byte by byte while it is being written can give a
broken copy; SQLite's backup API copies one consistent state instead.
"""

from __future__ import annotations

from pathlib import Path

from casereview.casefile.case_file import CaseFile
from casereview.casefile.lock import read_lock
from casereview.model import CaseFileError


def save_copy_as(case: CaseFile, target: Path | str, *, overwrite: bool = False) -> Path:
    """Write a consistent copy of ``case`` to ``target``; the open case stays as it is.

    The copy keeps the encryption of the case and is readable only by the
    user. An existing ``target`` is replaced only with ``overwrite`` (the GUI
    asks), and never when someone has that file open.
    """
    target = Path(target)
    if target.resolve() == case.path.resolve():
        raise CaseFileError(code="copy.onto_itself")
    if not target.parent.is_dir():
        raise CaseFileError(code="case.no_folder", folder=str(target.parent))
    if target.is_dir():
        raise CaseFileError(code="copy.is_folder", target=str(target))
    if target.exists() and not overwrite:
        raise CaseFileError(code="copy.exists", name=target.name)
    holder = read_lock(target)
    if holder is not None and not holder.is_stale():
        raise CaseFileError(code="copy.in_use", name=target.name, **holder.params())
    return case.store.backup_to(target)
