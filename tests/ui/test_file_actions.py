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


class _SlowInWorker:
    """Wraps a service call with a pause, and counts a timer's ticks on the GUI thread while it runs."""

    def __init__(self, real, pause: float = 0.3) -> None:  # noqa: ANN001
        import threading

        from PySide6.QtCore import QTimer

        self.real, self.pause = real, pause
        self.running = threading.Event()
        self.ran_on_gui_thread = False
        self.ticks_during = 0
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)

    def __call__(self, *args: object, **kwargs: object) -> object:
        import threading
        import time

        self.ran_on_gui_thread |= threading.current_thread() is threading.main_thread()
        self.running.set()
        try:
            time.sleep(self.pause)
            return self.real(*args, **kwargs)
        finally:
            self.running.clear()

    def _tick(self) -> None:
        if self.running.is_set():
            self.ticks_during += 1


def test_opening_a_case_keeps_the_event_loop_turning(open_window, qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from casereview.ui.operations import file_actions

    path = tmp_path / "traag.casereview"
    create_case(path, "Review op een trage share").close()
    slow = _SlowInWorker(file_actions.open_case)
    monkeypatch.setattr(file_actions, "open_case", slow)
    window = open_window()
    slow.timer.start()
    window.open_path(path)
    slow.timer.stop()
    assert window.context is not None and window.context.case.case().title == "Review op een trage share"
    assert not slow.ran_on_gui_thread
    assert slow.ticks_during > 0, "the event loop stood still while the case was opened"
    window.close()


def test_opening_a_damaged_file_says_so_after_the_worker(open_window, qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "kapot.casereview"
    path.write_bytes(b"geen dossier" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **_k: shown.append(a[2]))
    window = open_window()
    window.open_path(path)
    assert window.context is None
    assert len(shown) == 1 and "kapot.casereview" in shown[0]


def test_restoring_a_safety_copy_keeps_the_event_loop_turning(open_window, qtbot: QtBot, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QAction

    from casereview.casefile import safety_copies
    from casereview.session.contributions import add_contribution, list_contributions
    from casereview.ui.dialogs.restore_version_dialog import RestoreVersionDialog

    path = tmp_path / "terug.casereview"
    with create_case(path, "Review terugzetten") as case:
        add_contribution(case, text="Eerste inbreng.", party_id=None)
    window = open_window(path)
    case = window.context.case
    older = safety_copies.list_safety_copies(case)[0]
    add_contribution(case, text="Later toegevoegd.", party_id=None)

    def choose_older(dialog: RestoreVersionDialog) -> int:
        dialog.list.setCurrentRow([c.path for c in dialog.copies].index(older.path))
        return 1

    monkeypatch.setattr(RestoreVersionDialog, "exec", choose_older)
    slow = _SlowInWorker(safety_copies.restore_safety_copy)
    monkeypatch.setattr(safety_copies, "restore_safety_copy", slow)
    slow.timer.start()
    window.findChild(QAction, "restoreVersionAction").trigger()
    slow.timer.stop()
    assert not slow.ran_on_gui_thread
    assert slow.ticks_during > 0, "the event loop stood still while the copy was put back"
    assert window.context is not None and window.context.case is not case
    assert [c.text for c in list_contributions(window.context.case)] == ["Eerste inbreng."]
    window.close()
