"""The list of real names and the pseudonyms that replace them in exports.

The case file keeps the real names (the chair needs them); documents for
participants get "moeder", "kind 1", ... instead. Each change is stored at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview.privacy.pseudonyms import list_pseudonyms, remove_pseudonym, set_pseudonym
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.agreement_dialog import EnterLineEdit
from casereview.ui.operations.runner import attempt
from casereview.ui.style.palette import colours


class PseudonymsDialog(QDialog):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pseudonymsDialog")
        self.setWindowTitle(self.tr("Pseudoniemen"))
        self.context = context
        self._editing: str | None = None  # the real name of the row being changed

        intro = QLabel(self.tr("Exports voor deelnemers vervangen deze namen overal door het pseudoniem, ook met "
                               "andere hoofdletters of als deel van een woord. Het dossier zelf houdt de echte "
                               "namen."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, objectName="pseudonymTable")
        self.table.setHorizontalHeaderLabels([self.tr("Echte naam"), self.tr("Pseudoniem")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._row_chosen)

        self.real_edit = EnterLineEdit(objectName="realNameEdit")
        self.real_edit.setPlaceholderText(self.tr("bijv. Sanne de Vries"))
        self.alias_edit = EnterLineEdit(objectName="pseudonymEdit")
        self.alias_edit.setPlaceholderText(self.tr("bijv. moeder"))
        self.real_edit.returnPressed.connect(self.alias_edit.setFocus)
        self.alias_edit.returnPressed.connect(self.store)
        self.store_button = QPushButton(self.tr("Opslaan"), objectName="storePseudonymButton")
        self.store_button.setAutoDefault(False)
        self.store_button.clicked.connect(self.store)
        self.new_button = QPushButton(self.tr("Nieuw"), objectName="newPseudonymButton")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.start_new)
        self.remove_button = QPushButton(self.tr("Verwijderen"), objectName="removePseudonymButton")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.error = QLabel(objectName="pseudonymError")
        self.error.setStyleSheet(f"color: {colours().error};")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Echte naam"), self.real_edit)
        form.addRow(self.tr("Pseudoniem"), self.alias_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.store_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.resize(560, 480)
        self.reload()
        self.start_new()

    def reload(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for row, item in enumerate(list_pseudonyms(self.context.case)):
            self.table.insertRow(row)
            for column, text in enumerate((item.real_name, item.pseudonym)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.real_name)
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        self.remove_button.setEnabled(False)

    def start_new(self) -> None:
        self.table.clearSelection()
        self._editing = None
        self.real_edit.clear()
        self.alias_edit.clear()
        self.error.hide()
        self.real_edit.setFocus()

    def _row_chosen(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.remove_button.setEnabled(bool(rows))
        if not rows:
            return
        row = rows[0].row()
        self._editing = self.table.item(row, 0).text()
        self.real_edit.setText(self._editing)
        self.alias_edit.setText(self.table.item(row, 1).text())
        self.error.hide()

    def store(self) -> None:
        """Add or change one name; a renamed real name replaces the old entry."""
        real, alias, editing = self.real_edit.text(), self.alias_edit.text(), self._editing

        def store() -> None:
            set_pseudonym(self.context.case, real, alias)
            if editing is not None and editing.casefold() != " ".join(real.split()).casefold():
                remove_pseudonym(self.context.case, editing)
        outcome = attempt(store, quiet=True)
        if not outcome.ok:
            self.error.setText(outcome.message)
            self.error.show()
            return
        self.reload()
        self.start_new()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        name = self.table.item(rows[0].row(), 0).text()
        outcome = attempt(lambda: remove_pseudonym(self.context.case, name), quiet=True)
        if not outcome.ok:
            self.error.setText(outcome.message)
            self.error.show()
            return
        self.reload()
        self.start_new()
