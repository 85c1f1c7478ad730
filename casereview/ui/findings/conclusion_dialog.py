"""Writing a conclusion together with what it rests on: events, contributions and themes.

A conclusion that nobody can trace back to the timeline or to what a party said is
exactly the "too general" recommendation the sources warn about, so the links sit
right next to the text instead of in a separate step.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
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

from casereview.findings.conclusions import (
    ConclusionSnapshot,
    add_conclusion,
    add_theme,
    answered_questions,
    delete_conclusion,
    get_conclusion,
    list_themes,
    restore_conclusion,
    review_questions,
    update_conclusion,
)
from casereview.session.contributions import list_contributions, load_names
from casereview.timeline.events import list_events
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.agreement_dialog import EnterLineEdit
from casereview.ui.operations.runner import attempt
from casereview.ui.operations.undo_commands import ServiceCommand
from casereview.ui.style.palette import colours
from casereview.vocabulary import CONTRIBUTION_KIND_LABELS

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QListWidget):
    """A list of checkable items that each carry a database id."""

    def add(self, item_id: int, text: str, checked: bool = False) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(ID_ROLE, item_id)
        self.addItem(item)
        return item

    def checked_ids(self) -> list[int]:
        return [self.item(i).data(ID_ROLE) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def item_for(self, item_id: int) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(ID_ROLE) == item_id:
                return self.item(i)
        return None

    def filter(self, words: str) -> None:
        """Hide what does not match, but never a checked item: what is linked stays in sight."""
        needle = words.strip().lower()
        for i in range(self.count()):
            item = self.item(i)
            visible = not needle or needle in item.text().lower() or item.checkState() == Qt.CheckState.Checked
            item.setHidden(not visible)


class ConclusionDialog(QDialog):
    """New conclusion (conclusion_id None) or an existing one, with its links and themes."""

    def __init__(self, context: CaseContext, conclusion_id: int | None = None, *,
                 event_ids: Iterable[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conclusionDialog")
        self.context = context
        self.conclusion_id = conclusion_id
        self.setWindowTitle(self.tr("Conclusie bewerken") if conclusion_id else self.tr("Nieuwe conclusie"))
        view = get_conclusion(context.case, conclusion_id) if conclusion_id else None

        self.text_edit = QPlainTextEdit(objectName="conclusionTextEdit")
        self.text_edit.setPlaceholderText(self.tr("Wat concluderen we?"))
        self.text_edit.setMaximumHeight(90)
        self.no_change = QCheckBox(self.tr("Er hoeft niets te veranderen"), objectName="conclusionNoChangeCheck")
        self.reason_edit = QLineEdit(objectName="conclusionNoChangeReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Waarom hoeft er niets te veranderen?"))
        self.no_change.toggled.connect(self.reason_edit.setEnabled)

        self.search_edit = QLineEdit(objectName="conclusionLinkSearch")
        self.search_edit.setPlaceholderText(self.tr("Zoek in gebeurtenissen en bijdragen…"))
        self.search_edit.setClearButtonEnabled(True)
        self.event_list = CheckList(objectName="conclusionEventList")
        self.contribution_list = CheckList(objectName="conclusionContributionList")
        self.theme_list = CheckList(objectName="conclusionThemeList")
        self.question_list = CheckList(objectName="conclusionQuestionList")
        self.question_list.setAccessibleName(self.tr("Reviewvragen die deze conclusie beantwoordt"))
        self.question_list.setMaximumHeight(96)
        for widget in (self.event_list, self.contribution_list, self.theme_list):
            widget.setWordWrap(True)
            widget.setAlternatingRowColors(True)
        self.search_edit.textChanged.connect(self.event_list.filter)
        self.search_edit.textChanged.connect(self.contribution_list.filter)
        self.new_theme_edit = EnterLineEdit(objectName="newThemeEdit")
        self.new_theme_edit.setPlaceholderText(self.tr("Eigen thema…"))
        self.add_theme_button = QPushButton(self.tr("Toevoegen"), objectName="addThemeButton")
        self.add_theme_button.setAutoDefault(False)
        self.add_theme_button.clicked.connect(self.add_own_theme)
        self.new_theme_edit.returnPressed.connect(self.add_own_theme)

        self.error = QLabel(objectName="conclusionDialogError")
        self.error.setStyleSheet(f"color: {colours().error};")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setObjectName("saveConclusionButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        self._fill(view, set(event_ids))

        reason_row = QHBoxLayout()
        reason_row.addWidget(self.no_change)
        reason_row.addWidget(self.reason_edit, 1)
        theme_row = QHBoxLayout()
        theme_row.addWidget(self.new_theme_edit, 1)
        theme_row.addWidget(self.add_theme_button)
        grid = QGridLayout()
        grid.addWidget(_heading(self.tr("Steunt op gebeurtenissen")), 0, 0)
        grid.addWidget(_heading(self.tr("en op bijdragen")), 0, 1)
        grid.addWidget(_heading(self.tr("Thema's (rode draden)")), 0, 2)
        grid.addWidget(self.event_list, 1, 0)
        grid.addWidget(self.contribution_list, 1, 1)
        grid.addWidget(self.theme_list, 1, 2)
        grid.addLayout(theme_row, 2, 2)
        grid.addWidget(self.search_edit, 2, 0, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Conclusie")))
        layout.addWidget(self.text_edit)
        layout.addLayout(reason_row)
        if self.question_list.count():
            layout.addWidget(_heading(self.tr("Beantwoordt reviewvraag")))
            layout.addWidget(self.question_list)
        layout.addLayout(grid, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(1200, 640)

    def _fill(self, view: Any, event_ids: set[int]) -> None:
        if view is not None:
            item = view.conclusion
            self.text_edit.setPlainText(item.text)
            self.no_change.setChecked(item.no_change)
            self.reason_edit.setText(item.no_change_reason)
            event_ids = set(view.event_ids)
        self.reason_edit.setEnabled(self.no_change.isChecked())
        contribution_ids = set(view.contribution_ids) if view else set()
        theme_ids = set(view.theme_ids) if view else set()
        for row in list_events(self.context.case):
            event = row.event
            party = f" · {row.party_name}" if row.party_name else ""
            self.event_list.add(event.id or 0, f"{row.date_label}{party}\n{event.description}", event.id in event_ids)
        names = load_names(self.context.case)
        for contribution in list_contributions(self.context.case):
            party = names.parties.get(contribution.party_id or -1, "")
            kind = CONTRIBUTION_KIND_LABELS.get(contribution.kind, contribution.kind)
            label = " · ".join(part for part in (party, kind) if part)
            self.contribution_list.add(contribution.id or 0, f"{label}\n{contribution.text}",
                                       contribution.id in contribution_ids)
        for theme in list_themes(self.context.case):
            self.theme_list.add(theme.id or 0, theme.name, theme.id in theme_ids)
        answered = set(answered_questions(view.conclusion)) if view else set()
        for number, question in enumerate(review_questions(self.context.case.case()), start=1):
            self.question_list.add(number, f"{number}. {question}", number in answered)

    def add_own_theme(self) -> None:
        """Store the user's own theme at once and tick it for this conclusion."""
        outcome = attempt(lambda: add_theme(self.context.case, self.new_theme_edit.text()), quiet=True)
        if not outcome.ok or outcome.value is None:
            self._show_error(outcome.message)
            return
        theme = outcome.value
        assert theme.id is not None
        item = self.theme_list.item_for(theme.id) or self.theme_list.add(theme.id, theme.name)
        item.setCheckState(Qt.CheckState.Checked)
        self.theme_list.scrollToItem(item)
        self.new_theme_edit.clear()

    def values(self) -> dict[str, Any]:
        return dict(
            text=self.text_edit.toPlainText(), no_change=self.no_change.isChecked(),
            no_change_reason=self.reason_edit.text() if self.no_change.isChecked() else "",
            event_ids=self.event_list.checked_ids(), contribution_ids=self.contribution_list.checked_ids(),
            theme_ids=self.theme_list.checked_ids(), answers=self.question_list.checked_ids(),
        )

    def accept(self) -> None:
        values = self.values()
        if self.conclusion_id is None:
            command = new_conclusion_command(self.context, values)
        else:
            command = edit_conclusion_command(self.context, self.conclusion_id, values)
        self.context.errorRaised.connect(self._show_error)
        try:
            self.context.undo_stack.push(command)
        finally:
            self.context.errorRaised.disconnect(self._show_error)
        if not command.failed:
            super().accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()


