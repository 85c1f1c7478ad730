"""Conclusions: a list and a short form to add one (with "niets hoeft te veranderen")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.conclusions import ConclusionView, add_conclusion, list_conclusions
from casereview.model.tables import Conclusion
from casereview.ui.case_context import CaseContext
from casereview.ui.undo_commands import AddRowCommand

Index = QModelIndex | QPersistentModelIndex
CONCLUSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ConclusionListModel(QAbstractListModel):
    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._items: list[ConclusionView] = []
        context.changed.connect(lambda entity: entity in ("conclusion", "theme") and self.reload())
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = list_conclusions(self.context.case)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        view = self._items[index.row()]
        item = view.conclusion
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{index.row() + 1}. {item.text}"
            if item.no_change:
                text += "\n    " + self.tr("Er hoeft niets te veranderen: {0}").format(item.no_change_reason)
            if view.themes:
                text += "\n    " + self.tr("Thema's: {0}").format("; ".join(view.themes))
            return text
        if role == CONCLUSION_ID_ROLE:
            return item.id
        return None


class ConclusionsPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ConclusionListModel(context, parent=self)
        self.list = QListView(objectName="conclusionList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.text_edit = QLineEdit(objectName="conclusionEdit")
        self.text_edit.setPlaceholderText(self.tr("Nieuwe conclusie…"))
        self.no_change = QCheckBox(self.tr("Er hoeft niets te veranderen"), objectName="noChangeCheck")
        self.reason_edit = QLineEdit(objectName="noChangeReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Waarom niet?"))
        self.reason_edit.setEnabled(False)
        self.no_change.toggled.connect(self.reason_edit.setEnabled)
        self.add_button = QPushButton(self.tr("Conclusie toevoegen"), objectName="addConclusionButton")
        self.add_button.clicked.connect(self.add)
        self.text_edit.returnPressed.connect(self.add)
        row = QHBoxLayout()
        row.addWidget(self.no_change)
        row.addWidget(self.reason_edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text_edit)
        layout.addLayout(row)

    def add(self) -> None:
        text = self.text_edit.text()
        no_change = self.no_change.isChecked()
        reason = self.reason_edit.text()
        event_id = self.context.selected_event_id

        def create() -> Conclusion:
            return add_conclusion(self.context.case, text, no_change=no_change, no_change_reason=reason,
                                  event_ids=[event_id] if event_id else [])

        command = AddRowCommand(self.context, self.tr("Conclusie toevoegen"), "conclusion", Conclusion, create)
        self.context.undo_stack.push(command)
        if not command.failed:
            self.text_edit.clear()
            self.reason_edit.clear()
            self.no_change.setChecked(False)
