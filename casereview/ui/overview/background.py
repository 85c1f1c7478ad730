"""The one place the overview starts and stops background work (reading the folders, writing an export).

Both go through :func:`start_job` and end through :func:`stop_job` on the
operations runner (:mod:`casereview.ui.operations.background`); the rest of the
package names the running work :data:`RunningJob`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from casereview.casefile.progress import Progress
from casereview.ui.operations.background import Operation, run_in_background

RunningJob = Operation[Any]


def start_job(work: Callable[[Progress], Any], owner: QObject, *, title: str, done: Callable[[Any], object],
              failed: Callable[[str], object], progressed: Callable[[int, int], object] | None = None,
              cancelled: Callable[[], object] | None = None,
              finished: Callable[[], object] | None = None) -> RunningJob:
    """Run ``work(progress)`` off the GUI thread; the callbacks run on the GUI thread."""
    return run_in_background(work, title=title, on_done=done, on_failed=failed, on_cancelled=cancelled,
                             on_progress=progressed, on_finished=finished, owner=owner)


def stop_job(job: RunningJob | None) -> None:
    """Cancel running work and wait for it, so no thread outlives its window."""
    if job is not None and job.running:
        job.cancel()
        job.wait()
