"""The timeline chart in the pane: selection in step with the table, zoom, pan, hover, coalesced redraws."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from casereview.casefile.case_file import CaseFile
from casereview.session.parties import add_party
from casereview.timeline.chart_layout import BLUE, GREEN
from casereview.timeline.events import add_event
from casereview.ui.case_context import CaseContext
from casereview.ui.timeline.pane import VIEW_BOTH, VIEW_CHART, TimelinePane
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
    # What the user sees: the key moment is a green marker now, the plain event stays blue.
    image = chart.canvas.grab().toImage()
    assert image.pixelColor(chart.display_point(ids["e3"])).name() == GREEN.lower()
    assert image.pixelColor(chart.display_point(ids["e1"])).name() == BLUE.lower()
    # Numbers stay those of the whole chronology when filtered (the table shows the same ones).
    assert chart.artists.numbers[ids["e3"]] == 3
    assert chart.artists.labels == [(ids["e3"], "3")]


LAPTOP_SCREEN = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768, "logicalDpi": 96,
                                "logicalBaseDpi": 96, "dpr": 1}]}


def test_the_demo_opens_with_its_chart_painted_and_without_matplotlib(tmp_path: Path) -> None:
    """The demo as the run command opens it, on a laptop-size screen (room for the chart): drawn by Qt."""
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps(LAPTOP_SCREEN), encoding="utf-8")
    script = f"""
import sys
from casereview.cli import main
code = main(["demo", {str(tmp_path / "demo.casereview")!r}, "--smoke"])
print("matplotlib loaded:", "matplotlib" in sys.modules)
sys.exit(code)
"""
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "CASEREVIEW_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env,
                            cwd=Path(__file__).resolve().parents[3])
    assert result.returncode == 0, result.stderr
    assert "(met tijdlijngrafiek)" in result.stdout, result.stdout
    assert "matplotlib loaded: False" in result.stdout, result.stdout


def test_lanes_show_each_party_in_order_of_its_first_event(pane: TimelinePane) -> None:
    chart = pane.chart
    assert chart.artists.lanes == ["Wijkteam Noord", "Basisschool De Linde"]
    image = chart.canvas.grab().toImage()
    first, second = chart.lane_rect(0), chart.lane_rect(1)
    # Alternate lanes are banded, so the eye follows a party across the whole width.
    assert image.pixelColor(QPoint(round(first.left()) + 3, round(first.center().y()))).name() == "#f2f2f2"
    assert image.pixelColor(QPoint(round(second.left()) + 3, round(second.center().y()))).name() == "#ffffff"
    # The team's events sit in its lane, the school's in the other.
    for key, lane in (("e1", first), ("e3", first), ("e2", second), ("e4", second)):
        assert lane.contains(QPointF(chart.display_point(pane_ids(pane)[key])))


def pane_ids(pane: TimelinePane) -> dict[str, int]:
    from casereview.timeline.events import list_events

    by_text = {r.event.description: r.event.id for r in list_events(pane.context.case)}
    return {"e1": by_text["Huisbezoek"], "e2": by_text["School ziet blauwe plekken"],
            "e3": by_text["Casusoverleg"], "e4": by_text["Afsluitend gesprek"]}


def test_the_selected_event_gets_a_ring_on_screen(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    chart = pane.chart
    point = chart.display_point(ids["e3"])
    ring = round(chart.px(22) / 2)
    probe = QPoint(point.x(), point.y() - ring)
    assert chart.canvas.grab().toImage().pixelColor(probe).name() != "#000000"
    _click_row(qtbot, pane, ids["e3"])
    assert chart.canvas.grab().toImage().pixelColor(probe).lightness() < 60
    assert chart.event_at(point.x() + 3, point.y() - 2) == ids["e3"]
    assert chart.event_at(point.x(), point.y() - 60) is None


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")  # the offscreen platform cannot raise the tooltip
def test_hovering_a_marker_shows_the_event(qtbot: Any, pane: TimelinePane, ids: dict[str, int]) -> None:
    from PySide6.QtWidgets import QToolTip

    point = pane.chart.display_point(ids["e3"])
    qtbot.mouseMove(pane.chart.canvas, point)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Casusoverleg" in QToolTip.text() and "nr. 3" in QToolTip.text()


@pytest.mark.parametrize(("size", "mode"), [((730, 470), VIEW_BOTH), ((1880, 900), VIEW_CHART)])
def test_lane_names_stay_readable_with_fifteen_parties(qtbot: Any, case: CaseFile, size: tuple[int, int],
                                                       mode: str) -> None:
    """Fifteen lanes in the shared view of a 1366×768 laptop scaled the names down to five pixels; they keep
    at least nine, one per lane without touching the next, and take two lines only where each line reads."""
    from PySide6.QtGui import QFontMetricsF

    from casereview.ui.timeline.chart_widget import MIN_LANE_PX, MIN_TWO_LINE_PX

    for n in range(15):
        party = add_party(case, f"Organisatie nummer {n + 1} in de regio").id
        add_event(case, date_text=f"{n + 1:02d}-03-2024", description="Gesprek", party_id=party)
    widget = TimelinePane(CaseContext(case))
    widget.set_view_mode(mode, remember=False)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    chart = widget.chart
    qtbot.waitUntil(lambda: chart.canvas.height() > 150)  # laid out
    chart.redraw(now=True)
    assert len(chart.artists.lanes) >= 15
    font, two_lines = chart.lane_font()
    lane_height = chart.plot_rect().height() / len(chart.artists.lanes)
    assert font.pixelSize() >= MIN_LANE_PX
    lines = 2 if two_lines else 1
    assert QFontMetricsF(font).height() * lines <= lane_height * 1.25  # no name runs into the next lane
    if two_lines:
        assert font.pixelSize() >= MIN_TWO_LINE_PX
    if mode == VIEW_CHART:  # a tall chart on a wide screen: the names at a projector's size
        assert font.pixelSize() >= 14
