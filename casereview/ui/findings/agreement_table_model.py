"""The part the agreement tables share: a list of agreements, fixed headers, party names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from casereview.model.tables import Agreement
from casereview.session.parties import list_parties
from casereview.ui.case_context import CaseContext

Index = QModelIndex | QPersistentModelIndex


class AgreementListModel(QAbstractTableModel):
    """Base for the closing-tab table and the follow-up table; subclasses set HEADERS and data()."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._items: list[Agreement] = []
        self._parties: dict[int, str] = {}

    def load_parties(self) -> None:
        self._parties = {p.id: p.name for p in list_parties(self.context.case) if p.id is not None}

    def items(self) -> list[Agreement]:
        return list(self._items)

    def item(self, row: int) -> Agreement:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("shared", self.HEADERS[section])
        return None


def agreement_table_view(model: AgreementListModel, object_name: str, *, stretch_column: int) -> QTableView:
    """A row-selecting, word-wrapping table for agreements, as both agreement views show it."""
    table = QTableView(objectName=object_name)
    table.setModel(model)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table
