"""The list of contributions with its filters, the capture bar beneath it, and
editing, moving and deleting with undo."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casereview.model.tables import Contribution
from casereview.session.contributions import delete_contribution, restore_contribution, update_contribution
from casereview.session.parties import list_parties
from casereview.session.procedure import list_steps
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import ServiceCommand
from casereview.ui.session.capture_bar import CAPTURE_KINDS, CaptureBar
from casereview.ui.session.contribution_delegate import ContributionDelegate
from casereview.ui.session.contribution_model import CONTRIBUTION_ID_ROLE, ContributionListModel
from casereview.vocabulary import CONTRIBUTION_KIND_LABELS

if TYPE_CHECKING:
    from casereview.ui.findings.conclusion_dialog import ConclusionDialog

CURRENT = "current"  # filter value: follow the chair's current phase / selected event


class ContributionDialog(QDialog):
    """Edit a contribution's text, or move it to another phase, party or kind."""

    def __init__(self, context: CaseContext, item: Contribution, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributionDialog")
        self.setWindowTitle(self.tr("Bijdrage bewerken"))
        self.item = item
        self.text_edit = QPlainTextEdit(item.text, objectName="contributionTextEdit")
        self.step_picker = QComboBox(objectName="contributionStepPicker")
        self.step_picker.addItem(self.tr("(geen fase)"), None)
        for number, step in enumerate(list_steps(context.case), start=1):
            self.step_picker.addItem(f"{number}. {step.title}", step.id)
        self.party_picker = QComboBox(objectName="contributionPartyPicker")
        self.party_picker.addItem(self.tr("(geen partij)"), None)
        for party in list_parties(context.case):
            self.party_picker.addItem(party.name, party.id)
        self.kind_picker = QComboBox(objectName="contributionKindPicker")
        for kind in CAPTURE_KINDS:
            self.kind_picker.addItem(self.tr(CONTRIBUTION_KIND_LABELS[kind]), str(kind))
        for picker, value in ((self.step_picker, item.step_id), (self.party_picker, item.party_id),
                              (self.kind_picker, item.kind)):
            picker.setCurrentIndex(max(0, picker.findData(value)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Tekst"), self.text_edit)
        form.addRow(self.tr("Fase"), self.step_picker)
        form.addRow(self.tr("Partij"), self.party_picker)
        form.addRow(self.tr("Soort"), self.kind_picker)
        form.addRow(buttons)
        self.resize(560, 320)

    def changes(self) -> dict[str, Any]:
        """The fields the chair changed, ready for an undoable edit."""
        values = {"text": self.text_edit.toPlainText().strip(), "step_id": self.step_picker.currentData(),
                  "party_id": self.party_picker.currentData(), "kind": self.kind_picker.currentData()}
        return {k: v for k, v in values.items() if v != getattr(self.item, k) and not (k == "text" and not v)}


class ContributionsPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = ContributionListModel(context, parent=self)
        # Every widget with its parent from the start (under the application stylesheet a widget moved
        # in later is styled twice); the capture bar first, which keeps the pane's Tab order as it was.
        self.capture = CaptureBar(context, parent=self)
        self._settled = self._settled_timer_started = False  # see resizeEvent
        self.list = QListView(self, objectName="contributionList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(ContributionDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)  # rows re-wrap when the column narrows
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setModel(self.model)  # after the modes: each change of mode lays out (measures) every row
        self.list.setAccessibleName(self.tr("Bijdragen"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        edit_action = QAction(self.tr("Bewerken of verplaatsen…"), self.list, shortcut=QKeySequence("F2"))
        edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit_action.triggered.connect(self.edit_current)
        delete_action = QAction(self.tr("Verwijderen"), self.list, shortcut=QKeySequence.StandardKey.Delete)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        link_action = QAction(self.tr("Koppelen aan een nieuwe conclusie…"), self.list, shortcut=QKeySequence("Ctrl+K"))
        link_action.setObjectName("linkContributionAction")
        link_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        link_action.triggered.connect(self.link_to_conclusion)
        self.list.addAction(edit_action)
        self.list.addAction(link_action)
        self.list.addAction(delete_action)
        self.list.setToolTip(self.tr("F2: bewerken of verplaatsen · Ctrl+K: koppelen aan een conclusie · Delete: verwijderen"))
        self.list.doubleClicked.connect(lambda _index: self.edit_current())
        self.list.installEventFilter(self)

        self.phase_filter = QComboBox(self, objectName="contributionPhaseFilter")
        self.party_filter = QComboBox(self, objectName="contributionPartyFilter")
        self.kind_filter = QComboBox(self, objectName="contributionKindFilter")
        self.event_filter = QComboBox(self, objectName="contributionEventFilter")
        self.kind_filter.addItem(self.tr("Alle soorten"), None)
        for kind in CAPTURE_KINDS:
            self.kind_filter.addItem(self.tr(CONTRIBUTION_KIND_LABELS[kind]), str(kind))
        self.event_filter.addItem(self.tr("Alle gebeurtenissen"), None)
        self.event_filter.addItem(self.tr("Bij de gekozen gebeurtenis"), CURRENT)
        self._fill_filters()
        for combo in (self.phase_filter, self.party_filter, self.kind_filter, self.event_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
            combo.currentIndexChanged.connect(self.apply_filters)
        for combo, name in ((self.phase_filter, self.tr("Bijdragen tonen van fase")),
                            (self.party_filter, self.tr("Bijdragen tonen van partij")),
                            (self.kind_filter, self.tr("Bijdragen tonen van soort")),
                            (self.event_filter, self.tr("Bijdragen tonen bij gebeurtenis"))):
            combo.setAccessibleName(name)
        # Two rows of two, so the filters keep their full text in a narrow column beside the timeline.
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(6)
        filters.setVerticalSpacing(4)
        show = QLabel(self.tr("Toon:"), self)
        show.setBuddy(self.phase_filter)
        filters.addWidget(show, 0, 0)
        for position, combo in enumerate((self.phase_filter, self.party_filter, self.kind_filter, self.event_filter)):
            filters.addWidget(combo, position // 2, 1 + position % 2)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.capture)
        self.capture.stored.connect(lambda _id: self.list.scrollToBottom())
        chain = [self.phase_filter, self.party_filter, self.kind_filter, self.event_filter, self.list,
                 self.capture.edit, self.capture.party_picker, self.capture.kind_picker]
        for first, second in zip(chain, chain[1:]):  # top to bottom, as the pane reads
            QWidget.setTabOrder(first, second)
        self.dialog: ContributionDialog | None = None
        self.conclusion_dialog: ConclusionDialog | None = None
        context.changed.connect(self._on_changed)
        context.currentPhaseChanged.connect(lambda _id: self.apply_filters())
        context.currentPhaseChanged.connect(lambda _id: self.show_current_phase())
        context.selectedEventChanged.connect(lambda _id: self.apply_filters())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._settled_timer_started:
            self._settled_timer_started = True
            QTimer.singleShot(0, self, lambda: setattr(self, "_settled", True))  # after the first paint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Until the first paint each new width re-wraps the rows and moves them: keep the phase on top."""
        super().resizeEvent(event)
        if not self._settled:
            self.show_current_phase()

    def show_current_phase(self) -> None:
        """Scroll the current phase's group to the top; the chair's attention is on this phase.

        Not while the pane is hidden: scrolling lays out (measures) every row at the width of the moment,
        and a hidden pane's width is not yet its own; its first resizes in view scroll instead."""
        if not self.isVisible():
            return
        step_id = self.context.current_phase_id
        rows = [r for r in range(self.model.rowCount()) if self.model.item(r).step_id == step_id]
        if rows:
            self.list.scrollTo(self.model.index(rows[0], 0), QAbstractItemView.ScrollHint.PositionAtTop)
        else:
            self.list.scrollToBottom()

    def _on_changed(self, entity: str) -> None:
        if entity in ("step", "party", "import"):
            self._fill_filters()

    def _fill_filters(self) -> None:
        for combo, items, everything in (
            (self.phase_filter, [(f"{n}. {s.title}", s.id) for n, s in enumerate(list_steps(self.context.case), 1)],
             self.tr("Alle fasen")),
            (self.party_filter, [(p.name, p.id) for p in list_parties(self.context.case)], self.tr("Alle partijen")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            if combo is self.phase_filter:
                combo.addItem(self.tr("Huidige fase"), CURRENT)
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        step = self.phase_filter.currentData()
        event = self.event_filter.currentData()
        if step == CURRENT:
            step = self.context.current_phase_id or -1
        if event == CURRENT:
            event = self.context.selected_event_id or -1
        self.model.set_filter(step_id=step, party_id=self.party_filter.currentData(),
                              kind=self.kind_filter.currentData(), event_id=event)

    # --- edit, move, delete -----------------------------------------------------------
    def edit_current(self) -> ContributionDialog | None:
        """Open the edit dialog (window-modal, not blocking) for the current contribution."""
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        self.dialog = ContributionDialog(self.context, self.model.item(index.row()), parent=self)
        self.dialog.accepted.connect(lambda dialog=self.dialog: self.apply_edit(dialog.item.id, dialog.changes()))
        self.dialog.open()
        return self.dialog

    def selected_items(self) -> list[Contribution]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        if not rows and self.list.currentIndex().isValid():
            rows = [self.list.currentIndex().row()]
        return [self.model.item(row) for row in rows]

    def link_to_conclusion(self) -> ConclusionDialog | None:
        """Ctrl+K: a new conclusion resting on the selected contributions and the events they belong to."""
        from casereview.ui.findings.conclusion_dialog import ConclusionDialog  # with the findings, when first used

        items = self.selected_items()
        if not items:
            return None
        dialog = ConclusionDialog(self.context, event_ids=[c.event_id for c in items if c.event_id], parent=self)
        for item in items:
            entry = dialog.contribution_list.item_for(item.id or 0)
            if entry is not None:
                entry.setCheckState(Qt.CheckState.Checked)
        save = QShortcut(QKeySequence("Ctrl+Return"), dialog)  # save from the text box, hands on the keys
        save.activated.connect(dialog.accept)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        dialog.text_edit.setFocus()
        self.conclusion_dialog = dialog
        return dialog

    def apply_edit(self, contribution_id: int | None, values: dict[str, Any]) -> None:
        if contribution_id is None or not values:
            return
        moved = "step_id" in values or "party_id" in values
        text = self.tr("Bijdrage verplaatsen") if moved else self.tr("Bijdrage bewerken")
        case = self.context.case
        self.context.undo_stack.push(ServiceCommand(
            self.context, text, lambda: update_contribution(case, contribution_id, **values),
            lambda before: update_contribution(case, contribution_id, **before)))

    def delete_selected(self) -> None:
        ids = [int(i.data(CONTRIBUTION_ID_ROLE)) for i in self.list.selectionModel().selectedIndexes()]
        if not ids:
            return
        case = self.context.case
        stack = self.context.undo_stack
        stack.beginMacro(self.tr("%n bijdragen verwijderen", "", len(ids)))
        for row_id in ids:
            stack.push(ServiceCommand(self.context, self.tr("Bijdrage verwijderen"),
                                      lambda row_id=row_id: delete_contribution(case, row_id),
                                      lambda removed: restore_contribution(case, removed)))
        stack.endMacro()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.list and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_current()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_selected()
                return True
        return super().eventFilter(watched, event)
