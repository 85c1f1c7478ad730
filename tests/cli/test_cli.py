"""The casereview command: each subcommand, exit codes and Dutch messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casereview.cli import main
from casereview.model.store import encryption_available


def test_new_then_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.casereview"
    assert main(["new", str(path), "--title", "Review B."]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["title"] == "Review B."
    for key in ("schema_version", "events", "parties", "participants", "contributions", "conclusions",
                "agreements"):
        assert key in info
    assert info["events"] == 0


def test_info_plain_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "r.casereview"
    main(["new", str(path), "--title", "Review C"])
    capsys.readouterr()
    assert main(["info", str(path)]) == 0
    assert "Titel:" in capsys.readouterr().out


def test_new_refuses_wrong_extension(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", str(tmp_path / "r.db"), "--title", "X"]) == 2
    assert ".casereview" in capsys.readouterr().err
    assert not (tmp_path / "r.db").exists()


def test_info_on_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["info", str(tmp_path / "nergens.casereview")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["new"])
    assert exc.value.code == 2
    assert "fout in de opdracht" in capsys.readouterr().err


def test_demo_no_gui_then_info_shows_a_real_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "demo.casereview"
    assert main(["demo", str(path), "--no-gui"]) == 0
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["events"] >= 30 and info["parties"] >= 6
    assert info["contributions"] > 0 and info["conclusions"] > 0 and info["agreements"] > 0


def test_demo_smoke_starts_the_real_window_and_exits_0(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEREVIEW_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "casereview", "demo", str(tmp_path / "d.casereview"), "--smoke"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Geladen en getekend in" in result.stdout


def test_open_smoke_on_a_broken_file_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "kapot.casereview"
    bad.write_bytes(b"dit is geen dossier")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEREVIEW_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-m", "casereview", "open", str(bad), "--smoke"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 2
    assert "geen casereview-dossier" in result.stderr


@pytest.mark.skipif(not encryption_available(), reason="sqlcipher3 is not installed")
def test_encrypted_case_needs_the_passphrase_on_stdin(tmp_path: Path) -> None:
    from casereview.casefile.case_file import create_case

    path = tmp_path / "geheim.casereview"
    create_case(path, "Geheime review", passphrase="lang-wachtwoord").close()
    env = {**os.environ, "CASEREVIEW_HOME": str(tmp_path / "home")}
    base = [sys.executable, "-m", "casereview", "info", str(path), "--json"]
    refused = subprocess.run(base, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)
    assert refused.returncode == 2 and "--passphrase-stdin" in refused.stderr
    wrong = subprocess.run([*base, "--passphrase-stdin"], input="onjuist-wachtwoord\n", capture_output=True,
                           text=True, env=env, timeout=120)
    assert wrong.returncode == 2
    right = subprocess.run([*base, "--passphrase-stdin"], input="lang-wachtwoord\n", capture_output=True,
                           text=True, env=env, timeout=120)
    assert right.returncode == 0, right.stderr
    assert json.loads(right.stdout)["title"] == "Geheime review"


def test_demo_never_overwrites_an_existing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "mijn.casereview"
    main(["new", str(path), "--title", "Echte review"])
    before = path.read_bytes()
    assert main(["demo", str(path), "--no-gui"]) == 2
    assert "bestaat al" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_a_command_run_as_the_program_gets_its_garbage_collector_back(tmp_path: Path) -> None:
    """``casereview.__main__`` turns the collector off for start-up; a command without a window turns it on."""
    script = f"""
import gc, sys
import casereview.cli
from casereview.__main__ import run
sys.argv = ["casereview", "demo", {str(tmp_path / "d.casereview")!r}, "--no-gui"]
code = run()
print("collector on:", gc.isenabled())
sys.exit(code)
"""
    env = {**os.environ, "CASEREVIEW_HOME": str(tmp_path / "home")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "collector on: True" in result.stdout


def test_the_window_freezes_start_up_objects_and_turns_the_collector_back_on() -> None:
    import gc

    from casereview.ui.app import end_of_start_up

    gc.disable()
    try:
        end_of_start_up()
        assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        gc.enable()
