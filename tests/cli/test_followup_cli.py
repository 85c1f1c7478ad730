"""`casereview open PATH --follow-up`: the window starts in follow-up mode."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

from casereview.casefile.case_file import create_case
from casereview.findings.agreements import add_agreement


def test_open_in_follow_up_mode_shows_the_overdue_count(tmp_path: Path) -> None:
    path = tmp_path / "opvolging.casereview"
    with create_case(path, "Review gezin K.") as case:
        add_agreement(case, action="Triagelijst aanpassen", due_date=date.today() - timedelta(days=3))
        add_agreement(case, action="Vast aanspreekpunt", due_date=date.today() + timedelta(days=30))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEREVIEW_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "casereview", "open", str(path), "--follow-up", "--smoke"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "2 afspraken: 2 open, 0 uitgevoerd · 1 over datum" in result.stdout
