"""Further incidents of the same review, each with its own date; typed with Enter, one undo step each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from casereview.timeline.incidents import add_incident, incidents_state, list_incidents, remove_incident
from casereview.ui.case_context import CaseContext
from casereview.ui.language.dates import event_date
from casereview.ui.operations.undo_commands import push_edit

INCIDENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class IncidentsPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("incidentsPane")
        self.context = context
        self.date_edit = QLineEdit(objectName="incidentDateEdit")
        self.date_edit.setAccessibleName(self.tr("Datum van het incident"))
        self.date_edit.setPlaceholderText(self.tr("Datum"))
        self.date_edit.setMaximumWidth(120)
        self.text_edit = QLineEdit(objectName="incidentTextEdit")
        self.text_edit.setAccessibleName(self.tr("Nog een incident in deze review"))
        self.text_edit.setPlaceholderText(self.tr("Nog een incident, Enter"))
        self.text_edit.returnPressed.connect(self.add)
        self.remove_button = QPushButton(self.tr("Verwijderen"), objectName="removeIncidentButton")
        self.remove_button.clicked.connect(self.remove_selected)
        self.list = QListWidget(objectName="incidentList")
        self.list.setAccessibleName(self.tr("Verdere incidenten"))
        self.list.setMaximumHeight(80)
        entry = QHBoxLayout()
        entry.addWidget(self.date_edit)
        entry.addWidget(self.text_edit, 1)
        entry.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addWidget(self.list)
        context.changed.connect(lambda entity: self.reload() if entity == "incident" else None)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        for item in list_incidents(self.context.case):
            row = QListWidgetItem(f"{event_date(item.date_start, item.date_precision, item.date_text)}: "
                                  f"{item.description}")
            row.setData(INCIDENT_ID_ROLE, item.id)
            self.list.addItem(row)
        self.list.setVisible(self.list.count() > 0)

    def add(self) -> None:
        date_text, text = self.date_edit.text(), self.text_edit.text()
        if push_edit(self.context, self.tr("Incident toevoegen"), lambda: incidents_state(self.context.case),
                     lambda: add_incident(self.context.case, date_text, text)):
            self.date_edit.clear()
            self.text_edit.clear()

    def remove_selected(self) -> None:
        current = self.list.currentItem()
        if current is None:
            return
        incident_id = int(current.data(INCIDENT_ID_ROLE))
        push_edit(self.context, self.tr("Incident verwijderen"), lambda: incidents_state(self.context.case),
                  lambda: remove_incident(self.context.case, incident_id))
