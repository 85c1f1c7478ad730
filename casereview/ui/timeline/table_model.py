"""The timeline as a Qt table model.

Rows come from one ``list_events`` query; nothing is fetched per row, so
10,000 events stay cheap. Sorting happens here on plain Python keys (the proxy
in :mod:`casereview.ui.timeline.filter` only filters), and a reload that keeps
the same events announces a data or layout change rather than a reset, so the
table keeps its selection and scroll position while the chair edits.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from casereview.session.parties import list_parties
from casereview.timeline.event_types import EVENT_TYPE_LABELS, FOLLOWUP_LABELS
from casereview.timeline.events import (
    EventRow,
    apply_key_moments,
    edit_values,
    list_events,
    search_text,
    update_event,
)
from casereview.timeline.responsibility import ResponsibilityMap, derive_responsibility
from casereview.ui.case_context import CaseContext
from casereview.ui.language.dates import event_date
from casereview.ui.language.translation import SHARED_CONTEXT
from casereview.ui.operations.runner import attempt
from casereview.ui.operations.undo_commands import ServiceCommand
from casereview.ui.style.palette import Palette, colours
from casereview.vocabulary import (
    DATE_PRECISION_LABELS,
    KEY_MOMENT_LABELS,
    RESPONSIBILITY_EVENT_TYPES,
    DatePrecision,
    KeyMoment,
    PartyCategory,
)

Index = QModelIndex | QPersistentModelIndex

EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
PARTY_ID_ROLE = Qt.ItemDataRole.UserRole + 3
KEY_MOMENT_ROLE = Qt.ItemDataRole.UserRole + 4

COL_DATE, COL_TIME, COL_PARTY, COL_DESCRIPTION, COL_SOURCE, COL_KEY, COL_TYPE, COL_FOLLOWUP, COL_RECEIVER = range(9)
FIELD_OF_COLUMN = {COL_DATE: "date", COL_TIME: "time", COL_PARTY: "party_id", COL_DESCRIPTION: "description",
                   COL_SOURCE: "source", COL_KEY: "key_moment", COL_TYPE: "event_type",
                   COL_FOLLOWUP: "followup_confirmed", COL_RECEIVER: "receiving_party_id"}
EDIT_LABELS = {COL_DATE: QT_TRANSLATE_NOOP("shared", "Datum wijzigen"),
               COL_TIME: QT_TRANSLATE_NOOP("shared", "Tijd wijzigen"),
               COL_PARTY: QT_TRANSLATE_NOOP("shared", "Partij wijzigen"),
               COL_DESCRIPTION: QT_TRANSLATE_NOOP("shared", "Beschrijving wijzigen"),
               COL_SOURCE: QT_TRANSLATE_NOOP("shared", "Bron wijzigen"),
               COL_KEY: QT_TRANSLATE_NOOP("shared", "Sleutelmoment wijzigen"),
               COL_TYPE: QT_TRANSLATE_NOOP("shared", "Soort wijzigen"),
               COL_FOLLOWUP: QT_TRANSLATE_NOOP("shared", "Start vervolgzorg wijzigen"),
               COL_RECEIVER: QT_TRANSLATE_NOOP("shared", "Ontvangende partij wijzigen")}

# Shapes match the chart (triangle = went well, diamond = concern) so colour is never the only cue.
KEY_SYMBOLS = {KeyMoment.GOOD: "▲", KeyMoment.CONCERN: "◆"}
KEY_ORDER = {KeyMoment.NONE: 0, KeyMoment.GOOD: 1, KeyMoment.CONCERN: 2}


@functools.cache
def row_brushes(palette: Palette) -> tuple[dict[KeyMoment, QBrush], dict[KeyMoment, QBrush]]:
    """Row tints and key-moment text of the theme in use (darker shades of the chart's Okabe-Ito green
    and vermillion in the light theme, readable on the tinted rows; lighter ones on the dark rows)."""
    backgrounds = {KeyMoment.GOOD: QBrush(QColor(palette.good_bg)), KeyMoment.CONCERN: QBrush(QColor(palette.concern_bg))}
    texts = {KeyMoment.GOOD: QBrush(QColor(palette.good)), KeyMoment.CONCERN: QBrush(QColor(palette.concern))}
    return backgrounds, texts


def type_label(event_type: str) -> str:
    """The event type as shown, translated ('overdracht')."""
    label = EVENT_TYPE_LABELS.get(event_type, "")
    return QCoreApplication.translate(SHARED_CONTEXT, label) if label else ""


def followup_label(value: str) -> str:
    return QCoreApplication.translate(SHARED_CONTEXT, FOLLOWUP_LABELS.get(value, ""))


def key_label(key_moment: str) -> str:
    """The key-moment label as shown, translated, with the chart's shape in front."""
    label = KEY_MOMENT_LABELS.get(key_moment, "")
    if not label:
        return ""
    label = QCoreApplication.translate(SHARED_CONTEXT, label)
    return f"{KEY_SYMBOLS[key_moment]} {label}" if key_moment in KEY_SYMBOLS else label


