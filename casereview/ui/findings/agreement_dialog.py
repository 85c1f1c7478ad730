"""Editing one verbeterafspraak: its fields, its follow-up status and its progress notes.

The status box and the progress-notes box are shared with the follow-up view, so a
status is recorded the same way during the meeting and months later.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.agreement_hints import AgreementHint, agreement_hints
from casereview.findings.agreements import (
    add_progress_note,
    get_agreement,
    list_progress_notes,
    remove_progress_note,
    restore_progress_note,
    set_status,
    update_agreement,
)
from casereview.findings.conclusions import list_conclusions
from casereview.model.tables import Agreement
from casereview.session.parties import list_parties
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.theme_picker import ThemePicker
from casereview.ui.language.dates import long_date
from casereview.ui.operations.undo_commands import AddCommand, ServiceCommand
from casereview.ui.style.palette import colours
from casereview.ui.widgets.combo_popup import show_every_item
from casereview.vocabulary import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_LEVEL_LABELS,
    AGREEMENT_STATUS_LABELS,
    AgreementKind,
    AgreementLevel,
    AgreementStatus,
)


def to_date(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class EnterLineEdit(QLineEdit):
    """A line edit whose Enter stores its own text instead of also closing the dialog around it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def _buddy_label(text: str, field: QWidget) -> QLabel:
    """A field's visible label, tied to it so a screen reader names the field and Alt+letter can reach it."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


class AgreementForm(QWidget):
    """The fields of an agreement: what, who, when, how we know it worked, and its kind."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.action_edit = QLineEdit(objectName="agreementActionEdit")
        self.action_edit.setAccessibleName(self.tr("Verbeteractie"))
        self.action_edit.setPlaceholderText(self.tr("Wat gaan we doen?"))
        self.party_combo = QComboBox(objectName="agreementPartyCombo")
        self.party_combo.setAccessibleName(self.tr("Eigenaar (partij)"))
        self.person_edit = QLineEdit(objectName="agreementPersonEdit")
        self.person_edit.setAccessibleName(self.tr("Eigenaar (persoon)"))
        self.person_edit.setPlaceholderText(self.tr("Wie zorgt ervoor?"))
        self.due_edit = QDateEdit(objectName="agreementDueEdit")
        self.due_edit.setAccessibleName(self.tr("Uiterste datum"))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd-MM-yyyy")
        self.due_edit.setDate(QDate.currentDate().addMonths(3))
        self.check_edit = QLineEdit(objectName="agreementCheckEdit")
        self.check_edit.setAccessibleName(self.tr("Hoe we zien dat het werkt"))
        self.check_edit.setPlaceholderText(self.tr("Hoe weten we dat het gewerkt heeft?"))
        self.kind_combo = QComboBox(objectName="agreementKindCombo")
        self.kind_combo.setAccessibleName(self.tr("Soort afspraak"))
        # No silent default: the first entry asks the chair to choose (rule 4 counts real choices).
        self.kind_combo.addItem(self.tr("(kies de soort)"), "")
        for kind in AgreementKind:
            self.kind_combo.addItem(self.tr(AGREEMENT_KIND_LABELS[kind]), str(kind))
        self.level_combo = QComboBox(objectName="agreementLevelCombo")
        self.level_combo.setAccessibleName(self.tr("Niveau van de afspraak"))
        self.level_combo.addItem(self.tr("(kies het niveau)"), None)
        for level in AgreementLevel:
            self.level_combo.addItem(self.tr(AGREEMENT_LEVEL_LABELS[level]), str(level))
        self.programme_edit = QLineEdit(objectName="agreementProgrammeEdit")
        self.programme_edit.setToolTip(self.tr("Hoort bij bestaande werkwijze of programma (optioneel)"))
        self.programme_edit.setPlaceholderText(self.tr("Werkwijze of programma"))  # fits a laptop; the tooltip says optional
        self.programme_edit.setAccessibleName(self.tr("Bestaande werkwijze of programma"))
        self.hints = QLabel(objectName="agreementHints")
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet(f"color: {colours().warning};")
        # Room for two lines always: a hint appearing while typing never moves the buttons under the mouse.
        self.hints.setFixedHeight(2 * self.hints.fontMetrics().lineSpacing() + 4)
        self.hints.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.reason_edit = QLineEdit(objectName="agreementReasonEdit")
        self.reason_edit.setAccessibleName(self.tr("Waarom geen maatregel"))
        self.reason_edit.setPlaceholderText(self.tr("Waarom geen maatregel?"))
        self.reason_edit.setMinimumWidth(self.reason_edit.fontMetrics().horizontalAdvance(
            self.reason_edit.placeholderText()) + 24)  # the question is read whole on a laptop
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.conclusion_combo = QComboBox(objectName="agreementConclusionCombo")
        self.conclusion_combo.setAccessibleName(self.tr("Conclusie bij de afspraak"))
        self.conclusion_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.conclusion_combo.setMinimumContentsLength(12)
        context.changed.connect(lambda entity: entity == "conclusion" and self.reload_conclusions())
        for combo in (self.kind_combo, self.level_combo, self.conclusion_combo):
            show_every_item(combo)

        for combo in (self.party_combo, self.kind_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        owner = QHBoxLayout()
        owner.setContentsMargins(0, 0, 0, 0)
        owner.addWidget(self.party_combo, 1)
        owner.addWidget(self.person_edit, 1)
        kind_row = QHBoxLayout()
        kind_row.setContentsMargins(0, 0, 0, 0)
        kind_row.addWidget(self.kind_combo, 4)
        kind_row.addWidget(self.reason_edit, 2)
        # Four rows in two columns: the form has to fit under the table on a laptop screen.
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.addWidget(_buddy_label(self.tr("Afspraak"), self.action_edit), 0, 0)
        self.grid.addWidget(self.action_edit, 0, 1, 1, 3)
        self.grid.addWidget(_buddy_label(self.tr("Eigenaar"), self.party_combo), 1, 0)
        self.grid.addLayout(owner, 1, 1)
        self.grid.addWidget(_buddy_label(self.tr("Uiterlijk"), self.due_edit), 1, 2)
        self.grid.addWidget(self.due_edit, 1, 3)
        self.grid.addWidget(_buddy_label(self.tr("Toetsing"), self.check_edit), 2, 0)
        self.grid.addWidget(self.check_edit, 2, 1)
        self.grid.addWidget(_buddy_label(self.tr("Conclusie"), self.conclusion_combo), 2, 2)
        self.grid.addWidget(self.conclusion_combo, 2, 3)
        self.grid.addWidget(_buddy_label(self.tr("Soort"), self.kind_combo), 3, 0)
        self.grid.addLayout(kind_row, 3, 1)
        self.grid.addWidget(_buddy_label(self.tr("Niveau"), self.level_combo), 4, 0)
        self.grid.addWidget(self.level_combo, 4, 1)
        self.grid.addWidget(self.programme_edit, 4, 2, 1, 2)
        self.grid.addWidget(self.hints, 5, 0, 1, 4)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 2)
        self.reload_parties()
        self.reload_conclusions()
        self._kind_changed()
        self.action_edit.textChanged.connect(self.update_hints)
        self.check_edit.textChanged.connect(self.update_hints)
        self.conclusion_combo.currentIndexChanged.connect(self.update_hints)

    HINT_TEXTS = {
        AgreementHint.NO_VERB: QT_TRANSLATE_NOOP("AgreementForm", "Wie doet wat? Een werkwoord maakt de afspraak "
                                                                  "concreet."),
        AgreementHint.VAGUE_WORDS: QT_TRANSLATE_NOOP("AgreementForm", "Woorden als 'aandacht voor' of "
                                                                      "'bewustwording' zijn lastig te toetsen; "
                                                                      "hoe weten we dat het gewerkt heeft?"),
        AgreementHint.NO_CONCLUSION: QT_TRANSLATE_NOOP("AgreementForm", "Bij welke conclusie hoort deze afspraak?"),
    }

    def update_hints(self) -> None:
        """Gentle hints while typing; they never stop the chair from adding the agreement."""
        hints = agreement_hints(self.action_edit.text(), self.check_edit.text(), self.conclusion_combo.currentData(),
                                has_conclusions=self.conclusion_combo.count() > 1)
        self.show_hint(" · ".join(self.tr(self.HINT_TEXTS[h]) for h in hints))

    def show_hint(self, text: str) -> None:
        """Fill the reserved hint line (the full text in the tooltip, should it not fit)."""
        self.hints.setText(text)
        self.hints.setToolTip(text)

    def missing_field(self) -> tuple[QWidget, str] | None:
        """The first required field still empty, with what to say; None when the agreement is complete.

        Every agreement needs a kind; a measure also needs an owner and a check (rule 7), wherever it is made.
        """
        kind = self.kind_combo.currentData()
        if not kind:
            return self.kind_combo, self.tr("Kies eerst de soort: verbetering van een bestaande werkwijze, "
                                            "een nieuwe maatregel, of geen maatregel nodig.")
        if kind == AgreementKind.NO_MEASURE:
            if not self.reason_edit.text().strip():
                return self.reason_edit, self.tr("Schrijf op waarom geen maatregel nodig is.")
            return None
        if self.party_combo.currentData() is None and not self.person_edit.text().strip():
            return self.party_combo, self.tr("Wie is eigenaar? Kies een partij of schrijf een naam.")
        if not self.check_edit.text().strip():
            return self.check_edit, self.tr("Vul de toetsing in: hoe weten we dat het gewerkt heeft?")
        return None

    def place_button(self, button: QPushButton) -> None:
        """Put the form's own action (e.g. "Afspraak toevoegen") on its last row."""
        self.grid.addWidget(button, 3, 2, 1, 2, Qt.AlignmentFlag.AlignRight)

    def reload_parties(self) -> None:
        current = self.party_combo.currentData()
        self.party_combo.clear()
        self.party_combo.addItem(self.tr("(geen partij)"), None)
        for party in list_parties(self.context.case):
            self.party_combo.addItem(party.name, party.id)
        self._select_data(self.party_combo, current)

    def reload_conclusions(self) -> None:
        """Agreements follow from conclusions; numbered as in the conclusions list."""
        current = self.conclusion_combo.currentData()
        self.conclusion_combo.clear()
        self.conclusion_combo.addItem(self.tr("(geen)"), None)
        for number, view in enumerate(list_conclusions(self.context.case), start=1):
            text = view.conclusion.text
            short = text if len(text) <= 60 else text[:57].rstrip() + "…"
            self.conclusion_combo.addItem(f"{number}. {short}", view.conclusion.id)
            self.conclusion_combo.setItemData(number, text, Qt.ItemDataRole.ToolTipRole)
        self._select_data(self.conclusion_combo, current)

    def _kind_changed(self) -> None:
        self.reason_edit.setEnabled(self.kind_combo.currentData() == AgreementKind.NO_MEASURE)

    @staticmethod
    def _select_data(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def values(self) -> dict[str, Any]:
        kind = self.kind_combo.currentData() or ""
        return dict(
            level=self.level_combo.currentData(), programme=self.programme_edit.text(),
            action=self.action_edit.text(), owner_party_id=self.party_combo.currentData(),
            owner_person=self.person_edit.text(), due_date=to_date(self.due_edit.date()),
            success_check=self.check_edit.text(), kind=kind,
            kind_reason=self.reason_edit.text() if kind == AgreementKind.NO_MEASURE else "",
            conclusion_id=self.conclusion_combo.currentData(),
        )

    def kind_chosen(self) -> bool:
        return bool(self.kind_combo.currentData())

    def set_values(self, item: Agreement) -> None:
        self.action_edit.setText(item.action)
        self.action_edit.setCursorPosition(0)
        self._select_data(self.party_combo, item.owner_party_id)
        self.person_edit.setText(item.owner_person)
        if item.due_date is not None:
            self.due_edit.setDate(to_qdate(item.due_date))
        self.check_edit.setText(item.success_check)
        self.check_edit.setCursorPosition(0)
        self._select_data(self.kind_combo, item.kind)
        self._select_data(self.level_combo, item.level)
        self.programme_edit.setText(item.programme or "")
        self.reason_edit.setText(item.kind_reason)
        self._select_data(self.conclusion_combo, item.conclusion_id)

    def clear(self) -> None:
        for edit in (self.action_edit, self.person_edit, self.check_edit, self.reason_edit, self.programme_edit):
            edit.clear()
        self.kind_combo.setCurrentIndex(0)


class StatusBox(QWidget):
    """Status of one agreement as four buttons, stored the moment one is clicked.

    Buttons rather than a drop-down so a keyboard user never passes through (and
    stores) statuses on the way. "Niet uitgevoerd" needs a reason, so that choice
    waits for the reason (Enter) instead of being refused.
    """

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        for status in AgreementStatus:
            button = QPushButton(self.tr(AGREEMENT_STATUS_LABELS[status]), objectName=f"status_{status}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.group.addButton(button)
            self.buttons[str(status)] = button
            row.addWidget(button)
            button.clicked.connect(lambda _checked=False, st=str(status): self._chosen(st))
        row.addStretch(1)
        self.setStyleSheet(f"QPushButton {{ padding: 4px 10px; }} QPushButton:checked {{ background: {colours().selection};"
                           f" border: 1px solid {colours().accent_strong}; border-radius: 3px; }}")
        self.reason_edit = EnterLineEdit(objectName="statusReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Waarom niet uitgevoerd? Enter slaat op"))
        self.reason_edit.setAccessibleName(self.tr("Reden dat de afspraak niet is uitgevoerd"))
        self.hint = QLabel(objectName="statusHint")
        self.hint.setStyleSheet(f"color: {colours().warning};")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.reason_edit.returnPressed.connect(self._reason_entered)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.hint)
        self.setEnabled(False)

    def current(self) -> str:
        return next((status for status, button in self.buttons.items() if button.isChecked()), "")

    def show_agreement(self, item: Agreement | None) -> None:
        self.agreement_id = item.id if item is not None else None
        self.setEnabled(item is not None)
        self.hint.hide()
        status = item.status if item is not None else AgreementStatus.OPEN
        self.buttons.get(status, self.buttons[AgreementStatus.OPEN]).setChecked(True)
        self.reason_edit.setText(item.status_reason if item is not None else "")
        self.reason_edit.setEnabled(status == AgreementStatus.NOT_DONE)

    def _chosen(self, status: str) -> None:
        needs_reason = status == AgreementStatus.NOT_DONE
        self.reason_edit.setEnabled(needs_reason)
        if needs_reason and not self.reason_edit.text().strip():
            self.hint.setText(self.tr("Schrijf op waarom de afspraak niet is uitgevoerd en druk op Enter."))
            self.hint.show()
            self.reason_edit.setFocus()
            return
        self._store(status, self.reason_edit.text() if needs_reason else "")

    def _reason_entered(self) -> None:
        if self.current() == AgreementStatus.NOT_DONE:
            self._store(AgreementStatus.NOT_DONE, self.reason_edit.text())

    def _store(self, status: str, reason: str) -> None:
        if self.agreement_id is None:
            return
        case, agreement_id = self.context.case, self.agreement_id
        label = self.tr("Status: {0}").format(self.tr(AGREEMENT_STATUS_LABELS[status]))
        command = ServiceCommand(self.context, label, lambda: set_status(case, agreement_id, status, reason),
                                 lambda before: set_status(case, agreement_id, *before))
        self.context.undo_stack.push(command)
        if not command.failed:
            self.hint.hide()


