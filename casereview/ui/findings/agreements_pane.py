"""Verbeterafspraken: a table and a form; overdue agreements stand out."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.agreements import (
    add_agreement,
    delete_agreement,
    is_overdue,
    list_agreements,
    restore_agreement,
    rule_reflex_counts,
)
from casereview.model.tables import Agreement
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.agreement_dialog import AgreementDialog, AgreementForm
from casereview.ui.findings.agreement_table_model import AgreementListModel, agreement_table_view
from casereview.ui.language.dates import long_date
from casereview.ui.operations.undo_commands import AddCommand, ServiceCommand
from casereview.ui.style.palette import colours
from casereview.vocabulary import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_LEVEL_LABELS,
    AGREEMENT_STATUS_LABELS,
    AgreementKind,
)

Index = QModelIndex | QPersistentModelIndex
D = TypeVar("D", bound=QDialog)
AGREEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
VISIBLE_AGREEMENT_ROWS = 3
OVERDUE_BRUSH = QBrush(QColor(colours().concern_bg))


class AgreementTableModel(AgreementListModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("shared", "Wat doen we"),
        QT_TRANSLATE_NOOP("shared", "Wie en wanneer"),
        QT_TRANSLATE_NOOP("shared", "Soort en status"),
    )
    SHORT_KINDS = {
        AgreementKind.IMPROVE_EXISTING: QT_TRANSLATE_NOOP("shared", "verbetering"),
        AgreementKind.NEW_MEASURE: QT_TRANSLATE_NOOP("shared", "nieuw"),
        AgreementKind.NO_MEASURE: QT_TRANSLATE_NOOP("shared", "geen maatregel"),
    }

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(context, parent=parent)
        context.changed.connect(lambda entity: entity in ("agreement", "party") and self.reload())
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = list_agreements(self.context.case)
        self.load_parties()
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            party = self._parties.get(item.owner_party_id or -1, "")
            owner = " · ".join(part for part in (party, item.owner_person) if part)
            who = (long_date(item.due_date), owner)
            kind = self.tr(self.SHORT_KINDS[item.kind]) if item.kind in self.SHORT_KINDS else self.tr("soort kiezen")
            status = self.tr(AGREEMENT_STATUS_LABELS.get(item.status, item.status))
            if is_overdue(item):  # said in words too: the row colour alone would not reach everyone
                status = self.tr("{0} · over datum").format(status)
            values = (item.action, "\n".join(part for part in who if part), f"{kind}\n{status}")
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and is_overdue(item):
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == AGREEMENT_ID_ROLE:
            return item.id
        return None


    def _tooltip(self, item: Agreement) -> str:
        lines = [item.action]
        if item.success_check:
            lines.append(self.tr("Toetsing: {0}").format(item.success_check))
        if item.kind in AGREEMENT_KIND_LABELS:
            lines.append(self.tr("Soort: {0}").format(self.tr(AGREEMENT_KIND_LABELS[item.kind])))
        if item.kind_reason:
            lines.append(self.tr("Reden: {0}").format(item.kind_reason))
        if item.level in AGREEMENT_LEVEL_LABELS:
            lines.append(self.tr("Niveau: {0}").format(self.tr(AGREEMENT_LEVEL_LABELS[item.level])))
        if item.programme:
            lines.append(self.tr("Hoort bij: {0}").format(item.programme))
        if is_overdue(item):
            lines.append(self.tr("Verlopen: de datum is voorbij en de afspraak is nog niet gereed."))
        return "\n".join(lines)


class AgreementsPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AgreementTableModel(context, parent=self)
        self.table = agreement_table_view(self.model, "agreementTable", stretch_column=0)
        self.table.setAccessibleName(self.tr("Verbeterafspraken"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 160)
        # Two lines per agreement (the tooltip has it all), so several fit above the form on a laptop.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 8)
        # Never fewer than three agreements in view: on a short screen the pane scrolls to its form instead.
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + VISIBLE_AGREEMENT_ROWS * rows.defaultSectionSize() + 2 * self.table.frameWidth())
        self.table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.warning = QLabel(objectName="ruleReflexWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color: {colours().warning}; background: {colours().warning_bg}; padding: 4px 6px;")

        self.edit_button = QPushButton(self.tr("Bewerken…"), objectName="editAgreementButton")
        self.delete_button = QPushButton(self.tr("Verwijderen"), objectName="deleteAgreementButton")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        row_actions = QHBoxLayout()
        row_actions.addWidget(self.warning, 1)
        row_actions.addWidget(self.edit_button)
        row_actions.addWidget(self.delete_button)

        self.form = AgreementForm(context, parent=self)
        self.action_edit = self.form.action_edit
        self.party_combo = self.form.party_combo
        self.person_edit = self.form.person_edit
        self.due_edit = self.form.due_edit
        self.check_edit = self.form.check_edit
        self.kind_combo = self.form.kind_combo
        self.reason_edit = self.form.reason_edit
        self.add_button = QPushButton(self.tr("Afspraak toevoegen"), objectName="addAgreementButton")
        self.add_button.clicked.connect(self.add)
        self.action_edit.returnPressed.connect(self.add)
        self.form.place_button(self.add_button)
        form_box = QGroupBox(self.tr("Nieuwe verbeterafspraak"))
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(6, 4, 6, 6)
        form_layout.addWidget(self.form)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row_actions)
        layout.addWidget(form_box)
        context.changed.connect(self._on_changed)
        self._update_warning()
        self._update_buttons()

    def _on_changed(self, entity: str) -> None:
        if entity == "party":
            self.form.reload_parties()
        if entity == "agreement":
            self._update_warning()
            self._update_buttons()

    def _update_warning(self) -> None:
        """Rule 4 (against the rule reflex): a gentle note, never a block."""
        counts = rule_reflex_counts(self.model.items())
        note = self.tr("Er staan meer nieuwe maatregelen ({0}) dan verbeteringen van bestaande werkwijzen "
                       "({1}). Kan een bestaande werkwijze het ook oplossen?")
        self.warning.setText(note.format(*counts) if counts else "")
        self.warning.setVisible(counts is not None)

    def _update_buttons(self) -> None:
        selected = self.selected_id() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def select_first_incomplete(self) -> None:
        """Select the first agreement still missing an owner, a date, a check or a kind (a refused close)."""
        for row, item in enumerate(self.model.items()):
            if item.kind == AgreementKind.NO_MEASURE:
                continue
            if not item.kind or item.due_date is None or not item.success_check.strip() or \
                    (item.owner_party_id is None and not item.owner_person.strip()):
                self.table.selectRow(row)
                return
        if self.model.rowCount():
            self.table.selectRow(0)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], AGREEMENT_ID_ROLE)

    def add(self) -> None:
        if self.action_edit.text().strip():
            missing = self.form.missing_field()
            if missing is not None:
                widget, message = missing
                self.form.show_hint(message)
                self.context.errorRaised.emit(message)
                widget.setFocus()
                return
        values = self.form.values()

        case = self.context.case
        command = AddCommand(self.context, self.tr("Afspraak toevoegen"), lambda: add_agreement(case, **values),
                             lambda row_id: delete_agreement(case, row_id), lambda removed: restore_agreement(case, removed))
        self.context.undo_stack.push(command)
        if not command.failed:
            self.form.clear()
            self.form.update_hints()
            self.action_edit.setFocus()

    def edit_selected(self) -> AgreementDialog | None:
        agreement_id = self.selected_id()
        if agreement_id is None:
            return None
        return _open(AgreementDialog(self.context, agreement_id, parent=self))

    def delete_selected(self) -> None:
        """Undoable, so no confirmation question in the middle of a meeting."""
        agreement_id = self.selected_id()
        if agreement_id is None:
            return
        case = self.context.case
        self.context.undo_stack.push(ServiceCommand(self.context, self.tr("Afspraak verwijderen"),
                                                    lambda: delete_agreement(case, agreement_id),
                                                    lambda removed: restore_agreement(case, removed)))


def _open(dialog: D) -> D:
    """Window-modal but not blocking: the meeting view stays painted behind it."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
