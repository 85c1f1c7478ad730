"""The agenda (phases) as a list; choosing one makes it the current phase.

``phaseList`` is the list the chair sees. ``stepList`` (the foundation's name)
is kept as an alias view on the same model and selection, so scripts written
against either name drive the same agenda.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from casereview.model.tables import Step
from casereview.session.procedure import list_steps
from casereview.ui.case_context import CaseContext
from casereview.vocabulary import StepState

Index = QModelIndex | QPersistentModelIndex
PHASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATE_MARKS = {StepState.DONE: "✓", StepState.ACTIVE: "▶", StepState.PENDING: "○"}


class PhaseListModel(QAbstractListModel):
    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._steps: list[Step] = []
        context.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, entity: str) -> None:
        if entity in ("step", "case"):
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._steps = list_steps(self.context.case)
        self.endResetModel()

    def steps(self) -> list[Step]:
        return list(self._steps)

    def row_of(self, step_id: int) -> int:
        for row, step in enumerate(self._steps):
            if step.id == step_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = STATE_MARKS.get(step.state, "○")
            rules = self.tr(" · regel {0}").format(step.rules.replace(",", ", ")) if step.rules else ""
            return f"{mark}  {index.row() + 1}. {step.title}\n      {step.timebox_minutes} min{rules}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Regel {0} · {1} min\n{2}").format(step.rules, step.timebox_minutes, step.prompt)
        if role == Qt.ItemDataRole.FontRole and step.state == StepState.ACTIVE:
            font = QFont()
            font.setBold(True)
            return font
        if role == PHASE_ID_ROLE:
            return step.id
        return None


class PhaseList(QListView):
    """Clicking a phase asks the navigator to go there (input is committed first)."""

    def __init__(self, context: CaseContext, go_to: Callable[[int], None], *, model: PhaseListModel | None = None,
                 object_name: str = "phaseList", navigate_on_click: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(self.tr("Agenda"))
        self.context = context
        self.step_model = model or PhaseListModel(context, parent=self)
        self.setModel(self.step_model)
        self.setWordWrap(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._go_to = go_to
        self.activated.connect(self._activate)
        if navigate_on_click:
            self.clicked.connect(self._activate)
            self.step_model.modelReset.connect(self._follow_current)
            context.currentPhaseChanged.connect(lambda _id: self._follow_current())

    def _activate(self, index: QModelIndex) -> None:
        step_id = index.data(PHASE_ID_ROLE)
        if step_id is not None and int(step_id) != self.context.current_phase_id:
            self._go_to(int(step_id))

    def _follow_current(self) -> None:
        row = self.step_model.row_of(self.context.current_phase_id)
        if row >= 0:
            self.setCurrentIndex(self.step_model.index(row, 0))
