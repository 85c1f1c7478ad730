"""Every title of the case tabs is whole, without scroll arrows, on a 1366×768 laptop in Dutch and in English
(issue 26 §4): the English titles are longer, so the side columns give up width rather than the tab row."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QToolButton
from styled_windows import demo_path, styled_window

from casereview.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
TITLES = {"nl": ["Opening en voorbereiding", "Sessie", "Conclusies en afspraken", "Opvolging", "Leerbrief"],
          "en": ["Opening and preparation", "Session", "Conclusions and agreements", "Follow-up", "Learning note"]}


@pytest.fixture(params=["nl", "en"])
def laptop_window(request: pytest.FixtureRequest, qtbot, qapp, tmp_path: Path) -> Iterator[tuple[str, MainWindow]]:  # type: ignore[no-untyped-def]  # noqa: ANN001
    """The styled window with the demo case at 1366×768, in the language the application installs."""
    language = request.param
    with styled_window(qtbot, demo_path(tmp_path), language=language) as window:
        yield language, window


def test_every_tab_title_is_whole_on_every_tab(laptop_window: tuple[str, MainWindow]) -> None:
    language, window = laptop_window
    view = window.case_view
    assert view is not None
    tabs = view.tabs
    assert tabs.objectName() == "caseTabs"
    bar = tabs.tabBar()
    assert [bar.tabText(i) for i in range(bar.count())] == TITLES[language]  # same order, in the language
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.width() == 1366
        arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
        assert arrows == [], f"{language}, tab {index}: scroll arrows shown"
        for i in range(bar.count()):
            rect = bar.tabRect(i)
            assert bar.rect().contains(rect), f"{language}, tab {index}: {bar.tabText(i)!r} at {rect} is cut"
            wanted = bar.fontMetrics().horizontalAdvance(bar.tabText(i))
            assert rect.width() > wanted, f"{language}: {bar.tabText(i)!r} has {rect.width()} px for {wanted}"
        corner = tabs.cornerWidget()
        if corner is not None and corner.isVisible():
            assert bar.geometry().right() < corner.geometry().left(), f"{language}: the corner covers the tabs"


def test_with_both_columns_unfolded_in_the_meeting_the_titles_stay_whole(laptop_window: tuple[str, MainWindow],
                                                                         qtbot) -> None:  # noqa: ANN001
    """The chair brings agenda and rules back (Ctrl+Shift+A, Ctrl+Shift+R): the buttons shrink to their arrow."""
    from PySide6.QtCore import Qt

    from casereview.ui.case_view import SESSION_TAB

    language, window = laptop_window
    view = window.case_view
    assert view is not None
    view.tabs.setCurrentIndex(SESSION_TAB)
    QApplication.processEvents()
    assert view.agenda_button.isVisible() and view.agenda_button.text() == {"nl": "◂ Agenda en doel",
                                                                            "en": "◂ Agenda and goal"}[language]
    for button in (view.agenda_button, view.rules_button):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    assert view.phases.isVisible() and view.rules.isVisible()
    assert (view.agenda_button.text(), view.rules_button.text()) == ("◂", "▸")
    assert view.agenda_button.accessibleName() and view.rules_button.accessibleName()
    bar = view.tabs.tabBar()
    assert [b for b in bar.findChildren(QToolButton) if b.isVisible()] == [], f"{language}: scroll arrows shown"
    assert bar.geometry().right() < view.tabs.cornerWidget().geometry().left()
    qtbot.mouseClick(view.rules_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not view.rules.isVisible() and view.rules_button.text().endswith("▸") and view.rules_button.text() != "▸"


def test_the_opening_tab_folds_the_agenda_column_it_repeats(laptop_window: tuple[str, MainWindow],
                                                            qtbot) -> None:  # noqa: ANN001
    """The opening tab edits agenda, goal and questions itself: at 1366 px the agenda column beside it
    (165 px, its lines broken after "regel") folds away; the rules stay; Ctrl+Shift+A brings it back."""
    from PySide6.QtCore import Qt

    from casereview.ui.case_view import OPENING_TAB

    _language, window = laptop_window
    view = window.case_view
    assert view is not None
    view.tabs.setCurrentIndex(OPENING_TAB)
    QApplication.processEvents()
    assert not view.phases.isVisible() and view.rules.isVisible()
    assert view.agenda_button.isVisible() and not view.rules_button.isVisible()
    opening = view.tabs.currentWidget()
    assert opening.width() > 900  # the room the column gave up
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert view.phases.isVisible()
    window.resize(1800, 1000)
    QApplication.processEvents()
    assert view.phases.isVisible() and view.rules.isVisible() and not view.agenda_button.isVisible()
