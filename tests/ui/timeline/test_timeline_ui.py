"""The timeline pane with real clicks and keys: filters, edit in place, delete, key moments, undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QToolButton
from sqlmodel import select

from casereview.casefile.case_file import CaseFile
from casereview.model.tables import Contribution, TimelineEvent
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_party
from casereview.timeline.events import add_event
from casereview.ui.case_context import CaseContext
from casereview.ui.timeline.event_dialog import EventDialog
from casereview.ui.timeline.pane import VIEW_TABLE, TimelinePane
from casereview.ui.timeline.table_model import COL_DATE, COL_DESCRIPTION, COL_KEY, COL_PARTY, EVENT_ID_ROLE

# The offscreen platform warns whenever a shown window's size hints change; that is no fault.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _event(case: CaseFile, event_id: int) -> TimelineEvent | None:
    with case.read() as s:
        return s.get(TimelineEvent, event_id)


def _count(case: CaseFile) -> int:
    with case.read() as s:
        return len(list(s.exec(select(TimelineEvent))))


@pytest.fixture
def ids(case: CaseFile) -> dict[str, int]:
    school = add_party(case, "Basisschool De Linde").id
    team = add_party(case, "Wijkteam Noord").id
    gp = add_party(case, "Huisarts").id
    out = {"school": school, "team": team, "gp": gp}
    events = (("e1", "2018", "Eerste melding bij het wijkteam", team),
              ("e2", "14-02-2019", "Huisbezoek door de gezinscoach", team),
              ("e3", "03-2019", "School ziet blauwe plekken", school),
              ("e4", "10-05-2019", "Consult huisarts: hoofdpijn", gp),
              ("e5", "20-01-2020", "Afsluitend gesprek op school", school))
    for key, date_text, text, party in events:
        out[key] = add_event(case, date_text=date_text, description=text, party_id=party).id
    return out


@pytest.fixture
def pane(qtbot: Any, case: CaseFile, ids: dict[str, int]) -> TimelinePane:
    widget = TimelinePane(CaseContext(case))
    widget.set_view_mode(VIEW_TABLE, remember=False)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(pane: TimelinePane, event_id: int) -> None:
    row = pane.proxy.row_of_event(event_id)
    pane.table.selectionModel().setCurrentIndex(
        pane.proxy.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def _click_row(qtbot: Any, pane: TimelinePane, event_id: int, column: int = COL_DESCRIPTION) -> None:
    index = pane.proxy.index(pane.proxy.row_of_event(event_id), column)
    pane.table.scrollTo(index)
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=pane.table.visualRect(index).center())


def _editor(qtbot: Any, pane: TimelinePane) -> Any:
    qtbot.waitUntil(lambda: pane.table.state() == QAbstractItemView.State.EditingState)
    return QApplication.focusWidget()


def _commit(qtbot: Any, pane: TimelinePane, editor: QLineEdit) -> None:
    """Return commits through a queued call in the delegate; wait for the editor to close."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: pane.table.state() != QAbstractItemView.State.EditingState)


def _shown_ids(pane: TimelinePane) -> list[int]:
    return [pane.proxy.index(r, 0).data(EVENT_ID_ROLE) for r in range(pane.proxy.rowCount())]


