"""Rule 6: questions each party thinks about before the meeting.

What parties bring in from their preparation is captured like any other
contribution, with the kind "voorbereiding" (Alt+6 in the capture bar).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.session.parties import list_parties
from casereview.session.procedure import (
    add_preparation_question,
    list_preparation_questions,
    preparation_state,
    remove_preparation_question,
)
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import push_edit
from casereview.ui.style.palette import colours

QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class PreparationPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = QListWidget(objectName="preparationQuestionList")
        self.list.setAccessibleName(self.tr("Voorbereidingsvragen"))
        self.list.setWordWrap(True)
        self.party_picker = QComboBox(objectName="preparationPartyPicker")
        self.party_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.party_picker.setMinimumContentsLength(12)  # long party names must not widen the window
        self.edit = QLineEdit(objectName="preparationQuestionEdit")
        self.edit.setAccessibleName(self.tr("Nieuwe voorbereidingsvraag"))
        self.edit.setPlaceholderText(self.tr("Voorbereidingsvraag, Enter voegt toe"))
        self.edit.returnPressed.connect(self._add)
        self.remove_button = QPushButton(self.tr("Verwijderen"), objectName="removePreparationQuestionButton")
        self.remove_button.clicked.connect(self._remove_selected)
        heading = QLabel(self.tr("Voorbereidingsvragen per partij (regel 6)"))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)  # wraps rather than widening the window on a 1280-pixel projector
        hint = QLabel(self.tr("Inbreng uit de voorbereiding legt u vast in de bijdragebalk als soort "
                              "‘voorbereiding’ (Alt+6)."))
        hint.setWordWrap(True)
        hint.setStyleSheet(f"color: {colours().muted};")
        row = QHBoxLayout()
        for_label = QLabel(self.tr("Voor:"))
        for_label.setBuddy(self.party_picker)
        row.addWidget(for_label)
        row.addWidget(self.party_picker, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        context.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, entity: str) -> None:
        if entity in ("preparation", "party", "import"):
            self.reload()

    def reload(self) -> None:
        parties = list_parties(self.context.case)
        names = {p.id: p.name for p in parties}
        current = self.party_picker.currentData()
        self.party_picker.clear()
        self.party_picker.addItem(self.tr("Alle partijen"), None)
        for party in parties:
            self.party_picker.addItem(party.name, party.id)
        self.party_picker.setCurrentIndex(max(0, self.party_picker.findData(current)))
        self.list.clear()
        for question in list_preparation_questions(self.context.case):
            who = names.get(question.party_id, self.tr("Alle partijen")) if question.party_id else self.tr("Alle partijen")
            item = QListWidgetItem(f"{who}: {question.text}")
            item.setData(QUESTION_ID_ROLE, question.id)
            self.list.addItem(item)

    def _add(self) -> None:
        text, party_id = self.edit.text(), self.party_picker.currentData()
        if push_edit(self.context, self.tr("Voorbereidingsvraag toevoegen"), lambda: preparation_state(self.context.case),
                     lambda: add_preparation_question(self.context.case, text, party_id)):
            self.edit.clear()

    def _remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            question_id = int(item.data(QUESTION_ID_ROLE))
            push_edit(self.context, self.tr("Voorbereidingsvraag verwijderen"),
                      lambda: preparation_state(self.context.case),
                      lambda: remove_preparation_question(self.context.case, question_id))
