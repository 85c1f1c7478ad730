"""Editing the agenda of this case (rule 3), and saving it as a template for later cases."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from casereview.session.agenda_templates import (
    MAX_TIMEBOX,
    add_phase,
    agenda_state,
    apply_template,
    list_templates,
    load_template,
    move_phase,
    remove_phase,
    save_template,
    update_phase,
)
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.runner import attempt
from casereview.ui.operations.undo_commands import push_edit
from casereview.ui.session.phase_list import PHASE_ID_ROLE, PhaseList, PhaseListModel


class AgendaEditor(QWidget):
    """The ``stepList`` view: select a phase to edit it; double-click or Enter goes to it."""

    def __init__(self, context: CaseContext, model: PhaseListModel, go_to, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.list = PhaseList(context, go_to, model=model, object_name="stepList",
                              navigate_on_click=False, parent=self)
        self.title_edit = QLineEdit(objectName="phaseTitleEdit")
        self.title_edit.setAccessibleName(self.tr("Titel van de fase"))
        self.prompt_edit = QLineEdit(objectName="phasePromptEdit")
        self.prompt_edit.setAccessibleName(self.tr("Vraag of opdracht van de fase"))
        self.prompt_edit.setPlaceholderText(self.tr("Wat de voorzitter in deze fase doet"))
        self.timebox_spin = QSpinBox(objectName="phaseTimeboxSpin")
        self.timebox_spin.setAccessibleName(self.tr("Tijd voor de fase in minuten"))
        self.timebox_spin.setRange(1, MAX_TIMEBOX)
        self.timebox_spin.setSuffix(self.tr(" min"))
        buttons = []
        for text, name, slot in (
            (self.tr("Omhoog"), "phaseUpButton", lambda: self._move(-1)),
            (self.tr("Omlaag"), "phaseDownButton", lambda: self._move(1)),
            (self.tr("Fase toevoegen"), "addPhaseButton", self._add),
            (self.tr("Verwijderen"), "removePhaseButton", self._remove),
            (self.tr("Bewaren als sjabloon…"), "saveAgendaTemplateButton", self._save_template),
            (self.tr("Sjabloon laden…"), "loadAgendaTemplateButton", self._load_template),
        ):
            button = QPushButton(text, objectName=name)
            button.clicked.connect(slot)
            buttons.append(button)
        self.title_edit.editingFinished.connect(self._save_fields)
        self.prompt_edit.editingFinished.connect(self._save_fields)
        self.timebox_spin.editingFinished.connect(self._save_fields)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_selected())
        self._editing_id: int | None = None
        model.modelAboutToBeReset.connect(lambda: setattr(self, "_editing_id", self.selected_step_id()))
        model.modelReset.connect(self._restore_selection)
        heading = QLabel(self.tr("Agenda van deze review (regel 3)"))
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)  # wraps rather than widening the window on a 1280-pixel projector
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.title_edit, 1)
        edit_row.addWidget(self.timebox_spin)
        row1 = QHBoxLayout()
        row2 = QHBoxLayout()
        for button in buttons[:4]:
            row1.addWidget(button)
        for button in buttons[4:]:
            row2.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(edit_row)
        layout.addWidget(self.prompt_edit)
        layout.addLayout(row1)
        layout.addLayout(row2)

    def selected_step_id(self) -> int | None:
        index = self.list.currentIndex()
        value = index.data(PHASE_ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None

    def _restore_selection(self) -> None:
        """Keep the phase being edited selected when the agenda reloads."""
        row = self.list.step_model.row_of(self._editing_id) if self._editing_id is not None else -1
        if row >= 0:
            self.list.setCurrentIndex(self.list.step_model.index(row, 0))

    def _show_selected(self) -> None:
        step_id = self.selected_step_id()
        step = next((s for s in self.list.step_model.steps() if s.id == step_id), None)
        if step is not None:
            self.title_edit.setText(step.title)
            self.timebox_spin.setValue(step.timebox_minutes)
            self.prompt_edit.setText(step.prompt)
            self.prompt_edit.setCursorPosition(0)

    def _edit(self, text: str, change: Callable[[], object]) -> bool:
        """One undo step for an agenda change; False when it was refused (the message is shown)."""
        return push_edit(self.context, text, lambda: agenda_state(self.context.case), change)

    def _save_fields(self) -> None:
        step_id = self.selected_step_id()
        step = next((s for s in self.list.step_model.steps() if s.id == step_id), None)
        if step is None or step.id is None:
            return
        title, minutes, prompt = self.title_edit.text(), self.timebox_spin.value(), self.prompt_edit.text().strip()
        if title != step.title or minutes != step.timebox_minutes or prompt != step.prompt:
            sid = step.id
            self._edit(self.tr("Fase wijzigen"), lambda: update_phase(self.context.case, sid, title=title,
                                                                      timebox_minutes=minutes, prompt=prompt))

    def _move(self, offset: int) -> None:
        step_id = self.selected_step_id()
        if step_id is not None and self._edit(self.tr("Fase verplaatsen"),
                                                         lambda: move_phase(self.context.case, step_id, offset)):
            self.list.setCurrentIndex(self.list.step_model.index(self.list.step_model.row_of(step_id), 0))

    def _add(self) -> None:
        title, after = self.tr("Nieuwe fase"), self.selected_step_id()
        self._edit(self.tr("Fase toevoegen"), lambda: add_phase(self.context.case, title, after_step_id=after))

    def _remove(self) -> None:
        step_id = self.selected_step_id()
        if step_id is not None:
            self._edit(self.tr("Fase verwijderen"), lambda: remove_phase(self.context.case, step_id))

    def _save_template(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Agenda bewaren"), self.tr("Naam van het sjabloon:"))
        if ok:
            attempt(lambda: save_template(self.context.case, name), context=self.context)

    def _load_template(self) -> None:
        names = list_templates()
        if not names:
            self.context.errorRaised.emit(self.tr("Er zijn nog geen agendasjablonen bewaard."))
            return
        name, ok = QInputDialog.getItem(self, self.tr("Sjabloon laden"), self.tr("Sjabloon:"), names, 0, False)
        if ok:
            loaded = attempt(lambda: load_template(name), context=self.context)
            if loaded.ok and loaded.value is not None:
                phases = loaded.value
                self._edit(self.tr("Sjabloon laden"), lambda: apply_template(self.context.case, phases))
