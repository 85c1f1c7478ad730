"""Lock files that tell other casereview instances a case is being edited.

SQLite's own locks keep the file consistent, but they do not stop two chairs
from editing the same review one after the other and losing track of each
other's changes. So whoever opens a case for editing leaves a small JSON file
next to it: ``.~<name>.lock`` with user, computer, process id and since when.
It holds no case title, so it reveals nothing about an encrypted case.

The lock is created with content in one step (a hard link of a finished file,
or ``O_EXCL`` where links are not supported), so another instance never sees
half a lock. A lock from a process that no longer runs on this computer is
taken over silently; one from another computer only when the user says so,
because we cannot see whether that process still runs. Within one process a
lock is shared and counted: opening the same case twice is one editor.
"""

from __future__ import annotations

import atexit
import getpass
import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from casereview.model import CaseFileError
from casereview.vocabulary import MONTH_NAMES_NL

LOCK_PREFIX = ".~"
LOCK_SUFFIX = ".lock"
UNREADABLE_STALE_SECONDS = 30.0
PID_REUSE_MARGIN_SECONDS = 60.0
_READ_RETRIES = 5
MAX_PID = 2**31 - 1
MIN_YEAR, MAX_YEAR = 2000, 2200
MAX_LOCK_BYTES = 4096


def _short(value: object) -> str:
    """A name from a lock file, printable and short enough for a message."""
    text = "".join(ch for ch in str(value) if ch.isprintable())[:80]
    return text or "onbekend"


@dataclass(frozen=True)
class LockInfo:
    """Who holds a case open for editing."""

    user: str
    machine: str
    pid: int
    since: datetime

    def describe(self) -> str:
        """Dutch, e.g. 'Geopend door anna op computer LAPTOP-7 sinds 23 november 2026 14:02'."""
        return "Geopend door {user} op computer {machine} sinds {since}".format(**self.params())

    def params(self) -> dict[str, str]:
        """The parts of :meth:`describe`, for errors the window words in the user's language."""
        local = self.since.astimezone() if self.since.tzinfo else self.since
        return {"user": self.user, "machine": self.machine,
                "since": f"{local.day} {MONTH_NAMES_NL[local.month - 1]} {local.year} {local:%H:%M}"}

    @property
    def on_this_machine(self) -> bool:
        return self.machine.lower() == this_machine().lower()

    def is_stale(self) -> bool:
        """True when the holder is a process on this computer that no longer runs.

        A running process with the same id that started well after the lock
        was taken (typically: after a reboot) is a different program that
        reused the id: stale too. The margin absorbs clock inaccuracy; erring
        means asking the user, never taking a live lock.
        """
        if not self.on_this_machine:
            return False
        if not pid_alive(self.pid):
            return True
        started = process_start_time(self.pid)
        return started is not None and started > self.since.timestamp() + PID_REUSE_MARGIN_SECONDS

    def to_json(self) -> bytes:
        return json.dumps({"user": self.user, "machine": self.machine, "pid": self.pid,
                           "since": self.since.isoformat(timespec="seconds")}).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> LockInfo:
        """Parse a lock file; anything odd (a pid of 1e400, a date in year 9999) raises ValueError."""
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("geen object")
        pid = raw["pid"]
        if isinstance(pid, bool) or not isinstance(pid, int) or not 0 <= pid <= MAX_PID:
            raise ValueError("ongeldig procesnummer")
        since = datetime.fromisoformat(str(raw["since"])[:40])
        if not MIN_YEAR <= since.year <= MAX_YEAR:
            raise ValueError("ongeldige datum")
        return cls(user=_short(raw["user"]), machine=_short(raw["machine"]), pid=pid, since=since)


class LockHeld(CaseFileError):
    """Someone else has the case open for editing; ``info`` says who."""

    def __init__(self, info: LockInfo) -> None:
        super().__init__(code="lock.held", **info.params())
        self.info = info


def this_machine() -> str:
    return socket.gethostname() or "onbekend"


def this_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name available (service accounts, odd containers)
        return "onbekend"


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer (never signals it)."""
    if pid <= 0 or pid > MAX_PID:
        return False
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OSError, OverflowError):
        return False
    return True


def process_start_time(pid: int) -> float | None:
    """When a process started (Unix time), where the system tells us (Linux); else None."""
    try:
        stat_line = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
        boot_line = next(line for line in Path("/proc/stat").read_text(encoding="ascii").splitlines()
                         if line.startswith("btime "))
    except (OSError, StopIteration):
        return None
    try:
        fields = stat_line.rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of stat, counted after the command name
        return int(boot_line.split()[1]) + ticks / os.sysconf("SC_CLK_TCK")
    except (IndexError, ValueError, OSError):
        return None


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def lock_path_for(case_path: Path | str) -> Path:
    """The lock file of the file ``case_path`` leads to: symbolic links are followed first."""
    case_path = Path(os.path.realpath(case_path))
    return case_path.with_name(f"{LOCK_PREFIX}{case_path.name}{LOCK_SUFFIX}")


def _read_raw(lock_path: Path) -> bytes | None:
    try:
        with lock_path.open("rb") as fh:
            return fh.read(MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return None


def read_lock(case_path: Path | str) -> LockInfo | None:
    """The current holder of a case, or None when nobody has it open for editing.

    A lock file that cannot be understood (damaged, or written by something
    else) is reported as held by an unknown user since its modification time.
    """
    lock_path = lock_path_for(case_path)
    for attempt in range(_READ_RETRIES):
        raw = _read_raw(lock_path)
        if raw is None:
            return None
        try:
            if len(raw) > MAX_LOCK_BYTES:
                raise ValueError("te groot")
            return LockInfo.from_json(raw)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError, OverflowError):
            if attempt < _READ_RETRIES - 1:
                time.sleep(0.05)  # a lock being written where links are not supported
    return _unknown_holder(lock_path)


def _unknown_holder(lock_path: Path) -> LockInfo | None:
    try:
        mtime = lock_path.stat().st_mtime
    except FileNotFoundError:
        return None
    return LockInfo(user="onbekend", machine="onbekend", pid=0, since=datetime.fromtimestamp(mtime).astimezone())


@dataclass
class _Held:
    info: LockInfo
    raw: bytes
    count: int


_held: dict[Path, _Held] = {}
_held_guard = threading.Lock()


class CaseLock:
    """This process's claim on one case; :meth:`release` once (further calls do nothing)."""

    def __init__(self, case_path: Path, lock_path: Path, info: LockInfo) -> None:
        self.case_path = case_path
        self.lock_path = lock_path
        self.info = info
        self._released = False

    @property
    def released(self) -> bool:
        return self._released

    def release(self) -> None:
        if self._released:
            return
        self._released = True
        key = _key(self.lock_path)
        with _held_guard:
            held = _held.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[key]
        _remove_own(self.lock_path, held.raw)


