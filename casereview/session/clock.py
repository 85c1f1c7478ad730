"""Time spent per phase, kept in the case file so a restart does not lose it.

The UI measures time; this module only stores it. Writes use the entity name
"clock" so views that list phases do not reload every time the clock saves.
"""

from __future__ import annotations

from sqlmodel import func, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import Step

CLOCK_ENTITY = "clock"


def add_elapsed(case: CaseFile, step_id: int, seconds: int) -> int:
    """Add measured seconds to a phase; returns the phase's new total."""
    if seconds < 0:
        raise CaseFileError(code="clock.negative")
    with case.write(CLOCK_ENTITY, "elapsed", f"#{step_id} +{seconds}s") as s:
        step = s.get(Step, step_id)
        if step is None:
            raise CaseFileError(code="phase.gone")
        step.elapsed_seconds += int(seconds)
        s.add(step)
        return step.elapsed_seconds


def elapsed(case: CaseFile, step_id: int) -> int:
    with case.read() as s:
        step = s.get(Step, step_id)
        return step.elapsed_seconds if step else 0


def session_elapsed(case: CaseFile) -> int:
    """Seconds spent in all phases together."""
    with case.read() as s:
        return int(s.exec(select(func.coalesce(func.sum(Step.elapsed_seconds), 0))).one())


def session_timebox(case: CaseFile) -> int:
    """Minutes planned for the whole session (the sum of the time boxes)."""
    with case.read() as s:
        return int(s.exec(select(func.coalesce(func.sum(Step.timebox_minutes), 0))).one())


def format_duration(seconds: int) -> str:
    """0:05, 12:03 or 1:02:33: short enough for a projector."""
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
