"""Rolling safety copies of a case in the user's data folder, and putting one back.

Undo ends when the window closes; a chair who deleted the wrong conclusion
yesterday needs yesterday's file. A copy is made with SQLite's backup API
(consistent while the case is open) when a case is opened for editing and,
while it changes, at most every :data:`INTERVAL_SECONDS`. The last
:data:`KEEP` are kept. Copies have the same encryption as the case and are
private to the user (files 0600, folders 0700); they live in the user's own
data folder, never next to the case on a share where colleagues could see
them. A restore first copies the current state, so it can be undone too.
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from casereview.casefile.case_access import CaseFile
from casereview.model import CaseFileError
from casereview.paths import data_dir
from casereview.vocabulary import MONTH_NAMES_NL

log = logging.getLogger(__name__)

KEEP = 8
INTERVAL_SECONDS = 10 * 60
FOLDER = "veiligheidskopieen"
_NAME = re.compile(r"^(\d{8}T\d{6}\d{6})\.casereview$")
_guard = threading.Lock()


@dataclass(frozen=True)
class SafetyCopy:
    path: Path
    made_at: datetime  # local time

    def describe(self) -> str:
        """Dutch, e.g. '1 december 2026 22:15:07'."""
        at = self.made_at
        return f"{at.day} {MONTH_NAMES_NL[at.month - 1]} {at.year} {at:%H:%M:%S}"


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path


def copies_folder(case: CaseFile) -> Path:
    """The folder of this review's copies, named by the review's UUID (no title, no path)."""
    uuid = case.case().uuid or "zonder-id"
    return _private_dir(_private_dir(data_dir() / FOLDER) / re.sub(r"[^0-9A-Za-z-]", "", uuid))


def list_safety_copies(case: CaseFile) -> list[SafetyCopy]:
    """The copies of this case, newest first."""
    out: list[SafetyCopy] = []
    for path in copies_folder(case).iterdir():
        match = _NAME.match(path.name)
        if match:
            out.append(SafetyCopy(path, datetime.strptime(match.group(1), "%Y%m%dT%H%M%S%f")))
    return sorted(out, key=lambda c: c.made_at, reverse=True)


def make_safety_copy(case: CaseFile) -> Path:
    """Copy the case now and drop the oldest copies beyond :data:`KEEP`."""
    with _guard:
        folder = copies_folder(case)
        now = datetime.now()
        target = folder / f"{now:%Y%m%dT%H%M%S%f}.casereview"
        case.store.backup_to(target)
        for old in list_safety_copies(case)[KEEP:]:
            old.path.unlink(missing_ok=True)
        case.last_safety_copy = time.monotonic()
        return target


def safety_copy_quietly(case: CaseFile) -> None:
    """A copy that never stops the work: a failure is logged (its type only) and the case goes on."""
    try:
        make_safety_copy(case)
    except Exception as exc:  # a full or unreachable data folder must not block the chair
        log.warning("Veiligheidskopie mislukt (%s)", type(exc).__name__)


def copy_if_due(case: CaseFile, _entity: str = "") -> None:
    """A listener for changes: a copy in the background when the last one is older than the interval."""
    if case.read_only or time.monotonic() - case.last_safety_copy < INTERVAL_SECONDS:
        return
    case.last_safety_copy = time.monotonic()
    threading.Thread(target=safety_copy_quietly, args=(case,), name="casereview-safety-copy", daemon=True).start()


def start_safety_copies(case: CaseFile) -> None:
    """Copy a case just opened for editing, and keep copying while it changes."""
    if case.read_only:
        return
    safety_copy_quietly(case)
    case.subscribe(lambda entity: copy_if_due(case, entity))


def restore_safety_copy(case: CaseFile, copy: SafetyCopy) -> None:
    """Put ``copy`` back into the open case, after a safety copy of the current state.

    The case stays open and locked; listeners hear ``"*"`` so every view reloads.
    """
    if case.read_only:
        raise case.read_only_refusal()
    if not copy.path.is_file():
        raise CaseFileError(code="safety_copy.gone", copy=copy.describe())
    make_safety_copy(case)
    case.store.restore_from(copy.path)
    if case.claim is not None:
        case.claim.rewrite()
    with case.write("case", "restore", f"vorige versie van {copy.describe()}"):
        pass
    case.notify("*")
