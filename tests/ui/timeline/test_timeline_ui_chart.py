"""The timeline chart in the pane: selection in step with the table, zoom, pan, hover, coalesced redraws."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from casereview.casefile.case_file import CaseFile
from casereview.session.parties import add_party
from casereview.timeline.chart import GREEN
from casereview.timeline.events import add_event
from casereview.ui.case_context import CaseContext
from casereview.ui.timeline.pane import VIEW_BOTH, TimelinePane
from casereview.ui.timeline.table_model import COL_DESCRIPTION, EVENT_ID_ROLE

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def ids(case: CaseFile) -> dict[str, int]:
    team = add_party(case, "Wijkteam Noord").id
    school = add_party(case, "Basisschool De Linde").id
    out = {"team": team, "school": school}
    for key, date_text, text, party in (("e1", "14-02-2019", "Huisbezoek", team),
                                        ("e2", "03-2019", "School ziet blauwe plekken", school),
                                        ("e3", "10-09-2019", "Casusoverleg", team),
                                        ("e4", "20-01-2020", "Afsluitend gesprek", school),
                                        ("e5", "", "Telefoontje zonder datum", team)):
        out[key] = add_event(case, date_text=date_text, description=text, party_id=party).id
    return out


@pytest.fixture
def pane(qtbot: Any, case: CaseFile, ids: dict[str, int]) -> TimelinePane:
    widget = TimelinePane(CaseContext(case))
    widget.set_view_mode(VIEW_BOTH, remember=False)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.chart.redraw(now=True)
    return widget


def _click_row(qtbot: Any, pane: TimelinePane, event_id: int) -> None:
    index = pane.proxy.index(pane.proxy.row_of_event(event_id), COL_DESCRIPTION)
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=pane.table.visualRect(index).center())


def _wheel(widget: Any, pos: QPoint, steps: int) -> None:
    event = QWheelEvent(QPointF(pos), QPointF(widget.mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_clicking_a_row_highlights_that_event_in_the_chart(qtbot: Any, pane: TimelinePane,
                                                          ids: dict[str, int]) -> None:
    _click_row(qtbot, pane, ids["e3"])
    assert pane.context.selected_event_id == ids["e3"]
    assert pane.chart.selected_position() == pane.chart.artists.positions[ids["e3"]]
    _click_row(qtbot, pane, ids["e2"])
    assert pane.chart.selected_position() == pane.chart.artists.positions[ids["e2"]]


def test_clicking_a_marker_selects_its_row_in_the_table(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    canvas = pane.chart.canvas
    for key in ("e4", "e1"):
        point = pane.chart.display_point(ids[key])
        assert point is not None and canvas.rect().contains(point)
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=point)
        assert pane.table.currentIndex().data(EVENT_ID_ROLE) == ids[key]
        assert pane.context.selected_event_id == ids[key]
    # A click on empty space selects nothing new.
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=QPoint(canvas.width() - 3, 3))
    assert pane.context.selected_event_id == ids["e1"]


def test_undated_events_are_listed_not_drawn(pane: TimelinePane, ids: dict[str, int]) -> None:
    assert ids["e5"] not in pane.chart.artists.positions
    assert pane.chart.undated_label.text() == "Zonder datum (niet getekend): nr. 5"


def test_wheel_zooms_and_drag_pans_without_selecting(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    canvas = pane.chart.canvas
    lo, hi = pane.chart.visible_span()
    centre = QPoint(canvas.width() // 2, canvas.height() // 2)
    _wheel(canvas, centre, 2)
    zoomed = pane.chart.visible_span()
    assert zoomed[1] - zoomed[0] == pytest.approx((hi - lo) / 1.25 ** 2)
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(canvas, centre + QPoint(150, 0))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=centre + QPoint(150, 0))
    panned = pane.chart.visible_span()
    assert panned[0] < zoomed[0] and panned[1] - panned[0] == pytest.approx(zoomed[1] - zoomed[0])
    assert pane.context.selected_event_id == 0
    pane.chart.reset_button.click()
    assert pane.chart.visible_span() == (lo, hi)


def test_hover_text_names_the_event(pane: TimelinePane, ids: dict[str, int]) -> None:
    text = pane.chart.describe(ids["e2"])
    assert text.startswith("nr. 2 · maart 2019 · Basisschool De Linde")
    assert "School ziet blauwe plekken" in text


def test_chart_follows_filters_and_key_moments_with_one_coalesced_redraw(qtbot: Any, pane: TimelinePane,
                                                                         ids: dict[str, int]) -> None:
    chart = pane.chart
    before = chart.draw_count
    _click_row(qtbot, pane, ids["e3"])
    qtbot.keyClick(pane.table, Qt.Key.Key_G)
    qtbot.keyClicks(pane.search, "huis")
    pane.search.clear()
    party = pane.findChild(QComboBox, "timelinePartyFilter")
    party.setCurrentIndex(party.findText("Wijkteam Noord"))
    qtbot.waitUntil(lambda: chart.draw_count > before)
    assert chart.draw_count == before + 1
    assert chart.artists.lanes == ["Wijkteam Noord"]
    assert set(chart.artists.positions) == {ids["e1"], ids["e3"]}
    [(collection, members)] = [(c, m) for c, m in chart.artists.collections if ids["e3"] in m]
    assert np.allclose(collection.get_facecolor()[0][:3], [int(GREEN[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    # Numbers stay those of the whole chronology when filtered (the table shows the same ones).
    assert chart.artists.numbers[ids["e3"]] == 3
    assert [t.get_text() for t in chart.artists.ax.texts] == ["3"]


def test_matplotlib_is_not_imported_until_the_chart_is_shown(tmp_path: Path) -> None:
    script = f"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["CASEREVIEW_HOME"] = {str(tmp_path)!r}
from PySide6.QtWidgets import QApplication
app = QApplication([])
from casereview.casefile.case_file import create_case
from casereview.ui.case_context import CaseContext
from casereview.ui.timeline.pane import TimelinePane
pane = TimelinePane(CaseContext(create_case({str(tmp_path / "a.casereview")!r}, "Lui laden")))
print("before show", "matplotlib" in sys.modules)
pane.show()
for _ in range(3):
    app.processEvents()
print("after show", "matplotlib" in sys.modules)
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[3])
    assert "before show False" in result.stdout, result.stderr
    assert "after show True" in result.stdout, result.stderr


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # the offscreen platform cannot raise the tooltip
def test_hovering_a_marker_shows_the_event(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    from PySide6.QtWidgets import QToolTip

    point = pane.chart.display_point(ids["e3"])
    qtbot.mouseMove(pane.chart.canvas, point)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Casusoverleg" in QToolTip.text() and "nr. 3" in QToolTip.text()
