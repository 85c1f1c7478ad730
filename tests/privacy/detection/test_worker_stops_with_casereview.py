"""A detection worker still running when casereview exits is stopped, not left searching on its own."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

PROBE = """
import sys, threading, time
from casereview.privacy.detection import client

# A stand-in worker that would search for a minute (the real one builds its lookup lists that long).
client.worker_command = lambda: [sys.executable, "-c", "import time; time.sleep(60)"]
threading.Thread(target=client.detect, args=(["Een tekst."],), kwargs={"folder": client.Path(sys.argv[1])},
                 daemon=True).start()
deadline = time.monotonic() + 30
while not client._running and time.monotonic() < deadline:
    time.sleep(0.05)
print(next(iter(client._running)).pid, flush=True)
"""  # then the script ends, as casereview does when the chair closes the window mid-search


def _alive(pid: int) -> bool:
    """Running, not a zombie waiting to be reaped (its parent, the probe, has gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc (Linux)")
def test_a_worker_running_when_casereview_exits_is_stopped(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    pid = int(done.stdout.split()[-1])
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _alive(pid), "the worker went on after casereview had exited"
