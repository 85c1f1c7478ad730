"""Contributions as a list model, filterable by phase, party, kind and event.

Rows come grouped per phase in agenda order (contributions without a phase
first), in the order they were said within a phase. Besides the plain text line
the model gives the parts the item delegate draws: kind, who, the linked
event's number, the time and whether the row opens a new phase group.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from casereview.model.tables import Contribution
from casereview.session.contributions import Names, attribution_label, list_contributions, load_names
from casereview.session.procedure import list_steps
from casereview.ui.case_context import CaseContext
from casereview.vocabulary import CONTRIBUTION_KIND_LABELS, Attribution

Index = QModelIndex | QPersistentModelIndex

CONTRIBUTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2          # the kind's code (chip colour)
KIND_LABEL_ROLE = Qt.ItemDataRole.UserRole + 3    # the kind's label (chip text)
WHO_ROLE = Qt.ItemDataRole.UserRole + 4           # party or person, as the rule-1 setting allows
EVENT_NUMBER_ROLE = Qt.ItemDataRole.UserRole + 5  # the linked event's number in the chronology, 0 if none
TIME_ROLE = Qt.ItemDataRole.UserRole + 6          # "14:02"
PHASE_ROLE = Qt.ItemDataRole.UserRole + 7         # "Fase 5 · Analyse"
GROUP_START_ROLE = Qt.ItemDataRole.UserRole + 8   # True on the first row of a phase group
TEXT_ROLE = Qt.ItemDataRole.UserRole + 9          # what was said
FILTER_KEYS = ("step_id", "party_id", "kind", "event_id")


class ContributionListModel(QAbstractListModel):
    """One line per contribution: kind, who (per the rule-1 setting) and text."""

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._items: list[Contribution] = []
        self._names = Names({}, {}, {})
        self._attribution: str = Attribution.PARTY
        self._phases: dict[int, tuple[int, str]] = {}  # step id -> (agenda position, title)
        self.event_numbers: Callable[[], dict[int, int]] = dict  # set by the case view from the timeline
        self.filters: dict[str, Any] = {}
        context.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, entity: str) -> None:
        if entity == "contribution":
            self.reload(names=False)  # a new contribution changes no names: skip those queries
        elif entity in ("party", "participant", "case", "step", "import"):
            self.reload()

    def set_filter(self, **filters: Any) -> None:
        """Filter on step_id, party_id, kind, event_id; a value of None clears that filter."""
        unknown = set(filters) - set(FILTER_KEYS)
        if unknown:
            raise ValueError(f"unknown filter {sorted(unknown)}")
        self.filters.update(filters)
        self.filters = {k: v for k, v in self.filters.items() if v is not None}
        self.reload()

    def reload(self, *, names: bool = True) -> None:
        self.beginResetModel()
        items = list_contributions(self.context.case)
        for key, value in self.filters.items():
            items = [c for c in items if getattr(c, key) == value]
        if names or not self._names.parties:
            self._names = load_names(self.context.case)
            self._attribution = self.context.case.case().attribution
            self._phases = {st.id: (n, st.title) for n, st in enumerate(list_steps(self.context.case), 1)
                            if st.id is not None}
        self._items = sorted(items, key=lambda c: self._phases.get(c.step_id or -1, (0, ""))[0])
        self.endResetModel()

    def phase_title(self, step_id: int | None) -> str:
        number, title = self._phases.get(step_id or -1, (0, ""))
        return self.tr("Fase {0} · {1}").format(number, title) if number else self.tr("Zonder fase")

    def item(self, row: int) -> Contribution:
        return self._items[row]

    def row_of(self, contribution_id: int) -> int:
        for row, item in enumerate(self._items):
            if item.id == contribution_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            who = attribution_label(item, self._names, self._attribution)
            kind = self.tr(CONTRIBUTION_KIND_LABELS.get(item.kind, item.kind))
            prefix = f"[{kind}] {who}: " if who else f"[{kind}] "
            return prefix + item.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._names.steps.get(item.step_id or -1, "") + f" — {item.created_at:%H:%M}"
        if role == CONTRIBUTION_ID_ROLE:
            return item.id
        if role == KIND_ROLE:
            return str(item.kind)
        if role == KIND_LABEL_ROLE:
            return self.tr(CONTRIBUTION_KIND_LABELS.get(item.kind, item.kind))
        if role == WHO_ROLE:
            return attribution_label(item, self._names, self._attribution)
        if role == EVENT_NUMBER_ROLE:
            return self.event_numbers().get(item.event_id or -1, 0)
        if role == TIME_ROLE:
            return f"{item.created_at:%H:%M}"
        if role == TEXT_ROLE:
            return item.text
        if role == PHASE_ROLE:
            return self.phase_title(item.step_id)
        if role == GROUP_START_ROLE:
            row = index.row()
            return row == 0 or self._items[row - 1].step_id != item.step_id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(item)
        return None

    def _spoken(self, item: Contribution) -> str:
        """One sentence for a screen reader: kind, who, event, time, text."""
        parts = [self.tr(CONTRIBUTION_KIND_LABELS.get(item.kind, item.kind)),
                 attribution_label(item, self._names, self._attribution)]
        number = self.event_numbers().get(item.event_id or -1, 0)
        if number:
            parts.append(self.tr("gebeurtenis {0}").format(number))
        parts.append(f"{item.created_at:%H:%M}")
        return ", ".join(p for p in parts if p) + ": " + item.text
