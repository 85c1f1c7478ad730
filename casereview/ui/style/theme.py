"""The window's light or dark theme, for the whole application, switched while it runs.

The dark theme is the presenter's projector palette (``PROJECTOR``): the same roles,
so style sheets built from ``colours()`` need no change. A switch sets Qt's palette
(what widgets without a style sheet paint with), the application style sheet, and
retints the small style sheets widgets set from ``colours()`` when they were made:
each light colour is replaced by the dark colour of the same role, so an open case
changes with the window instead of keeping grey hints on a dark background.
"""

from __future__ import annotations

import re
from dataclasses import fields

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from casereview import settings
from casereview.ui.style.palette import LIGHT, PROJECTOR, Palette, colours, use_theme
from casereview.ui.style.stylesheet import application_stylesheet

THEME_SETTING = "window_theme"  # "light" or "dark"
LIGHT_THEME, DARK_THEME = "light", "dark"
PALETTES = {LIGHT_THEME: LIGHT, DARK_THEME: PROJECTOR}
OWN_THEME_WINDOWS = frozenset({"presenterWindow"})  # has its own light/dark choice (Sessie menu)
_HEX = re.compile(r"#[0-9a-fA-F]{6}\b")


def stored_theme() -> str:
    """The theme the chair chose last time (light when never chosen)."""
    name = settings.get(THEME_SETTING)
    return name if name in PALETTES else LIGHT_THEME


def qt_palette(p: Palette) -> QPalette:
    """Qt's palette from ours: what tables, tabs, menus and scroll areas paint with."""
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in ((roles.Window, p.window), (roles.WindowText, p.text), (roles.Base, p.surface),
                        (roles.AlternateBase, p.window), (roles.Text, p.text), (roles.Button, p.surface),
                        (roles.ButtonText, p.text), (roles.BrightText, p.text), (roles.Highlight, p.selection),
                        (roles.HighlightedText, p.selection_text), (roles.ToolTipBase, p.surface),
                        (roles.ToolTipText, p.text), (roles.PlaceholderText, p.muted), (roles.Link, p.accent),
                        (roles.LinkVisited, p.accent_strong), (roles.Light, p.panel), (roles.Midlight, p.panel),
                        (roles.Mid, p.border), (roles.Dark, p.border), (roles.Shadow, p.border)):
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor(p.quiet))
    return palette


def _retint(sheet: str, old: Palette, new: Palette) -> str:
    mapping = {getattr(old, f.name).lower(): getattr(new, f.name) for f in fields(Palette)}
    return _HEX.sub(lambda m: mapping.get(m.group(0).lower(), m.group(0)), sheet)


def apply_theme(app: QApplication, name: str) -> Palette:
    """Switch every window to ``name`` ("light" or "dark") now."""
    old = colours()
    new = PALETTES.get(name, LIGHT)
    use_theme("projector" if new is PROJECTOR else "light")
    app.setPalette(qt_palette(new))
    app.setStyleSheet(application_stylesheet(new))
    if new is not old:
        for widget in app.allWidgets():
            sheet = widget.styleSheet()
            if sheet and widget.window().objectName() not in OWN_THEME_WINDOWS:
                retinted = _retint(sheet, old, new)
                if retinted != sheet:
                    widget.setStyleSheet(retinted)
    return new
