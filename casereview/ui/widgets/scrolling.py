"""A pane that scrolls when the window is short of height, instead of squeezing its fields over each other."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolling(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` in a frameless vertical scroll area named ``name``; its fields keep their size."""
    scroll = QScrollArea(objectName=name)
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return scroll
