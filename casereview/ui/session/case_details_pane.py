"""Title, incident, goal and review questions (rule 2), written into the case at once."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from casereview.session.procedure import case_details_state, update_case_details
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import push_edit
from casereview.ui.session.incidents_pane import IncidentsPane
from casereview.ui.widgets.autosave_text import AutosaveTextEdit


class CaseDetailsPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.title_edit = QLineEdit(objectName="titleEdit")
        self.title_edit.editingFinished.connect(self._commit_title)
        self.incident_edit = AutosaveTextEdit(lambda t: self._save(incident=t), object_name="incidentEdit")
        self.goal_edit = AutosaveTextEdit(lambda t: self._save(goal=t), object_name="goalEdit")
        self.questions_edit = AutosaveTextEdit(lambda t: self._save(questions=t), object_name="questionsEdit")
        for edit in (self.incident_edit, self.goal_edit, self.questions_edit):
            edit.setMaximumHeight(90)
        self.goal_edit.setPlaceholderText(self.tr("Waarom komen we bij elkaar? Wat willen we leren?"))
        self.questions_edit.setPlaceholderText(self.tr("Eén reviewvraag per regel"))
        form = QFormLayout(self)
        form.addRow(self.tr("Titel"), self.title_edit)
        form.addRow(self.tr("Incident"), self.incident_edit)
        form.addRow(self.tr("Meer incidenten"), IncidentsPane(context, parent=self))
        form.addRow(self.tr("Doel"), self.goal_edit)
        form.addRow(self.tr("Reviewvragen"), self.questions_edit)
        self.exercise_check = QCheckBox(self.tr("Oefendossier: telt niet mee in het overzicht over dossiers"),
                                        objectName="exerciseCheck")
        self.exercise_check.setAccessibleName(self.tr("Oefendossier"))
        self.exercise_check.setToolTip(self.tr("Voor het voorbeelddossier of een oefening met een verzonnen casus"))
        self.exercise_check.toggled.connect(self._commit_exercise)
        form.addRow("", self.exercise_check)
        context.changed.connect(lambda entity: entity == "case" and self.reload())
        self.reload()

    def reload(self) -> None:
        case = self.context.case.case()
        if not self.title_edit.hasFocus():
            self.title_edit.setText(case.title)
        for edit, value in ((self.incident_edit, case.incident), (self.goal_edit, case.goal),
                            (self.questions_edit, case.questions)):
            if not edit.hasFocus():
                edit.set_saved_text(value)
        self.exercise_check.blockSignals(True)
        self.exercise_check.setChecked(bool(case.exercise))
        self.exercise_check.blockSignals(False)

    def _commit_exercise(self, checked: bool) -> None:
        if checked != bool(self.context.case.case().exercise):
            self._save(exercise=checked)

    def _commit_title(self) -> None:
        title = self.title_edit.text().strip()
        if title and title != self.context.case.case().title:
            self._save(title=title)

    def _save(self, **values: object) -> None:
        push_edit(self.context, self.tr("Gegevens van de review wijzigen"),
                  lambda: case_details_state(self.context.case), lambda: update_case_details(self.context.case, **values))
