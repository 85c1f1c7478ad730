"""The merge assistant in the real window: proposals side by side, merge with a chosen text, undo, keep apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from merge_fixtures import SHARED, TOTAL_ROWS, import_party_files
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QPlainTextEdit, QPushButton, QTableWidget

from casereview.casefile.case_file import CaseFile
from casereview.timeline.events import event_parts, list_events
from casereview.ui.case_context import CaseContext
from casereview.ui.timeline.merge_assistant import MergeAssistant
from casereview.ui.timeline.pane import VIEW_TABLE, TimelinePane
from casereview.ui.timeline.table_model import COL_FOLLOWUP, COL_PARTY, COL_TYPE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def pane(qtbot: Any, case: CaseFile, tmp_path: Path) -> TimelinePane:
    import_party_files(case, tmp_path)
    widget = TimelinePane(CaseContext(case))
    widget.set_view_mode(VIEW_TABLE, remember=False)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _assistant(qtbot: Any, pane: TimelinePane) -> MergeAssistant:
    qtbot.mouseClick(pane.findChild(QPushButton, "timelineMergeButton"), Qt.MouseButton.LeftButton)
    assistant = pane.findChild(MergeAssistant, "mergeAssistant")
    assert assistant is not None and assistant.isVisible()
    return assistant


def test_merge_a_proposal_with_the_chosen_text_then_undo(qtbot: Any, pane: TimelinePane, case: CaseFile) -> None:
    assistant = _assistant(qtbot, pane)
    proposals = assistant.findChild(QListWidget, "mergeProposals")
    assert proposals.count() == len(SHARED)
    handover = next(i for i in range(proposals.count()) if "12-03-2020" in proposals.item(i).text())
    proposals.setCurrentRow(handover)
    parts = assistant.findChild(QTableWidget, "mergeParts")
    headers = sorted(parts.horizontalHeaderItem(c).text() for c in range(parts.columnCount()))
    assert headers == ["Veilig Thuis", "Wijkteam"]
    shown = {parts.item(2, c).text() for c in range(parts.columnCount())}
    assert "Overdracht vanuit Veilig Thuis ontvangen; kennismaking met moeder" in shown
    choice = assistant.findChild(QComboBox, "mergeTextChoice")
    choice.setCurrentIndex(choice.findData("combine"))
    choice.activated.emit(choice.currentIndex())
    text = assistant.findChild(QPlainTextEdit, "mergeText")
    chosen = text.toPlainText()
    assert chosen.count("\n") == 1
    qtbot.mouseClick(assistant.findChild(QPushButton, "mergeButton"), Qt.MouseButton.LeftButton)

    rows = list_events(case)
    assert len(rows) == TOTAL_ROWS - 1
    merged = next(r for r in rows if r.other_parties)
    assert merged.event.description == chosen
    assert len(event_parts(case, int(merged.event.id or 0))) == 2
    assert proposals.count() == len(SHARED) - 1
    table_row = pane.proxy.row_of_event(int(merged.event.id or 0))
    assert pane.proxy.index(table_row, COL_PARTY).data() in ("Veilig Thuis + Wijkteam", "Wijkteam + Veilig Thuis")
    assert pane.proxy.index(table_row, COL_TYPE).data() == "overdracht"

    pane.context.undo_stack.undo()
    assert len(list_events(case)) == TOTAL_ROWS
    assert not any(r.other_parties for r in list_events(case))
    assistant.refresh()
    assert proposals.count() == len(SHARED)


def test_keep_apart_removes_the_proposal(qtbot: Any, pane: TimelinePane, case: CaseFile) -> None:
    assistant = _assistant(qtbot, pane)
    proposals = assistant.findChild(QListWidget, "mergeProposals")
    qtbot.mouseClick(assistant.findChild(QPushButton, "keepApartButton"), Qt.MouseButton.LeftButton)
    assert proposals.count() == len(SHARED) - 1
    assert len(list_events(case)) == TOTAL_ROWS


def test_followup_is_editable_only_for_a_handover(pane: TimelinePane, case: CaseFile) -> None:
    model = pane.model
    handover = next(r for r in list_events(case) if r.event.event_type == "handover")
    other = next(r for r in list_events(case) if r.event.event_type != "handover")
    row_h, row_o = model.row_of_event(int(handover.event.id or 0)), model.row_of_event(int(other.event.id or 0))
    assert model.flags(model.index(row_h, COL_FOLLOWUP)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row_o, COL_FOLLOWUP)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(row_h, COL_FOLLOWUP), "no")
    assert model.index(row_h, COL_FOLLOWUP).data() == "niet bevestigd"
    assert next(r for r in list_events(case) if r.event.id == handover.event.id).event.followup_confirmed == "no"
    assert model.setData(model.index(row_o, COL_TYPE), "decision")
    assert model.index(row_o, COL_TYPE).data() == "besluit"


def test_further_parties_are_ticked_in_the_table_and_undone(qtbot: Any, pane: TimelinePane, case: CaseFile) -> None:
    from PySide6.QtWidgets import QListWidget

    from casereview.ui.timeline.event_parties_dialog import EventPartiesDialog

    row = next(r for r in list_events(case) if r.event.description.startswith("Huisbezoek bij moeder"))
    table_row = pane.proxy.row_of_event(int(row.event.id or 0))
    pane.table.selectRow(table_row)
    pane.edit_parties()
    dialog = pane.findChild(EventPartiesDialog, "eventPartiesDialog")
    parties = dialog.findChild(QListWidget, "eventPartiesList")
    wijkteam = next(parties.item(i) for i in range(parties.count()) if parties.item(i).text() == "Wijkteam")
    wijkteam.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert pane.proxy.index(table_row, COL_PARTY).data() == "Veilig Thuis + Wijkteam"
    pane.context.undo_stack.undo()
    assert pane.proxy.index(table_row, COL_PARTY).data() == "Veilig Thuis"
