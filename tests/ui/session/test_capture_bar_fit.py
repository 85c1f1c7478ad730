"""The capture bar's party picker on a 1366×768 laptop and a 1920×1080 screen, in Dutch and in English
(issue 26 §2): every party's number and whole name are readable where it is chosen, closed and in the
popup, the number is the Ctrl+number that picks it (the party chart's order), and the capture box keeps
its room."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from styled_windows import demo_path, styled_window

from casereview.session.parties import PICK_KEYS
from casereview.ui.case_view import SESSION_TAB
from casereview.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LONG_NAME = "Basisschool De Regenboog"  # the demo party whose name the picker used to cut
PARTIES_BUTTON = {"nl": "Partijen…", "en": "Parties…"}


@pytest.fixture(params=[("nl", 1366, 768), ("en", 1366, 768), ("nl", 1920, 1080), ("en", 1920, 1080)],
                ids=["nl-1366", "en-1366", "nl-1920", "en-1920"])
def session_window(request: pytest.FixtureRequest, qtbot: QtBot, qapp: QApplication,
                   tmp_path: Path) -> Iterator[tuple[str, MainWindow]]:
    """The styled window with the demo case on the session tab, at the screen size, in the language."""
    language, width, height = request.param
    with styled_window(qtbot, demo_path(tmp_path), size=(width, height), tab=SESSION_TAB,
                       language=language) as window:
        assert window.width() == width
        yield language, window


def _shows_whole_text(edit: QLineEdit) -> bool:
    """True when the box shows its whole text: with the cursor at the end, nothing has scrolled out on the left.

    QLineEdit scrolls its text when it is wider than the box (the scroll is set when it paints), so the
    distance from the first to the last cursor position is the text's full width only when nothing is cut.
    """
    text = edit.text()
    edit.setCursorPosition(0)
    edit.repaint()
    start = edit.cursorRect().center().x()
    edit.setCursorPosition(len(text))
    edit.repaint()
    end = edit.cursorRect()
    edit.setCursorPosition(0)
    edit.repaint()
    return end.center().x() - start >= edit.fontMetrics().horizontalAdvance(text) - 1 \
        and end.right() <= edit.rect().right()


def test_every_party_number_and_name_is_whole_where_it_is_chosen(session_window: tuple[str, MainWindow],
                                                                 qtbot: QtBot) -> None:
    language, window = session_window
    view = window.case_view
    assert view is not None
    picker = window.findChild(QComboBox, "partyPicker")
    capture = window.findChild(QLineEdit, "captureEdit")
    key = window.findChild(QLabel, "capturePartyKey")
    button = window.findChild(QPushButton, "partiesButton")
    assert picker.isVisible() and capture.isVisible() and key.isVisible() and button.isVisible()
    assert button.text() == PARTIES_BUTTON[language]
    names = [picker.itemText(i) for i in range(picker.count())]
    assert LONG_NAME in names and len(names) > PICK_KEYS  # the demo has more parties than keys

    # The party chart and the keys: Ctrl+n picks the chart's party n, and the bar says "Ctrl+n" beside it.
    bars = [bar for bar in view.balance.bars if bar.number <= PICK_KEYS]
    assert bars and [bar.number for bar in bars] == sorted(bar.number for bar in bars)
    assert names == sorted(names, key=str.casefold)  # one order: the chart's, by name
    for bar in bars:
        capture.setFocus()
        qtbot.keyClick(capture, getattr(Qt.Key, f"Key_{bar.number}"), Qt.KeyboardModifier.ControlModifier)
        assert picker.currentText() == bar.name, f"Ctrl+{bar.number}"
        assert names.index(bar.name) == bar.number - 1
        assert key.text() == f"Ctrl+{bar.number}"
        assert _shows_whole_text(picker.lineEdit()), f"{language}: {bar.name!r} is cut in the closed picker"
    # Every party, also those past the keys, shows whole when chosen (Raad voor de Kinderbescherming is the longest).
    for index, name in enumerate(names):
        picker.setCurrentIndex(index)
        QApplication.processEvents()
        assert picker.lineEdit().text() == name
        assert _shows_whole_text(picker.lineEdit()), f"{language}: {name!r} is cut in the closed picker"
        assert key.text() == (f"Ctrl+{index + 1}" if index < PICK_KEYS else "")

    # The row: the key before the picker, "Partijen…" whole and apart from it, the capture box still wide.
    picker_box = picker.geometry().translated(picker.parentWidget().mapTo(window, picker.pos()) - picker.pos())
    key_box = key.geometry().translated(key.parentWidget().mapTo(window, key.pos()) - key.pos())
    button_box = button.geometry().translated(button.parentWidget().mapTo(window, button.pos()) - button.pos())
    assert key_box.right() < picker_box.left() and picker_box.right() + 8 < button_box.left()
    assert key.width() >= key.fontMetrics().horizontalAdvance("Ctrl+9")
    assert button.width() > button.fontMetrics().horizontalAdvance(button.text())
    assert capture.width() >= capture.minimumWidth() > capture.fontMetrics().horizontalAdvance(
        capture.placeholderText())

    # The popup: every party in view at once, each row's number and name whole.
    picker.setCurrentIndex(names.index(LONG_NAME))
    picker.showPopup()
    QApplication.processEvents()
    try:
        popup = picker.view()
        assert popup.isVisible()
        metrics = popup.fontMetrics()
        for row in range(picker.count()):
            option = QStyleOptionViewItem()
            popup.itemDelegate().initStyleOption(option, picker.model().index(row, 0))
            expected = f"{row + 1}  {names[row]}" if row < PICK_KEYS else names[row]
            assert option.text.strip() == expected
            rect = popup.visualRect(picker.model().index(row, 0))
            assert popup.viewport().rect().contains(rect), f"{language}: row {row + 1} is out of view"
            assert rect.width() > metrics.horizontalAdvance(option.text) + 8, \
                f"{language}: {option.text!r} has {rect.width()} px"
    finally:
        picker.hidePopup()
