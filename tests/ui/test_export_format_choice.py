"""The export dialog offers PDF and ODF for the Word documents, and only there."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from casereview.ui.operations.export_action import ExportDialog


def _choose(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(combo.findData(key))


def test_format_follows_the_kind(qtbot) -> None:  # noqa: ANN001
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    kind = dialog.findChild(QComboBox, "exportKindCombo")
    fmt = dialog.findChild(QComboBox, "exportFormatCombo")
    assert fmt.isEnabled() and dialog.suffix() == ".docx"
    _choose(fmt, "pdf")
    assert dialog.file_format() == "pdf" and dialog.suffix() == ".pdf"
    _choose(kind, "afspraken")
    assert not fmt.isEnabled() and dialog.suffix() == ".xlsx"
    _choose(kind, "voortgang")
    assert fmt.isEnabled() and dialog.suffix() == ".pdf"
    _choose(fmt, "odt")
    assert dialog.suffix() == ".odt"
