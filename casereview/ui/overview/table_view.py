"""The overview's read-only tables: sortable, whole rows selected, columns sized to what they hold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROWS_FITTED = 500  # rows made as tall as their wrapped text; beyond this the cost shows and tooltips suffice
STRETCH_FLOOR_PX = 240  # narrower than this the main text column is unreadable ("Esc…"): the table scrolls instead


class OverviewTable(QTableView):
    """The ``stretch`` column takes the room left, but never less than ``floor`` pixels: with many
    columns on a 1366-pixel screen (and longer English headers) it would shrink to a sliver."""

    def __init__(self, name: str, stretch: int, floor: int) -> None:
        super().__init__()
        self.setObjectName(name)
        self.stretch = stretch
        self.floor = floor
        self.caps: dict[int, int] = {}  # long-text columns: as wide as their contents, up to this width
        self._fitting = False

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(lambda *_a: QTimer.singleShot(0, self.fit_contents))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_width()

    def fit_contents(self) -> None:
        """New rows: long-text columns as wide as their contents (up to their cap), then the room left."""
        header = self.horizontalHeader()
        for column, cap in self.caps.items():
            wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(cap, wanted))  # a column the user widened stays so until new rows
        self.fit_width()

    def fit_width(self) -> None:
        header = self.horizontalHeader()
        if self._fitting or self.stretch >= header.count():
            return
        self._fitting = True
        try:
            others = sum(header.sectionSize(c) for c in range(header.count())
                         if c != self.stretch and not header.isSectionHidden(c))
            if self.floor and self.viewport().width() - others < self.floor:
                header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(self.stretch, self.floor)
            else:
                header.setSectionResizeMode(self.stretch, QHeaderView.ResizeMode.Stretch)
            model = self.model()
            if model is not None and model.rowCount() <= ROWS_FITTED:
                self.resizeRowsToContents()  # a long agreement wraps onto a second line rather than ending in "…"
        finally:
            self._fitting = False


def overview_table(model: QAbstractItemModel, name: str, stretch: int, floor: int = 0) -> QTableView:
    """A table whose columns fit their contents, except ``stretch``, which takes the room left (at least ``floor``)."""
    view = OverviewTable(name, stretch, floor)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def capped_columns(view: QTableView, widths: dict[int, int]) -> None:
    """Long-text columns fit their contents up to a width, and the user can change them; the rest keep fitting."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    if isinstance(view, OverviewTable):
        view.caps.update(widths)
