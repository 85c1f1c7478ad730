"""Namen: what detection found in the case, and the chair's decision on each, by keyboard.

Open ones come first, with where they occur. Enter on a row puts the cursor in
the pseudonym field (Enter there stores it); Ctrl+G on a row keeps the text as
written ("geen naam"). After each decision the next open one is selected. "Zoeken" runs detection in its own process behind the
operations runner's progress dialog, so the window neither freezes nor grows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casereview.casefile.progress import Progress
from casereview.privacy.detection.candidates import detect_names, detection_state
from casereview.privacy.detection.decisions import KEPT, NameState, keep_as_written, name_states, undo_keep
from casereview.privacy.detection.kinds import AGE, BSN, DATE, EMAIL, INSTITUTION, LOCATION, PERSON, PHONE, URL
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.agreement_dialog import EnterLineEdit
from casereview.ui.operations.runner import attempt, run_long

Index = QModelIndex | QPersistentModelIndex


class NameStateModel(QAbstractTableModel):
    """The candidates as rows: text, kind, count, where, decision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states: list[NameState] = []
        self._headers = [self.tr("Tekst"), self.tr("Soort"), self.tr("Aantal"), self.tr("Waar"), self.tr("Besluit")]
        self._kinds = {PERSON: self.tr("persoon"), LOCATION: self.tr("plaats of adres"),
                       INSTITUTION: self.tr("instelling"), DATE: self.tr("datum"), AGE: self.tr("leeftijd"),
                       PHONE: self.tr("telefoonnummer"), BSN: self.tr("BSN"), EMAIL: self.tr("e-mailadres"),
                       URL: self.tr("webadres")}

    def set_states(self, states: list[NameState]) -> None:
        self.beginResetModel()
        self.states = states
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.states)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        state = self.states[index.row()]
        column = index.column()
        if column == 0:
            return state.text
        if column == 1:
            return self._kinds.get(state.kind, state.kind)
        if column == 2:
            return state.count
        if column == 3:
            return ", ".join(state.places) if role == Qt.ItemDataRole.ToolTipRole else ", ".join(state.places[:3])
        if not state.decision:
            return self.tr("nog niet beslist")
        if state.decision == KEPT:
            return self.tr("geen naam")
        return self.tr("pseudoniem: {0}").format(state.decision)


class _NamesTable(QTableView):
    """The table; Enter on a row goes on to the pseudonym field, Ctrl+G keeps the text ("geen naam")."""

    enterPressed = Signal()
    keepPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enterPressed.emit()
            return
        if event.key() == Qt.Key.Key_G and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.keepPressed.emit()
            return
        super().keyPressEvent(event)


class NamesDialog(QDialog):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("namesDialog")
        self.setWindowTitle(self.tr("Namen"))
        self.setAccessibleName(self.tr("Gevonden namen en persoonsgegevens"))
        self.context = context
        self.summary = QLabel()
        self.summary.setObjectName("namesSummary")
        self.summary.setWordWrap(True)
        self.alias_edit = EnterLineEdit()
        self.alias_edit.setObjectName("namePseudonymEdit")
        self.alias_edit.setAccessibleName(self.tr("Pseudoniem voor de gekozen naam"))
        self.alias_edit.setPlaceholderText(self.tr("pseudoniem, bijv. moeder; Enter slaat op"))
        self.alias_edit.returnPressed.connect(self.give_pseudonym)
        self.model = NameStateModel(self)
        self.table = _NamesTable()
        self.table.setObjectName("namesTable")
        self.table.setAccessibleName(self.tr("Gevonden namen"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.enterPressed.connect(lambda: self.alias_edit.setFocus())
        self.table.doubleClicked.connect(lambda _index: self.alias_edit.setFocus())

        self.keep_button = QPushButton(self.tr("Geen naam (Ctrl+G)"))
        self.keep_button.setObjectName("keepNameButton")
        self.keep_button.setAutoDefault(False)
        self.keep_button.clicked.connect(self.keep)
        self.table.keepPressed.connect(self.keep)
        self.reopen_button = QPushButton(self.tr("Weer open"))
        self.reopen_button.setObjectName("reopenNameButton")
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.clicked.connect(self.reopen)
        self.detect_button = QPushButton(self.tr("Zoeken"))
        self.detect_button.setObjectName("detectNamesButton")
        self.detect_button.setAutoDefault(False)
        self.detect_button.clicked.connect(self.detect)

        row = QHBoxLayout()
        row.addWidget(self.alias_edit, 1)
        row.addWidget(self.keep_button)
        row.addWidget(self.reopen_button)
        row.addWidget(self.detect_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(820, 520)
        self.reload()

    def reload(self) -> None:
        current = self._current()
        states = name_states(self.context.case)
        self.model.set_states(states)
        open_count = sum(1 for st in states if st.undecided)
        state = detection_state(self.context.case)
        if state == "never":
            text = self.tr("Er is nog niet gezocht. Kies Zoeken: de eerste keer duurt dat ongeveer een minuut.")
        else:
            text = self.tr("Nog niet beslist: {0}.").format(open_count)
            if state == "stale":
                text += " " + self.tr("De teksten zijn veranderd sinds het zoeken; zoek opnieuw.")
        self.summary.setText(text)
        rows = [i for i, st in enumerate(states) if current is not None and st.text == current.text]
        if rows or states:
            self.table.selectRow(rows[0] if rows else 0)

    def _current(self) -> NameState | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.states):
            return None
        return self.model.states[index.row()]

    def _next_open(self) -> None:
        for row, state in enumerate(self.model.states):
            if state.undecided:
                self.table.selectRow(row)
                self.table.setFocus()
                return

    def give_pseudonym(self) -> None:
        current, alias = self._current(), self.alias_edit.text().strip()
        if current is None or not alias:
            return
        if attempt(lambda: set_pseudonym(self.context.case, current.text, alias), parent=self,
                   title=self.tr("Pseudoniem")).ok:
            self.alias_edit.clear()
            self.reload()
            self._next_open()

    def keep(self) -> None:
        current = self._current()
        if current is not None and attempt(lambda: keep_as_written(self.context.case, [current.text]),
                                           parent=self, title=self.tr("Geen naam")).ok:
            self.reload()
            self._next_open()

    def reopen(self) -> None:
        current = self._current()
        if current is not None and current.decision == KEPT:
            attempt(lambda: undo_keep(self.context.case, current.text), parent=self, title=self.tr("Weer open"))
            self.reload()

    def detect(self) -> None:
        case = self.context.case

        def work(progress: Progress) -> int:
            return detect_names(case, progress=progress)

        outcome = run_long(work, parent=self, title=self.tr("Namen zoeken"),
                           label=self.tr("Namen en andere persoonsgegevens zoeken in alle teksten…"),
                           context=self.context, cancellable=True)
        if outcome.ok:
            self.reload()
            self._next_open()
