"""Start-up of casereview on its demo case, against a floor, in fresh processes.

    python benchmarks/bench_startup.py [--runs 7]

Two programs run interleaved, each in a new process (bytecode cached by one
warm-up run each), and the medians are compared:

- floor:      a bare script that imports sqlmodel, shows a 1366×768 QMainWindow, paints it
              (prints a line) and quits: what casereview cannot go below;
- casereview: ``python -m casereview demo --smoke`` with a fresh user folder, the way
              ``bash installer/bootstrap.sh run`` opens the demo case (the warm-up writes it,
              every measured run opens it as it is). ``--smoke`` prints
              "Venster met dossier getekend" once the window with the case is painted and quits
              after the timeline chart is drawn.

Both run on one offscreen screen of 1366×768 (the laptop the README names): on Qt's default
800×800 offscreen screen the timeline pane has no room for the chart, hides it, and "after the
chart" would measure nothing. Both moments are wall time from spawn, so interpreter start and
imports count. Printed:
window painted / floor painted (goal ≤ 1.5) and exit after the chart / floor exit (goal ≤ 2.5).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAINT_GOAL, CHART_GOAL = 1.5, 2.5
FLOOR_MARK = "floor painted"
WINDOW_MARK = "Venster met dossier getekend"
CHART_DRAWN = "(met tijdlijngrafiek)"  # --smoke's last line says whether the chart was painted
SCREEN = {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96, "logicalBaseDpi": 96,
          "dpr": 1}

FLOOR = f"""
import sqlmodel
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1366, 768)
window.show()
window.repaint()
print({FLOOR_MARK!r}, flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def time_process(command: list[str], env: dict[str, str], mark: str) -> tuple[float, float]:
    """Milliseconds from spawn to the line starting with ``mark``, and from spawn to exit."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    painted = 0.0
    lines = []
    for line in process.stdout:
        lines.append(line)
        if line.startswith(mark) and not painted:
            painted = time.perf_counter() - started
    stderr = process.stderr.read() if process.stderr else ""
    process.wait()
    ended = time.perf_counter() - started
    if process.returncode != 0 or not painted:
        raise SystemExit(f"{' '.join(command)} failed or never printed {mark!r}:\n{stderr}")
    if mark == WINDOW_MARK and not any(CHART_DRAWN in line for line in lines):
        raise SystemExit(f"the timeline chart was not painted, so 'after the chart' would measure nothing:\n{''.join(lines)}")
    return painted * 1000, ended * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        screen = Path(home) / "screen.json"
        screen.write_text(json.dumps({"screens": [SCREEN]}), encoding="utf-8")
        env = {**os.environ, "CASEREVIEW_HOME": home, "PYTHONPATH": str(ROOT),
               "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        programs = {
            "floor (sqlmodel + QMainWindow)": ([sys.executable, "-c", FLOOR], FLOOR_MARK),
            "casereview demo --smoke": ([sys.executable, "-m", "casereview", "demo", "--smoke"], WINDOW_MARK),
        }
        for command, mark in programs.values():  # writes the demo case, caches bytecode and disk
            time_process(command, env, mark)
        painted: dict[str, list[float]] = {name: [] for name in programs}
        ended: dict[str, list[float]] = {name: [] for name in programs}
        for _ in range(args.runs):
            for name, (command, mark) in programs.items():
                paint, end = time_process(command, env, mark)
                painted[name].append(paint)
                ended[name].append(end)
    (floor_name, app_name) = programs
    floor_paint, floor_end = statistics.median(painted[floor_name]), statistics.median(ended[floor_name])
    app_paint, app_end = statistics.median(painted[app_name]), statistics.median(ended[app_name])
    print(f"median of {args.runs} interleaved fresh processes ({sys.platform}, offscreen 1366×768):")
    print(f"  {floor_name:<34} painted {floor_paint:6.0f} ms   exit {floor_end:6.0f} ms")
    print(f"  {app_name:<34} painted {app_paint:6.0f} ms   exit {app_end:6.0f} ms (after the chart)")
    paint_ratio, chart_ratio = app_paint / floor_paint, app_end / floor_end
    print(f"window with the case painted / floor painted: {paint_ratio:5.2f}  (goal ≤ {PAINT_GOAL})")
    print(f"exit after the chart / floor exit:           {chart_ratio:5.2f}  (goal ≤ {CHART_GOAL})")
    return 0 if paint_ratio <= PAINT_GOAL and chart_ratio <= CHART_GOAL else 1


if __name__ == "__main__":
    raise SystemExit(main())
