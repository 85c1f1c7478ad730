"""The procedure steps (phases) as a list; choosing one makes it the current phase."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView, QWidget

from casereview.model import CaseFileError
from casereview.model.tables import Step
from casereview.procedure import activate_step, list_steps
from casereview.ui.case_context import CaseContext
from casereview.vocabulary import StepState

Index = QModelIndex | QPersistentModelIndex
STEP_ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATE_MARKS = {StepState.DONE: "✓", StepState.ACTIVE: "▶", StepState.PENDING: "○"}


class StepListModel(QAbstractListModel):
    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._steps: list[Step] = []
        context.changed.connect(lambda entity: entity == "step" and self.reload())
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._steps = list_steps(self.context.case)
        self.endResetModel()

    def steps(self) -> list[Step]:
        return list(self._steps)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = STATE_MARKS.get(step.state, "○")
            return f"{mark}  {index.row() + 1}. {step.title}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Regel {0} · {1} min\n{2}").format(step.rules, step.timebox_minutes, step.prompt)
        if role == Qt.ItemDataRole.FontRole and step.state == StepState.ACTIVE:
            font = QFont()
            font.setBold(True)
            return font
        if role == STEP_ID_ROLE:
            return step.id
        return None


class StepList(QListView):
    """Clicking a phase makes it current (earlier phases count as done)."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.context = context
        self.step_model = StepListModel(context, parent=self)
        self.setModel(self.step_model)
        self.activated.connect(self._activate)
        self.clicked.connect(self._activate)
        active = [s for s in self.step_model.steps() if s.state == StepState.ACTIVE]
        if active and active[0].id is not None:
            context.set_current_step(active[0].id)

    def _activate(self, index: QModelIndex) -> None:
        step_id = int(index.data(STEP_ID_ROLE))
        try:
            activate_step(self.context.case, step_id)
        except CaseFileError as exc:
            self.context.report(exc)
            return
        self.context.set_current_step(step_id)