def new_conclusion_command(context: CaseContext, values: dict[str, Any]) -> ServiceCommand:
    """Add; undo deletes it with its links; redo puts the very same conclusion back."""
    case = context.case
    holder: dict[str, Any] = {}

    def do() -> None:
        if "snapshot" in holder:
            restore_conclusion(case, holder.pop("snapshot"))
        else:
            holder["id"] = add_conclusion(case, **values).id

    def undo(_result: object) -> None:
        holder["snapshot"] = delete_conclusion(case, holder["id"])

    return ServiceCommand(context, context.tr("Conclusie toevoegen"), do, undo)


def edit_conclusion_command(context: CaseContext, conclusion_id: int, values: dict[str, Any]) -> ServiceCommand:
    case = context.case
    return ServiceCommand(context, context.tr("Conclusie bewerken"),
                          lambda: update_conclusion(case, conclusion_id, **values),
                          lambda before: update_conclusion(case, conclusion_id, **before))


def delete_conclusion_command(context: CaseContext, conclusion_id: int) -> ServiceCommand:
    case = context.case
    holder: dict[str, ConclusionSnapshot] = {}

    def do() -> None:
        holder["snapshot"] = delete_conclusion(case, conclusion_id)

    def undo(_result: object) -> None:
        restore_conclusion(case, holder.pop("snapshot"))

    return ServiceCommand(context, context.tr("Conclusie verwijderen"), do, undo)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 4px;")
    return label
