"""The de-identifier itself, loaded only inside the worker process (see :mod:`.worker`).

``deduce`` keeps its lookup structures in a cache it writes next to its own
lists, which is read-only in an installed bundle, and building them takes
about a minute. So the cache goes to the user's cache folder
(:func:`casereview.paths.deidentifier_cache_dir`): built once into a temporary
folder and moved into place whole, so an interrupted build never leaves a
half-written cache behind. Two searches that start together (the leerbrief's own check
and an export, each in its own worker process) build it once: the second waits for the
first under a lock on a file in the folder, which the system lets go when a process ends.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from casereview.privacy.detection.kinds import TAG_KINDS

CACHE_FILE = Path("cache") / "lookup_structs.pickle"
BUILD_LOCK = ".build.lock"

Span = tuple[str, int, int]  # kind, start, end


def cache_ready(folder: Path) -> bool:
    return (folder / CACHE_FILE).is_file()


def _quiet_logging() -> None:
    """deduce configures the root logger to print DEBUG lines on stdout; case text must never reach a log."""
    logging.basicConfig(handlers=[logging.NullHandler()], level=logging.WARNING, force=True)
    logging.disable(logging.CRITICAL)


def _lock(handle: IO[bytes]) -> None:
    """Wait for the exclusive lock on ``handle``; between processes and between threads alike."""
    if sys.platform == "win32":
        import msvcrt

        while True:
            try:
                msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # gives up after ten seconds: try again
                return
            except OSError:
                continue
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)


def _unlock(handle: IO[bytes]) -> None:
    """Windows wants a locked region unlocked before its file is closed; elsewhere closing is enough."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


@contextmanager
def _one_build_at_a_time(folder: Path) -> Iterator[None]:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / BUILD_LOCK, "a+b") as handle:  # closing it (or the process ending) lets the lock go
        handle.seek(0)
        _lock(handle)
        try:
            yield
        finally:
            _unlock(handle)


def _ready_detector(deduce: Any, folder: Path) -> Any | None:
    if not cache_ready(folder):
        return None
    try:
        return deduce.Deduce(cache_path=folder)
    except Exception:  # a damaged or foreign cache file: built again
        (folder / CACHE_FILE).unlink(missing_ok=True)
        return None


def load(folder: Path) -> Any:
    """A ready ``deduce.Deduce``, building the cache into ``folder`` first when it is missing."""
    _quiet_logging()
    import deduce  # type: ignore[import-untyped]

    detector = _ready_detector(deduce, folder)
    if detector is not None:
        return detector
    with _one_build_at_a_time(folder):
        detector = _ready_detector(deduce, folder)  # built by another search while this one waited
        return detector if detector is not None else _build(deduce, folder)


def _build(deduce: Any, folder: Path) -> Any:
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=folder))
    try:
        detector = deduce.Deduce(cache_path=building)
        (folder / CACHE_FILE).parent.mkdir(parents=True, exist_ok=True)
        os.replace(building / CACHE_FILE, folder / CACHE_FILE)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return detector


def annotate(detector: Any, text: str) -> list[Span]:
    """Every piece of personal data in ``text`` as (kind, start, end), in reading order."""
    if not text.strip():
        return []
    document = detector.deidentify(text)
    spans: list[Span] = []
    for annotation in document.annotations.sorted(by=("start_char",)):
        kind = TAG_KINDS.get(annotation.tag)
        if kind is not None:
            spans.append((kind, int(annotation.start_char), int(annotation.end_char)))
    return spans
