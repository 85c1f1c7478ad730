"""The timeline in the window: filters, the chart and the table, kept in step.

Selecting a row tells the case context which event is discussed; the chart
listens to the same context, so a click in either one shows up in the other.
Every edit goes through the undo stack and is written to the file at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casereview import settings
from casereview.session.parties import list_parties
from casereview.timeline.event_types import EVENT_TYPE_LABELS, FOLLOWUP_LABELS
from casereview.timeline.events import NO_PARTY_FILTER, KeyFilter, add_event, delete_events, restore_events
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import AddCommand, ServiceCommand
from casereview.ui.style.palette import colours
from casereview.ui.timeline.chart_widget import TimelineChart
from casereview.ui.timeline.event_dialog import EventDialog
from casereview.ui.timeline.filter import TimelineFilterProxy
from casereview.ui.timeline.table_model import (
    COL_DATE,
    COL_DESCRIPTION,
    COL_FOLLOWUP,
    COL_KEY,
    COL_PARTY,
    COL_RECEIVER,
    COL_SOURCE,
    COL_TIME,
    COL_TYPE,
    EVENT_ID_ROLE,
    TimelineTableModel,
    followup_label,
    key_label,
    type_label,
)
from casereview.vocabulary import KeyMoment

Index = QModelIndex | QPersistentModelIndex

VIEW_TABLE, VIEW_CHART, VIEW_BOTH = "table", "chart", "both"
OPTIONAL_COLUMNS = (COL_RECEIVER, COL_FOLLOWUP, COL_TYPE, COL_TIME, COL_SOURCE)  # first to step aside when narrow
COLUMN_WIDTHS = {COL_DATE: 150, COL_TIME: 60, COL_PARTY: 190, COL_SOURCE: 140, COL_KEY: 130, COL_TYPE: 110,
                 COL_FOLLOWUP: 130, COL_RECEIVER: 160}
VIEW_SETTING = "timeline_view"
INSTANT_SEARCH_ROWS = 2000
SEARCH_DELAY_MS = 250
# "Beide" shows the chart and the table together only when both stay useful (issue 18):
# the chart at least CHART_MIN_PX high and the table at least TABLE_MIN_ROWS rows; with less
# height the table alone is shown (it is the keyboard's way through the events).
CHART_MIN_PX = 250
CHART_ENOUGH_PX = 560  # more than this the chart does not need; the table gets the rest
TABLE_MIN_ROWS = 4
TABLE_WANTED_ROWS = 8
DESCRIPTION_SHARE = 0.45  # in a narrow pane the other columns shrink so the description keeps this share


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor whose choices come from ``choices()`` as (label, value) pairs."""

    def __init__(self, choices: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self._choices():
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TimelineTableView(QTableView):
    """The table, with the chair's keys: Delete removes, G/Z mark key moments, Insert adds."""

    def __init__(self, pane: TimelinePane, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineTable")
        self._pane = pane

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._pane.delete_selected()
                return
            if key == Qt.Key.Key_G:
                self._pane.toggle_key_moment(KeyMoment.GOOD)
                return
            if key == Qt.Key.Key_Z:
                self._pane.toggle_key_moment(KeyMoment.CONCERN)
                return
            if key == Qt.Key.Key_Insert:
                self._pane.add_event()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        index = self.indexAt(event.pos())
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._pane.context_menu().exec(event.globalPos())


class TimelinePane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePane")
        self.context = context
        self.model = TimelineTableModel(context, parent=self)
        self._filled = self.model.filled_columns()
        self._party_labels = self.model.party_labels()
        self.proxy = TimelineFilterProxy(self.model, parent=self)
        # Every widget has its parent from the start, in reading order (the Tab order): under the
        # application stylesheet a widget moved into the pane later is styled twice.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

        self.search = QLineEdit(self, objectName="timelineSearch")
        self.search.setAccessibleName(self.tr("Zoeken in de tijdlijn"))
        self.search.setPlaceholderText(self.tr("Zoeken in de tijdlijn…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(self.search.placeholderText()) + 48)
        self.party_filter = QComboBox(self, objectName="timelinePartyFilter")
        self.key_filter = QComboBox(self, objectName="timelineKeyFilter")
        for combo in (self.party_filter, self.key_filter):
            # Long party names must not push the window past a laptop screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for label, value in ((self.tr("Alle momenten"), KeyFilter.ALL),
                             (self.tr("Alleen sleutelmomenten"), KeyFilter.ANY_KEY),
                             (key_label(KeyMoment.GOOD), KeyFilter.GOOD),
                             (key_label(KeyMoment.CONCERN), KeyFilter.CONCERN),
                             (self.tr("Geen sleutelmoment"), KeyFilter.NONE)):
            self.key_filter.addItem(label, value)
        self.count_label = QLabel(self, objectName="timelineCount")
        self.count_label.setStyleSheet(f"color: {colours().muted};")
        self.count_label.setMinimumWidth(60)

        self.view_buttons = QButtonGroup(self)
        view_bar = QHBoxLayout()
        view_bar.setSpacing(0)
        for mode, label in ((VIEW_TABLE, self.tr("Tabel")), (VIEW_CHART, self.tr("Grafiek")),
                            (VIEW_BOTH, self.tr("Beide"))):
            button = QToolButton(self, text=label, checkable=True, objectName=f"timelineView_{mode}")
            button.setProperty("mode", mode)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # each of the three is reached by Tab
            button.setAccessibleName(self.tr("Weergave: {0}").format(label))
            self.view_buttons.addButton(button)
            view_bar.addWidget(button)
        self.view_buttons.buttonClicked.connect(lambda b: self.set_view_mode(b.property("mode")))
        self.merge_button = QPushButton(self.tr("Samenvoegen…"), self, objectName="timelineMergeButton")
        self.merge_button.setToolTip(self.tr("Gebeurtenissen die meer partijen elk in eigen woorden vertellen, "
                                             "samenvoegen tot één"))
        self.merge_button.clicked.connect(self.open_merge_assistant)
        self.add_button = QPushButton(self.tr("Toevoegen…"), self, objectName="timelineAddButton")
        self.add_button.setToolTip(self.tr("Een gebeurtenis aan de tijdlijn toevoegen (Insert)"))
        self.add_button.clicked.connect(self.add_event)
        self.add_button.setEnabled(not context.case.read_only)

        # Two rows, so search, filters and buttons keep their full text in a pane beside the contributions.
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 2)
        self.party_filter.setAccessibleName(self.tr("Filter op partij"))
        self.key_filter.setAccessibleName(self.tr("Filter op sleutelmoment"))
        for caption, combo in ((self.tr("&Partij:"), self.party_filter), (self.tr("&Toon:"), self.key_filter)):
            buddy = QLabel(caption, self)
            buddy.setBuddy(combo)
            buddy.setMinimumWidth(buddy.fontMetrics().horizontalAdvance(caption) + 4)
            bar.addWidget(buddy)
            bar.addWidget(combo, 1)
        bar_second = QHBoxLayout()
        bar_second.setContentsMargins(0, 0, 0, 0)
        bar_second.addWidget(self.count_label)
        bar_second.addStretch(1)
        bar_second.addLayout(view_bar)
        bar_second.addWidget(self.merge_button)
        bar_second.addWidget(self.add_button)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self, objectName="timelineSplitter")
        self.chart = TimelineChart(context, self.proxy.visible_rows, self.model.numbers, parent=self.splitter,
                                   responsibility=self.model.responsibility)
        self.chart.undated_label.setWordWrap(True)  # a narrow pane wraps the list instead of cutting it off
        for button in (self.chart.zoom_in_button, self.chart.zoom_out_button, self.chart.reset_button):
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # the legend gives way, not these
        self.table = TimelineTableView(self, parent=self.splitter)
        self.table.setAccessibleName(self.tr("Tijdlijn"))
        self._setup_table()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([560, 340])

        layout.addLayout(bar)
        layout.addLayout(bar_second)
        layout.addWidget(self.splitter, 1)

        self._reload_party_filter()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(self._on_search_text)
        self.search.returnPressed.connect(self.apply_search)
        self.party_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_party(self.party_filter.currentData()))
        self.key_filter.currentIndexChanged.connect(lambda _i: self.proxy.set_key(self.key_filter.currentData()))
        for signal in (self.proxy.filterChanged, self.proxy.modelReset, self.proxy.layoutChanged,
                       self.proxy.rowsInserted, self.proxy.rowsRemoved, self.model.dataChanged):
            signal.connect(self._on_rows_changed)
        self.proxy.modelReset.connect(self._restore_selection)
        self.proxy.layoutChanged.connect(self._restore_selection)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        context.selectedEventChanged.connect(self.select_event)
        context.changed.connect(self._on_case_changed)
        self._update_count()
        self.set_view_mode(settings.get(VIEW_SETTING) or VIEW_BOTH, remember=False)

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(COL_DATE, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setAlternatingRowColors(False)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 12)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        vertical.setStyleSheet(f"QHeaderView::section {{ color: {colours().muted}; padding: 0 4px; }}")
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        self._party_delegate = ChoiceDelegate(self._party_choices, table)
        self._key_delegate = ChoiceDelegate(
            lambda: [(key_label(k) or self.tr("geen"), str(k)) for k in KeyMoment], table)
        self._type_delegate = ChoiceDelegate(
            lambda: [(type_label(k) or self.tr("geen"), str(k)) for k in EVENT_TYPE_LABELS], table)
        self._followup_delegate = ChoiceDelegate(
            lambda: [(followup_label(k), k) for k in FOLLOWUP_LABELS], table)
        table.setItemDelegateForColumn(COL_PARTY, self._party_delegate)
        table.setItemDelegateForColumn(COL_KEY, self._key_delegate)
        table.setItemDelegateForColumn(COL_TYPE, self._type_delegate)
        table.setItemDelegateForColumn(COL_FOLLOWUP, self._followup_delegate)
        self._receiver_delegate = ChoiceDelegate(self._party_choices, table)
        table.setItemDelegateForColumn(COL_RECEIVER, self._receiver_delegate)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)

    def _party_choices(self) -> list[tuple[str, Any]]:
        return [(self.tr("(geen partij)"), None)] + [(p.name, p.id) for p in list_parties(self.context.case)]

    # -- filters ---------------------------------------------------------------

    def _on_case_changed(self, entity: str) -> None:
        if entity in ("party", "import"):
            self._reload_party_filter()

    def _reload_party_filter(self) -> None:
        current = self.party_filter.currentData()
        self.party_filter.blockSignals(True)
        self.party_filter.clear()
        self.party_filter.addItem(self.tr("Alle partijen"), None)
        for party in list_parties(self.context.case):
            self.party_filter.addItem(party.name, party.id)
        self.party_filter.addItem(self.tr("(geen partij)"), NO_PARTY_FILTER)
        position = self.party_filter.findData(current) if current is not None else 0
        self.party_filter.setCurrentIndex(max(position, 0))
        self.party_filter.blockSignals(False)
        if self.party_filter.currentData() != current:
            self.proxy.set_party(self.party_filter.currentData())

    def _on_search_text(self, _text: str) -> None:
        """Small timelines filter per keystroke; big ones wait until typing pauses."""
        if self.model.rowCount() > INSTANT_SEARCH_ROWS:
            self._search_timer.start()
        else:
            self.apply_search()

    def apply_search(self) -> None:
        self._search_timer.stop()
        self.proxy.set_text(self.search.text())

    def _on_rows_changed(self, *_args: Any) -> None:
        self._update_count()
        filled = self.model.filled_columns()
        parties = self.model.party_labels()
        if filled != self._filled or parties != self._party_labels:  # share the width again
            self._filled, self._party_labels = filled, parties
            self._fit_columns()
        self.chart.schedule_redraw()

    def _update_count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("{0} gebeurtenissen").format(total) if total != 1 else self.tr("1 gebeurtenis")
        else:
            text = self.tr("{0} van {1} gebeurtenissen").format(shown, total)
        self.count_label.setText(text)

    # -- view mode ---------------------------------------------------------------

    def set_view_mode(self, mode: str, *, remember: bool = True) -> None:
        """Show the table, the chart or both (the choice is remembered)."""
        if mode not in (VIEW_TABLE, VIEW_CHART, VIEW_BOTH):
            mode = VIEW_BOTH
        self.view_mode = mode
        for button in self.view_buttons.buttons():
            button.setChecked(button.property("mode") == mode)
        self.table.setVisible(mode != VIEW_CHART)
        self.chart.setVisible(mode != VIEW_TABLE)
        self._fit_to_height()
        if remember:
            settings.put(VIEW_SETTING, mode)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        self._fit_columns()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_to_height()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Give the description every pixel the other columns do not need.

        A column with nothing in it for any event (often Sleutelmoment, the hand-over
        columns and Tijd) keeps only the width of its header, and in a narrow pane the
        empty columns step aside first (Sleutelmoment too: G and Z still set a key moment). The filled columns shrink (never below their header) so the
        description keeps at least DESCRIPTION_SHARE of a narrow pane; when even that is
        not enough (the Sessie tab on a 1366-pixel laptop) the columns a chair needs least
        in the meeting step aside, in this order: receiver, hand-over follow-up, type, time,
        source. They come back when the pane is wider or the column is filled in.
        """
        available = self.table.viewport().width() or self.width()
        room = available * (1 - DESCRIPTION_SHARE)
        header = self.table.horizontalHeader()
        filled = self.model.filled_columns()
        least: dict[int, int] = {}
        for column in COLUMN_WIDTHS:
            title = str(self.proxy.headerData(column, Qt.Orientation.Horizontal) or "")
            least[column] = header.fontMetrics().horizontalAdvance(title) + 28  # padding and the sort arrow
            if column == COL_DATE:  # a date is read whole: "≈ september 2024"
                least[column] = max(least[column], self.table.fontMetrics().horizontalAdvance("≈ september 2024") + 16)
        wanted = {c: COLUMN_WIDTHS[c] if c in filled else least[c] for c in COLUMN_WIDTHS}
        widest_party = max((self.table.fontMetrics().horizontalAdvance(t) for t in self._party_labels), default=0)
        wanted[COL_PARTY] = max(least[COL_PARTY], min(COLUMN_WIDTHS[COL_PARTY], widest_party + 16))
        shown = list(COLUMN_WIDTHS)
        empty = [c for c in OPTIONAL_COLUMNS if c not in filled] + ([COL_KEY] if COL_KEY not in filled else [])
        for column in empty:  # G and Z still set a key moment; its column then returns
            # An empty column also steps aside while it would leave the description narrower than
            # the other columns together (an empty Sleutelmoment of 143 px beside a cut Gebeurtenis).
            if sum(wanted[c] for c in shown) <= min(room, available / 2):
                break
            shown.remove(column)
        for column in (c for c in OPTIONAL_COLUMNS if c in filled):
            if sum(least[c] for c in shown) <= room:
                break
            shown.remove(column)
        fixed = sum(least[c] for c in shown if c not in filled)
        flexible = sum(wanted[c] for c in shown if c in filled) or 1
        scale = min(1.0, max(0.0, room - fixed) / flexible)
        for column in COLUMN_WIDTHS:
            self.table.setColumnHidden(column, column not in shown)
            if column in shown:
                self.table.setColumnWidth(column, max(least[column], int(wanted[column] * scale)))

    def table_rows_px(self, rows: int) -> int:
        """Height the table needs to show ``rows`` rows under its header."""
        header = self.table.horizontalHeader().sizeHint().height()
        scrollbar = self.table.horizontalScrollBar().sizeHint().height()  # narrow panes scroll sideways
        return header + rows * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth() + 2 \
            + scrollbar

    def _fit_to_height(self) -> None:
        """In "Beide", share the height so each part stays readable, or show the table alone."""
        if self.view_mode != VIEW_BOTH or not self.isVisible():
            return
        room = self.splitter.height()
        handle = self.splitter.handleWidth()
        fits = room >= CHART_MIN_PX + self.table_rows_px(TABLE_MIN_ROWS) + handle
        self.chart.setVisible(fits)
        if fits:
            table = max(self.table_rows_px(TABLE_MIN_ROWS),
                        min(self.table_rows_px(TABLE_WANTED_ROWS), room - CHART_MIN_PX - handle),
                        room - CHART_ENOUGH_PX - handle)
            self.splitter.setSizes([room - table - handle, table])

    # -- selection ---------------------------------------------------------------

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event_id = current.data(EVENT_ID_ROLE) if current.isValid() else 0
        self.context.select_event(int(event_id or 0))

    def select_event(self, event_id: int) -> None:
        row = self.proxy.row_of_event(event_id)
        if row < 0:
            return
        index = self.proxy.index(row, 0)
        if self.table.currentIndex().row() != row:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _restore_selection(self) -> None:
        event_id = self.context.selected_event_id
        if event_id and self.table.currentIndex().data(EVENT_ID_ROLE) != event_id:
            self.select_event(event_id)

    def selected_event_ids(self) -> list[int]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return [self.proxy.event_id(row) for row in sorted(rows)]

    # -- actions ---------------------------------------------------------------------

    def edit_parties(self) -> None:
        """Tick the further parties of the selected event (a hand-over involves two)."""
        from casereview.ui.timeline.event_parties_dialog import EventPartiesDialog

        ids = self.selected_event_ids()
        if len(ids) != 1:
            return
        dialog = EventPartiesDialog(self.context, self.model.event_row(self.model.row_of_event(ids[0])), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_merge_assistant(self) -> None:
        from casereview.ui.timeline.merge_assistant import MergeAssistant

        assistant = MergeAssistant(self.context, self)
        assistant.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        assistant.show()

    def add_event(self) -> int:
        """Ask for a new event and add it as one undo step; returns its id (0 when cancelled)."""
        dialog = EventDialog(list_parties(self.context.case), party_id=self.proxy.event_filter.party_id
                             if (self.proxy.event_filter.party_id or 0) > 0 else None, parent=self)
        if dialog.exec() != EventDialog.DialogCode.Accepted:
            return 0
        return self.add_event_values(dialog.values())

    def add_event_values(self, values: dict[str, Any]) -> int:
        case = self.context.case
        command = AddCommand(self.context, self.tr("Gebeurtenis toevoegen"), lambda: add_event(case, **values),
                             lambda row_id: delete_events(case, [row_id]), lambda deleted: restore_events(case, deleted))
        self.context.undo_stack.push(command)
        if command.failed or command.row_id is None:
            return 0
        self.context.select_event(command.row_id)
        return command.row_id

    def delete_selected(self) -> None:
        """Delete the selected events as one undo step; the next event becomes current."""
        ids = [i for i in self.selected_event_ids() if i]
        if not ids:
            return
        rows = sorted(self.proxy.row_of_event(i) for i in ids)
        neighbour = 0
        for candidate in (rows[-1] + 1, rows[0] - 1):
            if 0 <= candidate < self.proxy.rowCount():
                neighbour = self.proxy.event_id(candidate)
                break
        case = self.context.case
        label = self.tr("Gebeurtenis verwijderen") if len(ids) == 1 \
            else self.tr("{0} gebeurtenissen verwijderen").format(len(ids))
        self.context.undo_stack.push(ServiceCommand(
            self.context, label, lambda: delete_events(case, ids), lambda deleted: restore_events(case, deleted)))
        self.context.select_event(neighbour)

    def toggle_key_moment(self, key_moment: str) -> None:
        """G/Z: mark the selection; when all of it already has this mark, take the mark away."""
        ids = [i for i in self.selected_event_ids() if i]
        if not ids:
            return
        rows = [self.model.event_row(self.model.row_of_event(i)) for i in ids]
        target = KeyMoment.NONE if all(r.event.key_moment == key_moment for r in rows) else key_moment
        self.model.set_key_moment(ids, target)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        has_selection = bool(self.selected_event_ids())
        entries = (
            (self.tr("Markeren als goed"), "G", lambda: self.toggle_key_moment(KeyMoment.GOOD), has_selection),
            (self.tr("Markeren als zorgelijk"), "Z", lambda: self.toggle_key_moment(KeyMoment.CONCERN),
             has_selection),
            (self.tr("Geen sleutelmoment"), "", lambda: self.model.set_key_moment(
                self.selected_event_ids(), KeyMoment.NONE), has_selection),
            (self.tr("Betrokken partijen…"), "", self.edit_parties,
             len(self.selected_event_ids()) == 1 and not self.context.case.read_only),
            None,
            (self.tr("Gebeurtenis toevoegen…"), "Ins", self.add_event, True),
            (self.tr("Verwijderen"), "Del", self.delete_selected, has_selection),
        )
        for entry in entries:
            if entry is None:
                menu.addSeparator()
                continue
            text, keys, slot, enabled = entry
            action = QAction(text, menu)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            menu.addAction(action)
        return menu
