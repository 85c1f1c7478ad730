"""A disabled menu item ("Exporteren…" with no case open) is drawn in the quiet colour, not as text."""

from __future__ import annotations

from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from casereview.ui.style.palette import colours
from casereview.ui.style.stylesheet import application_stylesheet


def _darkest(menu: QMenu, action: QAction) -> QColor:
    image = menu.grab(menu.actionGeometry(action)).toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return min(pixels, key=lambda c: c.lightness())


def test_disabled_menu_item_looks_disabled(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(application_stylesheet())
    menu = QMenu(host)
    enabled = menu.addAction("Openen… Openen… Openen…")
    disabled = menu.addAction("Openen… Openen… Openen…")
    disabled.setEnabled(False)
    menu.ensurePolished()
    menu.adjustSize()
    text = _darkest(menu, enabled)
    quiet = _darkest(menu, disabled)
    assert text.lightness() < quiet.lightness() - 30, (text.name(), quiet.name())
    assert abs(quiet.lightness() - QColor(colours().quiet).lightness()) < 40
