"""The window's part of the responsibility map: the receiving party in the table, the lane in the chart."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from casereview.casefile.case_file import CaseFile
from casereview.session.parties import add_party
from casereview.timeline.chart import REGIE_LANE
from casereview.timeline.events import add_event, list_events
from casereview.ui.case_context import CaseContext
from casereview.ui.timeline.pane import VIEW_BOTH, TimelinePane
from casereview.ui.timeline.table_model import COL_FOLLOWUP, COL_RECEIVER, COL_TYPE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def pane(qtbot: Any, case: CaseFile) -> TimelinePane:
    team = add_party(case, "Wijkteam").id
    gi = add_party(case, "Jeugdbescherming").id
    add_event(case, date_text="15-01-2026", description="Eerste gesprek", party_id=team)
    add_event(case, date_text="12-03-2026", description="Het wijkteam stopt", party_id=team)
    add_event(case, date_text="23-04-2026", description="Eerste huisbezoek", party_id=gi)
    widget = TimelinePane(CaseContext(case))
    widget.set_view_mode(VIEW_BOTH, remember=False)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.chart.redraw(now=True)
    return widget


def test_marking_a_closure_with_its_receiver_draws_the_gap_and_undo_takes_it_away(pane: TimelinePane) -> None:
    model = pane.model
    closure = next(r.event.id for r in list_events(pane.context.case) if "stopt" in r.event.description)
    gi = next(r.event.party_id for r in list_events(pane.context.case) if r.party_name == "Jeugdbescherming")
    row = model.row_of_event(closure)
    assert REGIE_LANE not in pane.chart.artists.lanes
    editable = Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(row, COL_RECEIVER)) & editable  # a plain event has nobody taking over
    assert model.setData(model.index(row, COL_TYPE), "closure")
    assert model.flags(model.index(row, COL_RECEIVER)) & editable
    assert model.setData(model.index(row, COL_RECEIVER), gi)
    assert model.setData(model.index(row, COL_FOLLOWUP), "no")
    row = model.row_of_event(closure)
    assert model.index(row, COL_RECEIVER).data() == "Jeugdbescherming"
    assert model.index(row, COL_FOLLOWUP).data() == "niet bevestigd"
    assert model.headerData(COL_RECEIVER, Qt.Orientation.Horizontal) == "Neemt over"
    pane.chart.redraw(now=True)
    assert pane.chart.artists.lanes[-1] == REGIE_LANE and len(pane.chart.artists.gap_bars) == 1
    stored = next(r.event for r in list_events(pane.context.case) if r.event.id == closure)
    assert (stored.event_type, stored.receiving_party_id, stored.followup_confirmed) == ("closure", gi, "no")
    for _ in range(3):
        pane.context.undo_stack.undo()
    pane.chart.redraw(now=True)
    assert REGIE_LANE not in pane.chart.artists.lanes