def test_search_box_and_filter_combos_narrow_the_table(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    search = pane.findChild(QLineEdit, "timelineSearch")
    party = pane.findChild(QComboBox, "timelinePartyFilter")
    key = pane.findChild(QComboBox, "timelineKeyFilter")
    assert pane.count_label.text() == "5 gebeurtenissen"
    qtbot.keyClicks(search, "school")
    assert _shown_ids(pane) == [ids["e3"], ids["e5"]]
    assert pane.count_label.text() == "2 van 5 gebeurtenissen"
    search.clear()
    party.setCurrentIndex(party.findText("Wijkteam Noord"))
    assert _shown_ids(pane) == [ids["e1"], ids["e2"]]
    qtbot.keyClicks(search, "huisbezoek")
    assert _shown_ids(pane) == [ids["e2"]]
    search.clear()
    party.setCurrentIndex(0)
    _select(pane, ids["e4"])
    qtbot.keyClick(pane.table, Qt.Key.Key_Z)
    key.setCurrentIndex(key.findData("concern"))
    assert _shown_ids(pane) == [ids["e4"]]
    key.setCurrentIndex(key.findData("none"))
    assert ids["e4"] not in _shown_ids(pane) and len(_shown_ids(pane)) == 4


def test_new_party_appears_in_the_filter(pane: TimelinePane, case: CaseFile) -> None:
    add_party(case, "Veilig Thuis")
    party = pane.findChild(QComboBox, "timelinePartyFilter")
    assert party.findText("Veilig Thuis") > 0


def test_edit_description_in_place_then_undo(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    index = pane.proxy.index(pane.proxy.row_of_event(ids["e2"]), COL_DESCRIPTION)
    centre = pane.table.visualRect(index).center()
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    editor = _editor(qtbot, pane)
    assert isinstance(editor, QLineEdit) and editor.text() == "Huisbezoek door de gezinscoach"
    editor.selectAll()
    qtbot.keyClicks(editor, "Huisbezoek samen met school")
    _commit(qtbot, pane, editor)
    assert _event(pane.context.case, ids["e2"]).description == "Huisbezoek samen met school"
    assert pane.context.undo_stack.undoText() == "Beschrijving wijzigen"
    pane.context.undo_stack.undo()
    assert _event(pane.context.case, ids["e2"]).description == "Huisbezoek door de gezinscoach"
    assert index.data() == "Huisbezoek door de gezinscoach"


def test_edit_date_in_place_keeps_precision_and_resorts(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    _click_row(qtbot, pane, ids["e1"], COL_DATE)
    qtbot.keyClick(pane.table, Qt.Key.Key_F2)
    editor = _editor(qtbot, pane)
    assert isinstance(editor, QLineEdit) and editor.text() == "2018"
    editor.selectAll()
    qtbot.keyClicks(editor, "begin 2021")
    _commit(qtbot, pane, editor)
    event = _event(pane.context.case, ids["e1"])
    assert (event.date_precision, event.date_text) == ("year", "begin 2021")
    assert _shown_ids(pane)[-1] == ids["e1"]  # moved to the end of the chronology
    assert pane.table.currentIndex().data(EVENT_ID_ROLE) == ids["e1"]  # and stays selected
    last = pane.proxy.index(pane.proxy.rowCount() - 1, COL_DATE)
    assert last.data() == "≈ begin 2021" and last.data(Qt.ItemDataRole.FontRole).italic()
    pane.context.undo_stack.undo()
    assert _event(pane.context.case, ids["e1"]).date_text == "2018"
    assert _shown_ids(pane)[0] == ids["e1"]


def test_edit_party_with_the_combo_delegate(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    _click_row(qtbot, pane, ids["e4"], COL_PARTY)
    qtbot.keyClick(pane.table, Qt.Key.Key_F2)
    editor = _editor(qtbot, pane)
    assert isinstance(editor, QComboBox) and editor.currentText() == "Huisarts"
    editor.setCurrentIndex(editor.findText("Wijkteam Noord"))
    editor.activated.emit(editor.currentIndex())
    assert _event(pane.context.case, ids["e4"]).party_id == ids["team"]
    assert pane.proxy.index(pane.proxy.row_of_event(ids["e4"]), COL_PARTY).data() == "Wijkteam Noord"
    pane.context.undo_stack.undo()
    assert _event(pane.context.case, ids["e4"]).party_id == ids["gp"]


def test_key_moments_with_g_and_z_and_the_context_menu(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    case = pane.context.case
    _click_row(qtbot, pane, ids["e3"])
    qtbot.keyClick(pane.table, Qt.Key.Key_G)
    assert _event(case, ids["e3"]).key_moment == "good"
    assert pane.proxy.index(pane.proxy.row_of_event(ids["e3"]), COL_KEY).data() == "▲ goed"
    qtbot.keyClick(pane.table, Qt.Key.Key_Z)
    assert _event(case, ids["e3"]).key_moment == "concern"
    qtbot.keyClick(pane.table, Qt.Key.Key_Z)  # pressing it again takes the mark away
    assert _event(case, ids["e3"]).key_moment == "none"
    menu = pane.context_menu()
    [good] = [a for a in menu.actions() if a.text() == "Markeren als goed"]
    good.trigger()
    assert _event(case, ids["e3"]).key_moment == "good"
    pane.context.undo_stack.undo()
    pane.context.undo_stack.undo()
    assert _event(case, ids["e3"]).key_moment == "concern"


def test_delete_with_the_delete_key_and_undo_restores_links(qtbot: Any, pane: TimelinePane,
                                                            ids: dict[str, int]) -> None:
    case = pane.context.case
    contribution = add_contribution(case, text="Dit huisbezoek was goed voorbereid", party_id=ids["team"],
                                    event_id=ids["e2"])
    _click_row(qtbot, pane, ids["e2"])
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier,
                     pane.table.visualRect(pane.proxy.index(pane.proxy.row_of_event(ids["e3"]), 3)).center())
    assert sorted(pane.selected_event_ids()) == sorted([ids["e2"], ids["e3"]])
    qtbot.keyClick(pane.table, Qt.Key.Key_Delete)
    assert _count(case) == 3 and _event(case, ids["e2"]) is None
    assert pane.count_label.text() == "3 gebeurtenissen"
    with case.read() as s:
        assert s.get(Contribution, contribution.id).event_id is None
    pane.context.undo_stack.undo()
    assert _count(case) == 5
    assert _event(case, ids["e2"]).description == "Huisbezoek door de gezinscoach"
    with case.read() as s:
        assert s.get(Contribution, contribution.id).event_id == ids["e2"]
    pane.context.undo_stack.redo()
    assert _count(case) == 3


def test_add_event_is_one_undo_step_and_becomes_current(pane: TimelinePane, ids: dict[str, int]) -> None:
    new_id = pane.add_event_values({"date_text": "feb 2019", "description": "Gesprek met moeder",
                                    "party_id": ids["school"], "time": "", "source": "verslag",
                                    "key_moment": "concern"})
    assert new_id and _event(pane.context.case, new_id).date_precision == "month"
    assert pane.table.currentIndex().data(EVENT_ID_ROLE) == new_id
    pane.context.undo_stack.undo()
    assert _event(pane.context.case, new_id) is None


def test_event_dialog_names_the_wrong_field_and_reads_the_date(qtbot: Any, case: CaseFile,
                                                             ids: dict[str, int]) -> None:
    from casereview.session.parties import list_parties

    dialog = EventDialog(list_parties(case), party_id=ids["gp"])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.date_edit, "feb 2019")
    assert "alleen de maand is bekend" in dialog.date_hint.text()
    dialog.accept()
    assert "Beschrijving" in dialog.error_label.text() and dialog.result() == 0
    qtbot.keyClicks(dialog.description_edit, "Gesprek op school")
    dialog.date_edit.setText("31-02-2019")
    dialog.accept()
    assert "Datum" in dialog.error_label.text()
    dialog.date_edit.setText("14 februari 2019")
    dialog.accept()
    assert dialog.result() == EventDialog.DialogCode.Accepted
    assert dialog.values()["party_id"] == ids["gp"] and dialog.values()["description"] == "Gesprek op school"


def test_clicking_headers_sorts_and_the_date_header_restores_the_chronology(qtbot: Any, pane: TimelinePane,
                                                                            ids: dict[str, int]) -> None:
    header = pane.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))

    click(COL_PARTY)
    assert [pane.proxy.index(r, COL_PARTY).data() for r in range(5)] == [
        "Basisschool De Linde", "Basisschool De Linde", "Huisarts", "Wijkteam Noord", "Wijkteam Noord"]
    click(COL_DATE)
    assert _shown_ids(pane) == [ids[k] for k in ("e1", "e2", "e3", "e4", "e5")]
    click(COL_DATE)
    assert _shown_ids(pane) == [ids[k] for k in ("e5", "e4", "e3", "e2", "e1")]


def test_view_buttons_switch_between_table_chart_and_both_and_are_remembered(qtbot: Any,
                                                                             pane: TimelinePane) -> None:
    from casereview import settings

    pane.findChild(QToolButton, "timelineView_chart").click()
    assert pane.chart.isVisible() and not pane.table.isVisible()
    assert settings.get("timeline_view") == "chart"
    pane.findChild(QToolButton, "timelineView_both").click()
    assert pane.chart.isVisible() and pane.table.isVisible()
    pane.findChild(QToolButton, "timelineView_table").click()
    assert not pane.chart.isVisible() and pane.table.isVisible()
    assert settings.get("timeline_view") == "table"
