"""On a 1366×768 laptop the description takes the spare width of the timeline table and columns
with nothing in them keep only the width of their header (issue 26)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from styled_windows import styled_window

from casereview.casefile.case_file import create_case
from casereview.session.parties import add_party
from casereview.timeline.events import add_event
from casereview.ui.case_view import SESSION_TAB
from casereview.ui.timeline.pane import TimelinePane
from casereview.ui.timeline.table_model import COL_DESCRIPTION, COL_FOLLOWUP, COL_KEY, COL_RECEIVER
from casereview.vocabulary import KeyMoment

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
LONG = "Huisbezoek door de gezinscoach; moeder vertelt over de spanningen thuis"


@pytest.fixture
def pane(qtbot, qapp, tmp_path: Path) -> Iterator[TimelinePane]:  # type: ignore[no-untyped-def]
    """The session tab's timeline at 1366×768, with events that have no key moment, time or hand-over."""
    case = create_case(tmp_path / "kolommen.casereview", "Kolommen")
    team = add_party(case, "Wijkteam Noord").id
    for date_text, text in (("14-02-2019", LONG), ("03-2019", "School ziet blauwe plekken")):
        add_event(case, date_text=date_text, description=text, party_id=team)
    path = case.path
    case.close()
    with styled_window(qtbot, path, tab=SESSION_TAB) as window:
        assert window.case_view is not None
        yield window.case_view.timeline


def _header_width(pane: TimelinePane, column: int) -> int:
    title = str(pane.table.model().headerData(column, Qt.Orientation.Horizontal))
    return pane.table.horizontalHeader().fontMetrics().horizontalAdvance(title) + 28


def test_description_takes_the_width_the_empty_columns_do_not_need(pane: TimelinePane) -> None:
    table = pane.table
    assert table.isVisible() and table.viewport().width() > 500
    for empty in (COL_KEY, COL_FOLLOWUP, COL_RECEIVER):  # no key moment, nothing passes the child on
        assert table.isColumnHidden(empty) or table.columnWidth(empty) <= _header_width(pane, empty) + 2, empty
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    others = sum(table.columnWidth(c) for c in shown if c != COL_DESCRIPTION)
    description = table.columnWidth(COL_DESCRIPTION)
    assert description + others <= table.viewport().width() + 1  # no sideways scrolling
    assert description >= table.viewport().width() - others - 1  # every spare pixel
    assert description > others, [(c, table.columnWidth(c)) for c in shown]  # the widest thing in the table
    assert description >= table.fontMetrics().horizontalAdvance("School ziet blauwe plekken") + 12


def test_a_filled_in_key_moment_widens_its_column_again(pane: TimelinePane) -> None:
    table = pane.table
    narrow = 0 if table.isColumnHidden(COL_KEY) else table.columnWidth(COL_KEY)
    event_id = pane.model.event_row(0).event.id
    assert event_id is not None
    pane.model.set_key_moment([event_id], KeyMoment.CONCERN)
    QApplication.processEvents()
    assert not table.isColumnHidden(COL_KEY) and table.columnWidth(COL_KEY) > narrow
    assert table.columnWidth(COL_DESCRIPTION) >= table.columnWidth(COL_KEY)
