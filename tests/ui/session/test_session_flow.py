"""A whole facilitated session driven with real keys and clicks, then reopened."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QPlainTextEdit, QPushButton, QTabWidget, QWidget
from session_fixtures import populate

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import add_agreement
from casereview.findings.conclusions import add_conclusion, list_themes
from casereview.session.contributions import list_contributions
from casereview.session.procedure import list_ground_rules, list_steps, update_case_details
from casereview.session.rules_check import evaluate_rules
from casereview.vocabulary import AgreementKind, ContributionKind, StepState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _find(window, cls, name):  # type: ignore[no-untyped-def]
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def _click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _show_tab(qtbot, window, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click the tab whose page has object name ``name``."""
    tabs = _find(window, QTabWidget, "caseTabs")
    bar = tabs.tabBar()
    index = tabs.indexOf(_find(tabs, QWidget, name))
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def _capture(qtbot, window, text: str, *, party_key: Qt.Key | None = None, party_letters: str = "",
             kind_key: Qt.Key | None = None) -> None:  # type: ignore[no-untyped-def]
    edit = _find(window, QLineEdit, "captureEdit")
    if party_letters:
        picker = _find(window, QComboBox, "partyPicker")
        picker.lineEdit().setFocus()
        picker.lineEdit().selectAll()
        qtbot.keyClicks(picker.lineEdit(), party_letters)
        qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Escape)  # close the completion popup
        qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    edit.setFocus()
    if party_key is not None:
        qtbot.keyClick(edit, party_key, Qt.KeyboardModifier.ControlModifier)
    if kind_key is not None:
        qtbot.keyClick(edit, kind_key, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == ""


def test_whole_session_with_keys_and_clicks(open_window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "sessie.casereview"
    case = create_case(path, "Review Gezin Jansen")
    ids = populate(case)
    window = open_window(case)
    view = window.case_view

    # Rule 1: the group agrees to the ground rules; one rule added and ticked by hand.
    rule_edit = _find(window, QLineEdit, "groundRuleEdit")
    rule_edit.setFocus()
    qtbot.keyClicks(rule_edit, "Telefoons gaan op stil.")
    qtbot.keyClick(rule_edit, Qt.Key.Key_Return)
    _click(qtbot, _find(window, QPushButton, "agreeAllGroundRulesButton"))
    rules = list_ground_rules(case)
    assert rules[-1].text == "Telefoons gaan op stil." and all(r.agreed for r in rules)

    # Rule 2: goal and questions typed; not yet saved when the chair moves on at once.
    goal = _find(window, QPlainTextEdit, "goalEdit")
    goal.setFocus()
    qtbot.keyClicks(goal, "Leren hoe signalen beter gebundeld worden")
    questions = _find(window, QPlainTextEdit, "questionsEdit")
    questions.setFocus()
    qtbot.keyClicks(questions, "Wie wist wat, wanneer?")

    # Rule 3: start the session; typed text is committed before the phase changes.
    next_button = _find(window, QPushButton, "nextPhaseButton")
    previous_button = _find(window, QPushButton, "previousPhaseButton")
    steps = list_steps(case)
    _click(qtbot, next_button)
    assert window.context.current_phase_id == steps[0].id
    assert _find(window, QTabWidget, "caseTabs").currentIndex() == 0  # the opening phase shows the ground rules
    assert case.case().goal == "Leren hoe signalen beter gebundeld worden"
    assert case.case().questions == "Wie wist wat, wanneer?"
    assert "Leren hoe signalen" in _find(window, type(view.goal_label), "goalSummary").text()

    # Rule 5 and 6: contributions for several parties, keyboard only.
    _show_tab(qtbot, window, "sessionTab")
    parties_sorted = sorted(ids)  # the picker lists parties by name: Basisschool, Jeugdzorg, Wijkteam
    _capture(qtbot, window, "We hadden vooraf de tijdlijn gelezen", party_key=Qt.Key.Key_2, kind_key=Qt.Key.Key_6)
    _click(qtbot, next_button)
    _click(qtbot, next_button)
    third = window.context.current_phase_id
    assert _find(window, QTabWidget, "caseTabs").currentIndex() == 1  # "Zo werken we nu" works in the session tab
    _capture(qtbot, window, "De overdracht liep via de mail", party_letters="Wij", kind_key=Qt.Key.Key_1)
    _capture(qtbot, window, "Het gesprek met moeder ging goed", party_key=Qt.Key.Key_1, kind_key=Qt.Key.Key_2)
    stored = list_contributions(case)
    assert [(c.party_id, c.kind, c.step_id) for c in stored] == [
        (ids[parties_sorted[1]], ContributionKind.PREPARATION, steps[0].id),
        (ids["Wijkteam Noord"], ContributionKind.OBSERVATION, third),
        (ids[parties_sorted[0]], ContributionKind.WENT_WELL, third),
    ]
    chart = view.balance
    qtbot.waitUntil(lambda: chart.counts() == {"Jeugdzorg Regio": 1, "Wijkteam Noord": 1,
                                                "Basisschool De Linde": 1})
    assert chart.quiet_parties() == []

    # Undo and redo with the keyboard, from the capture box.
    edit = _find(window, QLineEdit, "captureEdit")
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(list_contributions(case)) == 2
    qtbot.waitUntil(lambda: chart.counts()["Basisschool De Linde"] == 0)
    assert chart.quiet_parties() == ["Basisschool De Linde"]
    qtbot.keyClick(edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(list_contributions(case)) == 3
    qtbot.waitUntil(lambda: chart.counts()["Basisschool De Linde"] == 1)

    # Back and forward: a half-typed contribution is stored in the phase where it was said.
    qtbot.keyClicks(edit, "Nog een aanvulling")
    _click(qtbot, previous_button)
    assert list_contributions(case)[-1].text == "Nog een aanvulling"
    assert list_contributions(case)[-1].step_id == third
    while next_button.isEnabled():
        _click(qtbot, next_button)
    assert window.context.current_phase_id == steps[-1].id
    assert _find(window, QTabWidget, "caseTabs").currentIndex() == 2  # closing: conclusions and agreements
    assert [s.state for s in list_steps(case)][:-1] == [StepState.DONE] * (len(steps) - 1)

    # Try to close with rules open: stopped, and told what is missing.
    warnings: list[str] = []
    monkeypatch.setattr("casereview.ui.main_window.QMessageBox.warning",
                        lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr("casereview.ui.main_window.QMessageBox.information", lambda *_args: None)
    close_button = _find(window, QPushButton, "closeSessionButton")
    assert close_button.isVisible() and not next_button.isVisible()  # the last phase offers closing
    _click(qtbot, close_button)
    assert warnings and "Regel 4" in warnings[0] and "Regel 7" in warnings[0]
    assert case.case().session_closed_at is None
    checklist = view.rules
    qtbot.waitUntil(lambda: {c.rule for c in checklist.open_rules()} == {4, 6, 7})

    # Complete it: a conclusion, an agreement with owner and date, a follow-up date; rule 6 n.v.t. not needed.
    add_conclusion(case, "Signalen kwamen niet samen", theme_ids=[list_themes(case)[0].id])
    add_agreement(case, action="Overdrachtsformulier aanvullen", owner_party_id=ids["Wijkteam Noord"],
                  due_date=date(2027, 3, 1), kind=AgreementKind.IMPROVE_EXISTING,
                  success_check="Steekproef van tien overdrachten")
    update_case_details(case, followup_date=date(2027, 6, 1))
    qtbot.waitUntil(lambda: checklist.open_rules() == [])
    window.close_session_action.trigger()
    assert len(warnings) == 1
    assert case.case().session_closed_at is not None
    assert not next_button.isEnabled()
    window.close()

    # Reopen the file in a new window: the same state.
    reopened = open_case(path)
    second = open_window(reopened)
    assert second.context.current_phase_id == 0 or all(s.state == StepState.DONE for s in list_steps(reopened))
    assert [c.text for c in list_contributions(reopened)] == [c.text for c in stored] + ["Nog een aanvulling"]
    assert all(r.agreed for r in list_ground_rules(reopened))
    assert reopened.case().goal == "Leren hoe signalen beter gebundeld worden"
    assert all(r.settled for r in evaluate_rules(reopened))
    contributions = _find(second, QListView, "contributionList")
    assert contributions.model().rowCount() == 4
    assert "Leren hoe signalen" in second.case_view.goal_label.text()
    second.close()