class TimelineTableModel(QAbstractTableModel):
    """Rows are :class:`EventRow`; reloads when the case reports an event or party change."""

    HEADERS = (
        QT_TRANSLATE_NOOP("shared", "Datum"),
        QT_TRANSLATE_NOOP("shared", "Tijd"),
        QT_TRANSLATE_NOOP("shared", "Partij"),
        QT_TRANSLATE_NOOP("shared", "Gebeurtenis"),
        QT_TRANSLATE_NOOP("shared", "Bron"),
        QT_TRANSLATE_NOOP("shared", "Sleutelmoment"),
        QT_TRANSLATE_NOOP("shared", "Soort"),
        QT_TRANSLATE_NOOP("shared", "Vervolg bevestigd"),
        QT_TRANSLATE_NOOP("shared", "Neemt over"),
    )

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._chronological: list[EventRow] = []
        self._party_names: dict[int, str] = {}
        self._family_ids: list[int] = []
        self._responsibility: ResponsibilityMap | None = None
        self._rows: list[EventRow] = []
        self._row_of_id: dict[int, int] = {}
        self._number_of_id: dict[int, int] = {}
        self._search_text: dict[int, str] = {}
        self._sort_column = COL_DATE
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._date_font = QFont()
        self._date_font.setItalic(True)
        context.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, entity: str) -> None:
        if entity in ("event", "party", "import"):
            self.reload()

    # -- loading and sorting -------------------------------------------------

    def reload(self) -> None:
        """Read all events again; keeps selection when the same events come back."""
        self._chronological = list_events(self.context.case)
        parties = list_parties(self.context.case)
        self._party_names = {p.id: p.name for p in parties if p.id is not None}
        self._family_ids = [p.id for p in parties if p.id is not None and p.category == PartyCategory.CLIENT]
        self._responsibility = None
        self._number_of_id = {r.event.id: i for i, r in enumerate(self._chronological, 1) if r.event.id is not None}
        self._search_text = {}
        self._apply(self._sorted(self._chronological))

    def responsibility(self) -> ResponsibilityMap:
        """Who held the child across the whole timeline (not just the filtered rows); derived once per reload."""
        if self._responsibility is None:
            self._responsibility = derive_responsibility(self._chronological, self._party_names, self._family_ids)
        return self._responsibility

    def _sorted(self, rows: list[EventRow]) -> list[EventRow]:
        if self._sort_column == COL_DATE:
            ordered = list(rows)
        else:
            key = self._sort_key_function(self._sort_column)
            ordered = sorted(rows, key=key)  # stable: ties stay chronological
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        return ordered

    def _sort_key_function(self, column: int) -> Callable[[EventRow], Any]:
        if column == COL_KEY:
            return lambda r: KEY_ORDER.get(r.event.key_moment, 0)
        if column == COL_TIME:
            return lambda r: (not r.event.time, r.event.time)
        return lambda r: (not self._display(r, column), self._display(r, column).casefold())

    def _apply(self, rows: list[EventRow]) -> None:
        old_ids = [r.event.id for r in self._rows]
        new_ids = [r.event.id for r in rows]
        if old_ids == new_ids:
            changed = [i for i, (a, b) in enumerate(zip(self._rows, rows)) if a != b]
            self._rows = rows
            if changed:  # one range: the proxy re-checks only those rows, not all 10,000
                first, last = changed[0], changed[-1]
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
            return
        if sorted(old_ids, key=lambda i: i or 0) == sorted(new_ids, key=lambda i: i or 0):
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            ids = [self._rows[p.row()].event.id if p.isValid() else None for p in persistent]
            self._set_rows(rows)
            for index, event_id in zip(persistent, ids):
                row = self._row_of_id.get(event_id or 0, -1)
                self.changePersistentIndex(index, self.index(row, index.column()) if row >= 0 else QModelIndex())
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self._set_rows(rows)
        self.endResetModel()

    def _set_rows(self, rows: list[EventRow]) -> None:
        self._rows = rows
        self._row_of_id = {r.event.id: i for i, r in enumerate(rows) if r.event.id is not None}

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort on cached Python keys; the date column is always chronological, not alphabetical."""
        if not 0 <= column < len(self.HEADERS):
            column = COL_DATE
        self._sort_column, self._sort_order = column, order
        self._apply(self._sorted(self._chronological))

    # -- lookups ---------------------------------------------------------------

    def filled_columns(self) -> frozenset[int]:
        """The columns that show something for at least one event; the pane narrows the others."""
        return frozenset(col for col in range(len(FIELD_OF_COLUMN))
                         if any(self._display(item, col) for item in self._rows))

    def party_labels(self) -> set[str]:
        """The different texts of the Partij column (few, however long the timeline): its width follows them."""
        return {item.parties_label for item in self._rows}

    def event_row(self, row: int) -> EventRow:
        return self._rows[row]

    def row_of_event(self, event_id: int) -> int:
        return self._row_of_id.get(event_id, -1)

    def search_text(self, row: int) -> str:
        return self.search_text_of(self._rows[row])

    def search_text_of(self, item: EventRow) -> str:
        """The lower-cased text search looks at, computed once per event and load."""
        key = item.event.id or 0
        text = self._search_text.get(key)
        if text is None:
            text = self._search_text[key] = search_text(item)
        return text

    def chronological(self) -> list[EventRow]:
        """All events in time order, whatever column the table is sorted on."""
        return self._chronological

    def number_of_event(self, event_id: int) -> int:
        """The event's place in the whole chronology (1-based), as the chart and the report number it."""
        return self._number_of_id.get(event_id, 0)

    def numbers(self) -> dict[int, int]:
        return self._number_of_id

    # -- Qt model interface ---------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section]) if 0 <= section < len(self.HEADERS) else None
        if 0 <= section < len(self._rows):
            return str(self._number_of_id.get(self._rows[section].event.id or 0, ""))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (index.column() in (COL_FOLLOWUP, COL_RECEIVER)
                and self._rows[index.row()].event.event_type not in RESPONSIBILITY_EVENT_TYPES):
            return flags  # only an event that passes the child on has a receiver whose start must be confirmed
        return flags if self.context.case.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        event, col = item.event, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, col)
        if role == EVENT_ID_ROLE:
            return event.id
        if role == SORT_ROLE:
            if col == COL_DATE:
                return self._number_of_id.get(event.id or 0, 0)
            if col == COL_KEY:
                return KEY_ORDER.get(event.key_moment, 0)
            return self._display(item, col).casefold()
        if role == PARTY_ID_ROLE:
            return event.party_id
        if role == KEY_MOMENT_ROLE:
            return event.key_moment
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, col)
        if role == Qt.ItemDataRole.FontRole and col == COL_DATE and event.date_precision != DatePrecision.DAY:
            return self._date_font
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_KEY:
            return row_brushes(colours())[1].get(event.key_moment)
        if role == Qt.ItemDataRole.BackgroundRole:
            return row_brushes(colours())[0].get(event.key_moment)
        return None

    def _tooltip(self, item: EventRow, col: int) -> str | None:
        event = item.event
        if col == COL_DATE and event.date_precision != DatePrecision.DAY:
            if event.date_start is None:
                return self.tr("De datum is onbekend; in de bron: '{0}'").format(event.date_text)
            precision = self.tr(DATE_PRECISION_LABELS.get(event.date_precision, ""))
            return self.tr("Alleen de {0} is bekend; in de bron: '{1}'").format(precision, event.date_text)
        if col in (COL_DESCRIPTION, COL_SOURCE):
            return self._display(item, col) or None
        if col == COL_PARTY and item.other_parties:
            return self.tr("Gebeurtenis met {0} partijen: {1}").format(len(item.party_names), item.parties_label)
        return None

    def _edit_value(self, item: EventRow, col: int) -> Any:
        event = item.event
        if col == COL_DATE:
            return event.date_text or ("" if event.date_start is None else item.date_label)
        if col == COL_PARTY:
            return event.party_id
        if col == COL_KEY:
            return event.key_moment
        if col == COL_TYPE:
            return event.event_type
        if col == COL_FOLLOWUP:
            return event.followup_confirmed
        if col == COL_RECEIVER:
            return event.receiving_party_id
        return self._display(item, col)

    def _display(self, item: EventRow, col: int) -> str:
        event = item.event
        passes_on = event.event_type in RESPONSIBILITY_EVENT_TYPES
        if col == COL_DATE:
            label = item.date_label  # cached; only a label with a word in it is worded again, in the window's language
            if not label[:1].isdigit():
                label = event_date(event.date_start, event.date_precision, event.date_text)
            return label if event.date_precision == DatePrecision.DAY else f"≈ {label}"
        if col == COL_TIME:
            return event.time
        if col == COL_PARTY:
            return item.parties_label
        if col == COL_TYPE:
            return type_label(event.event_type)
        if col == COL_FOLLOWUP:
            return followup_label(event.followup_confirmed) if passes_on else ""
        if col == COL_RECEIVER:
            return self._party_names.get(event.receiving_party_id or 0, "") if passes_on else ""
        if col == COL_DESCRIPTION:
            return event.description
        if col == COL_SOURCE:
            return event.source
        return key_label(event.key_moment)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """An edit in place becomes one undoable command; a refused value is reported, not stored."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        event = self._rows[index.row()].event
        checked = attempt(lambda: edit_values(FIELD_OF_COLUMN[index.column()], value), context=self.context)
        if not checked.ok or checked.value is None:
            return False
        values = checked.value
        if event.id is None or all(getattr(event, key) == new for key, new in values.items()):
            return False
        case, event_id = self.context.case, event.id
        command = ServiceCommand(self.context, self.tr(EDIT_LABELS[index.column()]),
                                 lambda: update_event(case, event_id, **values),
                                 lambda before: update_event(case, event_id, **before))
        self.context.undo_stack.push(command)
        return not command.failed

    def set_key_moment(self, event_ids: Sequence[int], key_moment: str) -> None:
        """Mark events as goed/zorgelijk (or clear them) in one write and one undo step."""
        targets = {i: key_moment for i in event_ids if (r := self.row_of_event(i)) >= 0
                   and self._rows[r].event.key_moment != key_moment}
        if not targets:
            return
        if key_moment == KeyMoment.NONE:
            label = self.tr("Sleutelmoment weghalen")
        else:
            label = self.tr("Markeren als '{0}'").format(self.tr(KEY_MOMENT_LABELS[key_moment]))
        case = self.context.case
        self.context.undo_stack.push(ServiceCommand(
            self.context, label, lambda: apply_key_moments(case, targets),
            lambda before: apply_key_moments(case, before)))
