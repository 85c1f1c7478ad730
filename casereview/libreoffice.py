"""The one way casereview runs LibreOffice: converting a document in (.doc, .rtf) or out (PDF, ODT).

LibreOffice runs headless on a copy of the file in a private temporary folder,
with a throw-away user profile of its own (so a LibreOffice the user has open
is neither used, disturbed nor waited for) and ``HOME`` pointing there, within
one time limit. On timeout the whole process group is killed: LibreOffice's
start script runs the real program as a child, which would otherwise live on,
holding the folder. Nothing goes over the network.

This module sits at the bottom of the layers, so both the importer (timeline)
and the exports (reports) use it. It knows nothing of the user's words: its
exceptions say what happened, and each caller words that for its own situation.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

CONVERSION_SECONDS = 180
"""Long enough for a 100-page verslag with charts on a slow laptop, where LibreOffice's first start takes a while."""

FILTERS = {
    "docx": "docx:MS Word 2007 XML",
    # PDF/A-2b: the archiving flavour of PDF; fonts embedded, no external content. The headings become the
    # PDF's outline (bookmarks), and Word bookmarks named destinations (the contents' page numbers are read there).
    "pdf": ('pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"},'
            '"ExportBookmarks":{"type":"boolean","value":"true"},'
            '"ExportBookmarksToPDFDestination":{"type":"boolean","value":"true"}}'),
    "odt": "odt:writer8",
}
FLAGS = ("--headless", "--invisible", "--norestore", "--nologo", "--nolockcheck", "--nodefault")
_CANDIDATES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


class OfficeError(Exception):
    """LibreOffice could not make the file; the subclass says why."""


class OfficeMissing(OfficeError):
    """LibreOffice is not installed on this computer."""


class OfficeTimedOut(OfficeError):
    """LibreOffice took longer than the time limit and was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds


class OfficeNotStarted(OfficeError):
    """The program was found but could not be started (``reason`` from the operating system)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class OfficeNoOutput(OfficeError):
    """LibreOffice ended without writing the file (a damaged or unreadable source)."""


def find_office() -> str | None:
    """The LibreOffice program on this computer, or ``None``."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((c for c in _CANDIDATES if os.path.isfile(c)), None)


def convert(source: Path, target: str, out: Path, *, source_type: str | None = None,
            seconds: float = CONVERSION_SECONDS) -> Path:
    """Write ``out`` as ``target`` (a key of :data:`FILTERS`) from ``source``; returns ``out``.

    ``source`` is copied first (LibreOffice only ever sees a private copy with a
    plain name, ending in ``source_type`` when the caller knows the real type
    better than the file name does); ``out`` is written only when the conversion
    produced a file.
    """
    program = find_office()
    if program is None:
        raise OfficeMissing()
    with tempfile.TemporaryDirectory(prefix="casereview-office-") as tmp:
        folder = Path(tmp)
        copy = folder / f"bron.{source_type or source.suffix.lower().lstrip('.')}"
        shutil.copyfile(source, copy)
        out_dir = folder / "uit"
        command = [program, f"-env:UserInstallation={(folder / 'profiel').as_uri()}", *FLAGS,
                   "--convert-to", FILTERS[target], "--outdir", str(out_dir), str(copy)]
        _run(command, folder, seconds)
        produced = out_dir / f"bron.{target}"
        if not produced.is_file() or produced.stat().st_size == 0:
            raise OfficeNoOutput()
        shutil.copyfile(produced, out)
    return out


def _run(command: list[str], folder: Path, seconds: float) -> None:
    try:
        process = _start(command, folder)
    except OSError as exc:
        raise OfficeNotStarted(exc.strerror or str(exc)) from exc
    try:
        process.wait(timeout=seconds)
    except subprocess.TimeoutExpired as exc:
        _kill_tree(process)
        raise OfficeTimedOut(seconds) from exc
    finally:
        if process.poll() is None:  # interrupted some other way: leave nothing running
            _kill_tree(process)


def _start(command: list[str], folder: Path) -> subprocess.Popen[bytes]:
    """In a process group of its own, so a timeout can stop all of it."""
    env = {**os.environ, "HOME": str(folder), "USERPROFILE": str(folder)}
    quiet = subprocess.DEVNULL
    if os.name == "nt":
        return subprocess.Popen(command, cwd=folder, env=env, stdin=quiet, stdout=quiet, stderr=quiet,
                                creationflags=getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0))
    return subprocess.Popen(command, cwd=folder, env=env, stdin=quiet, stdout=quiet, stderr=quiet,
                            start_new_session=True)


def _kill_tree(process: subprocess.Popen[bytes]) -> None:
    """Stop LibreOffice and the program its start script started."""
    if os.name == "nt":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    else:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    process.kill()
    process.wait()
