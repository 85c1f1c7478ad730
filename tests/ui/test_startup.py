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
