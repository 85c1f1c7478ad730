"""A tab page that stands in for its real view until the view is first needed.

The case window opens on one tab; building the others (their models, queries
and checks) before the first paint only makes the chair wait. A
:class:`LazyPage` holds the tab's place from the start, so tab order and titles
never change; :func:`realise` builds the view and puts it in the page's place,
so afterwards the tab's widget is the view itself, exactly as if it had been
built at once (``currentWidget()``, object names and ``findChild`` all as before).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget


class LazyPage(QWidget):
    """An empty page that knows how to build the view it stands for."""

    def __init__(self, build: Callable[[], QWidget], name: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.build = build


def realise(tabs: QTabWidget, page: LazyPage) -> QWidget:
    """Build ``page``'s view and swap it into the page's tab, keeping title, tip and which tab is current.

    Signals of ``tabs`` are held during the swap: to its listeners the tab simply has its view.
    """
    index = tabs.indexOf(page)
    view = page.build()
    if index < 0:
        return view
    current = tabs.currentIndex()
    text, tip = tabs.tabText(index), tabs.tabToolTip(index)
    blocked = tabs.blockSignals(True)
    try:
        tabs.removeTab(index)
        tabs.insertTab(index, view, text)
        tabs.setTabToolTip(index, tip)
        tabs.setCurrentIndex(current)
    finally:
        tabs.blockSignals(blocked)
    page.deleteLater()
    return view
