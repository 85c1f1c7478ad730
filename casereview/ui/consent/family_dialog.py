"""The family (or young person): involvement, contact person, and their own questions with the answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.session.family import (
    add_family_question,
    answer_family_question,
    family_parties,
    involvement_of,
    list_family_questions,
    mark_event_from_family,
    set_involvement,
)
from casereview.timeline.events import list_events
from casereview.ui.case_context import CaseContext
from casereview.ui.consent.labels import INVOLVEMENT, label
from casereview.ui.operations.runner import attempt


class FamilyDialog(QDialog):
    """Each edit is stored when made (a checkbox, leaving a field, adding a question)."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("familyDialog")
        self.setWindowTitle(self.tr("De familie"))
        self.resize(760, 560)
        self.party_combo = QComboBox(objectName="familyPartyCombo")
        self.checks: dict[str, QCheckBox] = {}
        checks = QHBoxLayout()
        for key in INVOLVEMENT:
            box = QCheckBox(label(INVOLVEMENT, key), objectName=f"involvement_{key}")
            box.toggled.connect(self._save_involvement)
            self.checks[key] = box
            checks.addWidget(box)
        self.contact = QLineEdit(objectName="familyContactEdit")
        self.contact.editingFinished.connect(self._save_involvement)
        self.questions = QListWidget(objectName="familyQuestionList")
        self.new_question = QLineEdit(objectName="familyQuestionEdit")
        self.new_question.setPlaceholderText(self.tr("Vraag van de familie, Enter om toe te voegen"))
        self.new_question.returnPressed.connect(self._add_question)
        self.answer = QPlainTextEdit(objectName="familyAnswerEdit")
        self.answer.setPlaceholderText(self.tr("Antwoord op de gekozen vraag"))
        save_answer = QPushButton(self.tr("Antwoord opslaan"), objectName="saveFamilyAnswerButton")
        save_answer.clicked.connect(self._save_answer)
        self.events = QListWidget(objectName="familyEventList")
        self.events.itemChanged.connect(self._toggle_event)
        self.empty_note = QLabel(self.tr("Voeg eerst de familie toe als partij met categorie Cliënt/burger."),
                                 objectName="familyEmptyNote", wordWrap=True)
        # The advice leads somewhere: the party editor, where the family gets its category.
        self.edit_parties_button = QPushButton(self.tr("Partijen bewerken…"), objectName="familyEditPartiesButton")
        self.edit_parties_button.clicked.connect(self.edit_parties)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Familie"), self.party_combo)
        form.addRow(self.tr("Betrokkenheid"), checks)
        form.addRow(self.tr("Contactpersoon"), self.contact)
        layout = QVBoxLayout(self)
        note_row = QHBoxLayout()
        note_row.addWidget(self.empty_note, 1)
        note_row.addWidget(self.edit_parties_button)
        layout.addLayout(note_row)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Eigen vragen van de familie")))
        layout.addWidget(self.questions, 1)
        layout.addWidget(self.new_question)
        layout.addWidget(self.answer)
        layout.addWidget(save_answer)
        layout.addWidget(QLabel(self.tr("Gebeurtenissen die van de familie komen (aanvinken)")))
        layout.addWidget(self.events, 1)
        layout.addWidget(buttons)
        self.party_combo.currentIndexChanged.connect(self._show_party)
        self.questions.currentRowChanged.connect(self._show_answer)
        self._loading = False
        self._load_parties()
        self.context.changed.connect(lambda entity: entity == "party" and self._load_parties())
        self._load_questions()
        self._load_events()

    def _load_events(self) -> None:
        self.events.blockSignals(True)
        self.events.clear()
        for row in list_events(self.context.case):
            item = QListWidgetItem(f"{row.date_label} — {row.event.description}")
            item.setData(Qt.ItemDataRole.UserRole, row.event.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.event.from_family else Qt.CheckState.Unchecked)
            self.events.addItem(item)
        self.events.blockSignals(False)

    def _toggle_event(self, item: QListWidgetItem) -> None:
        attempt(lambda: mark_event_from_family(self.context.case, int(item.data(Qt.ItemDataRole.UserRole)),
                                               item.checkState() == Qt.CheckState.Checked),
                parent=self, title=self.windowTitle())

    def edit_parties(self) -> QDialog:
        from casereview.ui.session.party_editor import open_party_editor

        return open_party_editor(self.context, parent=self)

    def _load_parties(self) -> None:
        self.parties = family_parties(self.context.case)
        self.party_combo.clear()
        for party in self.parties:
            self.party_combo.addItem(party.name, party.id)
        self.empty_note.setVisible(not self.parties)
        self._show_party()

    def _show_party(self) -> None:
        party = next((p for p in self.parties if p.id == self.party_combo.currentData()), None)
        self._loading = True
        levels = involvement_of(party) if party else []
        for key, box in self.checks.items():
            box.setChecked(key in levels)
            box.setEnabled(party is not None)
        self.contact.setText(party.contact_person or "" if party else "")
        self.contact.setEnabled(party is not None)
        self._loading = False

    def _save_involvement(self) -> None:
        if self._loading or self.party_combo.currentData() is None:
            return
        levels = [key for key, box in self.checks.items() if box.isChecked()]
        party_id = int(self.party_combo.currentData())
        attempt(lambda: set_involvement(self.context.case, party_id, levels, self.contact.text()),
                parent=self, title=self.windowTitle())
        current = self.party_combo.currentIndex()
        self.parties = family_parties(self.context.case)
        self.party_combo.setCurrentIndex(current)

    def _load_questions(self, select_id: int | None = None) -> None:
        self.items = list_family_questions(self.context.case)
        self.questions.clear()
        for n, q in enumerate(self.items, start=1):
            state = "" if q.answer.strip() else "  " + self.tr("(nog niet beantwoord)")
            item = QListWidgetItem(f"{n}. {q.text}{state}")
            self.questions.addItem(item)
            if q.id == select_id:
                self.questions.setCurrentItem(item)

    def _show_answer(self, row: int) -> None:
        self.answer.setPlainText(self.items[row].answer if 0 <= row < len(self.items) else "")

    def _add_question(self) -> None:
        outcome = attempt(lambda: add_family_question(self.context.case, self.new_question.text()),
                          parent=self, title=self.windowTitle())
        if not outcome.ok:
            return
        question = outcome.value
        self.new_question.clear()
        self._load_questions(question.id)

    def _save_answer(self) -> None:
        row = self.questions.currentRow()
        if not 0 <= row < len(self.items):
            return
        question_id = self.items[row].id or 0
        outcome = attempt(lambda: answer_family_question(self.context.case, question_id, self.answer.toPlainText()),
                          parent=self, title=self.windowTitle())
        if not outcome.ok:
            return
        self._load_questions(self.items[row].id)
