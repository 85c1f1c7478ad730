"""File → Exporteren: pick the kind of document, pseudonyms on by default, and a file name."""

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
    ("leerbrief", QT_TRANSLATE_NOOP("shared", "Leerbrief voor buiten de review (Word)"), ".docx"),
)


class ExportDialog(QDialog):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Exporteren"))
        self.kind_combo = QComboBox(objectName="exportKindCombo")
        for key, label, _suffix in KINDS:
            self.kind_combo.addItem(self.tr(label), key)
        self.pseudonymise = QCheckBox(self.tr("Echte namen vervangen door pseudoniemen"),
                                      objectName="pseudonymiseCheck")
        self.pseudonymise.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Soort document"), self.kind_combo)
        form.addRow("", self.pseudonymise)
        form.addRow(buttons)

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def suffix(self) -> str:
        return KINDS[self.kind_combo.currentIndex()][2]


def export_to(context: CaseContext, kind: str, out: Path, *, pseudonymise: bool) -> Path:
    if kind == "afspraken":
        from casereview.reports.agreements_sheet import export_agreements

        return export_agreements(context.case, out)
    if kind == "leerbrief":
        from casereview.reports.leerbrief import export_leerbrief

        return export_leerbrief(context.case, out)
    from casereview.reports.documents import export_document

    return export_document(context.case, out, kind=kind, pseudonymise=pseudonymise)


def run_export(context: CaseContext, *, parent: QWidget) -> Path | None:
    dialog = ExportDialog(parent=parent)
    if not dialog.exec():
        return None
    title = context.case.case().title
    # A leerbrief leaves the review, so not even its file name carries the case title.
    name = "Leerbrief" if dialog.kind() == "leerbrief" else f"{title} - {dialog.kind()}"
    suggested = str(cases_dir() / f"{name}{dialog.suffix()}")
    chosen, _ = QFileDialog.getSaveFileName(parent, parent.tr("Exporteren naar"), suggested)
    if not chosen:
        return None
    try:
        out = export_to(context, dialog.kind(), Path(chosen), pseudonymise=dialog.pseudonymise.isChecked())
    except CaseFileError as exc:
        QMessageBox.warning(parent, parent.tr("Exporteren"), str(exc))
        return None
    QMessageBox.information(parent, parent.tr("Exporteren"), parent.tr("Geschreven: {0}").format(out))
    return out
