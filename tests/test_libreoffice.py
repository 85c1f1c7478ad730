"""The one LibreOffice runner: its flags and private profile, the file it hands back, and a hung LibreOffice
(with the child its start script made) stopped at the time limit. A script stands in for LibreOffice."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path

import pytest

from casereview import libreoffice


def _fake_office(tmp_path: Path, body: str) -> Path:
    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    return program


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.skipif(os.name == "nt", reason="the stand-in for LibreOffice is a shell script")
def test_converts_a_private_copy_with_its_own_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log = tmp_path / "argv.txt"
    # writes every argument on a line, and "converts" by copying the source into --outdir under the target type
    program = _fake_office(tmp_path, f"""
for a in "$@"; do echo "$a" >> "{log}"; done
echo "HOME=$HOME" >> "{log}"
while [ $# -gt 1 ]; do
  case "$1" in --outdir) out="$2";; esac
  shift
done
mkdir -p "$out"; cp "$1" "$out/bron.pdf"
""")
    monkeypatch.setattr(libreoffice, "find_office", lambda: str(program))
    source = tmp_path / "verslag van Jansen.docx"
    source.write_bytes(b"inhoud")
    out = libreoffice.convert(source, "pdf", tmp_path / "verslag.pdf")
    assert out.read_bytes() == b"inhoud"
    lines = log.read_text(encoding="utf-8").splitlines()
    profile = next(a for a in lines if a.startswith("-env:UserInstallation=file://"))
    home = next(a for a in lines if a.startswith("HOME="))[len("HOME="):]
    assert profile.endswith("/profiel") and home in profile
    for flag in ("--headless", "--norestore", "--nolockcheck", "--convert-to", libreoffice.FILTERS["pdf"]):
        assert flag in lines
    assert lines[-2].endswith("/bron.docx") and "Jansen" not in lines[-2]  # LibreOffice sees a private copy
    assert not Path(home).exists()  # the folder with the copy and the profile is gone


@pytest.mark.skipif(os.name == "nt", reason="the stand-in for LibreOffice is a shell script")
def test_a_hung_libreoffice_and_its_child_are_killed_at_the_limit(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    child_pid = tmp_path / "child.pid"
    program = _fake_office(tmp_path, f'sleep 600 &\necho $! > "{child_pid}"\nwait\n')
    monkeypatch.setattr(libreoffice, "find_office", lambda: str(program))
    source = tmp_path / "oud.doc"
    source.write_bytes(b"doc")
    with pytest.raises(libreoffice.OfficeTimedOut) as err:
        libreoffice.convert(source, "docx", tmp_path / "nieuw.docx", seconds=1)
    assert err.value.seconds == 1
    pid = int(child_pid.read_text())
    deadline = time.monotonic() + 10
    while _alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)  # the kill is sent; the kernel takes a moment to reap
    assert not _alive(pid)
    assert not (tmp_path / "nieuw.docx").exists()


def test_missing_and_silent_libreoffice_are_told_apart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "a.docx"
    source.write_bytes(b"x")
    monkeypatch.setattr(libreoffice, "find_office", lambda: None)
    with pytest.raises(libreoffice.OfficeMissing):
        libreoffice.convert(source, "pdf", tmp_path / "a.pdf")
    if os.name != "nt":
        program = _fake_office(tmp_path, "exit 0\n")
        monkeypatch.setattr(libreoffice, "find_office", lambda: str(program))
        with pytest.raises(libreoffice.OfficeNoOutput):
            libreoffice.convert(source, "pdf", tmp_path / "a.pdf")
    assert not (tmp_path / "a.pdf").exists()
