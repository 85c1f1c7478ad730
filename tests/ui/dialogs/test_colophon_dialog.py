"""The colophon dialog: each field stored when left, one undo step each, reachable from the menu."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from casereview.reports.colophon import read_colophon
from casereview.ui.case_context import CaseContext
from casereview.ui.dialogs.colophon_dialog import ColophonDialog
from casereview.ui.main_window import MainWindow
from casereview.vocabulary import ReportStatus


def test_colophon_fields_are_stored_when_left_and_undone_one_by_one(qtbot: QtBot, case) -> None:
    context = CaseContext(case)
    dialog = ColophonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    commissioner = dialog.findChild(QLineEdit, "colophonCommissionerEdit")
    commissioner.setFocus()
    qtbot.keyClicks(commissioner, "Wethouder jeugd")
    qtbot.keyClick(commissioner, Qt.Key.Key_Return)  # Enter (or leaving the field) stores it
    assert read_colophon(case).commissioner == "Wethouder jeugd"
    authors = dialog.findChild(QPlainTextEdit, "colophonAuthorsEdit")
    authors.setFocus()
    qtbot.keyClicks(authors, "A. de Boer")
    qtbot.keyClick(authors, Qt.Key.Key_Return)
    qtbot.keyClicks(authors, "K. Smit")
    authors.commit()  # what leaving the box or a pause in typing does
    assert read_colophon(case).lines("authors") == ["A. de Boer", "K. Smit"]
    status = dialog.findChild(QComboBox, "colophonStatusCombo")
    status.setCurrentIndex(status.findData(ReportStatus.FINAL.value))
    status.activated.emit(status.currentIndex())
    dialog.findChild(QCheckBox, "colophonAdoptedCheck").click()
    dialog.adopted.setDate(QDate(2026, 12, 1))
    dialog.adopted.editingFinished.emit()
    colophon = read_colophon(case)
    assert colophon.final and colophon.adopted_on == date(2026, 12, 1)
    context.undo_stack.undo()  # the date
    context.undo_stack.undo()  # ticking "vastgesteld"
    context.undo_stack.undo()  # the status
    assert read_colophon(case).report_status == ReportStatus.CONCEPT
    assert read_colophon(case).commissioner == "Wethouder jeugd"


def test_closing_stores_the_field_being_typed_in(qtbot: QtBot, case) -> None:
    dialog = ColophonDialog(CaseContext(case))
    qtbot.addWidget(dialog)
    dialog.show()
    place = dialog.findChild(QLineEdit, "colophonFollowupPlaceEdit")
    place.setFocus()
    qtbot.keyClicks(place, "Stadskantoor")
    dialog.reject()
    assert read_colophon(case).followup_place == "Stadskantoor"


def test_colophon_is_in_the_after_meeting_menu(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    menu = window.findChild(QMenu, "afterMeetingMenu")
    action = window.findChild(QAction, "colophonAction")
    assert action in menu.actions() and action.text() == "C&olofon…"
