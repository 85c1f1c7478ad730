"""New case files are private to the user; the change log keeps account of every write."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from casereview.casefile.case_file import CaseFile, create_case
from casereview.findings.agreements import add_agreement, set_status
from casereview.model.tables import ChangeLog
from casereview.session.contributions import add_contribution, delete_contribution, update_contribution
from casereview.vocabulary import AgreementStatus


@pytest.fixture
def open_umask() -> Iterator[None]:
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_new_case_file_is_readable_only_by_the_user(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "prive.casereview"
    case = create_case(path, "Privé")
    try:
        add_contribution(case, text="gevoelig", party_id=None)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        case.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prive.casereview"]  # no temporary file left


def test_create_never_replaces_an_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "bestaat.casereview"
    path.write_bytes(b"van iemand anders")
    with pytest.raises(Exception, match="bestaat al"):
        create_case(path, "Nieuw")
    assert path.read_bytes() == b"van iemand anders"


def _log(case: CaseFile) -> list[tuple[str, str]]:
    with case.read() as s:
        return [(row.entity, row.action) for row in s.exec(select(ChangeLog).order_by(ChangeLog.id))]


def test_add_edit_delete_leave_change_log_rows(case: CaseFile) -> None:
    assert _log(case) == [("case", "create")]
    item = add_contribution(case, text="eerste versie", party_id=None)
    update_contribution(case, item.id, text="tweede versie")
    agreement = add_agreement(case, action="Overdrachtsformulier aanpassen")
    set_status(case, agreement.id, AgreementStatus.DONE)
    delete_contribution(case, item.id)
    assert _log(case)[1:] == [
        ("contribution", "add"), ("contribution", "edit"), ("agreement", "add"), ("agreement", "status"),
        ("contribution", "delete"),
    ]
    with case.read() as s:
        rows = list(s.exec(select(ChangeLog).order_by(ChangeLog.id)))
    assert all(row.at is not None for row in rows)
    assert rows[-1].detail == f"#{item.id}"
    assert [r.at for r in rows] == sorted(r.at for r in rows)


def test_create_in_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(Exception, match="map .* bestaat niet"):
        create_case(tmp_path / "nergens" / "nieuw.casereview", "Nieuw")
    assert not (tmp_path / "nergens").exists()
