"""Beeld → Donker thema: the whole main window turns dark at once, the choice is kept in the settings,
and a window opened later starts dark (issue 26)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from casereview import settings
from casereview.casefile.case_file import create_case
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_participant, add_party
from casereview.timeline.events import add_event
from casereview.ui.case_view import OPENING_TAB
from casereview.ui.main_window import MainWindow
from casereview.ui.style.palette import LIGHT, PROJECTOR, colours, contrast_ratio
from casereview.ui.style.stylesheet import apply_style
from casereview.ui.style.theme import apply_theme

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    case = create_case(tmp_path / "donker.casereview", "Donker")
    party = add_party(case, "Wijkteam Noord")
    add_participant(case, "Anna", "professional", party.id)
    add_party(case, "Huisarts")
    add_event(case, date_text="14-02-2019", description="Huisbezoek", party_id=party.id)
    add_contribution(case, text="Wij zagen het gezin wekelijks", party_id=party.id)
    path = case.path
    case.close()
    return path


@pytest.fixture
def styled(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    yield
    apply_theme(qapp, "light")  # the next tests see the light window again
    qapp.setStyleSheet(sheet)
    qapp.setPalette(qapp.style().standardPalette())
    qapp.setFont(font)


def _window(qtbot, path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(path)
    window.resize(1366, 768)
    assert window.case_view is not None
    window.case_view.tabs.setCurrentIndex(OPENING_TAB)
    QApplication.processEvents()
    return window


def _action(window: MainWindow) -> QAction:
    found = window.findChild(QAction, "darkThemeAction")
    assert found is not None
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Beel&d")
    assert found in view_menu.actions()  # chosen in the Beeld menu
    return found


def _lightness_of_background(widget) -> int:  # type: ignore[no-untyped-def]
    image = widget.grab().toImage()
    return image.pixelColor(image.width() // 2, image.height() - 3).lightness()


def test_dark_theme_turns_the_window_dark_and_is_remembered(qtbot, styled, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, case_path)
    action = _action(window)
    assert not action.isChecked() and window.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    table = window.case_view.timeline.table  # type: ignore[union-attr]
    count = window.case_view.timeline.count_label  # type: ignore[union-attr]
    assert isinstance(count, QLabel) and LIGHT.muted in count.styleSheet()
    light_table = _lightness_of_background(table.viewport())

    action.trigger()
    QApplication.processEvents()
    assert action.isChecked() and settings.get("window_theme") == "dark"
    assert colours() is PROJECTOR
    assert window.palette().color(QPalette.ColorRole.Window).name() == PROJECTOR.window
    assert table.palette().color(QPalette.ColorRole.Base).name() == PROJECTOR.surface
    assert PROJECTOR.muted in count.styleSheet() and LIGHT.muted not in count.styleSheet()  # hints retinted
    assert _lightness_of_background(table.viewport()) < 80 < light_table  # what is painted, not only the palette
    tabs = window.case_view.tabs  # type: ignore[union-attr]
    assert _lightness_of_background(tabs.currentWidget()) < 80
    assert _lightness_of_background(window.case_view.balance) < 80  # type: ignore[union-attr]
    text = window.palette().color(QPalette.ColorRole.WindowText).name()
    assert contrast_ratio(text, window.palette().color(QPalette.ColorRole.Window).name()) >= 7
    window.close()

    apply_theme(QApplication.instance(), "light")  # as a fresh start would be before the window  # type: ignore[arg-type]
    reopened = _window(qtbot, case_path)
    assert _action(reopened).isChecked()
    assert reopened.palette().color(QPalette.ColorRole.Window).name() == PROJECTOR.window
    assert _lightness_of_background(reopened.case_view.timeline.table.viewport()) < 80  # type: ignore[union-attr]

    _action(reopened).trigger()
    QApplication.processEvents()
    assert settings.get("window_theme") == "light" and colours() is LIGHT
    assert reopened.palette().color(QPalette.ColorRole.Window).name() == LIGHT.window
    assert _lightness_of_background(reopened.case_view.timeline.table.viewport()) > 200  # type: ignore[union-attr]
    reopened.close()


def test_the_timeline_chart_follows_the_theme(qtbot, styled, case_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A white chart in the dark window glared on the projector: its paper and ink follow the theme."""
    from casereview.ui.case_view import SESSION_TAB
    from casereview.ui.timeline.pane import VIEW_CHART

    window = _window(qtbot, case_path)
    window.case_view.tabs.setCurrentIndex(SESSION_TAB)  # type: ignore[union-attr]
    pane = window.case_view.timeline  # type: ignore[union-attr]
    pane.set_view_mode(VIEW_CHART, remember=False)
    canvas = pane.chart.canvas
    qtbot.waitUntil(lambda: canvas.isVisible() and canvas.height() > 100)
    pane.chart.redraw(now=True)

    def paper() -> int:
        return canvas.grab().toImage().pixelColor(3, 3).lightness()

    assert paper() > 200
    _action(window).trigger()
    QApplication.processEvents()
    assert paper() < 80
    _action(window).trigger()
    QApplication.processEvents()
    assert paper() > 200
    window.close()