def _key(lock_path: Path) -> Path:
    return Path(os.path.normcase(os.path.abspath(lock_path)))


def _remove_own(lock_path: Path, raw: bytes) -> None:
    """Delete the lock file, unless someone has taken it over meanwhile."""
    try:
        if lock_path.read_bytes() == raw:
            lock_path.unlink()
    except OSError:
        pass


def acquire(case_path: Path | str, *, take_over: bool = False) -> CaseLock:
    """Claim ``case_path`` for editing or raise :class:`LockHeld` (or CaseFileError).

    ``take_over`` removes a lock held elsewhere; the caller asks the user first.
    Stale locks from this computer are taken over without asking.
    """
    case_path = Path(case_path)
    lock_path = lock_path_for(case_path)
    key = _key(lock_path)
    with _held_guard:
        held = _held.get(key)
        if held is not None and _read_raw(lock_path) == held.raw:
            held.count += 1
            return CaseLock(case_path, lock_path, held.info)
        _held.pop(key, None)
    since = datetime.now().astimezone().replace(microsecond=0)
    info = LockInfo(user=this_user(), machine=this_machine(), pid=os.getpid(), since=since)
    raw = info.to_json()
    for _attempt in range(5):
        try:
            created = _create_with_content(lock_path, raw)
        except OSError as exc:
            raise CaseFileError(code="lock.cannot_create", name=case_path.name, strerror=exc.strerror) from exc
        if created:
            with _held_guard:
                _held[key] = _Held(info, raw, 1)
            return CaseLock(case_path, lock_path, info)
        current_raw = _read_raw(lock_path)
        if current_raw is None:
            continue
        holder = read_lock(case_path)
        if holder is None:
            continue
        if not (take_over or holder.is_stale() or _is_old_junk(holder, lock_path)):
            raise LockHeld(holder)
        _remove_if_unchanged(lock_path, current_raw)
    holder = read_lock(case_path)
    if holder is not None:
        raise LockHeld(holder)
    raise CaseFileError(code="lock.failed", name=case_path.name)


def _is_old_junk(holder: LockInfo, lock_path: Path) -> bool:
    if holder.pid != 0 or holder.machine != "onbekend":
        return False
    try:
        return time.time() - lock_path.stat().st_mtime > UNREADABLE_STALE_SECONDS
    except OSError:
        return False


def _create_with_content(lock_path: Path, raw: bytes) -> bool:
    """Create the lock file holding ``raw`` in one step; False when it already exists."""
    tmp = lock_path.with_name(f"{lock_path.name}.{os.getpid()}.{threading.get_ident()}.nieuw")
    try:
        with open(tmp, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, lock_path)
            return True
        except FileExistsError:
            return False
        except OSError:
            return _create_exclusive(lock_path, raw)
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass


def _create_exclusive(lock_path: Path, raw: bytes) -> bool:
    """Fallback for file systems without hard links."""
    try:
        fd = os.open(lock_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as fh:
        fh.write(raw)
        fh.flush()
        os.fsync(fh.fileno())
    return True


def _remove_if_unchanged(lock_path: Path, expected: bytes) -> None:
    """Remove a lock we judged stale, but not a fresh one another instance just made.

    Renaming is atomic, so only one instance moves a given lock file away; it
    then checks it moved the lock it judged, and puts anything else back.
    """
    grave = lock_path.with_name(f"{lock_path.name}.{os.getpid()}.{threading.get_ident()}.weg")
    try:
        os.replace(lock_path, grave)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise CaseFileError(code="lock.stale_not_removed", name=lock_path.name, strerror=exc.strerror) from exc
    try:
        if _read_raw(grave) != expected:
            try:
                os.link(grave, lock_path)
            except OSError:
                pass
    finally:
        grave.unlink(missing_ok=True)


def release_all() -> None:
    """Remove every lock this process still holds (at exit)."""
    with _held_guard:
        items = list(_held.items())
        _held.clear()
    for key, held in items:
        _remove_own(key, held.raw)


atexit.register(release_all)
