"""Every visible control on every tab of the case view is named for a screen reader, on a 1366×768
laptop and on a 1920×1080 screen (where folded panes unfold and other controls show)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QTreeView,
    QWidget,
)

from casereview.demo.demo_case import write_demo_case
from casereview.ui.main_window import MainWindow
from casereview.ui.style.stylesheet import apply_style

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
CONTROLS = (QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QCheckBox, QToolButton, QPushButton,
            QListView, QTableView, QTreeView)


@pytest.fixture
def demo_window(qtbot, qapp, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The real window with the demo case, every tab built (the app builds them lazily)."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    case = write_demo_case(tmp_path / "demo.casereview")
    path = case.path
    case.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(path)
    yield window
    window.close()
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def _name(widget: QWidget) -> str:
    """The name a screen reader announces. A button's or check box's text names it; for a field, Qt on
    Linux reports the current value as the name, which names nothing, so only its own name counts."""
    if isinstance(widget, QAbstractButton):
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        return (name or widget.accessibleName()).strip()
    return widget.accessibleName().strip()


def _has_buddy(widget: QWidget, labels: list[QLabel]) -> bool:
    return any(label.isVisible() and label.buddy() is not None
               and (label.buddy() is widget or label.buddy().isAncestorOf(widget)) for label in labels)


def _nameless(root: QWidget) -> list[str]:
    labels = root.findChildren(QLabel)
    found = {id(w): w for kind in CONTROLS for w in root.findChildren(kind)}
    return sorted(f"{type(w).__name__}#{w.objectName() or '?'} in {type(w.parentWidget()).__name__}"
                  for w in found.values()
                  if w.isVisible() and w.width() > 0
                  # a combo's or spin box's own editor, a view's headers and corner button: parts of a named whole
                  and not isinstance(w.parent(), QComboBox | QAbstractSpinBox | QAbstractItemView)
                  and not _name(w) and not _has_buddy(w, labels))


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_no_visible_control_on_any_tab_is_nameless(demo_window: MainWindow, size: tuple[int, int]) -> None:
    demo_window.resize(*size)
    view = demo_window.case_view
    assert view is not None and view.tabs.count() >= 5
    problems: dict[str, list[str]] = {}
    QApplication.processEvents()
    assert (demo_window.width(), demo_window.height()) == size
    walked = []
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert view.tabs.currentWidget().isVisible()
        # tabs inside the tab (Opvolging: Voortgang, Effect, Besluit) show other controls: each page is walked
        inner = [t for t in view.tabs.currentWidget().findChildren(QTabWidget) if t.isVisible()]
        pages = [(t, i) for t in inner for i in range(t.count())] or [(None, -1)]
        for tabs, page in pages:
            where = view.tabs.tabText(index)
            if tabs is not None:
                tabs.setCurrentIndex(page)
                QApplication.processEvents()
                where += f" / {tabs.tabText(page)}"
            walked.append(where)
            nameless = _nameless(view)
            if nameless:
                problems[where] = nameless
    assert len(walked) >= 7, walked  # four tabs, and Opvolging with its three pages
    assert problems == {}, "\n".join(f"{tab}: {names}" for tab, names in problems.items())
