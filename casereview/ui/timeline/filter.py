"""Filtering the timeline table by party, key moment and free text.

The rules themselves live in :class:`casereview.timeline.events.EventFilter` so the
chart and the table agree on what is shown; sorting is left to the source
model, which sorts 10,000 rows on cached keys far faster than a proxy can.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal

from casereview.timeline.events import EventFilter, EventRow
from casereview.ui.timeline.table_model import TimelineTableModel

Index = QModelIndex | QPersistentModelIndex


class TimelineFilterProxy(QSortFilterProxyModel):
    """Shows the events that match :attr:`event_filter`; emits ``filterChanged`` when it changes."""

    filterChanged = Signal()

    def __init__(self, source: TimelineTableModel, *, parent: Any = None) -> None:
        super().__init__(parent)
        self._source = source
        self._filter = EventFilter()
        self._words: list[str] = []
        self.setSourceModel(source)

    @property
    def event_filter(self) -> EventFilter:
        return self._filter

    def set_event_filter(self, event_filter: EventFilter) -> None:
        if event_filter == self._filter:
            return
        if hasattr(self, "endFilterChange"):  # Qt >= 6.10
            self.beginFilterChange()
            self._set_filter(event_filter)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._set_filter(event_filter)
            self.invalidateRowsFilter()
        self.filterChanged.emit()

    def _set_filter(self, event_filter: EventFilter) -> None:
        self._filter = event_filter
        self._words = event_filter.words()

    def set_party(self, party_id: int | None) -> None:
        self.set_event_filter(replace(self._filter, party_id=party_id))

    def set_key(self, key: str) -> None:
        self.set_event_filter(replace(self._filter, key=key))

    def set_text(self, text: str) -> None:
        self.set_event_filter(replace(self._filter, text=text))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._filter.active:
            return True
        haystack = self._source.search_text(source_row) if self._words else ""
        return self._filter.matches(self._source.event_row(source_row), self._words, haystack)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort; the proxy keeps its order."""
        self._source.sort(column, order)

    def visible_rows(self) -> list[EventRow]:
        """The shown events in chronological order (what the chart draws)."""
        rows = self._source.chronological()
        if not self._filter.active:
            return rows
        text_of = self._source.search_text_of
        return [r for r in rows if self._filter.matches(r, self._words, text_of(r) if self._words else "")]

    def event_id(self, proxy_row: int) -> int:
        source = self.mapToSource(self.index(proxy_row, 0))
        return int(self._source.event_row(source.row()).event.id or 0) if source.isValid() else 0

    def row_of_event(self, event_id: int) -> int:
        source_row = self._source.row_of_event(event_id)
        if source_row < 0:
            return -1
        return self.mapFromSource(self._source.index(source_row, 0)).row()
