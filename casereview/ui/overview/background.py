"""The one place the overview starts background work (reading the folders, writing an export).

Both go through :func:`start_job` and end through :func:`stop_job`, and the
rest of the package names the running work :data:`RunningJob`, so moving them
to another runner changes this module only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from casereview.ui.overview.worker import Job

RunningJob = Job
Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


def start_job(work: Work, parent: QObject, *, done: Callable[[Any], object], failed: Callable[[str], object],
              progressed: Callable[[int, int], object] | None = None, cancelled: Callable[[], object] | None = None,
              finished: Callable[[], object] | None = None) -> Job:
    """Run ``work(progress, cancelled)`` off the GUI thread; the callbacks run on the GUI thread."""
    job = Job(work, parent)
    job.succeeded.connect(done)
    job.failed.connect(failed)
    if progressed is not None:
        job.progressed.connect(progressed)
    if cancelled is not None:
        job.cancelled.connect(cancelled)
    if finished is not None:
        job.finished.connect(finished)
    job.start()
    return job


def stop_job(job: RunningJob | None) -> None:
    """Cancel running work and wait for it, so no thread outlives its window."""
    if job is not None and job.isRunning():
        job.cancel()
        job.wait()
