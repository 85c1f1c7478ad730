"""The list of contributions with the capture bar beneath it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListView, QVBoxLayout, QWidget

from casereview.model.tables import Contribution
from casereview.ui.capture_bar import CaptureBar
from casereview.ui.case_context import CaseContext
from casereview.ui.contribution_model import CONTRIBUTION_ID_ROLE, ContributionListModel
from casereview.ui.undo_commands import DeleteRowCommand


class ContributionsPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ContributionListModel(context, parent=self)
        self.list = QListView(objectName="contributionList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.capture = CaptureBar(context, parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.capture)
        self.capture.stored.connect(lambda _id: self.list.scrollToBottom())
        self.list.installEventFilter(self)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802
        from PySide6.QtGui import QKeyEvent

        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def delete_selected(self) -> None:
        ids = [int(i.data(CONTRIBUTION_ID_ROLE)) for i in self.list.selectionModel().selectedIndexes()]
        if not ids:
            return
        stack = self.context.undo_stack
        stack.beginMacro(self.tr("Bijdrage(n) verwijderen"))
        for row_id in ids:
            stack.push(DeleteRowCommand(self.context, self.tr("Bijdrage verwijderen"), "contribution",
                                        Contribution, row_id))
        stack.endMacro()
