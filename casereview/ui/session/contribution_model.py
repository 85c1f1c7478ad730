"""Contributions as a list model, filterable by phase, party, kind and event."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from casereview.model.tables import Contribution
from casereview.session.contributions import Names, attribution_label, list_contributions, load_names
from casereview.ui.case_context import CaseContext
from casereview.vocabulary import CONTRIBUTION_KIND_LABELS, Attribution

Index = QModelIndex | QPersistentModelIndex

CONTRIBUTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_KEYS = ("step_id", "party_id", "kind", "event_id")


class ContributionListModel(QAbstractListModel):
    """One line per contribution: kind, who (per the rule-1 setting) and text."""

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._items: list[Contribution] = []
        self._names = Names({}, {}, {})
        self._attribution: str = Attribution.PARTY
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
        self._items = items
        if names or not self._names.parties:
            self._names = load_names(self.context.case)
            self._attribution = self.context.case.case().attribution
        self.endResetModel()

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
        return None
