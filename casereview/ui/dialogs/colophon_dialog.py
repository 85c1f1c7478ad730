"""The verslag's colophon: who commissioned, chaired and wrote it, its version, status and distribution.

Each field is stored (as one undoable step) when the chair leaves it, like every
other edit in the window; the dialog has only a Close button.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from casereview.reports.colophon import colophon_state, read_colophon, update_colophon
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import push_edit
from casereview.ui.widgets.autosave_text import AutosaveTextEdit
from casereview.vocabulary import ReportStatus


class ColophonDialog(QDialog):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("colophonDialog")
        self.setWindowTitle(self.tr("Colofon van het verslag"))
        self.setAccessibleName(self.tr("Colofon van het verslag"))
        self.resize(560, 520)
        colophon = read_colophon(context.case)
        self.lines: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for field, name, label, value in (
                ("commissioner", "colophonCommissionerEdit", self.tr("Opdrachtgever"), colophon.commissioner),
                ("chair_name", "colophonChairEdit", self.tr("Voorzitter"), colophon.chair_name),
                ("chair_contact", "colophonContactEdit", self.tr("Bereikbaar via (voor de familie)"),
                 colophon.chair_contact),
                ("report_version", "colophonVersionEdit", self.tr("Versie"), colophon.report_version)):
            edit = QLineEdit(value, objectName=name)
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda f=field, e=edit: self._save_text(f, e.text()))
            self.lines[field] = edit
            form.addRow(label, edit)
        self.authors = self._list_edit("authors", "colophonAuthorsEdit", colophon.authors)
        self.authors.setAccessibleName(self.tr("Auteurs, één per regel"))
        form.addRow(self.tr("Auteurs (één per regel)"), self.authors)
        self.status = QComboBox(objectName="colophonStatusCombo")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("Concept ter wederhoor"), ReportStatus.CONCEPT.value)
        self.status.addItem(self.tr("Definitief"), ReportStatus.FINAL.value)
        self.status.setCurrentIndex(max(self.status.findData(colophon.report_status), 0))
        self.status.activated.connect(self._save_status)
        form.addRow(self.tr("Status"), self.status)
        self.adopted_known = QCheckBox(self.tr("Vastgesteld op"), objectName="colophonAdoptedCheck")
        self.adopted = QDateEdit(objectName="colophonAdoptedEdit")
        self.adopted.setAccessibleName(self.tr("Datum van vaststelling"))
        self.adopted.setCalendarPopup(True)
        self.adopted.setDisplayFormat("dd-MM-yyyy")
        self.adopted_known.setChecked(colophon.adopted_on is not None)
        adopted = colophon.adopted_on
        self.adopted.setDate(QDate(adopted.year, adopted.month, adopted.day) if adopted else QDate.currentDate())
        self.adopted.setEnabled(colophon.adopted_on is not None)
        self.adopted_known.toggled.connect(self._save_adopted)
        self.adopted.editingFinished.connect(self._save_adopted)
        row = QHBoxLayout()
        row.addWidget(self.adopted_known)
        row.addWidget(self.adopted, 1)
        form.addRow(self.tr("Vaststelling"), row)
        self.distribution = self._list_edit("distribution", "colophonDistributionEdit", colophon.distribution)
        self.distribution.setAccessibleName(self.tr("Verzendlijst, één ontvanger per regel"))
        form.addRow(self.tr("Verzendlijst (één per regel)"), self.distribution)
        for field, name, label, value in (
                ("followup_time", "colophonFollowupTimeEdit", self.tr("Vervolgbijeenkomst: tijd"),
                 colophon.followup_time),
                ("followup_place", "colophonFollowupPlaceEdit", self.tr("Vervolgbijeenkomst: plaats"),
                 colophon.followup_place)):
            edit = QLineEdit(value, objectName=name)
            edit.setAccessibleName(label)
            edit.editingFinished.connect(lambda f=field, e=edit: self._save_text(f, e.text()))
            self.lines[field] = edit
            form.addRow(label, edit)
        self.lines["followup_time"].setPlaceholderText(self.tr("bijv. 14:00"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, objectName="colophonButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _list_edit(self, field: str, name: str, value: str) -> AutosaveTextEdit:
        """One name per line; stored when the chair pauses typing or leaves the box."""
        edit = AutosaveTextEdit(lambda text: self._save_text(field, text), object_name=name)
        edit.set_saved_text(value)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(64)
        return edit

    def _save(self, **values: object) -> None:
        current = read_colophon(self.context.case)
        if all(getattr(current, key) == value for key, value in values.items()):
            return
        push_edit(self.context, self.tr("Colofon wijzigen"), lambda: colophon_state(self.context.case),
                  lambda: update_colophon(self.context.case, **values))

    def _save_text(self, field: str, text: str) -> None:
        self._save(**{field: text.strip()})

    def _save_status(self) -> None:
        self._save(report_status=self.status.currentData())

    def _save_adopted(self) -> None:
        known = self.adopted_known.isChecked()
        self.adopted.setEnabled(known)
        self._save(adopted_on=self.adopted.date().toPython() if known else None)

    def reject(self) -> None:
        """Closing stores what is still in the field that has the focus."""
        for field, edit in self.lines.items():
            self._save_text(field, edit.text())
        self.authors.commit()
        self.distribution.commit()
        super().reject()
