"""How long storing one contribution takes, against a raw sqlite3 floor in the same run.

Three figures, median over N stores each:
  floor   — sqlite3 INSERT + COMMIT with the same pragmas as a case file (synchronous=FULL)
  service — casereview.session.contributions.add_contribution (SQLModel, change log, notify)
  gui     — Enter in the real capture bar of a MainWindow (undo command, list and chart refresh)

Run: QT_QPA_PLATFORM=offscreen python benchmarks/bench_capture.py [N]
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casereview.casefile.case_file import create_case  # noqa: E402
from casereview.session.contributions import add_contribution  # noqa: E402
from casereview.session.parties import add_party  # noqa: E402


def floor(folder: Path, n: int) -> list[float]:
    conn = sqlite3.connect(folder / "floor.sqlite")
    for pragma in ("foreign_keys = ON", "journal_mode = DELETE", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE contribution (id INTEGER PRIMARY KEY, step_id INT, party_id INT, kind TEXT, "
                 "text TEXT, created_at TEXT)")
    conn.commit()
    times = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("INSERT INTO contribution (step_id, party_id, kind, text, created_at) VALUES (?,?,?,?,?)",
                     (1, 1, "observation", f"Bijdrage {i}", "2026-01-01T10:00:00"))
        conn.commit()
        times.append((time.perf_counter() - start) * 1000)
    conn.close()
    return times


def service(folder: Path, n: int) -> list[float]:
    case = create_case(folder / "service.casereview", "Bench")
    party = add_party(case, "Wijkteam")
    times = []
    for i in range(n):
        start = time.perf_counter()
        add_contribution(case, text=f"Bijdrage {i}", party_id=party.id, step_id=1)
        times.append((time.perf_counter() - start) * 1000)
    case.close()
    return times


def gui(folder: Path, n: int) -> tuple[list[float], list[float], list[float]]:
    """Enter in the capture bar; also one keystroke and one chart redraw, which must stay far below a frame."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit

    from casereview.ui.app import application
    from casereview.ui.main_window import MainWindow

    app = application()
    case = create_case(folder / "gui.casereview", "Bench")
    for name in ("Wijkteam", "Jeugdzorg", "School"):
        add_party(case, name)
    window = MainWindow()
    window.show_case(case)
    window.show()
    window.case_view.phase_panel.move(1)
    edit = window.findChild(QLineEdit, "captureEdit")
    chart = window.case_view.balance
    times, keys, redraws = [], [], []
    for i in range(n):
        edit.setText(f"Bijdrage {i}")
        app.processEvents()
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        times.append((time.perf_counter() - start) * 1000)
        app.processEvents()
        start = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_A)
        keys.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        chart.reload()
        chart.repaint()
        redraws.append((time.perf_counter() - start) * 1000)
        edit.clear()
    window.close()
    window.deleteLater()
    app.processEvents()
    return times, keys, redraws


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        enter, keys, redraws = gui(folder, n)
        results = {"floor (sqlite3)": floor(folder, n), "service": service(folder, n), "gui (Enter)": enter}
    base = statistics.median(results["floor (sqlite3)"])
    print(f"Een bijdrage opslaan, mediaan over {n} keer (map: tijdelijke map op deze machine)")
    for name, times in results.items():
        median = statistics.median(times)
        p95 = sorted(times)[int(len(times) * 0.95) - 1]
        print(f"  {name:16s} mediaan {median:7.2f} ms   p95 {p95:7.2f} ms   {median / base:5.1f}× vloer")
    for name, times in (("toetsaanslag", keys), ("grafiek opnieuw", redraws)):
        print(f"  {name:16s} mediaan {statistics.median(times):7.2f} ms   max {max(times):7.2f} ms")


if __name__ == "__main__":
    main()
