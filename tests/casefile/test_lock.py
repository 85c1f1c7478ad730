"""Two people, one file: the editing lock, tested with real processes."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from casereview.casefile.case_file import create_case, open_case
from casereview.casefile.lock import LockInfo, acquire, lock_path_for, process_start_time, read_lock
from casereview.model import ReadOnlyCaseError
from casereview.session.contributions import add_contribution

ROOT = Path(__file__).resolve().parents[2]
HOLDER = ROOT / "tests" / "scripts" / "lock_holder.py"
TITLE = "Review Familie Vertrouwelijk"
DESCRIBE = re.compile(r"^Geopend door .+ op computer .+ sinds \d{1,2} [a-z]+ \d{4} \d{2}:\d{2}$")


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def _start_holder(path: Path) -> tuple[subprocess.Popen[str], dict]:
    child = subprocess.Popen([sys.executable, str(HOLDER), str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=_env())
    assert child.stdout is not None
    line = child.stdout.readline()
    assert line, child.stderr.read() if child.stderr else ""
    return child, json.loads(line)


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    path = tmp_path / "gedeeld.casereview"
    create_case(path, TITLE).close()
    assert not lock_path_for(path).exists()
    return path


def test_describe_is_plain_dutch() -> None:
    info = LockInfo(user="anna", machine="LAPTOP-7", pid=42, since=datetime(2026, 11, 23, 14, 2))
    assert info.describe() == "Geopend door anna op computer LAPTOP-7 sinds 23 november 2026 14:02"


def test_second_process_opens_read_only_and_says_who(case_path: Path) -> None:
    child, report = _start_holder(case_path)
    try:
        assert report["read_only"] is False
        case = open_case(case_path)
        try:
            assert case.read_only
            assert case.lock_info is not None
            assert case.lock_info.pid == child.pid
            assert case.lock_info.machine == socket.gethostname()
            assert DESCRIBE.match(case.lock_info.describe()), case.lock_info.describe()
            assert case.lock_info.describe() in case.read_only_reason
            with pytest.raises(ReadOnlyCaseError, match="Geopend door"):
                add_contribution(case, text="mag niet", party_id=None)
            assert case.case().title == TITLE  # reading still works
        finally:
            case.close()
        assert read_lock(case_path) is not None  # our read-only close did not remove their lock
    finally:
        child.communicate("")
    assert child.returncode == 0
    assert not lock_path_for(case_path).exists()


def test_child_sees_our_lock(case_path: Path) -> None:
    case = open_case(case_path)
    try:
        child, report = _start_holder(case_path)
        child.communicate("")
        assert report["read_only"] is True
        assert report["holder_pid"] == os.getpid()
        assert report["reason"].startswith("Geopend door ")
    finally:
        case.close()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_lock_of_a_killed_process_is_taken_over_silently(case_path: Path) -> None:
    child, report = _start_holder(case_path)
    assert report["read_only"] is False
    child.send_signal(signal.SIGKILL)
    child.communicate()
    stale = read_lock(case_path)
    assert stale is not None and stale.pid == child.pid and stale.is_stale()
    case = open_case(case_path)
    try:
        assert not case.read_only
        assert case.lock_info is None
        holder = read_lock(case_path)
        assert holder is not None and holder.pid == os.getpid()
    finally:
        case.close()


def _foreign_lock(path: Path) -> LockInfo:
    since = datetime.now().astimezone().replace(microsecond=0)
    info = LockInfo(user="bert", machine="PC-ELDERS", pid=os.getpid(), since=since)
    lock_path_for(path).write_bytes(info.to_json())
    return info


def test_lock_from_another_computer_needs_take_over(case_path: Path) -> None:
    _foreign_lock(case_path)
    case = open_case(case_path)
    try:
        assert case.read_only
        assert case.lock_info is not None and case.lock_info.machine == "PC-ELDERS"
        assert "Geopend door bert op computer PC-ELDERS sinds" in case.read_only_reason
    finally:
        case.close()
    assert read_lock(case_path).machine == "PC-ELDERS"
    case = open_case(case_path, take_over=True)
    try:
        assert not case.read_only
        assert read_lock(case_path).machine == socket.gethostname()
    finally:
        case.close()
    assert not lock_path_for(case_path).exists()


def test_lock_file_is_json_without_title(case_path: Path) -> None:
    case = open_case(case_path)
    try:
        raw = lock_path_for(case_path).read_text(encoding="utf-8")
        data = json.loads(raw)
        assert set(data) == {"user", "machine", "pid", "since"}
        assert data["pid"] == os.getpid()
        assert "Familie" not in raw and "Review" not in raw
    finally:
        case.close()


def test_same_process_shares_the_lock_until_last_close(case_path: Path) -> None:
    first = open_case(case_path)
    second = open_case(case_path)
    assert not first.read_only and not second.read_only
    first.close()
    assert lock_path_for(case_path).exists()
    first.close()  # closing twice does not release the other's share
    assert lock_path_for(case_path).exists()
    second.close()
    assert not lock_path_for(case_path).exists()


def test_lock_released_at_process_exit_without_close(case_path: Path) -> None:
    code = ("import sys; from casereview.casefile.case_file import open_case; "
            "c = open_case(sys.argv[1]); assert not c.read_only; print('open')")
    done = subprocess.run([sys.executable, "-c", code, str(case_path)], capture_output=True, text=True,
                          cwd=ROOT, env=_env(), check=True)
    assert done.stdout.strip() == "open"
    assert not lock_path_for(case_path).exists()


def test_explicit_read_only_takes_no_lock(case_path: Path) -> None:
    case = open_case(case_path, read_only=True)
    try:
        assert case.read_only and case.lock_info is None
        assert not lock_path_for(case_path).exists()
        assert "alleen-lezen" in case.read_only_reason
    finally:
        case.close()


def test_someone_elses_lock_survives_our_release(case_path: Path) -> None:
    lock = acquire(case_path)
    info = _foreign_lock(case_path)  # taken over from elsewhere while we had it
    lock.release()
    assert read_lock(case_path) == info


def test_unreadable_lock_counts_as_held_until_old(case_path: Path) -> None:
    junk = lock_path_for(case_path)
    junk.write_bytes(b"\x00garbage")
    case = open_case(case_path)
    try:
        assert case.read_only and case.lock_info is not None and case.lock_info.user == "onbekend"
    finally:
        case.close()
    old = (datetime.now() - timedelta(minutes=5)).timestamp()
    os.utime(junk, (old, old))
    case = open_case(case_path)
    try:
        assert not case.read_only
    finally:
        case.close()


def test_creating_a_case_someone_is_creating_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.casereview"
    _foreign_lock(path)
    with pytest.raises(Exception, match="Geopend door bert"):
        create_case(path, "Tweede")
    assert not path.exists()


@pytest.mark.skipif(process_start_time(os.getpid()) is None, reason="process start times need /proc")
def test_lock_whose_pid_was_reused_after_a_reboot_is_stale(case_path: Path) -> None:
    """The pid in the lock runs again, but as a process started long after the lock was written."""
    before_boot = datetime.now().astimezone() - timedelta(days=400)
    info = LockInfo(user="anna", machine=socket.gethostname(), pid=os.getpid(), since=before_boot)
    assert info.is_stale()
    lock_path_for(case_path).write_bytes(info.to_json())
    case = open_case(case_path)
    try:
        assert not case.read_only
    finally:
        case.close()


def test_our_own_live_lock_is_not_stale() -> None:
    since = datetime.now().astimezone().replace(microsecond=0)
    assert not LockInfo(user="anna", machine=socket.gethostname(), pid=os.getpid(), since=since).is_stale()
