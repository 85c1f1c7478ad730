"""Short choice lists open with every item in view: Soort, Niveau, Conclusie and Taal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QStyle, QStyleOptionComboBox

from casereview.demo.demo_case import write_demo_case
from casereview.ui.case_view import CLOSING_TAB
from casereview.ui.dialogs.settings_dialog import SettingsDialog
from casereview.ui.main_window import MainWindow
from casereview.ui.style.stylesheet import apply_style
from casereview.ui.widgets.combo_popup import MOST_ROWS, show_every_item

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def styled(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_style(qapp)
    yield
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


def _hidden_items(combo: QComboBox) -> list[str]:
    """Open the popup and list the items that are not wholly in its view (top to bottom)."""
    # A list that drops down (not one centred on the current item, which a low combo pushes off the screen)
    # and honours the number of rows it is asked to show.
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    assert combo.style().styleHint(QStyle.StyleHint.SH_ComboBox_Popup, option, combo) == 0
    combo.showPopup()
    QApplication.processEvents()
    view = combo.view()
    room = view.viewport().rect()
    rows = [view.visualRect(view.model().index(row, 0)) for row in range(combo.count())]
    hidden = [combo.itemText(row) for row, rect in enumerate(rows)
              if rect.top() < room.top() or rect.bottom() > room.bottom()]
    assert combo.maxVisibleItems() >= combo.count()
    assert view.verticalScrollBar().maximum() == 0, hidden
    combo.hidePopup()
    return hidden


def _cut_items(combo: QComboBox) -> list[str]:
    """Open the popup and list the items whose text is wider than the popup's rows."""
    combo.showPopup()
    QApplication.processEvents()
    view = combo.view()
    metrics = view.fontMetrics()
    cut = [combo.itemText(row) for row in range(combo.count())
           if metrics.horizontalAdvance(combo.itemText(row)) + 8 > view.viewport().width()]
    combo.hidePopup()
    return cut


def test_the_popup_follows_the_number_of_items(qtbot, styled) -> None:  # type: ignore[no-untyped-def]
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.addItems([f"Keuze {n}" for n in range(14)])
    show_every_item(combo)
    assert combo.maxVisibleItems() == 14
    combo.show()
    assert _hidden_items(combo) == []
    combo.addItems([f"Meer {n}" for n in range(10)])
    assert combo.maxVisibleItems() == MOST_ROWS  # a very long list scrolls instead of leaving the screen
    combo.clear()
    combo.addItem("Eén")
    assert combo.maxVisibleItems() == 1


def test_agreement_combos_show_every_item(qtbot, styled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = write_demo_case(tmp_path / "demo.casereview")
    path = case.path
    case.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(path)
    window.resize(1366, 768)
    assert window.case_view is not None
    window.case_view.tabs.setCurrentIndex(CLOSING_TAB)
    QApplication.processEvents()
    for name in ("agreementKindCombo", "agreementLevelCombo", "agreementConclusionCombo"):
        combo = window.findChild(QComboBox, name)
        assert combo is not None and combo.isVisible() and combo.count() >= 3, name
        assert _hidden_items(combo) == [], name
    for name in ("agreementKindCombo", "agreementLevelCombo"):  # short choices are read whole, not elided
        combo = window.findChild(QComboBox, name)
        assert _cut_items(combo) == [], name
    conclusions = window.findChild(QComboBox, "agreementConclusionCombo")
    assert conclusions is not None
    conclusions.showPopup()
    QApplication.processEvents()
    assert conclusions.view().width() > conclusions.width() + 100  # wider than the box: a conclusion reads as one
    assert conclusions.view().window().geometry().right() <= conclusions.screen().availableGeometry().right()
    conclusions.hidePopup()
    window.close()


def test_language_combo_shows_every_language(qtbot, styled) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    combo = dialog.language_combo
    assert combo.objectName() == "languageCombo" and combo.count() >= 2
    assert _hidden_items(combo) == []
