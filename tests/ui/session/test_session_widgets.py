"""The session widgets one by one: models, timer, contribution editing with undo, filters, checklist."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from session_fixtures import populate

from casereview.casefile.case_file import CaseFile
from casereview.session.clock import elapsed
from casereview.session.contributions import add_contribution, list_contributions
from casereview.session.procedure import list_steps
from casereview.ui.case_context import CaseContext
from casereview.ui.session.contribution_model import ContributionListModel
from casereview.ui.session.phase_list import PhaseListModel
from casereview.ui.session.phase_panel import PhaseTimer
from casereview.ui.style.palette import colours
from casereview.vocabulary import ContributionKind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_models_pass_the_model_tester(qtmodeltester, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    ids = populate(case)
    steps = list_steps(case)
    add_contribution(case, text="Eerste", party_id=ids["Wijkteam Noord"], step_id=steps[0].id)
    add_contribution(case, text="Tweede", party_id=ids["Jeugdzorg Regio"], step_id=steps[1].id,
                     kind=ContributionKind.CONCERN)
    context = CaseContext(case)
    contributions = ContributionListModel(context)
    qtmodeltester.check(contributions)
    contributions.set_filter(step_id=steps[1].id)
    assert contributions.rowCount() == 1 and contributions.item(0).text == "Tweede"
    contributions.set_filter(step_id=None, kind=ContributionKind.OBSERVATION)
    assert [contributions.item(r).text for r in range(contributions.rowCount())] == ["Eerste"]
    qtmodeltester.check(contributions)
    qtmodeltester.check(PhaseListModel(context))
    context.close()


def test_timer_persists_pauses_and_signals_overrun_calmly(qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    context = CaseContext(case)
    timer = PhaseTimer(context, now=clock)
    qtbot.addWidget(timer)
    first, second = [s.id for s in list_steps(case)][:2]
    timebox = list_steps(case)[0].timebox_minutes * 60
    timer.switch_to(first)
    clock.now += 125
    assert timer.phase_seconds() == 125
    timer.refresh()
    assert timer.phase_label.text().startswith("Fase 2:05")
    qtbot.mouseClick(timer.pause_button, Qt.MouseButton.LeftButton)
    assert elapsed(case, first) == 125  # pausing writes the time
    clock.now += 600
    assert timer.phase_seconds() == 125  # paused time does not count
    qtbot.mouseClick(timer.pause_button, Qt.MouseButton.LeftButton)
    clock.now += timebox
    timer.refresh()
    assert timer.overrun()
    assert colours().warning in timer.phase_label.styleSheet() and "(+3 min)" in timer.phase_label.text()
    timer.switch_to(second)
    assert elapsed(case, first) == 125 + timebox
    assert not timer.overrun() and timer.session_seconds() == 125 + timebox
    context.close()


def test_edit_move_and_delete_contributions_with_undo(open_window, qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    ids = populate(case)
    steps = list_steps(case)
    add_contribution(case, text="Ouders werden laat betrokken", party_id=ids["Wijkteam Noord"],
                     step_id=steps[3].id)
    window = open_window(case)
    pane = window.case_view.contributions
    view = pane.list
    view.setCurrentIndex(pane.model.index(0, 0))
    dialog = pane.edit_current()
    assert dialog is not None and dialog.objectName() == "contributionDialog"
    dialog.text_edit.selectAll()
    qtbot.keyClicks(dialog.text_edit, "Ouders werden pas na de melding betrokken")
    dialog.step_picker.setCurrentIndex(dialog.step_picker.findData(steps[4].id))
    dialog.party_picker.setCurrentIndex(dialog.party_picker.findData(ids["Jeugdzorg Regio"]))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    moved = list_contributions(case)[0]
    assert (moved.text, moved.step_id, moved.party_id) == (
        "Ouders werden pas na de melding betrokken", steps[4].id, ids["Jeugdzorg Regio"])
    window.context.undo_stack.undo()
    back = list_contributions(case)[0]
    assert (back.text, back.step_id, back.party_id) == ("Ouders werden laat betrokken", steps[3].id,
                                                          ids["Wijkteam Noord"])
    window.context.undo_stack.redo()
    view.setCurrentIndex(pane.model.index(0, 0))
    view.selectionModel().select(pane.model.index(0, 0), view.selectionModel().SelectionFlag.Select)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert list_contributions(case) == []
    window.context.undo_stack.undo()
    assert [c.step_id for c in list_contributions(case)] == [steps[4].id]
    window.close()


def test_contribution_list_filters_by_phase_party_kind_and_event(open_window, qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from casereview.timeline.events import list_events

    ids = populate(case)
    steps = list_steps(case)
    event_id = list_events(case)[0].event.id
    add_contribution(case, text="A", party_id=ids["Wijkteam Noord"], step_id=steps[0].id)
    add_contribution(case, text="B", party_id=ids["Jeugdzorg Regio"], step_id=steps[1].id, event_id=event_id,
                     kind=ContributionKind.CONCERN)
    window = open_window(case)
    pane = window.case_view.contributions

    def texts() -> list[str]:
        return [pane.model.item(r).text for r in range(pane.model.rowCount())]

    assert texts() == ["A", "B"]
    pane.phase_filter.setCurrentIndex(pane.phase_filter.findData(steps[1].id))
    assert texts() == ["B"]
    pane.phase_filter.setCurrentIndex(0)
    pane.party_filter.setCurrentIndex(pane.party_filter.findData(ids["Wijkteam Noord"]))
    assert texts() == ["A"]
    pane.party_filter.setCurrentIndex(0)
    pane.kind_filter.setCurrentIndex(pane.kind_filter.findData(str(ContributionKind.CONCERN)))
    assert texts() == ["B"]
    pane.kind_filter.setCurrentIndex(0)
    pane.event_filter.setCurrentIndex(1)  # follows the event selected in the timeline
    assert texts() == []
    window.context.select_event(event_id)
    assert texts() == ["B"]
    pane.event_filter.setCurrentIndex(0)
    pane.phase_filter.setCurrentIndex(1)  # follows the current phase
    qtbot.mouseClick(window.findChild(QPushButton, "nextPhaseButton"), Qt.MouseButton.LeftButton)
    assert texts() == ["A"]
    window.close()


def test_rules_checklist_waive_with_reason(open_window, qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    window = open_window(case)
    checklist = window.case_view.rules
    assert checklist.objectName() == "rulesChecklist" and checklist.isVisible()
    assert {c.rule for c in checklist.open_rules()} == set(range(1, 8))
    assert "Schrijf het doel" in checklist.list.item(1).text()
    checklist.list.setCurrentRow(6)
    assert not checklist.waive(7, "  ")  # a reason is required
    assert checklist.waive(7, "Borging loopt via het kwaliteitsoverleg van de gemeente")
    assert 7 not in {c.rule for c in checklist.open_rules()}
    assert "n.v.t." in checklist.list.item(6).text()
    assert "kwaliteitsoverleg" in checklist.list.item(6).toolTip()
    view = window.case_view
    window.resize(1366, 768)
    for tab in (0, 2):  # in view while preparing and closing
        view.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        assert checklist.isVisible() and view.balance.isVisible()
    view.tabs.setCurrentIndex(1)  # the meeting on a laptop: the column folds, its button tells the state
    QApplication.processEvents()
    assert not checklist.isVisible()
    assert view.rules_button.isVisible() and view.rules_button.text() == "Regels: 6 open ▸"
    qtbot.mouseClick(view.rules_button, Qt.MouseButton.LeftButton)
    assert checklist.isVisible() and view.balance.isVisible()
    window.close()


def test_agenda_editor_renames_reorders_and_keeps_step_list_name(open_window, qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit, QListView, QSpinBox

    window = open_window(case)
    step_list = window.findChild(QListView, "stepList")
    phase_list = window.findChild(QListView, "phaseList")
    assert step_list is not None and phase_list is not None and step_list.model() is phase_list.model()
    step_list.setCurrentIndex(step_list.model().index(1, 0))
    title = window.findChild(QLineEdit, "phaseTitleEdit")
    assert title.text() == "Doel en reviewvragen"
    title.selectAll()
    qtbot.keyClicks(title, "Doel, vragen en verwachtingen")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    prompt = window.findChild(QLineEdit, "phasePromptEdit")
    prompt.selectAll()
    qtbot.keyClicks(prompt, "Vraag wat ieder hoopt te leren.")
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    spin = window.findChild(QSpinBox, "phaseTimeboxSpin")
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "12")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.mouseClick(window.findChild(QPushButton, "phaseUpButton"), Qt.MouseButton.LeftButton)
    steps = list_steps(case)
    assert (steps[0].title, steps[0].timebox_minutes, steps[0].prompt) == (
        "Doel, vragen en verwachtingen", 12, "Vraag wat ieder hoopt te leren.")
    assert "Doel, vragen en verwachtingen" in phase_list.model().index(0, 0).data()
    window.close()


def test_preparation_questions_per_party_by_keyboard(open_window, qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

    from casereview.session.procedure import list_preparation_questions

    ids = populate(case)
    window = open_window(case)
    picker = window.findChild(QComboBox, "preparationPartyPicker")
    picker.setCurrentIndex(picker.findData(ids["Basisschool De Linde"]))
    edit = window.findChild(QLineEdit, "preparationQuestionEdit")
    edit.setFocus()
    qtbot.keyClicks(edit, "Welke signalen zag de school?")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    questions = list_preparation_questions(case)
    assert [(q.party_id, q.text) for q in questions] == [(ids["Basisschool De Linde"], "Welke signalen zag de school?")]
    assert window.findChild(QListWidget, "preparationQuestionList").item(0).text() == \
        "Basisschool De Linde: Welke signalen zag de school?"
    window.close()


def test_reopened_case_shows_its_phase_with_the_clock_paused(open_window, qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from casereview.session.procedure import activate_step

    steps = list_steps(case)
    activate_step(case, steps[2].id)
    window = open_window(case)
    timer = window.case_view.phase_panel.timer
    assert window.context.current_phase_id == steps[2].id
    assert timer.paused and not timer.running and timer.pause_button.text() == "Verder"
    qtbot.mouseClick(timer.pause_button, Qt.MouseButton.LeftButton)
    assert timer.running and not timer.paused
    qtbot.mouseClick(window.findChild(QPushButton, "nextPhaseButton"), Qt.MouseButton.LeftButton)
    assert timer.running and window.context.current_phase_id == steps[3].id
    window.close()


def test_clicking_a_phase_commits_text_still_being_typed(open_window, qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QListView, QPlainTextEdit

    window = open_window(case)
    questions = window.findChild(QPlainTextEdit, "questionsEdit")
    questions.setFocus()
    qtbot.keyClicks(questions, "Wat wist de school?")
    phases = window.findChild(QListView, "phaseList")
    rect = phases.visualRect(phases.model().index(4, 0))
    qtbot.mouseClick(phases.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    steps = list_steps(case)
    assert window.context.current_phase_id == steps[4].id
    assert case.case().questions == "Wat wist de school?"
    assert [s.state for s in steps[:5]] == ["done"] * 4 + ["active"]
    window.close()


def test_f5_opens_and_closes_the_presenter(open_window, qtbot, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    window = open_window(case)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter_window is not None and window.presenter_window.isVisible()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.presenter_window is None
    window.presenter_action.trigger()
    window.presenter_window.close()  # closing the projector window itself unticks the menu
    assert window.presenter_window is None and not window.presenter_action.isChecked()
    window.close()
