"""Background work goes through ui/operations only: no Qt thread anywhere else, no Python thread in the window.

A QThread of one's own (or a QRunnable, a moveToThread) is how the concept-sending crash came about: a
callback connected to a worker's signal ran in the worker and made a message box there.
"""

from __future__ import annotations

import re
from pathlib import Path

import casereview

SOURCE = Path(casereview.__file__).parent
OPERATIONS = SOURCE / "ui" / "operations"
QT_THREADS = re.compile(r"\b(QThread|QRunnable|QThreadPool|moveToThread|QtConcurrent)\b")
PYTHON_THREADS = re.compile(r"\b(threading\.Thread|ThreadPoolExecutor|concurrent\.futures|_thread)\b")


def _offences(pattern: re.Pattern[str], files: list[Path]) -> list[str]:
    return [f"{path.relative_to(SOURCE.parent)}:{number}: {line.strip()}"
            for path in files if not path.is_relative_to(OPERATIONS)
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
            if pattern.search(line)]


def test_no_qt_thread_outside_the_operations_package() -> None:
    files = sorted(SOURCE.rglob("*.py"))
    assert len(files) > 100
    assert _offences(QT_THREADS, files) == []


def test_the_window_starts_no_python_thread_outside_the_operations_package() -> None:
    assert _offences(PYTHON_THREADS, sorted((SOURCE / "ui").rglob("*.py"))) == []


def test_the_patterns_match_the_ways_a_thread_is_made() -> None:
    for line in ("worker = QThread(parent)", "class _Run(QRunnable):", "QThreadPool.globalInstance()",
                 "worker.moveToThread(thread)"):
        assert QT_THREADS.search(line), line
    assert PYTHON_THREADS.search("threading.Thread(target=work).start()")
    assert not QT_THREADS.search("from PySide6.QtCore import QTimer")
