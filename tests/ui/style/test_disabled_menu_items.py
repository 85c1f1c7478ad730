"""A disabled menu item ("Exporteren…" with no case open) is drawn in the quiet colour, not as text."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from casereview.ui.style.palette import LIGHT, PROJECTOR, Palette
from casereview.ui.style.stylesheet import application_stylesheet


def _text_colour(menu: QMenu, action: QAction, palette: Palette) -> QColor:
    """The item's pixel that differs most from the menu's background: its text."""
    image = menu.grab(menu.actionGeometry(action)).toImage()
    pixels = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor(palette.surface).lightness()
    return max(pixels, key=lambda c: abs(c.lightness() - background))


@pytest.mark.parametrize("palette", [LIGHT, PROJECTOR], ids=["light", "dark"])
def test_disabled_menu_item_looks_disabled(qtbot: QtBot, palette: Palette) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(application_stylesheet(palette))
    menu = QMenu(host)
    menu.setStyleSheet(application_stylesheet(palette))  # a popup; its own sheet, as the application would give it
    enabled = menu.addAction("Openen… Openen… Openen…")
    disabled = menu.addAction("Openen… Openen… Openen…")
    disabled.setEnabled(False)
    menu.ensurePolished()
    menu.adjustSize()
    text = _text_colour(menu, enabled, palette)
    quiet = _text_colour(menu, disabled, palette)
    background = QColor(palette.surface).lightness()
    assert abs(text.lightness() - background) > abs(quiet.lightness() - background) + 30, (text.name(), quiet.name())
    assert abs(quiet.lightness() - QColor(palette.quiet).lightness()) < 40
