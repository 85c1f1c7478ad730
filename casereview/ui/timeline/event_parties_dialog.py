"""Which further parties an event involves (a hand-over, a joint meeting): a checklist of the case's parties."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from casereview.session.parties import list_parties
from casereview.timeline.events import EventRow, set_other_parties
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import ServiceCommand


class EventPartiesDialog(QDialog):
    """The first party stays in the Partij column; here the chair ticks the others."""

    def __init__(self, context: CaseContext, row: EventRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eventPartiesDialog")
        self.context = context
        self.row = row
        self.setWindowTitle(self.tr("Betrokken partijen"))
        self.list = QListWidget(objectName="eventPartiesList")
        others = set(row.other_party_ids)
        for party in list_parties(context.case):
            item = QListWidgetItem(party.name)
            item.setData(Qt.ItemDataRole.UserRole, party.id)
            if party.id == row.event.party_id:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setText(self.tr("{0} (eerste partij)").format(party.name))
                item.setCheckState(Qt.CheckState.Checked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if party.id in others else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Welke partijen zijn nog meer bij deze gebeurtenis betrokken?"),
                                wordWrap=True))
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        """The ticked further parties."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            party_id = item.data(Qt.ItemDataRole.UserRole)
            if party_id != self.row.event.party_id and item.checkState() == Qt.CheckState.Checked:
                out.append(int(party_id))
        return out

    def accept(self) -> None:
        """Store the choice as one undo step."""
        case, event_id, wanted = self.context.case, int(self.row.event.id or 0), self.chosen()
        if sorted(wanted) != sorted(self.row.other_party_ids):
            self.context.undo_stack.push(ServiceCommand(
                self.context, self.tr("Betrokken partijen wijzigen"),
                lambda: set_other_parties(case, event_id, wanted),
                lambda before: set_other_parties(case, event_id, before)))
        super().accept()
