"""Issue 11 §10: rolling safety copies in the user's data folder, and putting one back."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from casereview.casefile import safety_copies
from casereview.casefile.case_file import CaseFile, create_case, open_case, reopen_case
from casereview.casefile.safety_copies import (
    KEEP,
    copies_folder,
    list_safety_copies,
    make_safety_copy,
    restore_safety_copy,
)
from casereview.model.store import encryption_available, has_sqlite_header
from casereview.session.contributions import add_contribution, list_contributions


def _texts(case: CaseFile) -> list[str]:
    return [c.text for c in list_contributions(case)]


def test_opening_for_editing_makes_a_private_copy_in_the_data_folder(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "share" / "review.casereview"
    path.parent.mkdir()
    create_case(path, "Review").close()
    with open_case(path) as case:
        copies = list_safety_copies(case)
        assert len(copies) == 1
        assert user_home in copies[0].path.parents and path.parent not in copies[0].path.parents
        if os.name == "posix":
            assert stat.S_IMODE(copies[0].path.stat().st_mode) == 0o600
            assert stat.S_IMODE(copies_folder(case).stat().st_mode) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["review.casereview"]
    with open_case(path, read_only=True) as case:  # looking does not make copies
        assert len(list_safety_copies(case)) == 1


def test_only_the_last_few_are_kept(case: CaseFile) -> None:
    for _ in range(KEEP + 3):
        make_safety_copy(case)
    assert len(list_safety_copies(case)) == KEEP


def test_a_copy_is_made_while_the_case_changes(case: CaseFile, monkeypatch: pytest.MonkeyPatch) -> None:
    path = case.path
    case.close()
    monkeypatch.setattr(safety_copies, "INTERVAL_SECONDS", 0)
    made: list[CaseFile] = []
    monkeypatch.setattr(safety_copies, "safety_copy_quietly", lambda c: made.append(c))
    with open_case(path) as opened:
        add_contribution(opened, text="Nieuw.", party_id=None)
        assert opened in made


def test_restore_puts_the_old_content_back_after_copying_the_current(case: CaseFile) -> None:
    add_contribution(case, text="Eerste versie.", party_id=None)
    make_safety_copy(case)
    first = list_safety_copies(case)[0]
    add_contribution(case, text="Per ongeluk later.", party_id=None)
    restore_safety_copy(case, first)
    assert _texts(case) == ["Eerste versie."]
    newest = list_safety_copies(case)[0]
    reopened = reopen_case(case)
    try:
        assert _texts(reopened) == ["Eerste versie."] and not reopened.read_only
        restore_safety_copy(reopened, newest)  # undoing the restore
        assert _texts(reopened) == ["Eerste versie.", "Per ongeluk later."]
    finally:
        reopened.close()


@pytest.mark.skipif(not encryption_available(), reason="sqlcipher3 is not installed")
def test_copies_of_an_encrypted_case_are_encrypted(tmp_path: Path) -> None:
    with create_case(tmp_path / "geheim.casereview", "Geheim", passphrase="lang-wachtwoord") as case:
        copy = make_safety_copy(case)
        assert not has_sqlite_header(copy)
        add_contribution(case, text="Later.", party_id=None)
        restore_safety_copy(case, list_safety_copies(case)[-1])
        assert _texts(case) == []
