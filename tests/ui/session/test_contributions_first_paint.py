"""The contribution list opens at the current phase: the chair's attention is on it (and the list lays
out its rows only at the widths it is shown at, which is what start-up measures)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot
from styled_windows import demo_path

from casereview.ui.main_window import MainWindow
from casereview.ui.operations.file_actions import open_in_background
from casereview.ui.session.contribution_delegate import ContributionDelegate

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_first_paint_shows_the_current_phase_at_the_top(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(lazy_tabs=True)  # as ``casereview demo`` opens it: case first, then show
    qtbot.addWidget(window)
    window.resize(1366, 768)
    opened = open_in_background(window, demo_path(tmp_path))
    assert opened.ok and opened.value is not None
    window.show_case(opened.value)
    assert window.case_view is not None and window.context is not None
    pane = window.case_view.contributions
    delegate = pane.list.itemDelegate()
    assert isinstance(delegate, ContributionDelegate)
    assert delegate.measured_widths() == set()  # nothing measured while the pane is not on screen
    window.show()
    window.repaint()
    assert min(delegate.measured_widths()) > 120  # never at the 120 px floor of a pane not yet laid out
    top = pane.list.indexAt(QPoint(4, 4))
    assert top.isValid() and top.row() > 0
    assert pane.model.item(top.row()).step_id == window.context.current_phase_id
    assert pane.model.item(top.row() - 1).step_id != window.context.current_phase_id  # the group's first row
    window.close_case()
