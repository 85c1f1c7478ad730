"""Running detection from the app: start the worker process, follow its progress, stop it on cancel.

The window calls :func:`detect` from the operations runner's worker thread;
the command line calls it directly. The process is started fresh each time
and ends when the texts are done, so the memory it needs is given back. A worker
still running when casereview exits (the chair closed the window mid-search) is
stopped then: the thread that waits for it dies with the interpreter, and the
process would otherwise go on for minutes with a core and a gigabyte of memory.
"""

from __future__ import annotations

import atexit
import json
import queue
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from casereview import paths
from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.model import CaseFileError
from casereview.privacy.detection.engine import Span, cache_ready

# Steps the progress reports: starting (and, the first time, building the lookup data) counts as
# one tenth of the work, the texts as the rest.
_SCALE = 1000


def detector_ready(folder: Path | None = None) -> bool:
    """Whether the lookup data is built (the first detection takes about a minute longer otherwise)."""
    return cache_ready(folder or paths.deidentifier_cache_dir())


# Kept equal to casereview.__main__.WORKER_SWITCH (not imported: that module runs the app when imported).
WORKER_SWITCH = "--detection-worker"


def worker_command() -> list[str]:
    """How to start the worker: with Python's ``-m``, or in a frozen bundle the app itself with a switch."""
    if getattr(sys, "frozen", False):
        return [sys.executable, WORKER_SWITCH]
    return [sys.executable, "-m", "casereview.privacy.detection.worker"]


_running: set[subprocess.Popen[str]] = set()
_running_lock = threading.Lock()


def stop_running_workers() -> None:
    """Kill every worker still running; registered to run when casereview exits."""
    with _running_lock:
        workers = list(_running)
    for process in workers:
        if process.poll() is None:
            process.kill()


atexit.register(stop_running_workers)


def _reader(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line)
    lines.put(None)


def detect(texts: Sequence[str], *, progress: Progress = NO_PROGRESS, folder: Path | None = None) -> list[list[Span]]:
    """The personal data in each of ``texts`` as (kind, start, end) spans; raises CaseFileError on failure."""
    folder = folder or paths.deidentifier_cache_dir()
    progress.step(0, 0)
    process = subprocess.Popen(
        [*worker_command(), str(folder)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8")
    with _running_lock:
        _running.add(process)
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True)
    reader.start()
    try:
        assert process.stdin is not None
        try:
            process.stdin.write(json.dumps({"texts": list(texts)}))
        finally:
            process.stdin.close()
        return _follow(lines, progress, len(texts))
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        with _running_lock:
            _running.discard(process)
        reader.join()
        if process.stdout is not None:
            process.stdout.close()


def _follow(lines: queue.Queue[str | None], progress: Progress, total: int) -> list[list[Span]]:
    done = 0
    while True:
        try:
            line = lines.get(timeout=0.2)
        except queue.Empty:
            progress.step(done, _SCALE)  # also where a cancel is noticed while the worker is busy
            continue
        if line is None:
            raise CaseFileError(code="detection.failed", reason="het zoekproces stopte onverwacht")
        message = json.loads(line)
        if "spans" in message:
            progress.step(_SCALE, _SCALE)
            return [[(str(kind), int(start), int(end)) for kind, start, end in spans] for spans in message["spans"]]
        if "error" in message:
            raise CaseFileError(code="detection.failed", reason=str(message["error"]))
        if "stage" in message:
            done = _SCALE // 20
        if "done" in message and total:
            done = _SCALE // 10 + int(message["done"]) * (_SCALE * 9 // 10) // total
        progress.step(done, _SCALE)
