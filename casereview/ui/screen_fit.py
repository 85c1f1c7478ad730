"""Keep a top-level window inside the screen's free area (without the panel or task bar).

On a 1366×768 laptop the panel and the title bar take some 70 px: a window sized
to its layout's wish opens taller than that and hides its status bar. Until the
window manager has framed the window its frame is unknown, so a typical title bar
and border are assumed; once it is shown the real frame is used.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ASSUMED_FRAME = QSize(8, 38)  # borders left+right, title bar + bottom border
SMALLEST = QSize(800, 560)    # below this a pane is no longer usable; smaller screens get the whole area


def available_area(window: QWidget) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame(window: QWidget) -> QSize:
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        if frame.size() != inner.size():
            return frame.size() - inner.size()
    return ASSUMED_FRAME


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Cap the minimum size and the geometry (``wanted`` at most) so the framed window fits."""
    area = available_area(window)
    frame = _frame(window)
    room = QSize(max(1, area.width() - frame.width()), max(1, area.height() - frame.height()))
    window.setMinimumSize(SMALLEST.boundedTo(room))
    size = wanted.boundedTo(room).expandedTo(window.minimumSize())
    window.resize(size)
    framed = window.frameGeometry() if window.isVisible() else QRect(window.pos(), size + frame)
    if not area.contains(framed):
        window.move(area.topLeft())