class ProgressNotesBox(QWidget):
    """Dated progress notes of one agreement; Enter stores a note at once."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.list = QListWidget(objectName="progressNoteList")
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Voortgangsnotities"))
        self.date_edit = QDateEdit(objectName="progressDateEdit")
        self.date_edit.setAccessibleName(self.tr("Datum van de notitie"))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.text_edit = EnterLineEdit(objectName="progressNoteEdit")
        self.text_edit.setPlaceholderText(self.tr("Wat is er gebeurd? (Enter slaat op)"))
        self.text_edit.setAccessibleName(self.tr("Nieuwe voortgangsnotitie"))
        self.add_button = QPushButton(self.tr("Notitie toevoegen"), objectName="addProgressNoteButton")
        self.text_edit.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        date_label = QLabel(self.tr("Datum"))
        date_label.setBuddy(self.date_edit)
        row.addWidget(date_label)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.text_edit)
        layout.addLayout(row)
        context.changed.connect(lambda entity: entity == "agreement" and self.reload())
        self.setEnabled(False)

    def show_agreement(self, agreement_id: int | None) -> None:
        self.agreement_id = agreement_id
        self.setEnabled(agreement_id is not None)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.agreement_id is None:
            return
        for note in list_progress_notes(self.context.case, self.agreement_id):
            item = QListWidgetItem(f"{long_date(note.noted_on)} — {note.text}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.list.addItem(item)
        if not self.list.count():
            placeholder = QListWidgetItem(self.tr("Nog geen voortgang genoteerd."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(placeholder)

    def add(self) -> None:
        if self.agreement_id is None:
            return
        case, agreement_id = self.context.case, self.agreement_id
        text, on = self.text_edit.text(), to_date(self.date_edit.date())

        command = AddCommand(self.context, self.tr("Voortgang noteren"),
                             lambda: add_progress_note(case, agreement_id, text, on),
                             lambda note_id: remove_progress_note(case, note_id), lambda removed: restore_progress_note(case, removed))
        self.context.undo_stack.push(command)
        if not command.failed:
            self.text_edit.clear()


class AgreementDialog(QDialog):
    """Change an agreement after the meeting; status and progress are stored as you go."""

    def __init__(self, context: CaseContext, agreement_id: int, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Verbeterafspraak bewerken"))
        self.context = context
        self.agreement_id = agreement_id
        item = get_agreement(context.case, agreement_id)
        self.form = AgreementForm(context, parent=self)
        self.form.set_values(item)
        self.status = StatusBox(context, parent=self)
        self.status.show_agreement(item)
        self.notes = ProgressNotesBox(context, parent=self)
        self.notes.show_agreement(agreement_id)
        self.error = QLabel(objectName="agreementDialogError")
        self.error.setStyleSheet(f"color: {colours().error};")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sluiten"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(ThemePicker(context, agreement_id, parent=self))
        layout.addWidget(_heading(self.tr("Status (wordt direct opgeslagen)")))
        layout.addWidget(self.status)
        layout.addWidget(_heading(self.tr("Voortgang")))
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def accept(self) -> None:
        """Store changed fields as one undoable edit; stay open with the message when refused."""
        missing = self.form.missing_field()
        if missing is not None:
            widget, message = missing
            self._show_error(message)
            widget.setFocus()
            return
        current = get_agreement(self.context.case, self.agreement_id)
        changed = {k: v for k, v in self.form.values().items() if getattr(current, k) != v}
        if changed:
            case, agreement_id = self.context.case, self.agreement_id
            command = ServiceCommand(self.context, self.tr("Afspraak bewerken"),
                                     lambda: update_agreement(case, agreement_id, **changed),
                                     lambda before: update_agreement(case, agreement_id, **before))
            self.context.errorRaised.connect(self._show_error)
            try:
                self.context.undo_stack.push(command)
            finally:
                self.context.errorRaised.disconnect(self._show_error)
            if command.failed:
                return
        super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label

