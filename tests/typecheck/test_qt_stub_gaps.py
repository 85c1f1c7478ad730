"""The mypy plugin fills only the two stub gaps: Qt constructors still get their positional arguments checked."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _mypy(tmp_path: Path, code: str) -> str:
    (tmp_path / "probe.py").write_text(code, encoding="utf-8")
    config = tmp_path / "mypy.ini"
    config.write_text(f"[mypy]\nplugins = {ROOT / 'tests/typecheck/qt_stub_gaps.py'}\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mypy", "--config-file", str(config), "--no-incremental",
                           str(tmp_path / "probe.py")], capture_output=True, text=True, cwd=tmp_path, timeout=300)
    return done.stdout


def test_property_keywords_pass_and_wrong_positionals_still_fail(tmp_path: Path) -> None:
    out = _mypy(tmp_path, (
        "from PySide6.QtCore import QT_TRANSLATE_NOOP\n"
        "from PySide6.QtGui import QAction, QKeySequence\n"
        "from PySide6.QtWidgets import QDialog, QPushButton\n"
        "class Named(QDialog):\n"
        "    pass\n"
        "ok = QPushButton('Opslaan', objectName='saveButton')\n"
        "sub = Named(objectName='namedDialog')\n"
        "act = QAction('&Nieuw', None, shortcut=QKeySequence.StandardKey.New)\n"
        "text: str = QT_TRANSLATE_NOOP('errors', 'Het bestand bestaat niet.')\n"
        "bad = QPushButton(1, 2, 3, objectName='x')\n"))
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "probe.py:10:" in errors[0], out
