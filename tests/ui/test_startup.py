"""The window appears before the heavy libraries load (they are imported when first needed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from casereview.casefile.case_file import create_case

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("matplotlib", "docx", "openpyxl")

PROBE = """
import json, sys
from pathlib import Path
from casereview.casefile.case_file import open_case
from casereview.ui.app import application
from casereview.ui.main_window import MainWindow

app = application()
window = MainWindow()
window.show()
app.processEvents()
heavy = {heavy!r}
shown = [m for m in heavy if m in sys.modules]
window.show_case(open_case(Path(sys.argv[1])))
app.processEvents()
opened = [m for m in heavy if m in sys.modules]
window.close()
print(json.dumps({{"shown": shown, "opened": opened}}))
"""


def test_window_shows_before_heavy_imports(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "start.casereview"
    create_case(path, "Start").close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEREVIEW_HOME": str(user_home)}
    result = subprocess.run([sys.executable, "-c", PROBE.format(heavy=HEAVY), str(path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded["shown"] == [], "imported before the first window was shown"
    # The chart may need matplotlib once a case is open; the exports' libraries may not.
    assert [m for m in loaded["opened"] if m != "matplotlib"] == []


TABLE_GROUPS = ("analysis_tables", "merge_tables", "follow_up_tables", "name_tables", "report_round_tables")

TABLES_PROBE = """
import json, sys
from pathlib import Path
from casereview.casefile.case_file import open_case
from casereview.ui.app import application
from casereview.ui.main_window import MainWindow

app = application()
window = MainWindow(lazy_tabs=True)
window.resize(1366, 768)
window.show_case(open_case(Path(sys.argv[1])))
window.show()
window.repaint()
mapped = sorted(m.rsplit(".", 1)[1] for m in sys.modules if m.startswith("casereview.model.") and m.endswith("_tables"))
window.close()
print(json.dumps(mapped))
"""


def test_the_window_with_a_case_paints_before_the_later_tables_are_mapped(tmp_path: Path, user_home: Path) -> None:
    from casereview.demo.demo_case import write_demo_case

    path = tmp_path / "demo.casereview"
    write_demo_case(path).close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEREVIEW_HOME": str(user_home)}
    result = subprocess.run([sys.executable, "-c", TABLES_PROBE, str(path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.strip().splitlines()[-1]) == []
