"""Conclusions through the widgets: links to events and contributions, themes, undoable edits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.conclusions import list_conclusions, list_themes
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_party
from casereview.timeline.events import add_event
from casereview.ui.findings.conclusion_dialog import ConclusionDialog
from casereview.ui.main_window import MainWindow
from casereview.vocabulary import DEFAULT_THEMES


def _review(path: Path) -> Path:
    """The case these tests open."""
    with create_case(path, "Review gezin B.") as case:
        school = add_party(case, "Basisschool De Regenboog")
        add_event(case, date_text="03-2025", description="Juf meldt blauwe plekken", party_id=school.id)
        add_event(case, date_text="05-2025", description="Wisseling gezinscoach", party_id=school.id)
        add_contribution(case, text="Wij hoorden nooit iets terug van het wijkteam", party_id=school.id)
    return path


def _tick(qtbot: QtBot, items: QListWidget, text: str) -> None:
    """Check an item with the keyboard: make it current, press Space."""
    found = [items.item(i) for i in range(items.count()) if text in items.item(i).text()]
    assert len(found) == 1, text
    items.setFocus()
    items.setCurrentItem(found[0])
    qtbot.keyClick(items.viewport(), Qt.Key.Key_Space)
    assert found[0].checkState() == Qt.CheckState.Checked


def _open_dialog(qtbot: QtBot, window: MainWindow, button: str) -> ConclusionDialog:
    qtbot.mouseClick(window.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    dialog = window.findChild(ConclusionDialog, "conclusionDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_conclusion_with_links_and_own_theme(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "conclusies.casereview"
    window = open_window(_review(path), tab="closingTab")
    dialog = _open_dialog(qtbot, window, "newConclusionButton")

    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "conclusionTextEdit"),
                    "Het signaal van school bereikte het wijkteam niet.")
    events = dialog.findChild(QListWidget, "conclusionEventList")
    assert events.count() == 2
    search = dialog.findChild(QLineEdit, "conclusionLinkSearch")
    qtbot.keyClicks(search, "blauwe")
    assert [events.item(i).isHidden() for i in range(2)] == [False, True]
    _tick(qtbot, events, "Juf meldt blauwe plekken")
    search.clear()
    qtbot.keyClicks(search, "gezinscoach")
    assert [events.item(i).isHidden() for i in range(2)] == [False, False], "a linked event stays in sight"
    search.clear()
    _tick(qtbot, dialog.findChild(QListWidget, "conclusionContributionList"), "nooit iets terug")
    themes = dialog.findChild(QListWidget, "conclusionThemeList")
    _tick(qtbot, themes, DEFAULT_THEMES[1])

    own = dialog.findChild(QLineEdit, "newThemeEdit")
    qtbot.keyClicks(own, "Terugkoppeling aan de melder")
    qtbot.keyClick(own, Qt.Key.Key_Return)
    assert dialog.isVisible(), "Enter in the theme box adds the theme, it does not close the dialog"
    assert own.text() == ""
    added = themes.findItems("Terugkoppeling aan de melder", Qt.MatchFlag.MatchExactly)
    assert len(added) == 1 and added[0].checkState() == Qt.CheckState.Checked

    qtbot.mouseClick(dialog.findChild(QPushButton, "saveConclusionButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    shown = window.findChild(QListView, "conclusionList").model().index(0, 0).data()
    assert shown.startswith("1. Het signaal van school bereikte het wijkteam niet.")
    assert "Steunt op: 1 gebeurtenis, 1 bijdrage" in shown
    assert "Terugkoppeling aan de melder" in shown

    window.close_case()
    with open_case(path) as case:
        [view] = list_conclusions(case)
        assert len(view.event_ids) == 1 and len(view.contribution_ids) == 1
        assert sorted(view.themes) == sorted([DEFAULT_THEMES[1], "Terugkoppeling aan de melder"])
        own_themes = [t.name for t in list_themes(case) if not t.is_default]
        assert own_themes == ["Terugkoppeling aan de melder"]


def test_no_change_needs_reason_in_dialog(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "conclusies.casereview"
    window = open_window(_review(path), tab="closingTab")
    dialog = _open_dialog(qtbot, window, "newConclusionButton")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "conclusionTextEdit"), "De meldcode werkte bij de school.")
    qtbot.mouseClick(dialog.findChild(QCheckBox, "conclusionNoChangeCheck"), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveConclusionButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "waarom" in dialog.findChild(QLabel, "conclusionDialogError").text()
    assert window.findChild(QListView, "conclusionList").model().rowCount() == 0

    qtbot.keyClicks(dialog.findChild(QLineEdit, "conclusionNoChangeReasonEdit"), "Zij deed wat de meldcode vraagt")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveConclusionButton"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    shown = window.findChild(QListView, "conclusionList").model().index(0, 0).data()
    assert "Er hoeft niets te veranderen: Zij deed wat de meldcode vraagt" in shown


def test_edit_and_delete_are_undoable(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "conclusies.casereview"
    window = open_window(_review(path), tab="closingTab")
    quick = window.findChild(QLineEdit, "conclusionEdit")
    qtbot.keyClicks(quick, "Overdrachten verliepen zonder warme overdracht.")
    qtbot.keyClick(quick, Qt.Key.Key_Return)
    conclusions = window.findChild(QListView, "conclusionList")
    assert conclusions.model().rowCount() == 1

    conclusions.setFocus()
    conclusions.setCurrentIndex(conclusions.model().index(0, 0))
    dialog = _open_dialog(qtbot, window, "editConclusionButton")
    text = dialog.findChild(QPlainTextEdit, "conclusionTextEdit")
    assert text.toPlainText() == "Overdrachten verliepen zonder warme overdracht."
    text.selectAll()
    qtbot.keyClicks(text, "Bij overdracht ging informatie verloren.")
    _tick(qtbot, dialog.findChild(QListWidget, "conclusionEventList"), "Wisseling gezinscoach")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveConclusionButton"), Qt.MouseButton.LeftButton)
    shown = conclusions.model().index(0, 0).data()
    assert "Bij overdracht ging informatie verloren." in shown and "1 gebeurtenis" in shown

    undo = window.context.undo_stack
    undo.undo()
    shown = conclusions.model().index(0, 0).data()
    assert "Overdrachten verliepen" in shown and "gebeurtenis" not in shown
    undo.redo()

    conclusions.setCurrentIndex(conclusions.model().index(0, 0))
    qtbot.mouseClick(window.findChild(QPushButton, "deleteConclusionButton"), Qt.MouseButton.LeftButton)
    assert conclusions.model().rowCount() == 0
    undo.undo()
    assert "1 gebeurtenis" in conclusions.model().index(0, 0).data()

    window.close_case()
    with open_case(path) as case:
        [view] = list_conclusions(case)
        assert view.conclusion.text == "Bij overdracht ging informatie verloren."
        assert len(view.event_ids) == 1


def test_a_conclusion_says_which_review_questions_it_answers(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    from casereview.findings.conclusions import answered_questions
    from casereview.session.procedure import update_case_details

    path = _review(tmp_path / "vragen.casereview")
    with open_case(path) as case:
        update_case_details(case, questions="Hoe kwamen de signalen samen?\nWie had de regie?")
    window = open_window(path, tab="closingTab")
    dialog = _open_dialog(qtbot, window, "newConclusionButton")
    qtbot.keyClicks(dialog.findChild(QPlainTextEdit, "conclusionTextEdit"), "Niemand had het overzicht.")
    questions = dialog.findChild(QListWidget, "conclusionQuestionList")
    assert [questions.item(i).text() for i in range(questions.count())] == [
        "1. Hoe kwamen de signalen samen?", "2. Wie had de regie?"]
    _tick(qtbot, questions, "Wie had de regie?")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveConclusionButton"), Qt.MouseButton.LeftButton)
    window.close_case()
    with open_case(path) as case:
        [view] = list_conclusions(case)
        assert answered_questions(view.conclusion) == [2]
