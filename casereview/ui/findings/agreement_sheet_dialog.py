"""Preview of a filled-in afsprakenlijst before it is read into the case.

Every change is shown first; conflicts (the case changed after the export) are listed but
not applied; a sheet with a bad cell shows the messages and offers nothing to apply.
Applying is one undoable step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.agreement_sheet_import import (
    SheetPlan,
    SheetValidationError,
    apply_sheet,
    read_sheet,
    undo_sheet,
)
from casereview.model import CaseFileError
from casereview.ui.case_context import CaseContext
from casereview.ui.language.dates import long_date
from casereview.ui.language.messages import describe, word
from casereview.ui.operations.undo_commands import ServiceCommand
from casereview.ui.style.palette import colours
from casereview.vocabulary.error_catalog import Messages

CONFLICT_BRUSH = QBrush(QColor(colours().warning_bg))
WHAT_LABELS = {
    "status": QT_TRANSLATE_NOOP("AgreementSheetDialog", "status"),
    "effect": QT_TRANSLATE_NOOP("AgreementSheetDialog", "effect"),
    "note": QT_TRANSLATE_NOOP("AgreementSheetDialog", "voortgang"),
}


class AgreementSheetDialog(QDialog):
    """Read ``path`` against the case and show what applying it would change."""

    def __init__(self, context: CaseContext, path: Path, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementSheetDialog")
        self.setWindowTitle(self.tr("Afsprakenlijst inlezen"))
        self.context = context
        self.path = Path(path)
        self.plan: SheetPlan | None = None
        self.summary = QLabel(objectName="sheetPreviewSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="sheetPreviewTable")
        self.table.setHorizontalHeaderLabels([self.tr("Rij"), self.tr("Afspraak"), self.tr("Wat"), self.tr("Nu"),
                                              self.tr("Wordt")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setObjectName("applySheetButton")
        self.apply_button.setText(self.tr("Wijzigingen overnemen"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 480)
        self._load()

    def _load(self) -> None:
        try:
            self.plan = read_sheet(self.context.case, self.path)
        except SheetValidationError as exc:
            self.summary.setText(self.tr("De lijst kan niet worden ingelezen; er wordt niets gewijzigd. "
                                         "Los dit op in de lijst en lees haar opnieuw in:"))
            self._show_messages(exc.messages)
            return
        except CaseFileError as exc:  # the sheet's own problems are listed above; this is the file itself
            self.summary.setText(describe(exc))
            self.apply_button.setEnabled(False)
            return
        plan = self.plan
        rows = [(c.row, c.action, self.tr(WHAT_LABELS[c.what]), c.old,
                 c.new if c.what != "note" else f"{long_date(c.on)}: {c.new}", False) for c in plan.changes]
        rows += [(c.row, c.action, self.tr(WHAT_LABELS[c.what]), c.in_case,
                  self.tr("{0} (conflict: niet overgenomen)").format(c.in_sheet), True) for c in plan.conflicts]
        self.table.setRowCount(len(rows))
        for r, (row, action, what, old, new, conflict) in enumerate(rows):
            for column, value in enumerate((str(row), action, what, old, new)):
                item = QTableWidgetItem(value)
                if conflict:
                    item.setBackground(CONFLICT_BRUSH)
                self.table.setItem(r, column, item)
        text = self.tr("%n wijzigingen uit '{0}' (partij {1}).", "", len(plan.changes)).format(self.path.name,
                                                                                               plan.party)
        if plan.conflicts:
            text += " " + self.tr("%n conflicten: in het dossier veranderd na de export; die worden niet "
                                  "overgenomen.", "", len(plan.conflicts))
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(plan.changes))

    def _show_messages(self, messages: Messages) -> None:
        self.table.setColumnCount(1)
        self.table.setHorizontalHeaderLabels([self.tr("Probleem")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setRowCount(len(messages))
        for r, message in enumerate(messages):
            self.table.setItem(r, 0, QTableWidgetItem(word(message)))
        self.apply_button.setEnabled(False)

    def accept(self) -> None:
        """Apply as one undoable step, then close."""
        plan = self.plan
        if plan is None or not plan.changes:
            return
        case, name = self.context.case, self.path.name
        command = ServiceCommand(self.context, self.tr("Afsprakenlijst inlezen"),
                                 lambda: apply_sheet(case, plan, name), lambda undo: undo_sheet(case, undo))
        self.context.undo_stack.push(command)
        if not command.failed:
            super().accept()
