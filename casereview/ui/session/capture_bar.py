"""The capture bar: type what is said, pick party and kind, press Enter.

The chair never has to leave the keyboard: Ctrl+1..9 picks a party, Alt+1..6
picks the kind, and typing in the party box completes on the first letters.
Ctrl+Z in an empty capture box takes back the last stored change, not the
box's own typing history.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from casereview.session.contributions import add_contribution, delete_contribution, restore_contribution
from casereview.session.parties import (
    PICK_KEYS,
    add_party,
    delete_party,
    find_party_id,
    list_parties,
    nearest_party_names,
    restore_party,
)
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import AddCommand
from casereview.ui.style.palette import colours
from casereview.vocabulary import CONTRIBUTION_KIND_LABELS, ContributionKind

CAPTURE_KINDS = (
    ContributionKind.OBSERVATION, ContributionKind.WENT_WELL, ContributionKind.CONCERN,
    ContributionKind.QUESTION, ContributionKind.LESSON, ContributionKind.PREPARATION,
)
PICKER_ROOM_PX = 80  # beyond the longest name: the arrow, the frame and a little room to type
MAX_VISIBLE_PARTIES = 16  # a review rarely has more; beyond this the popup scrolls


class NumberedDelegate(QStyledItemDelegate):
    """Shows each party's number (its Ctrl+number) before its name in the picker's list."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        # rows without a key are indented by one figure, so every name starts at the same place
        option.text = f"{index.row() + 1}  {option.text}" if index.row() < PICK_KEYS else f"\u2007  {option.text}"


