"""File → Exporteren: pick the kind of document and a file name; pseudonyms always, unless asked.

A document with real names is a separate, deliberate choice that asks for
confirmation; its header says "Vertrouwelijk — bevat namen". The suggested
file name has the pseudonyms applied, also for a named document.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale
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

from casereview import settings
from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.paths import cases_dir
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.runner import run_long

KINDS = (
    ("verslag", QT_TRANSLATE_NOOP("shared", "Verslag (Word)"), ".docx"),
    ("voorbereiding", QT_TRANSLATE_NOOP("shared", "Voorbereidingspakket (Word)"), ".docx"),
    ("voortgang", QT_TRANSLATE_NOOP("shared", "Voortgangsrapport afspraken (Word)"), ".docx"),
    ("afspraken", QT_TRANSLATE_NOOP("shared", "Verbeterafspraken (Excel)"), ".xlsx"),
    ("definitief", QT_TRANSLATE_NOOP("shared", "Definitief verslag, na de reacties op het concept (Word)"), ".docx"),
    ("samenvatting", QT_TRANSLATE_NOOP("shared", "Samenvatting voor de familie (Word)"), ".docx"),
    ("evaluatieformulier", QT_TRANSLATE_NOOP("shared", "Evaluatieformulier om te printen (Word)"), ".docx"),
    ("leerbrief", QT_TRANSLATE_NOOP("shared", "Leerbrief voor buiten de review (Word)"), ".docx"),
)
FORMATS = (
    ("docx", QT_TRANSLATE_NOOP("shared", "Word-document (.docx)")),
    ("pdf", QT_TRANSLATE_NOOP("shared", "PDF voor versturen en archief (.pdf, via LibreOffice)")),
    ("odt", QT_TRANSLATE_NOOP("shared", "OpenDocument (.odt, via LibreOffice)")),
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
        # Only offered when the user configured a register; the register is read only when this is ticked.
        self.register_url = str(settings.get("register_url") or "")
        self.from_region = QCheckBox(self.tr("Uit de regio: vergelijkbare lessen"), objectName="fromRegionCheck")
        self.from_region.setAccessibleName(self.tr("Vergelijkbare lessen uit het regionale register opnemen"))
        self.from_region.setToolTip(self.tr("Leest de lessen van andere organisaties over de thema's van deze casus "
                                            "uit het ingestelde register."))
        self.format_combo = QComboBox(objectName="exportFormatCombo")
        for key, label in FORMATS:
            self.format_combo.addItem(self.tr(label), key)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Soort document"), self.kind_combo)
        form.addRow(self.tr("Bestandsformaat"), self.format_combo)
        form.addRow("", self.named)
        form.addRow("", self.from_region)
        form.addRow(buttons)
        self._kind_changed()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def file_format(self) -> str:
        return str(self.format_combo.currentData()) if self.format_combo.isEnabled() else "docx"

    def suffix(self) -> str:
        suffix = KINDS[self.kind_combo.currentIndex()][2]
        return f".{self.file_format()}" if suffix == ".docx" else suffix

    def is_named(self) -> bool:
        return self.named.isChecked() and self.named.isEnabled()

    def wants_region(self) -> bool:
        """Ticked and offered: a preparation pack, with a register configured."""
        return self.from_region.isChecked() and self.from_region.isVisibleTo(self)

    def _kind_changed(self) -> None:
        """PDF and ODF are copies of the Word documents; a spreadsheet stays a spreadsheet, always pseudonymised."""
        document = KINDS[self.kind_combo.currentIndex()][2] == ".docx"
        self.format_combo.setEnabled(document)
        self.named.setEnabled(document)
        if not document:
            self.named.setChecked(False)
        offered = bool(self.register_url) and self.kind() == "voorbereiding"
        self.from_region.setVisible(offered)
        if not offered:
            self.from_region.setChecked(False)

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


def export_to(context: CaseContext, kind: str, out: Path, *, pseudonymise: bool = True, file_format: str = "docx",
              progress: Progress = NO_PROGRESS, named: bool = False, from_region: bool = False) -> Path:
    """Write the document; safe in a worker thread (it only reads the case and writes ``out``).

    ``from_region`` (voorbereiding only) reads similar lessons from the configured register: the one
    connection the app makes, and only because the chair ticked it.
    """
    if kind == "afspraken":
        from casereview.reports.agreements_sheet import export_agreements

        return export_agreements(context.case, out)
    if kind == "leerbrief":
        from casereview.reports.leerbrief import export_leerbrief

        return export_leerbrief(context.case, out, file_format=file_format)
    from casereview.reports.documents import export_document

    if kind == "definitief":
        return export_document(context.case, out, kind="verslag", pseudonymise=pseudonymise, file_format=file_format,
                               progress=progress, named=named, final=True, page_numbers=True)
    return export_document(context.case, out, kind=kind, pseudonymise=pseudonymise, file_format=file_format,
                           progress=progress, named=named, page_numbers=kind == "verslag",
                           regional_lessons=region_lessons(context) if from_region and kind == "voorbereiding"
                           else None)


def region_lessons(context: CaseContext) -> list[dict[str, Any]]:
    """Other organisations' lessons on this case's themes, from the register in the settings."""
    from casereview.register.lessons import case_theme_codes, regional_lessons

    case = context.case
    found = regional_lessons(str(settings.get("register_url") or ""), themes=case_theme_codes(case),
                             leave_out_case=case.case().uuid)
    return [lesson.to_json() for lesson in found]


def suggested_path(context: CaseContext, kind: str, suffix: str) -> Path:
    """Where the save dialog starts: the cases folder and a name with pseudonyms applied."""
    from casereview.privacy.file_names import export_file_name

    return cases_dir() / export_file_name(context.case, kind, suffix)


def run_export(context: CaseContext, *, parent: QWidget) -> Path | None:
    dialog = ExportDialog(parent=parent)
    if not dialog.exec():
        return None
    # A leerbrief leaves the review, so not even its file name carries the case title.
    suggested = (str(cases_dir() / f"Leerbrief{dialog.suffix()}") if dialog.kind() == "leerbrief"
                 else str(suggested_path(context, dialog.kind(), dialog.suffix())))
    chosen, _ = QFileDialog.getSaveFileName(parent, parent.tr("Exporteren naar"), suggested)
    if not chosen:
        return None
    return write_export(context, dialog.kind(), Path(chosen), named=dialog.is_named(),
                        file_format=dialog.file_format(), parent=parent, from_region=dialog.wants_region())


def write_export(context: CaseContext, kind: str, out: Path, *, parent: QWidget, pseudonymise: bool = True,
                 file_format: str = "docx", named: bool = False, from_region: bool = False) -> Path | None:
    """Write in a worker thread behind a progress dialog that can be cancelled; say where it went."""
    def work(progress: Progress) -> tuple[Path, Any]:
        written = export_to(context, kind, out, pseudonymise=pseudonymise, file_format=file_format,
                            progress=progress, named=named, from_region=from_region)
        if kind != "samenvatting" or named:
            return written, None
        from casereview.reports.family_summary_check import summary_language

        return written, summary_language(context.case).measure  # the chair sees how plain the family's text is

    outcome = run_long(work, parent=parent, title=parent.tr("Exporteren"),
                       label=parent.tr("{0} schrijven…").format(out.name), context=context, cancellable=True)
    if not outcome.ok or outcome.value is None:
        return None
    out, measure = outcome.value
    message = parent.tr("Geschreven: {0}").format(out)
    if measure is not None:
        message += "\n\n" + parent.tr("Taalniveau: gemiddeld {0} woorden per zin; {1}% van de woorden staat niet in "
                                       "de B1-woordenlijst.").format(
            QLocale().toString(measure.average_sentence_length, "f", 1), round(measure.outside_share * 100))
    QMessageBox.information(parent, parent.tr("Exporteren"), message)
    return out
