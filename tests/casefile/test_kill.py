"""Crash safety: SIGKILL a capturing process at random moments, then check the file.

Every contribution whose storing had returned (the child printed its id) must
be there after the crash, and the file must pass SQLite's integrity check.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlmodel import select

from casereview.casefile.case_file import create_case, open_case
from casereview.casefile.lock import read_lock
from casereview.model.tables import Contribution

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "tests" / "scripts" / "kill_writer.py"
ROUNDS = 24

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def _start(path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(WRITER), str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)


@pytest.mark.slow
def test_sigkill_during_capture_loses_nothing_that_was_stored(tmp_path: Path) -> None:
    path = tmp_path / "crash.casereview"
    create_case(path, "Crashtest").close()
    rng = random.Random(20261123)
    promised: set[int] = set()
    killed_mid_write = 0
    upcoming = _start(path)
    for number in range(ROUNDS):
        child = upcoming
        if number < ROUNDS - 1:
            upcoming = _start(path)  # imports while this one runs; opens the case only on "go"
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write("go\n")
        child.stdin.flush()
        first = child.stdout.readline()
        assert first.strip() == "ready", (first, child.stderr.read() if child.stderr else "")
        time.sleep(rng.choice([0.0, rng.uniform(0.0, 0.02), rng.uniform(0.02, 0.25)]))
        child.send_signal(signal.SIGKILL)
        rest, _err = child.communicate()
        assert child.returncode == -signal.SIGKILL
        lines = rest.split("\n")
        complete = lines[:-1]  # the part after the last newline may be cut off
        promised.update(int(line) for line in complete if line.strip())
        if (path.with_name(path.name + "-journal")).exists():
            killed_mid_write += 1
    # The killed writer's lock is stale: we take it over without being asked.
    assert read_lock(path) is not None
    case = open_case(path)
    try:
        assert not case.read_only, case.read_only_reason
        assert case.store.integrity_check() == "ok"
        with case.read() as s:
            stored = set(s.exec(select(Contribution.id)))
        missing = promised - stored
        assert not missing, f"{len(missing)} opgeslagen bijdragen kwijt na crash: {sorted(missing)[:10]}"
        assert len(promised) > ROUNDS  # the child really wrote between the kills
    finally:
        case.close()
    print(f"{len(promised)} bijdragen beloofd, {killed_mid_write} keer gestopt midden in een schrijfactie")
