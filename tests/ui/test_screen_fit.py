"""The main window fits a 1366×768 laptop screen: its frame inside the free area, the status bar in view.

The offscreen screen of the test session is 800×800, so the laptop screen is made in a
child process with the offscreen platform's screen configuration.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LAPTOP_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication
app = QApplication([])
from casereview.demo.demo_case import write_demo_case
from casereview.ui.main_window import MainWindow
from casereview.ui.style.stylesheet import apply_style
apply_style(app)
case = write_demo_case(Path(sys.argv[1]))
path = case.path
case.close()
window = MainWindow()
window.show()
window.open_path(path)
for _ in range(5):
    app.processEvents()
area = window.screen().availableGeometry()
frame = window.frameGeometry()
bar = window.statusBar()
bar_rect = bar.rect().translated(bar.mapToGlobal(QPoint(0, 0)))
print(json.dumps({
    "area": [area.x(), area.y(), area.width(), area.height()],
    "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
    "fits": area.contains(frame), "minimum_fits": window.minimumWidth() <= area.width()
    and window.minimumHeight() <= area.height(),
    "bar_visible": bar.isVisible() and bar.height() > 0, "bar_on_screen": area.contains(bar_rect),
    "case_open": window.case_view is not None,
}))
window.close()
"""


@pytest.mark.parametrize("width,height", [(1366, 768), (1920, 1080)])
def test_main_window_fits_the_screen_and_shows_the_status_bar(tmp_path: Path, width: int, height: int) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", LAPTOP_PROBE, str(tmp_path / "demo.casereview")], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["area"] == [0, 0, width, height]
    assert seen["case_open"]
    assert seen["fits"], seen
    assert seen["minimum_fits"], seen
    assert seen["bar_visible"] and seen["bar_on_screen"], seen


CLOSING_PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTableView, QTabWidget, QWidget
app = QApplication([])
from casereview.demo.demo_case import write_demo_case
from casereview.ui.main_window import MainWindow
from casereview.ui.style.stylesheet import apply_style
apply_style(app)
case = write_demo_case(Path(sys.argv[1]))
path = case.path
case.close()
window = MainWindow()
window.show()
window.open_path(path)
tabs = window.findChild(QTabWidget, "caseTabs")
tabs.setCurrentWidget(tabs.findChild(QWidget, "closingTab"))
for _ in range(5):
    app.processEvents()
table = window.findChild(QTableView, "agreementTable")
model = table.model()
whole = [row for row in range(model.rowCount())
         if table.viewport().rect().contains(table.visualRect(model.index(row, 0)))]
print(json.dumps({"agreements": model.rowCount(), "in_view": len(whole)}))
window.close()
"""


@pytest.mark.parametrize("width,height", [(1366, 768), (1920, 1080)])
def test_closing_tab_shows_several_agreements_on_a_laptop(tmp_path: Path, width: int, height: int) -> None:
    """With the agenda and the rules beside it, the agreements table still shows three whole agreements."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run([sys.executable, "-c", CLOSING_PROBE, str(tmp_path / "demo.casereview")], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["agreements"] >= 3, seen
    assert seen["in_view"] >= 3, seen
