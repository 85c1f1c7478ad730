"""File → Exporteren: pick the kind of document and a file name; pseudonyms always, unless asked.

A document with real names is a separate, deliberate choice that asks for
confirmation; its header says "Vertrouwelijk — bevat namen". The suggested
file name has the pseudonyms applied, also for a named document.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from casereview.model import CaseFileError
from casereview.paths import cases_dir
from casereview.ui.case_context import CaseContext

KINDS = (
    ("verslag", QT_TRANSLATE_NOOP("shared", "Verslag (Word)"), ".docx"),
    ("voorbereiding", QT_TRANSLATE_NOOP("shared", "Voorbereidingspakket (Word)"), ".docx"),
    ("voortgang", QT_TRANSLATE_NOOP("shared", "Voortgangsrapport afspraken (Word)"), ".docx"),
    ("afspraken", QT_TRANSLATE_NOOP("shared", "Verbeterafspraken (Excel)"), ".xlsx"),
)


class ExportDialog(QDialog):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exporteren"))
        self.kind_combo = QComboBox(objectName="exportKindCombo")
        for key, label, _suffix in KINDS:
            self.kind_combo.addItem(self.tr(label), key)
        self.named = QCheckBox(self.tr("Intern document met echte namen (niet voor deelnemers)"),
                               objectName="namedExportCheck")
        self.named.toggled.connect(self._confirm_named)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Soort document"), self.kind_combo)
        form.addRow("", self.named)
        form.addRow(buttons)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def is_named(self) -> bool:
        return self.named.isChecked() and self.named.isEnabled()

    def _kind_changed(self) -> None:
        sheet = self.kind() == "afspraken"
        self.named.setEnabled(not sheet)
        if sheet:
            self.named.setChecked(False)

    def _confirm_named(self, checked: bool) -> None:
        if not checked:
            return
        answer = QMessageBox.question(
            self, self.tr("Document met echte namen"),
            self.tr("Dit document bevat de echte namen van kinderen en ouders. Het is alleen voor intern "
                    "gebruik; in elke kop staat \"Vertrouwelijk — bevat namen\".\n\nWeet u zeker dat u een "
                    "document met echte namen wilt maken?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self.named.setChecked(False)

    def suffix(self) -> str:
        return KINDS[self.kind_combo.currentIndex()][2]


def export_to(context: CaseContext, kind: str, out: Path, *, named: bool = False) -> Path:
    if kind == "afspraken":
        from casereview.reports.agreements_sheet import export_agreements

        return export_agreements(context.case, out)
    from casereview.reports.documents import export_document

    return export_document(context.case, out, kind=kind, named=named)


def suggested_path(context: CaseContext, kind: str, suffix: str) -> Path:
    """Where the save dialog starts: the cases folder and a name with pseudonyms applied."""
    from casereview.privacy.file_names import export_file_name

    return cases_dir() / export_file_name(context.case, kind, suffix)


def run_export(context: CaseContext, *, parent: QWidget) -> Path | None:
    dialog = ExportDialog(parent=parent)
    if not dialog.exec():
        return None
    suggested = str(suggested_path(context, dialog.kind(), dialog.suffix()))
    chosen, _ = QFileDialog.getSaveFileName(parent, parent.tr("Exporteren naar"), suggested)
    if not chosen:
        return None
    try:
        out = export_to(context, dialog.kind(), Path(chosen), named=dialog.is_named())
    except CaseFileError as exc:
        QMessageBox.warning(parent, parent.tr("Exporteren"), str(exc))
        return None
    QMessageBox.information(parent, parent.tr("Exporteren"), parent.tr("Geschreven: {0}").format(out))
    return out
