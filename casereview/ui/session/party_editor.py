"""The parties of the review: number, name, category and who takes part for each (rule 5).

Reachable from the capture bar ("Partijen…") and from every place that needs a party's
category (the family dialog). Every edit is one undoable step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.session.parties import (
    add_participant,
    add_party,
    delete_participant,
    delete_party,
    list_participants,
    list_parties,
    restore_participant,
    restore_party,
    update_party,
)
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import AddCommand, ServiceCommand
from casereview.vocabulary import PARTY_CATEGORY_LABELS, PartyCategory

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PartyEditor(QDialog):
    """Add, rename and categorise parties and their participants."""

    def __init__(self, context: CaseContext, *, select_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyEditor")
        self.setWindowTitle(self.tr("Partijen"))
        self.context = context
        self.list = QListWidget(objectName="partyEditorList")
        self.list.setAccessibleName(self.tr("Partijen"))
        self.list.currentRowChanged.connect(lambda _row: self._show_current())
        self.new_edit = QLineEdit(objectName="partyEditorNewEdit")
        self.new_edit.setPlaceholderText(self.tr("Naam van een nieuwe partij"))
        self.new_edit.setAccessibleName(self.tr("Nieuwe partij"))
        self.new_edit.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Toevoegen"), objectName="partyEditorAddButton")
        self.add_button.clicked.connect(self.add)
        self.delete_button = QPushButton(self.tr("Verwijderen"), objectName="partyEditorDeleteButton")
        self.delete_button.clicked.connect(self.delete_current)

        self.name_edit = QLineEdit(objectName="partyNameEdit")
        self.name_edit.setAccessibleName(self.tr("Naam van de partij"))
        self.name_edit.editingFinished.connect(self._rename)
        self.category_combo = QComboBox(objectName="partyCategoryCombo")
        self.category_combo.setAccessibleName(self.tr("Categorie van de partij"))
        for category in PartyCategory:
            self.category_combo.addItem(self.tr(PARTY_CATEGORY_LABELS[category]), str(category))
        self.category_combo.activated.connect(lambda _i: self._recategorise())
        self.participants = QListWidget(objectName="partyParticipantList")
        self.participants.setAccessibleName(self.tr("Deelnemers namens deze partij"))
        self.participant_edit = QLineEdit(objectName="participantNameEdit")
        self.participant_edit.setPlaceholderText(self.tr("Naam"))
        self.participant_edit.setAccessibleName(self.tr("Naam van de deelnemer"))
        self.role_edit = QLineEdit(objectName="participantRoleEdit")
        self.role_edit.setPlaceholderText(self.tr("Functie"))
        self.role_edit.setAccessibleName(self.tr("Functie van de deelnemer"))
        self.role_edit.returnPressed.connect(self.add_participant)
        self.participant_button = QPushButton(self.tr("Deelnemer toevoegen"), objectName="addParticipantButton")
        self.participant_button.clicked.connect(self.add_participant)
        self.remove_participant_button = QPushButton(self.tr("Deelnemer verwijderen"),
                                                     objectName="removeParticipantButton")
        self.remove_participant_button.clicked.connect(self.remove_participant)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Nummer (Ctrl+nummer in de invoerbalk) en naam")))
        left.addWidget(self.list, 1)
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_edit, 1)
        new_row.addWidget(self.add_button)
        left.addLayout(new_row)
        left.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        form = QFormLayout()
        name_label = QLabel(self.tr("&Naam"))
        name_label.setBuddy(self.name_edit)
        category_label = QLabel(self.tr("&Categorie"))
        category_label.setBuddy(self.category_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow(category_label, self.category_combo)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(QLabel(self.tr("Deelnemers namens deze partij")))
        right.addWidget(self.participants, 1)
        person = QHBoxLayout()
        person.addWidget(self.participant_edit, 1)
        person.addWidget(self.role_edit, 1)
        person.addWidget(self.participant_button)
        right.addLayout(person)
        right.addWidget(self.remove_participant_button, 0, Qt.AlignmentFlag.AlignLeft)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(760, 460)
        context.changed.connect(self._on_changed)
        self.reload(select_id)

    def _on_changed(self, entity: str) -> None:
        if entity in ("party", "participant"):
            self.reload(self.current_id())

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for number, party in enumerate(list_parties(self.context.case), start=1):
            label = PARTY_CATEGORY_LABELS.get(party.category, party.category)
            item = QListWidgetItem(f"{number}  {party.name}  ({self.tr(label)})")
            item.setData(ID_ROLE, party.id)
            self.list.addItem(item)
            if party.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self._show_current()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def select(self, party_id: int) -> None:
        self.reload(party_id)

    def _show_current(self) -> None:
        party_id = self.current_id()
        party = next((p for p in list_parties(self.context.case) if p.id == party_id), None)
        for widget in (self.name_edit, self.category_combo, self.participants, self.participant_edit,
                       self.role_edit, self.participant_button, self.remove_participant_button, self.delete_button):
            widget.setEnabled(party is not None)
        self.name_edit.setText(party.name if party else "")
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(party.category if party else "")))
        self.participants.clear()
        for person in list_participants(self.context.case):
            if party is not None and person.party_id == party.id:
                item = QListWidgetItem(f"{person.name} — {person.role}" if person.role else person.name)
                item.setData(ID_ROLE, person.id)
                self.participants.addItem(item)

    # --- edits -------------------------------------------------------------------
    def add(self) -> None:
        name = self.new_edit.text().strip()
        if not name:
            return
        case = self.context.case
        command = AddCommand(self.context, self.tr("Partij toevoegen"), lambda: add_party(case, name),
                             lambda row_id: delete_party(case, row_id), lambda removed: restore_party(case, removed))
        self.context.undo_stack.push(command)
        if not command.failed and command.row_id is not None:
            self.new_edit.clear()
            self.select(command.row_id)
            self.category_combo.setFocus()

    def _edit(self, text: str, **values: object) -> None:
        party_id = self.current_id()
        if party_id is None:
            return
        case = self.context.case
        self.context.undo_stack.push(ServiceCommand(self.context, text, lambda: update_party(case, party_id, **values),
                                                    lambda before: update_party(case, party_id, **before)))

    def _rename(self) -> None:
        party = next((p for p in list_parties(self.context.case) if p.id == self.current_id()), None)
        name = self.name_edit.text().strip()
        if party is not None and name and name != party.name:
            self._edit(self.tr("Partij hernoemen"), name=name)

    def _recategorise(self) -> None:
        party = next((p for p in list_parties(self.context.case) if p.id == self.current_id()), None)
        category = self.category_combo.currentData()
        if party is not None and category != party.category:
            self._edit(self.tr("Categorie van de partij wijzigen"), category=category)

    def set_category(self, category: str) -> None:
        """Choose a category for the selected party (as picking it in the list does)."""
        self.category_combo.setCurrentIndex(self.category_combo.findData(category))
        self._recategorise()

    def delete_current(self) -> None:
        party_id = self.current_id()
        if party_id is None:
            return
        case = self.context.case
        self.context.undo_stack.push(ServiceCommand(self.context, self.tr("Partij verwijderen"),
                                                    lambda: delete_party(case, party_id),
                                                    lambda removed: restore_party(case, removed)))

    def add_participant(self) -> None:
        party_id = self.current_id()
        name = self.participant_edit.text().strip()
        if party_id is None or not name:
            return
        role = self.role_edit.text().strip()
        case = self.context.case
        command = AddCommand(self.context, self.tr("Deelnemer toevoegen"),
                             lambda: add_participant(case, name, role, party_id),
                             lambda row_id: delete_participant(case, row_id),
                             lambda removed: restore_participant(case, removed))
        self.context.undo_stack.push(command)
        if not command.failed:
            self.participant_edit.clear()
            self.role_edit.clear()
            self.participant_edit.setFocus()

    def remove_participant(self) -> None:
        item = self.participants.currentItem()
        if item is None:
            return
        participant_id = int(item.data(ID_ROLE))
        case = self.context.case
        self.context.undo_stack.push(ServiceCommand(self.context, self.tr("Deelnemer verwijderen"),
                                                    lambda: delete_participant(case, participant_id),
                                                    lambda removed: restore_participant(case, removed)))


def open_party_editor(context: CaseContext, *, parent: QWidget | None = None,
                      select_id: int | None = None) -> PartyEditor:
    """Window-modal but not blocking, like the other dialogs of the meeting."""
    editor = PartyEditor(context, select_id=select_id, parent=parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.open()
    return editor