class CaptureBar(QWidget):
    """Stores a contribution on Enter, linked to the current phase and selected event.

    Signals:
        stored(int): id of the contribution just stored.
    """

    stored = Signal(int)

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.edit = QLineEdit(self, objectName="captureEdit")
        self.edit.setPlaceholderText(self.tr("Wat wordt er gezegd? Enter slaat op"))
        self.edit.setClearButtonEnabled(True)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(32)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText()) + 48)
        self.party_picker = QComboBox(self, objectName="partyPicker")
        self.party_picker.setEditable(True)
        self.party_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.party_picker.setMinimumContentsLength(12)
        self.party_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.party_picker.lineEdit().setPlaceholderText(self.tr("Partij"))
        # a long name shows its beginning, not its end, in the narrow picker
        self.party_picker.currentIndexChanged.connect(lambda _i: self.party_picker.lineEdit().setCursorPosition(0))
        self.party_picker.view().setItemDelegate(NumberedDelegate(self.party_picker))
        self.party_key_label = QLabel(self, objectName="capturePartyKey")
        self.party_key_label.setToolTip(self.tr("De toets die deze partij kiest"))
        # as wide as the widest key, so the picker never moves while a name is typed
        self.party_key_label.setMinimumWidth(self.party_key_label.fontMetrics().horizontalAdvance(self.tr("Ctrl+{0}").format(9)))
        self.party_picker.currentIndexChanged.connect(lambda _i: self._show_party_key())
        self.party_picker.editTextChanged.connect(lambda _t: self._show_party_key())
        self.parties_button = QPushButton(self.tr("Partijen…"), self, objectName="partiesButton")
        self.parties_button.setToolTip(self.tr("Partijen toevoegen, hernoemen, een categorie geven en deelnemers "
                                               "vastleggen"))
        self.parties_button.clicked.connect(self.edit_parties)
        completer = self.party_picker.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchStartsWith)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.kind_picker = QComboBox(self, objectName="kindPicker")
        for number, kind in enumerate(CAPTURE_KINDS, start=1):
            self.kind_picker.addItem(f"{self.tr(CONTRIBUTION_KIND_LABELS[kind])}  (Alt+{number})", kind)

        self.hint = hint = QLabel(
            self.tr("Ctrl+1…9 of beginletters: partij · Alt+1…6: soort · Enter: opslaan · Ctrl+Z: terug"
                    " · F6: naar tijdlijn en lijst"), self)
        hint.setObjectName("captureHint")
        hint.setStyleSheet(f"color: {colours().muted};")
        hint.setWordWrap(True)
        self.edit.setAccessibleName(self.tr("Bijdrage"))
        self.edit.setAccessibleDescription(hint.text())
        self.party_picker.setAccessibleName(self.tr("Partij van de bijdrage"))
        self.kind_picker.setAccessibleName(self.tr("Soort bijdrage"))
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        for row, (text, widget) in enumerate(((self.tr("Bijdrage:"), self.edit), (self.tr("Partij:"), self.party_picker),
                                              (self.tr("Soort:"), self.kind_picker))):
            label = QLabel(text, self)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
        grid.addWidget(self.edit, 0, 1)
        # The party has a row of its own, so a long name shows whole; its key stands before it, as in the
        # popup's list, and "Partijen…" keeps its distance.
        picker_row = QHBoxLayout()
        picker_row.setContentsMargins(0, 0, 0, 0)
        picker_row.setSpacing(6)
        picker_row.addWidget(self.party_key_label)
        picker_row.addWidget(self.party_picker, 1)
        picker_row.addSpacing(12)
        picker_row.addWidget(self.parties_button)
        picker_row.addStretch(0)  # takes only what the picker, at its widest, leaves
        grid.addLayout(picker_row, 1, 1)
        self.event_label = QLabel(self, objectName="captureEventLabel")
        self.event_label.setToolTip(self.tr("Een nieuwe bijdrage hoort bij de gebeurtenis die in de tijdlijn gekozen is"))
        kinds = QHBoxLayout()
        kinds.setContentsMargins(0, 0, 0, 0)
        kinds.setSpacing(12)
        kinds.addWidget(self.kind_picker)
        kinds.addWidget(self.event_label, 1)
        grid.addLayout(kinds, 2, 1)
        grid.addWidget(hint, 3, 1)  # the keys on a line of their own, so they never wrap into a column
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)

        self.edit.returnPressed.connect(self.store)
        self.party_picker.lineEdit().returnPressed.connect(self.edit.setFocus)
        for number in range(1, len(CAPTURE_KINDS) + 1):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self.kind_picker.setCurrentIndex(n - 1))
        for number in range(1, 10):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda n=number: self._pick_party_number(n))
        self.edit.installEventFilter(self)
        self.event_numbers: Callable[[], dict[int, int]] = dict  # set by the case view from the timeline
        context.changed.connect(self._on_changed)
        context.selectedEventChanged.connect(lambda _id: self.show_event())
        self.reload_parties()
        self.show_event()

    def show_event(self) -> None:
        """Say which event the next contribution will be linked to, so the link is never a surprise."""
        number = self.event_numbers().get(self.context.selected_event_id or -1, 0)
        self.event_label.setText(self.tr("→ bij gebeurtenis {0}").format(number) if number
                                 else self.tr("→ zonder gebeurtenis"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Let Ctrl+Z/Ctrl+Y reach the case's undo stack when the box has nothing of its own to undo."""
        if watched is self.edit and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) and not self.edit.isUndoAvailable():
                event.ignore()
                return True
            if event.matches(QKeySequence.StandardKey.Redo) and not self.edit.isRedoAvailable():
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    def _on_changed(self, entity: str) -> None:
        if entity in ("party", "import", "event"):
            self.reload_parties()
            self.show_event()

    def reload_parties(self) -> None:
        current = self.party_picker.currentText()
        self.party_picker.blockSignals(True)
        self.party_picker.clear()
        keys = []
        for number, party in enumerate(list_parties(self.context.case), start=1):
            self.party_picker.addItem(party.name, party.id)
            if number <= 9:
                self.party_picker.setItemData(number - 1, self.tr("Ctrl+{0}").format(number),
                                              Qt.ItemDataRole.ToolTipRole)
                keys.append(f"Ctrl+{number}  {party.name}")
        self.party_picker.setToolTip("\n".join(keys))
        self._fit_popup()
        self.hint.setToolTip("\n".join(keys))
        index = self.party_picker.findText(current)
        self.party_picker.setCurrentIndex(index)
        if index < 0:
            self.party_picker.setEditText(current)
        self.party_picker.blockSignals(False)
        self._show_party_key()

    def _fit_popup(self) -> None:
        """The popup shows every party at once, each number and name whole, however narrow the picker."""
        view = self.party_picker.view()
        count = self.party_picker.count()
        self.party_picker.setMaxVisibleItems(max(10, min(count, MAX_VISIBLE_PARTIES)))
        scrollbar = view.verticalScrollBar().sizeHint().width() if count > self.party_picker.maxVisibleItems() else 0
        view.setMinimumWidth(view.sizeHintForColumn(0) + scrollbar + 2 * view.frameWidth() + 8 if count else 0)
        # on a wide screen the closed picker stays about as wide as its longest name, beside "Partijen…"
        metrics = self.party_picker.lineEdit().fontMetrics()
        longest = max((metrics.horizontalAdvance(self.party_picker.itemText(i)) for i in range(count)), default=0)
        self.party_picker.setMaximumWidth(max(longest, metrics.horizontalAdvance("M" * 16)) + PICKER_ROOM_PX)

    def _show_party_key(self) -> None:
        index = self.party_picker.findText(self.party_picker.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        self.party_key_label.setText(self.tr("Ctrl+{0}").format(index + 1) if 0 <= index < PICK_KEYS else "")

    def edit_parties(self) -> QDialog:
        from casereview.ui.session.party_editor import open_party_editor

        index = self.party_picker.findText(self.party_picker.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return open_party_editor(self.context, parent=self.window(),
                                 select_id=int(self.party_picker.itemData(index)) if index >= 0 else None)

    def _pick_party_number(self, number: int) -> None:
        if number <= self.party_picker.count():
            self.party_picker.setCurrentIndex(number - 1)
            self.edit.setFocus()

    def resolve_party(self) -> tuple[bool, int | str | None]:
        """(False, ...) when the chair cancelled; else (True, party id), (True, new name) or (True, None).

        A name that is not a party yet is never added silently: the chair confirms it, or picks one
        of the nearest existing names instead.
        """
        text = self.party_picker.currentText().strip()
        if not text:
            return True, None
        index = self.party_picker.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return True, int(self.party_picker.itemData(index))
        matches = [i for i in range(self.party_picker.count())
                   if self.party_picker.itemText(i).lower().startswith(text.lower())]
        if len(matches) == 1:
            return True, int(self.party_picker.itemData(matches[0]))
        from casereview.ui.session.new_party_dialog import NewPartyDialog

        dialog = NewPartyDialog(text, nearest_party_names(self.context.case, text), parent=self.window())
        if not dialog.exec() or not dialog.chosen:
            return False, None
        existing = find_party_id(self.context.case, dialog.chosen)
        if existing is not None:
            self.party_picker.setCurrentIndex(self.party_picker.findData(existing))
            return True, existing
        return True, dialog.chosen

    def store(self) -> None:
        text = self.edit.text().strip()
        if not text:
            return
        confirmed, party = self.resolve_party()
        if not confirmed:
            self.party_picker.lineEdit().setFocus()
            self.party_picker.lineEdit().selectAll()
            return  # the text stays in the box so nothing typed is lost
        kind = self.kind_picker.currentData()
        step_id = self.context.current_phase_id or None
        event_id = self.context.selected_event_id or None
        case = self.context.case
        new_party: dict[str, Any] = {"name": party if isinstance(party, str) else "", "id": None}

        def create() -> Any:
            party_id = party if isinstance(party, int) else None
            if new_party["name"]:
                new_party["id"] = party_id = add_party(case, new_party["name"]).id
            return add_contribution(case, text=text, party_id=party_id, kind=kind, step_id=step_id,
                                    event_id=event_id)

        def remove(row_id: int) -> Any:
            """Undo takes a party made for this contribution away too: out of the chart and every list."""
            removed = delete_contribution(case, row_id)
            return removed, delete_party(case, new_party["id"]) if new_party["id"] is not None else None

        def restore(removed: Any) -> None:
            contribution, party_rows = removed
            if party_rows is not None:
                restore_party(case, party_rows)
            restore_contribution(case, contribution)

        label = self.tr("Bijdrage en nieuwe partij toevoegen") if new_party["name"] else self.tr("Bijdrage toevoegen")
        command = AddCommand(self.context, label, create, remove, restore)
        self.context.undo_stack.push(command)
        if command.failed or command.row_id is None:
            return  # the text stays in the box so nothing typed is lost
        self.edit.setText("")  # also clears the box's own undo history, so Ctrl+Z undoes the store
        self.stored.emit(command.row_id)
