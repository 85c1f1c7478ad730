"""The application stylesheet, built from the palette and the metrics.

Calm and flat, like the presenter window: one window colour, white surfaces,
quiet borders, and a focus ring that is always visible (WCAG 2.4.7) in the
same colour on every control.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from casereview.paths import resources_dir
from casereview.ui.style.metrics import SPACE, TYPE, Spacing, TypeScale
from casereview.ui.style.palette import Palette, colours


def application_stylesheet(palette: Palette | None = None, type_scale: TypeScale = TYPE,
                           space: Spacing = SPACE) -> str:
    p = palette or colours()
    arrow = (resources_dir() / "style" / "arrow-down.svg").as_posix()
    ring = f"{space.focus_width}px solid {p.focus}"
    return f"""
QWidget {{ font-size: {type_scale.base}pt; color: {p.text}; }}
QMainWindow, QDialog, QTabWidget::pane, QSplitter, #caseView, #startScreen {{ background: {p.window}; }}
QToolTip {{ color: {p.text}; background: {p.surface}; border: 1px solid {p.border}; padding: 4px; }}
QTableView, QListView, QTreeView, QPlainTextEdit, QTextEdit {{
    background: {p.surface}; alternate-background-color: {p.window};
    border: 1px solid {p.border}; border-radius: {space.radius}px;
    selection-background-color: {p.selection}; selection-color: {p.selection_text};
}}
QTableView:focus, QListView:focus, QTreeView:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: {ring}; }}
QLineEdit, QComboBox {{
    background: {p.surface}; border: 1px solid {p.border}; border-radius: {space.radius}px;
    padding: 3px 6px; min-height: 1.5em;
}}
QLineEdit:focus, QComboBox:focus {{ border: {ring}; padding: 2px 5px; }}
QComboBox {{ combobox-popup: 0; }}
QComboBox::drop-down {{ subcontrol-origin: padding; subcontrol-position: center right; width: 20px;
    border: none; }}
QComboBox::down-arrow {{ image: url("{arrow}"); width: 10px; height: 6px; }}
QComboBox QAbstractItemView {{ selection-background-color: {p.selection}; selection-color: {p.selection_text}; }}
QPushButton, QToolButton {{
    background: {p.surface}; border: 1px solid {p.border}; border-radius: {space.radius}px;
    padding: 4px 8px;
}}
QToolButton {{ padding: 3px 6px; }}
QPushButton:hover, QToolButton:hover {{ border-color: {p.accent}; }}
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {{
    background: {p.selection}; color: {p.selection_text}; border-color: {p.accent_strong};
}}
QPushButton:focus, QToolButton:focus {{ border: {ring}; padding: 3px 7px; }}
QToolButton:focus {{ padding: 2px 5px; }}
QPushButton:disabled, QToolButton:disabled {{ color: {p.quiet}; background: {p.window}; }}
QCheckBox:focus, QRadioButton:focus {{ border: {ring}; border-radius: {space.radius}px; }}
QTabBar::tab {{ padding: 6px 14px; background: {p.window}; border: 1px solid {p.border};
    border-bottom: none; border-top-left-radius: {space.radius}px; border-top-right-radius: {space.radius}px;
    margin-right: 2px; }}
QTabBar::tab:selected {{ background: {p.surface}; font-weight: 600; }}
QTabBar::tab:focus {{ border: {ring}; border-bottom: none; }}
QHeaderView::section {{ background: {p.panel}; color: {p.text}; border: none;
    border-right: 1px solid {p.border}; padding: 3px 6px; }}
QMenuBar {{ background: {p.window}; }}
QMenu {{ background: {p.surface}; border: 1px solid {p.border}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {p.selection}; color: {p.selection_text}; }}
QMenu::item:disabled, QMenu::item:disabled:selected {{ color: {p.quiet}; background: transparent; }}
QLabel[role="hint"] {{ color: {p.muted}; font-size: {type_scale.small}pt; }}
QLabel[role="muted"] {{ color: {p.muted}; }}
QLabel[role="heading"] {{ font-weight: 600; font-size: {type_scale.heading}pt; margin-top: {space.small}px; }}
QLabel[role="error"] {{ color: {p.error}; }}
QLabel[role="warning"] {{ color: {p.warning}; }}
QLabel[role="note"] {{ color: {p.warning}; background: {p.warning_bg}; padding: 4px 6px; }}
"""


def apply_style(app: QApplication) -> None:
    """The type size as the application font (so widgets measure text with it from the start) and the sheet."""
    font = app.font()
    font.setPointSizeF(TYPE.base)
    app.setFont(font)
    app.setStyleSheet(application_stylesheet())
