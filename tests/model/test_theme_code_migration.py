"""The step that gives default themes their stable codes: an older file, a kill -9 in the middle."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from overview_fixtures import FORMER_CONTINUITY, make_old_file

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.conclusions import list_themes
from casereview.model import SCHEMA_VERSION
from casereview.vocabulary import DEFAULT_THEME_CODES

ROOT = Path(__file__).resolve().parents[2]
CHILD = ROOT / "tests" / "scripts" / "migrate_child.py"
CURRENT = dict(DEFAULT_THEME_CODES)


def _raw(path: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _assert_migrated(path: Path) -> None:
    with open_case(path) as case:
        themes = {t.code: t.name for t in list_themes(case) if t.is_default}
        conclusions = _raw(path, "SELECT text FROM conclusion")
    assert themes == CURRENT  # every default theme coded, the continuity theme in its new wording
    assert conclusions == [("Ouders kregen te veel ruimte.",)]
    assert _raw(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert _raw(path, "PRAGMA integrity_check") == [("ok",)]


def test_older_file_gets_codes_and_the_new_wording(tmp_path: Path) -> None:
    path = tmp_path / "oud.casereview"
    make_old_file(path)
    assert _raw(path, "SELECT count(*) FROM theme WHERE name = ?", FORMER_CONTINUITY) == [(1,)]
    assert ("code",) not in [(r[1],) for r in _raw(path, "PRAGMA table_info(theme)")]
    _assert_migrated(path)
    assert (tmp_path / "oud.backup-v1.casereview").exists()


def test_own_themes_stay_without_code_and_new_cases_have_codes(tmp_path: Path) -> None:
    with create_case(tmp_path / "nieuw.casereview", "Nieuw") as case:
        assert {t.code for t in list_themes(case)} == set(CURRENT)


def test_a_renamed_default_theme_keeps_its_code(tmp_path: Path) -> None:
    path = tmp_path / "oud.casereview"
    make_old_file(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE theme SET name = 'Signalen bundelen (Verwijsindex,  gezinsniveau)' "
                 "WHERE name LIKE 'Signalen%'")
    conn.execute("INSERT INTO theme (name, is_default) VALUES ('Eigen thema', 0)")
    conn.commit()
    conn.close()
    with open_case(path) as case:
        codes = {t.name: t.code for t in list_themes(case)}
    assert codes["Signalen bundelen (Verwijsindex,  gezinsniveau)"] == "rd-signalen"
    assert codes["Eigen thema"] is None


def _child(path: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(CHILD), str(path), *extra], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_9_inside_the_migration_leaves_the_old_file_then_migrates(tmp_path: Path) -> None:
    path = tmp_path / "oud.casereview"
    make_old_file(path)
    child = _child(path, "--pause")
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "ready"
    child.stdin.write("\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "inside"  # the step has written, the transaction is open
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)  # waits and closes the pipes
    assert (tmp_path / "oud.casereview-journal").exists()
    _assert_migrated(path)  # the rollback restores version 1, then the migration runs whole


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_kill_9_at_random_moments_of_opening_an_older_file(tmp_path: Path) -> None:
    template = tmp_path / "sjabloon.casereview"
    make_old_file(template)
    rng = random.Random(12)
    for round_number in range(8):
        path = tmp_path / f"ronde{round_number}" / "oud.casereview"
        path.parent.mkdir()
        shutil.copy2(template, path)
        child = _child(path)
        assert child.stdout is not None and child.stdin is not None
        assert child.stdout.readline().strip() == "ready"
        child.stdin.write("\n")
        child.stdin.flush()
        time.sleep(rng.uniform(0.0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=30)
        _assert_migrated(path)
