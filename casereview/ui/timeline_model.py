"""The timeline as a Qt table model, in chronological order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casereview.timeline import EventRow, list_events
from casereview.ui.case_context import CaseContext
from casereview.vocabulary import DATE_PRECISION_LABELS, KEY_MOMENT_LABELS, DatePrecision, KeyMoment

Index = QModelIndex | QPersistentModelIndex

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COL_DATE, COL_TIME, COL_PARTY, COL_DESCRIPTION, COL_SOURCE, COL_KEY = range(6)

GOOD_BRUSH = QBrush(QColor("#e3f1ea"))
CONCERN_BRUSH = QBrush(QColor("#fbeadb"))


class TimelineTableModel(QAbstractTableModel):
    """Rows are :class:`EventRow`; reloads when the case reports an event or party change."""

    HEADERS = (
        QT_TRANSLATE_NOOP("shared", "Datum"),
        QT_TRANSLATE_NOOP("shared", "Tijd"),
        QT_TRANSLATE_NOOP("shared", "Partij"),
        QT_TRANSLATE_NOOP("shared", "Gebeurtenis"),
        QT_TRANSLATE_NOOP("shared", "Bron"),
        QT_TRANSLATE_NOOP("shared", "Sleutelmoment"),
    )

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._rows: list[EventRow] = []
        self._row_of_id: dict[int, int] = {}
        context.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, entity: str) -> None:
        if entity in ("event", "party", "import"):
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list_events(self.context.case)
        self._row_of_id = {r.event.id: i for i, r in enumerate(self._rows) if r.event.id is not None}
        self.endResetModel()

    def event_row(self, row: int) -> EventRow:
        return self._rows[row]

    def row_of_event(self, event_id: int) -> int:
        return self._row_of_id.get(event_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        event, col = item.event, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == EVENT_ID_ROLE:
            return event.id
        if role == SORT_ROLE:
            return index.row() if col == COL_DATE else (self._display(item, col) or "").lower()
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_DATE and event.date_precision != DatePrecision.DAY:
                precision = self.tr(DATE_PRECISION_LABELS.get(event.date_precision, ""))
                return self.tr("Alleen de {0} is bekend; in de bron: '{1}'").format(precision, event.date_text)
            if col == COL_DESCRIPTION:
                return event.description
        if role == Qt.ItemDataRole.FontRole and col == COL_DATE and event.date_precision != DatePrecision.DAY:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if event.key_moment == KeyMoment.GOOD:
                return GOOD_BRUSH
            if event.key_moment == KeyMoment.CONCERN:
                return CONCERN_BRUSH
        return None

    def _display(self, item: EventRow, col: int) -> str:
        event = item.event
        if col == COL_DATE:
            label = item.date_label
            return label if event.date_precision == DatePrecision.DAY else f"≈ {label}"
        if col == COL_TIME:
            return event.time
        if col == COL_PARTY:
            return item.party_name
        if col == COL_DESCRIPTION:
            return event.description
        if col == COL_SOURCE:
            return event.source
        label = KEY_MOMENT_LABELS.get(event.key_moment, "")
        return self.tr(label) if label else ""
