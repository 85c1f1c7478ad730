"""The overview's read-only tables: sortable, whole rows selected, columns sized to what they hold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def overview_table(model: QAbstractItemModel, name: str, stretch: int) -> QTableView:
    """A table whose columns fit their contents, except ``stretch``, which takes the room left."""
    view = QTableView(objectName=name)
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
    """Long-text columns start at a width the user can change; the rest keep fitting their contents."""
    header = view.horizontalHeader()
    for column, width in widths.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
