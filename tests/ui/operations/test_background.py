"""The operations API: work in a worker thread, results and failures on the GUI thread, a failure nothing
expected shown in a dialog (and logged without its message), and the blocking form's progress and cancel."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from casereview.casefile.progress import OperationCancelled, Progress
from casereview.log import close_logging, setup_logging
from casereview.model import CaseFileError
from casereview.paths import log_file
from casereview.ui.operations.background import run_in_background
from casereview.ui.operations.runner import run_long
from casereview.ui.operations.unexpected_error import DIALOG_NAME, install_exception_hooks

SECRET = "Jansen uit de Dorpsstraat"  # stands for case content in an exception's message


def _unexpected_dialog() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.objectName() == DIALOG_NAME and widget.isVisible():
            return widget
    return None


def _close(dialog: QMessageBox) -> None:
    dialog.done(0)


@pytest.fixture
def logged() -> Path:
    setup_logging()
    yield log_file()
    close_logging()


def test_a_worker_raising_an_unexpected_exception_shows_the_dialog_and_logs_no_content(
        qtbot: QtBot, logged: Path) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    failed: list[str] = []
    finished: list[bool] = []
    worker_threads: list[bool] = []

    def work(_progress: Progress) -> int:
        worker_threads.append(threading.current_thread() is not threading.main_thread())
        raise KeyError(SECRET)

    run_in_background(work, title="Verslag schrijven", on_done=lambda _v: pytest.fail("no result expected"),
                      on_failed=failed.append, on_finished=lambda: finished.append(True), owner=owner)
    qtbot.waitUntil(lambda: _unexpected_dialog() is not None)
    dialog = _unexpected_dialog()
    assert dialog is not None
    assert "Verslag schrijven" in dialog.text()
    assert "niet verloren" in dialog.informativeText()
    assert str(logged) in dialog.informativeText()
    assert "KeyError" in dialog.detailedText() and SECRET not in dialog.detailedText()
    assert SECRET not in dialog.text() + dialog.informativeText()
    assert worker_threads == [True]
    assert finished == [True] and len(failed) == 1 and "onverwachts" in failed[0]
    log_text = logged.read_text(encoding="utf-8")
    assert "KeyError" in log_text and "Verslag schrijven" in log_text
    assert SECRET not in log_text
    _close(dialog)
    assert _unexpected_dialog() is None


def test_an_expected_failure_reaches_the_callback_in_words_without_the_dialog(qtbot: QtBot) -> None:
    failed: list[str] = []

    def work(_progress: Progress) -> None:
        raise CaseFileError("De map bestaat niet.")

    operation = run_in_background(work, title="Exporteren", on_failed=failed.append)
    qtbot.waitUntil(lambda: not operation.running)
    assert failed == ["De map bestaat niet."]
    assert _unexpected_dialog() is None


def test_results_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[str, bool]] = []
    on_gui = lambda: threading.current_thread() is threading.main_thread()  # noqa: E731

    def work(progress: Progress) -> int:
        for i in range(1, 501):
            progress.step(i, 500)
        return 42

    operation = run_in_background(work, on_progress=lambda d, t: seen.append(("stap", on_gui())),
                                  on_done=lambda v: seen.append((f"klaar {v}", on_gui())))
    qtbot.waitUntil(lambda: not operation.running)
    assert seen[-1] == ("klaar 42", True)
    assert seen[:-1] and all(gui for _what, gui in seen)


def test_an_operation_whose_owner_is_gone_calls_nothing(qtbot: QtBot) -> None:
    owner = QWidget()
    release = threading.Event()
    called: list[str] = []

    def work(_progress: Progress) -> str:
        release.wait(60)
        return "te laat"

    operation = run_in_background(work, on_done=called.append, on_finished=lambda: called.append("eind"),
                                  owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: operation.progress.cancelled)
    release.set()
    qtbot.waitUntil(lambda: not operation.running)
    assert called == []


def test_the_blocking_form_shows_progress_and_can_be_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: dict[str, int] = {}
    steps: list[int] = []

    def work(progress: Progress) -> str:
        for i in range(1, 200_000):
            progress.step(i, 200_000)
            steps.append(i)
            time.sleep(0.001)
        return "nooit afgebroken"

    def press_cancel_once_progress_shows() -> None:
        dialog = parent.findChild(QProgressDialog, "operationProgress")
        if dialog is None or not dialog.isVisible() or dialog.value() <= 0:
            return
        seen.update(value=dialog.value(), maximum=dialog.maximum())
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Annuleren"
        button.click()
        poll.stop()

    poll = QTimer(interval=10)
    poll.timeout.connect(press_cancel_once_progress_shows)
    poll.start()
    outcome = run_long(work, parent=parent, title="Lang werk", label="Bezig…", cancellable=True)
    poll.stop()
    assert outcome.cancelled and not outcome.ok
    assert isinstance(outcome.error, OperationCancelled)
    assert seen["maximum"] == 200_000 and 0 < seen["value"] < 200_000
    assert len(steps) < 199_999
    assert parent.findChild(QProgressDialog, "operationProgress") is None or \
        not parent.findChild(QProgressDialog, "operationProgress").isVisible()


def test_the_blocking_form_shows_an_unexpected_failure_in_the_dialog(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(_progress: Progress) -> None:
        raise ValueError(SECRET)

    outcome = run_long(work, parent=parent, title="Kopie opslaan", label="Bezig…")
    assert not outcome.ok and isinstance(outcome.error, ValueError)
    dialog = _unexpected_dialog()
    assert dialog is not None and "Kopie opslaan" in dialog.text()
    _close(dialog)


def test_the_application_hooks_show_the_dialog_for_the_gui_thread_and_for_other_threads(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_exception_hooks()
    try:
        raise RuntimeError(SECRET)
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    dialog = _unexpected_dialog()
    assert dialog is not None and "RuntimeError" in dialog.detailedText()
    _close(dialog)

    def crash() -> None:
        raise LookupError(SECRET)

    thread = threading.Thread(target=crash)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: _unexpected_dialog() is not None)
    dialog = _unexpected_dialog()
    assert dialog is not None and "LookupError" in dialog.detailedText() and SECRET not in dialog.detailedText()
    _close(dialog)


def test_a_callback_that_raises_reaches_the_exception_hook_and_the_next_callbacks_still_run(qtbot: QtBot) -> None:
    ended: list[str] = []

    def broken(_value: int) -> None:
        raise ZeroDivisionError("callback")

    with qtbot.capture_exceptions() as caught:
        first = run_in_background(lambda _p: 1, on_done=broken)
        second = run_in_background(lambda _p: 2, on_done=lambda v: ended.append(f"klaar {v}"))
        qtbot.waitUntil(lambda: not first.running and not second.running)
    assert [type(e[1]) for e in caught] == [ZeroDivisionError]
    assert ended == ["klaar 2"]


def test_the_blocking_form_shows_a_held_back_dialog_once_the_work_takes_a_while(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog_seen = threading.Event()

    def look() -> None:
        dialog = parent.findChild(QProgressDialog, "operationProgress")
        if dialog is not None and dialog.isVisible():
            dialog_seen.set()

    def work(_progress: Progress) -> str:
        return "gezien" if dialog_seen.wait(30) else "nooit getoond"

    poll = QTimer(interval=10)
    poll.timeout.connect(look)
    poll.start()
    outcome = run_long(work, parent=parent, title="Openen", label="Bezig…", show_after_ms=200)
    poll.stop()
    assert outcome.ok and outcome.value == "gezien"
