"""Journal and sync settings that keep a case file safe on laptops and network shares."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from casereview.casefile.case_file import CaseFile, create_case, open_case
from casereview.model import CaseStore
from casereview.session.contributions import add_contribution


def _pragmas(store: CaseStore) -> tuple[str, int, int]:
    with store.engine.connect() as conn:
        return (conn.execute(text("PRAGMA journal_mode")).scalar_one(),
                conn.execute(text("PRAGMA synchronous")).scalar_one(),
                conn.execute(text("PRAGMA foreign_keys")).scalar_one())


def test_rollback_journal_and_full_sync_for_editing(case: CaseFile) -> None:
    add_contribution(case, text="iets", party_id=None)
    assert _pragmas(case.store) == ("delete", 2, 1)  # 2 = FULL
    assert not case.path.with_name(case.path.name + "-wal").exists()
    assert not case.path.with_name(case.path.name + "-journal").exists()  # nothing left between writes


def test_file_format_is_rollback_journal_not_wal(case: CaseFile) -> None:
    add_contribution(case, text="iets", party_id=None)
    header = case.path.read_bytes()[:20]
    assert header[18] == 1 and header[19] == 1  # 2 would mean WAL


def test_read_only_connections_use_the_same_settings(case: CaseFile, tmp_path: Path) -> None:
    case.close()
    viewer = open_case(case.path, read_only=True)
    try:
        assert _pragmas(viewer.store) == ("delete", 2, 1)
    finally:
        viewer.close()


def test_a_failed_write_leaves_nothing_behind(case: CaseFile) -> None:
    """DDL and DML run inside an explicit transaction: an error undoes the whole write."""
    try:
        with case.write("contribution", "add") as s:
            s.exec(text("CREATE TABLE scratch (x)"))  # type: ignore[call-overload]
            s.exec(text("INSERT INTO scratch VALUES (1)"))  # type: ignore[call-overload]
            raise RuntimeError("halverwege mis")
    except RuntimeError:
        pass
    with case.read() as s:
        names = [row[0] for row in s.exec(text("SELECT name FROM sqlite_master"))]  # type: ignore[call-overload]
    assert "scratch" not in names


def test_awkward_characters_in_folder_and_file_names(tmp_path: Path) -> None:
    folder = tmp_path / "Dossiers 2026 #3 (100% vertrouwelijk)?"
    folder.mkdir()
    path = folder / "review & nazorg é.casereview"
    case = create_case(path, "Vreemde tekens")
    add_contribution(case, text="werkt", party_id=None)
    case.close()
    reopened = open_case(path)
    try:
        assert not reopened.read_only
        assert reopened.case().title == "Vreemde tekens"
    finally:
        reopened.close()
    assert sorted(p.name for p in folder.iterdir()) == ["review & nazorg é.casereview"]


def test_uri_keeps_windows_share_paths_out_of_the_authority() -> None:
    from pathlib import PureWindowsPath

    from casereview.model.store import _uri

    class Share(PureWindowsPath):
        def resolve(self) -> Share:  # a PureWindowsPath cannot resolve on POSIX; it is already absolute
            return self

    assert _uri(Share(r"\\server\teams\review.casereview"), "rw") == "file:////server/teams/review.casereview?mode=rw"
    assert _uri(Share(r"C:\Dossiers\a b.casereview"), "ro") == "file:///C:/Dossiers/a%20b.casereview?mode=ro"
