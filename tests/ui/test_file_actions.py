"""Opening from the window: passphrase prompt, a case in use elsewhere, copy and encryption."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.casefile.lock import LockInfo, lock_path_for, read_lock
from casereview.model.store import encryption_available


def _foreign_lock(path: Path) -> None:
    since = datetime.now().astimezone().replace(microsecond=0)
    info = LockInfo(user="bert", machine="PC-ELDERS", pid=12345, since=since)
    lock_path_for(path).write_bytes(info.to_json())


def test_case_open_on_another_computer_opens_read_only_and_says_who(open_window,
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gedeeld.casereview"
    create_case(path, "Gedeelde review").close()
    _foreign_lock(path)
    asked: list[str] = []

    def refuse(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    window = open_window()
    window.open_path(path)
    assert window.context is not None and window.context.case.read_only
    assert "Geopend door bert op computer PC-ELDERS" in asked[0]
    label = window.findChild(QLabel, "readOnlyLabel")
    assert label.isVisible() and "PC-ELDERS" in label.text()
    window.close()
    assert read_lock(path).machine == "PC-ELDERS"


def test_taking_over_a_foreign_lock_after_confirming(open_window, qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "gedeeld.casereview"
    create_case(path, "Gedeelde review").close()
    _foreign_lock(path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    window = open_window()
    window.open_path(path)
    assert window.context is not None and not window.context.case.read_only
    assert not window.findChild(QLabel, "readOnlyLabel").isVisible()
    window.close()


@pytest.mark.skipif(not encryption_available(), reason="sqlcipher3 is not installed")
def test_encrypt_then_reopen_asks_for_passphrase(open_window, qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "geheim.casereview"
    create_case(path, "Geheime review").close()
    answers = iter([("wachtwoord123", True), ("wachtwoord123", True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: next(answers))
    window = open_window()
    window.open_path(path)
    window.toggle_encryption()
    assert window.context is not None and window.context.case.encrypted
    window.close_case()
    assert b"Geheime review" not in path.read_bytes()

    prompts: list[str] = []
    replies = iter([("fout-wachtwoord", True), ("wachtwoord123", True)])

    def reply(_parent: object, _title: str, prompt: str, *_a: object, **_k: object) -> tuple[str, bool]:
        prompts.append(prompt)
        return next(replies)

    monkeypatch.setattr(QInputDialog, "getText", reply)
    window.open_path(path)
    assert window.context is not None and window.context.case.case().title == "Geheime review"
    assert "klopt niet" in prompts[1]
    window.close()


def test_save_copy_while_open(open_window, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "bron.casereview"
    create_case(path, "Bron").close()
    target = tmp_path / "kopie.casereview"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    window = open_window()
    window.open_path(path)
    window.copy_action.trigger()
    window.close()
    with open_case(target, read_only=True) as copy:
        assert copy.case().title == "Bron"
