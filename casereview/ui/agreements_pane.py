"""Verbeterafspraken: a table and a form; overdue agreements stand out."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casereview.agreements import add_agreement, is_overdue, list_agreements, rule_reflex_warning
from casereview.dates import format_dutch
from casereview.model.tables import Agreement
from casereview.parties import list_parties
from casereview.ui.case_context import CaseContext
from casereview.ui.undo_commands import AddRowCommand
from casereview.vocabulary import AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS, AgreementKind

Index = QModelIndex | QPersistentModelIndex
AGREEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BRUSH = QBrush(QColor("#fbeadb"))


class AgreementTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("shared", "Wat doen we"),
        QT_TRANSLATE_NOOP("shared", "Partij"),
        QT_TRANSLATE_NOOP("shared", "Wie"),
        QT_TRANSLATE_NOOP("shared", "Uiterlijk"),
        QT_TRANSLATE_NOOP("shared", "Hoe weten we dat het werkt"),
        QT_TRANSLATE_NOOP("shared", "Soort"),
        QT_TRANSLATE_NOOP("shared", "Status"),
    )

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._items: list[Agreement] = []
        self._parties: dict[int, str] = {}
        context.changed.connect(lambda entity: entity in ("agreement", "party") and self.reload())
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = list_agreements(self.context.case)
        self._parties = {p.id: p.name for p in list_parties(self.context.case) if p.id is not None}
        self.endResetModel()

    def items(self) -> list[Agreement]:
        return list(self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                item.action, self._parties.get(item.owner_party_id or -1, ""), item.owner_person,
                format_dutch(item.due_date), item.success_check,
                self.tr(AGREEMENT_KIND_LABELS.get(item.kind, item.kind)),
                self.tr(AGREEMENT_STATUS_LABELS.get(item.status, item.status)),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and is_overdue(item):
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if is_overdue(item):
                return self.tr("Verlopen: de datum is voorbij en de afspraak is nog niet gereed.")
            if item.kind_reason:
                return item.kind_reason
        if role == AGREEMENT_ID_ROLE:
            return item.id
        return None


class AgreementsPane(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = AgreementTableModel(context, parent=self)
        self.table = QTableView(objectName="agreementTable")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.warning = QLabel(objectName="ruleReflexWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")

        self.action_edit = QLineEdit(objectName="agreementActionEdit")
        self.action_edit.setPlaceholderText(self.tr("Wat gaan we doen?"))
        self.party_combo = QComboBox(objectName="agreementPartyCombo")
        self.person_edit = QLineEdit(objectName="agreementPersonEdit")
        self.due_edit = QDateEdit(objectName="agreementDueEdit")
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("dd-MM-yyyy")
        self.due_edit.setDate(QDate.currentDate().addMonths(3))
        self.check_edit = QLineEdit(objectName="agreementCheckEdit")
        self.check_edit.setPlaceholderText(self.tr("Hoe weten we dat het gewerkt heeft?"))
        self.kind_combo = QComboBox(objectName="agreementKindCombo")
        for kind in AgreementKind:
            self.kind_combo.addItem(self.tr(AGREEMENT_KIND_LABELS[kind]), str(kind))
        self.reason_edit = QLineEdit(objectName="agreementReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Reden (nodig bij 'geen maatregel nodig')"))
        self.add_button = QPushButton(self.tr("Afspraak toevoegen"), objectName="addAgreementButton")
        self.add_button.clicked.connect(self.add)

        form = QFormLayout()
        form.addRow(self.tr("Afspraak"), self.action_edit)
        form.addRow(self.tr("Eigenaar (partij)"), self.party_combo)
        form.addRow(self.tr("Eigenaar (persoon)"), self.person_edit)
        form.addRow(self.tr("Uiterlijk"), self.due_edit)
        form.addRow(self.tr("Toetsing"), self.check_edit)
        form.addRow(self.tr("Soort"), self.kind_combo)
        form.addRow(self.tr("Reden"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        context.changed.connect(self._on_changed)
        self._reload_parties()
        self._update_warning()

    def _on_changed(self, entity: str) -> None:
        if entity == "party":
            self._reload_parties()
        if entity == "agreement":
            self._update_warning()

    def _reload_parties(self) -> None:
        self.party_combo.clear()
        self.party_combo.addItem(self.tr("(geen)"), None)
        for party in list_parties(self.context.case):
            self.party_combo.addItem(party.name, party.id)

    def _update_warning(self) -> None:
        text = rule_reflex_warning(self.model.items())
        self.warning.setText(self.tr(text) if text else "")
        self.warning.setVisible(bool(text))

    def add(self) -> None:
        qdate = self.due_edit.date()
        values = dict(
            action=self.action_edit.text(), owner_party_id=self.party_combo.currentData(),
            owner_person=self.person_edit.text(), due_date=date(qdate.year(), qdate.month(), qdate.day()),
            success_check=self.check_edit.text(), kind=self.kind_combo.currentData(),
            kind_reason=self.reason_edit.text(),
        )

        def create() -> Agreement:
            return add_agreement(self.context.case, **values)

        command = AddRowCommand(self.context, self.tr("Afspraak toevoegen"), "agreement", Agreement, create)
        self.context.undo_stack.push(command)
        if not command.failed:
            for edit in (self.action_edit, self.person_edit, self.check_edit, self.reason_edit):
                edit.clear()
