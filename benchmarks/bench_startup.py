"""Start time of ``casereview demo --smoke`` against a bare PySide6 window, in fresh processes.

    python benchmarks/bench_startup.py [--runs 7]

Three programs run interleaved, each in a new process, and the median wall time
of each is printed with the ratios:

- bare:          QApplication + QMainWindow, shown, event loop entered, quit;
- bare+sqlmodel: the same after ``import sqlmodel`` (the floor casereview cannot go below);
- casereview:    ``python -m casereview demo --smoke`` (``open --smoke`` on a small case when
                 this checkout has no demo case): window, case loaded and painted, quit.

Target (issue 6): casereview ≤ 2 × bare+sqlmodel.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = 2.0

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def small_case(folder: Path) -> Path:
    """A case with a few dozen events for checkouts without the demo case."""
    sys.path.insert(0, str(ROOT))
    from casereview.casefile.case_file import create_case
    from casereview.session.parties import add_party
    from casereview.timeline.events import add_event

    path = folder / "bench.casereview"
    case = create_case(path, "Startmeting")
    parties = [add_party(case, name).id for name in ("Jeugdteam", "Huisarts", "School", "Veilig Thuis",
                                                    "GGZ", "Gemeente")]
    for i in range(40):
        add_event(case, date_text=f"{1 + i % 28:02d}-{1 + i % 12:02d}-2019", description=f"Gebeurtenis {i}",
                  party_id=parties[i % len(parties)])
    case.close()
    return path


WINDOW_MARK = "Venster met dossier getekend"


def time_process(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time from spawn to exit, and from spawn to the smoke's "window painted" line (or exit)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    window = 0.0
    for line in process.stdout:
        if line.startswith(WINDOW_MARK) and not window:
            window = time.perf_counter() - started
    stderr = process.stderr.read() if process.stderr else ""
    process.wait()
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{stderr}")
    return elapsed * 1000, (window or elapsed) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CASEREVIEW_HOME": tmp, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        if (ROOT / "casereview" / "demo_case.py").exists():
            app_command = [sys.executable, "-m", "casereview", "demo", str(Path(tmp) / "demo.casereview"), "--smoke"]
            label = "casereview demo --smoke"
        else:
            app_command = [sys.executable, "-m", "casereview", "open", str(small_case(Path(tmp))), "--smoke"]
            label = "casereview open --smoke (40 events)"
        commands = {
            "bare window": [sys.executable, "-c", BARE],
            "bare + sqlmodel": [sys.executable, "-c", "import sqlmodel\n" + BARE],
            label: app_command,
        }
        for command in commands.values():  # warm the disk cache and .pyc files once
            time_process(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        shown: list[float] = []
        for _ in range(args.runs):
            for name, command in commands.items():
                total, window = time_process(command, env)
                times[name].append(total)
                if name == label:
                    shown.append(window)
    medians = {name: statistics.median(values) for name, values in times.items()}
    bare, floor, app = medians["bare window"], medians["bare + sqlmodel"], medians[label]
    window = statistics.median(shown)
    print(f"median of {args.runs} fresh processes each ({sys.platform}, {env['QT_QPA_PLATFORM']}):")
    for name, value in medians.items():
        print(f"  {name:<40} {value:7.0f} ms  (to exit)")
    print(f"  {'casereview: window with case painted':<40} {window:7.0f} ms  (chart follows)")
    print(f"start (window painted) / bare + sqlmodel: {window / floor:5.2f}  (target ≤ {TARGET:.1f})")
    print(f"start (window painted) / bare window:     {window / bare:5.2f}")
    print(f"to exit incl. chart / bare + sqlmodel:    {app / floor:5.2f}")
    return 0 if window / floor <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
