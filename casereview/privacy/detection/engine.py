"""The de-identifier itself, loaded only inside the worker process (see :mod:`.worker`).

``deduce`` keeps its lookup structures in a cache it writes next to its own
lists, which is read-only in an installed bundle, and building them takes
about a minute. So the cache goes to the user's cache folder
(:func:`casereview.paths.deidentifier_cache_dir`): built once into a temporary
folder and moved into place whole, so an interrupted build never leaves a
half-written cache behind.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from casereview.privacy.detection.kinds import TAG_KINDS

CACHE_FILE = Path("cache") / "lookup_structs.pickle"

Span = tuple[str, int, int]  # kind, start, end


def cache_ready(folder: Path) -> bool:
    return (folder / CACHE_FILE).is_file()


def _quiet_logging() -> None:
    """deduce configures the root logger to print DEBUG lines on stdout; case text must never reach a log."""
    logging.basicConfig(handlers=[logging.NullHandler()], level=logging.WARNING, force=True)
    logging.disable(logging.CRITICAL)


def load(folder: Path) -> Any:
    """A ready ``deduce.Deduce``, building the cache into ``folder`` first when it is missing."""
    _quiet_logging()
    import deduce  # type: ignore[import-untyped]

    if cache_ready(folder):
        try:
            return deduce.Deduce(cache_path=folder)
        except Exception:  # a damaged or foreign cache file: build a new one below
            (folder / CACHE_FILE).unlink(missing_ok=True)
    folder.mkdir(parents=True, exist_ok=True)
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
