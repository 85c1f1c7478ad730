"""Issue 11 §5, §7 and §9: one lock through every path, crafted lock files, and saying who holds a case."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from casereview.casefile.case_file import create_case, open_case
from casereview.casefile.lock import lock_path_for
from casereview.cli import main
from casereview.session.contributions import add_contribution, list_contributions

ROOT = Path(__file__).resolve().parents[2]
HOLDER = ROOT / "tests" / "scripts" / "lock_holder.py"


@pytest.fixture
def real(tmp_path: Path) -> Path:
    path = tmp_path / "echt" / "real.casereview"
    path.parent.mkdir()
    create_case(path, "Review gedeeld").close()
    return path


@pytest.fixture
def timeline(tmp_path: Path) -> Path:
    path = tmp_path / "tijdlijn.csv"
    path.write_text("Datum;Omschrijving\n01-02-2020;Huisbezoek\n", encoding="utf-8")
    return path


def _hold(path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, str(HOLDER), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line, child.stderr.read() if child.stderr else ""
    assert json.loads(line)["read_only"] is False
    return child


def _release(child: subprocess.Popen[str]) -> None:
    """Let the holder close the case, and close our ends of its pipes."""
    child.communicate(timeout=30)


def _event_count(path: Path) -> int:
    from casereview.timeline.events import list_events

    with open_case(path, read_only=True) as case:
        return len(list_events(case))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_symlink_does_not_get_round_the_lock(real: Path, timeline: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    alias = tmp_path / "ander" / "alias.casereview"
    alias.parent.mkdir()
    alias.symlink_to(real)
    assert lock_path_for(alias) == lock_path_for(real)
    child = _hold(real)
    try:
        assert main(["import", str(alias), str(timeline)]) == 2
    finally:
        _release(child)
    err = capsys.readouterr().err
    assert "Geopend door" in err and "op computer" in err and "sinds" in err and "niets geïmporteerd" in err
    assert _event_count(real) == 0


@pytest.mark.skipif(not hasattr(os, "link"), reason="needs hard links")
def test_a_hard_link_sees_the_holder_inside_the_file(real: Path, timeline: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "share-via-s" / "x.casereview"
    other.parent.mkdir()
    os.link(real, other)
    child = _hold(real)
    try:
        with open_case(other) as case:
            assert case.read_only and case.lock_info is not None
            assert case.lock_info.pid == child.pid
        assert main(["import", str(other), str(timeline)]) == 2
    finally:
        _release(child)
    assert "Geopend door" in capsys.readouterr().err
    assert _event_count(real) == 0
    with open_case(other) as case:  # the holder closed: the row went with it
        assert not case.read_only


def _write_holder_row(path: Path, *, machine: str, beat: datetime) -> None:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("INSERT INTO holder (token, user, machine, pid, since, heartbeat) VALUES (?, ?, ?, ?, ?, ?)",
                     ("vreemd", "anna", machine, 4242, beat.isoformat(sep=" "), beat.isoformat(sep=" ")))
        conn.commit()
    finally:
        conn.close()


def test_a_live_holder_on_another_computer_makes_it_read_only(real: Path) -> None:
    _write_holder_row(real, machine="LAPTOP-ANNA", beat=datetime.now(UTC).replace(tzinfo=None))
    with open_case(real) as case:
        assert case.read_only and "anna" in case.read_only_reason and "LAPTOP-ANNA" in case.read_only_reason


def test_a_holder_whose_heartbeat_stopped_is_dead(real: Path) -> None:
    old = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=3)
    _write_holder_row(real, machine="LAPTOP-ANNA", beat=old)
    with open_case(real) as case:
        assert not case.read_only
        add_contribution(case, text="Na de overname vastgelegd.", party_id=None)
        assert len(list_contributions(case)) == 1


@pytest.mark.parametrize("content", [
    b'{"user": "x", "machine": "%s", "pid": 1e400, "since": "2026-01-01T10:00:00+00:00"}',
    b'{"user": "x", "machine": "%s", "pid": 100000000000000000000, "since": "2026-01-01T10:00:00+00:00"}',
    b'{"user": "x", "machine": "%s", "pid": 12, "since": "9999-12-31T23:59:59+14:00"}',
    b"[" * 100_000,
    b'{"user": "' + b"a" * 100_000 + b'", "machine": "%s", "pid": 1, "since": "2026-01-01T10:00:00"}',
])
def test_a_crafted_lock_file_never_gives_a_traceback(real: Path, content: bytes) -> None:
    import socket

    data = content.replace(b"%s", socket.gethostname().encode()) if b"%s" in content else content
    lock = lock_path_for(real)
    lock.write_bytes(data)
    old = datetime.now().timestamp() - 3600
    os.utime(lock, (old, old))  # an hour old: junk that may be cleared
    with open_case(real) as case:
        assert not case.read_only, case.read_only_reason


def test_a_fresh_crafted_lock_counts_as_held_by_someone_unknown(real: Path) -> None:
    lock_path_for(real).write_bytes(b'{"user": "x", "machine": "y", "pid": 1e400, "since": "2026-01-01T10:00:00"}')
    with open_case(real) as case:
        assert case.read_only and "onbekend" in case.read_only_reason


@pytest.mark.parametrize("stdin", [b"lang-wacht\x00woord\n", b"lang-wacht\xffwoord\n"])
def test_a_passphrase_with_nul_or_invalid_utf8_gives_a_dutch_message(tmp_path: Path, stdin: bytes) -> None:
    path = tmp_path / "geheim.casereview"
    create_case(path, "Geheime review", passphrase="lang-wachtwoord").close()
    result = subprocess.run([sys.executable, "-m", "casereview", "info", str(path), "--passphrase-stdin"],
                            input=stdin, capture_output=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            timeout=120)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2, err
    assert "Traceback" not in err and "wachtwoord" in err.lower()
