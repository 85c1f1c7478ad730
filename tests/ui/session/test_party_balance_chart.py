"""The "Inbreng per partij" chart with fourteen parties on a 1366×768 laptop: every party has a row of
its own, every name and "nog niet gehoord" is drawn whole, and the rows scroll instead of overlapping."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QScrollArea
from styled_windows import styled_window

from casereview.casefile.case_file import create_case
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_participant, add_party
from casereview.ui.case_view import CLOSING_TAB, OPENING_TAB
from casereview.ui.main_window import MainWindow
from casereview.ui.session.party_balance_chart import PartyBalanceChart
from casereview.vocabulary import PartyCategory

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
NAMES = ("Wijkteam Noord", "Jeugdzorg Regio", "Basisschool De Linde", "Huisarts", "Politie", "Veilig Thuis",
         "Gecertificeerde instelling Jeugdbescherming", "GGD Jeugdgezondheidszorg", "Leerplicht",
         "Ggz voor volwassenen", "Raad voor de Kinderbescherming", "Gemeente (beleid)", "Verloskundige",
         "Kinderopvang 't Hummeltje")


@pytest.fixture
def chart(qtbot, qapp, tmp_path: Path) -> Iterator[PartyBalanceChart]:  # type: ignore[no-untyped-def]
    case = create_case(tmp_path / "veertien.casereview", "Veertien partijen")
    for number, name in enumerate(NAMES):
        party = add_party(case, name, PartyCategory.ORGANISATION)
        add_participant(case, f"Deelnemer {number}", "professional", party.id)
        for _ in range(number % 4):  # a quarter of the parties not heard yet
            add_contribution(case, text=f"Inbreng van {name}", party_id=party.id)
    path = case.path
    case.close()
    with styled_window(qtbot, path, tab=OPENING_TAB) as window:
        assert window.case_view is not None
        yield window.case_view.balance


def _needed(chart: PartyBalanceChart, rect: QRect, text: str) -> QRect:
    return QFontMetrics(chart.font()).boundingRect(QRect(0, 0, rect.width(), 10_000), Qt.TextFlag.TextWordWrap, text)


def test_fourteen_parties_each_get_a_readable_row_that_is_not_cut(chart: PartyBalanceChart) -> None:
    assert chart.isVisible() and len(chart.bars) == 14
    line = QFontMetrics(chart.font()).height()
    rows = chart.rows(chart.width())
    assert sorted(r.bar.name for r in rows) == sorted(NAMES)
    previous_bottom = -1
    for row in rows:
        label = chart.label(row.bar)
        assert row.name.top() > previous_bottom, label  # no row drawn over another
        needed = _needed(chart, row.name, label)
        assert needed.width() <= row.name.width() and needed.height() <= row.name.height(), label
        assert row.track.height() >= line and row.track.right() < chart.width() and row.name.right() < chart.width()
        if not row.bar.heard:
            assert QFontMetrics(chart.font()).horizontalAdvance(chart.quiet_label()) + 12 <= row.track.width()
        previous_bottom = row.track.bottom()
    assert chart.height() >= rows[-1].track.bottom()  # the chart is as high as its rows
    area = chart.parentWidget().parentWidget()
    assert isinstance(area, QScrollArea) and area.objectName() == "partyBalanceScroll"
    assert area.height() < chart.height()  # on a laptop fourteen rows scroll ...
    assert area.verticalScrollBar().maximum() > 0
    area.ensureVisible(0, rows[-1].track.bottom())  # ... and the last one can be scrolled into view
    QApplication.processEvents()
    assert area.verticalScrollBar().value() > 0


def test_the_chart_keeps_its_rows_on_the_closing_tab_too(chart: PartyBalanceChart) -> None:
    window = chart.window()
    assert isinstance(window, MainWindow) and window.case_view is not None
    window.case_view.tabs.setCurrentIndex(CLOSING_TAB)
    QApplication.processEvents()
    rows = chart.rows(chart.width())
    assert chart.isVisible() and len(rows) == 14
    assert all(a.track.bottom() < b.name.top() for a, b in zip(rows, rows[1:], strict=False))
