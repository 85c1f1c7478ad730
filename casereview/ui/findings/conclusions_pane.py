"""Conclusions: a list and a short form to add one (with "niets hoeft te veranderen")."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.conclusions import ConclusionView, list_conclusions
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.conclusion_dialog import ConclusionDialog, delete_conclusion_command, new_conclusion_command
from casereview.ui.findings.grey_area_pane import GreyAreaPane

Index = QModelIndex | QPersistentModelIndex
D = TypeVar("D", bound=QDialog)
CONCLUSION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RELOAD_ON = ("conclusion", "theme", "event", "contribution")


class ConclusionListModel(QAbstractListModel):
    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._items: list[ConclusionView] = []
        # deleting an event or contribution drops its links, so the "Steunt op" counts change too
        context.changed.connect(lambda entity: entity in RELOAD_ON and self.reload())
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
            basis = self._basis(view)
            if basis:
                text += "\n    " + basis
            if view.themes:
                text += "\n    " + self.tr("Thema's: {0}").format("; ".join(view.themes))
            return text
        if role == CONCLUSION_ID_ROLE:
            return item.id
        return None


    def _basis(self, view: ConclusionView) -> str:
        parts = []
        if view.event_ids:
            count = len(view.event_ids)
            parts.append(self.tr("1 gebeurtenis") if count == 1 else self.tr("{0} gebeurtenissen").format(count))
        if view.contribution_ids:
            count = len(view.contribution_ids)
            parts.append(self.tr("1 bijdrage") if count == 1 else self.tr("{0} bijdragen").format(count))
        return self.tr("Steunt op: {0}").format(", ".join(parts)) if parts else ""


class ConclusionsPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ConclusionListModel(context, parent=self)
        self.list = QListView(objectName="conclusionList")
        self.list.setAccessibleName(self.tr("Conclusies"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.doubleClicked.connect(lambda *_: self.edit_selected())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.new_button = QPushButton(self.tr("Nieuw…"), objectName="newConclusionButton")
        self.edit_button = QPushButton(self.tr("Bewerken…"), objectName="editConclusionButton")
        self.delete_button = QPushButton(self.tr("Verwijderen"), objectName="deleteConclusionButton")
        self.new_button.setToolTip(self.tr("Nieuwe conclusie met gebeurtenissen, bijdragen en thema's"))
        self.edit_button.setToolTip(self.tr("Tekst, gebeurtenissen, bijdragen en thema's van de gekozen conclusie"))
        self.new_button.clicked.connect(self.new_with_links)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.text_edit = QLineEdit(objectName="conclusionEdit")
        self.text_edit.setAccessibleName(self.tr("Nieuwe conclusie"))
        self.text_edit.setPlaceholderText(self.tr("Nieuwe conclusie…"))
        self.text_edit.setMinimumWidth(self.text_edit.fontMetrics().horizontalAdvance(
            self.text_edit.placeholderText()) + 24)  # read whole, also beside the agreements
        self.no_change = QCheckBox(self.tr("Er hoeft niets te veranderen"), objectName="noChangeCheck")
        self.reason_edit = QLineEdit(objectName="noChangeReasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Waarom hoeft er niets te veranderen"))
        self.reason_edit.setPlaceholderText(self.tr("Waarom niet?"))
        self.reason_edit.setEnabled(False)
        self.no_change.toggled.connect(self.reason_edit.setEnabled)
        self.add_button = QPushButton(self.tr("Toevoegen"), objectName="addConclusionButton")
        self.add_button.clicked.connect(self.add)
        self.text_edit.returnPressed.connect(self.add)
        # Two rows under the list, so conclusions and agreements fit one above the other on a laptop.
        entry = QHBoxLayout()
        entry.addWidget(self.text_edit, 1)
        entry.addWidget(self.add_button)
        entry.addSpacing(12)
        entry.addWidget(self.new_button)
        entry.addWidget(self.edit_button)
        entry.addWidget(self.delete_button)
        row = QHBoxLayout()
        row.addWidget(self.no_change)
        row.addWidget(self.reason_edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(entry)
        layout.addLayout(row)
        layout.addWidget(GreyAreaPane(context, parent=self))
        context.changed.connect(lambda entity: entity == "conclusion" and self._update_buttons())
        self._update_buttons()

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def selected_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.data(rows[0], CONCLUSION_ID_ROLE) if rows else None

    def new_with_links(self) -> ConclusionDialog:
        """Start from the event selected on the timeline, if any."""
        event_id = self.context.selected_event_id
        return _open(ConclusionDialog(self.context, event_ids=[event_id] if event_id else [], parent=self))

    def edit_selected(self) -> ConclusionDialog | None:
        conclusion_id = self.selected_id()
        if conclusion_id is None:
            return None
        return _open(ConclusionDialog(self.context, conclusion_id, parent=self))

    def delete_selected(self) -> None:
        """Undoable (with its links), so no confirmation question mid-meeting."""
        conclusion_id = self.selected_id()
        if conclusion_id is not None:
            self.context.undo_stack.push(delete_conclusion_command(self.context, conclusion_id))

    def add(self) -> None:
        """Quick entry during the meeting; it rests on the event selected on the timeline, if any."""
        event_id = self.context.selected_event_id
        no_change = self.no_change.isChecked()
        values = dict(text=self.text_edit.text(), no_change=no_change,
                      no_change_reason=self.reason_edit.text() if no_change else "",
                      event_ids=[event_id] if event_id else [])
        command = new_conclusion_command(self.context, values)
        self.context.undo_stack.push(command)
        if not command.failed:
            self.text_edit.clear()
            self.reason_edit.clear()
            self.no_change.setChecked(False)


def _open(dialog: D) -> D:
    """Window-modal but not blocking: the meeting view stays painted behind it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
