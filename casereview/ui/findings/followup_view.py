"""Follow-up mode (borging): the agreements months after the meeting, open ones first.

Learning often stops after the report; this view is where somebody checks whether
what was agreed actually happened. Overdue agreements sit on top and are marked;
a status or a progress note is stored the moment it is entered.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.agreements import (
    followup_order,
    is_overdue,
    list_agreements,
    overdue_agreements,
)
from casereview.findings.conclusions import list_conclusions
from casereview.model.tables import Agreement
from casereview.session.procedure import case_details_state, update_case_details
from casereview.timeline.dates import format_dutch
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.agreement_dialog import (
    AgreementDialog,
    ProgressNotesBox,
    StatusBox,
    to_date,
    to_qdate,
)
from casereview.ui.findings.agreement_table_model import AgreementListModel, agreement_table_view
from casereview.ui.operations.undo_commands import push_edit
from casereview.vocabulary import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_STATUS_LABELS,
    AgreementStatus,
)

Index = QModelIndex | QPersistentModelIndex
AGREEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BRUSH = QBrush(QColor("#fbeadb"))
CLOSED_BRUSH = QBrush(QColor("#6b6b6b"))
OPEN_STATES = (AgreementStatus.OPEN, AgreementStatus.IN_PROGRESS)


class FollowUpModel(AgreementListModel):
    """Agreements in follow-up order: overdue, other open ones by due date, then finished ones."""

    HEADERS = (
        QT_TRANSLATE_NOOP("shared", "Status"),
        QT_TRANSLATE_NOOP("shared", "Afspraak"),
        QT_TRANSLATE_NOOP("shared", "Uiterlijk"),
    )

    def __init__(self, context: CaseContext, *, parent: Any = None) -> None:
        super().__init__(context, parent=parent)
        self._overdue: set[int | None] = set()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = followup_order(list_agreements(self.context.case))
        self._overdue = {item.id for item in self._items if is_overdue(item)}  # data() is called thousands of times
        self.load_parties()
        self.endResetModel()

    def row_of(self, agreement_id: int | None) -> int:
        for row, item in enumerate(self._items):
            if item.id == agreement_id:
                return row
        return -1

    def owner(self, item: Agreement) -> str:
        party = self._parties.get(item.owner_party_id or -1, "")
        return " — ".join(part for part in (party, item.owner_person) if part)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        overdue = item.id in self._overdue
        if role == Qt.ItemDataRole.DisplayRole:
            status = self.tr(AGREEMENT_STATUS_LABELS.get(item.status, item.status))
            if overdue:
                status = self.tr("{0}\nover datum").format(status)
            owner = self.owner(item)
            action = f"{item.action}\n{owner}" if owner else item.action
            due = item.due_date.strftime("%d-%m-%Y") if item.due_date else ""
            values = (status, action, due)
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return OVERDUE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and item.status not in OPEN_STATES:
            return CLOSED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.FontRole and overdue and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and overdue:
            return self.tr("De datum is voorbij en de afspraak is nog niet gereed.")
        if role == AGREEMENT_ID_ROLE:
            return item.id
        return None


class FollowUpView(QWidget):
    """The agreements of one case with their status and progress, for the follow-up meeting."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUpView")
        self.context = context
        self.model = FollowUpModel(context, parent=self)
        self.summary = QLabel(objectName="followUpSummary")
        self.summary.setWordWrap(True)
        self.meeting_check = QCheckBox(self.tr("Vervolgbijeenkomst gepland op"), objectName="followUpDateCheck")
        self.meeting_edit = QDateEdit(objectName="followUpDateEdit")
        self.meeting_edit.setCalendarPopup(True)
        self.meeting_edit.setDisplayFormat("dd-MM-yyyy")
        self.meeting_check.toggled.connect(self._store_meeting_date)
        self.meeting_edit.dateChanged.connect(self._store_meeting_date)

        self.table = agreement_table_view(self.model, "followUpTable", stretch_column=1)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.doubleClicked.connect(lambda *_: self.edit_current())

        self.title = QLabel(objectName="followUpTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.details = QLabel(objectName="followUpDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.status = StatusBox(context, parent=self)
        self.notes = ProgressNotesBox(context, parent=self)
        self.edit_button = QPushButton(self.tr("Afspraak bewerken…"), objectName="editFollowUpButton")
        self.edit_button.clicked.connect(self.edit_current)

        detail = QFrame()
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.details)
        status_heading = QHBoxLayout()
        status_heading.addWidget(_heading(self.tr("Status")))
        status_heading.addStretch(1)
        status_heading.addWidget(self.edit_button)
        detail_layout.addLayout(status_heading)
        detail_layout.addWidget(self.status)
        detail_layout.addWidget(_heading(self.tr("Voortgang")))
        detail_layout.addWidget(self.notes, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.meeting_check)
        top.addWidget(self.meeting_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        context.changed.connect(self._on_changed)
        self._load_meeting_date()
        self._update_summary()
        self.select_first()

    # --- what is shown --------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.model.item(row).id if 0 <= row < self.model.rowCount() else None

    def select_first(self) -> None:
        """Open agreements come first, so the first row is where a follow-up meeting starts."""
        if self.model.rowCount():
            self.table.selectRow(0)
        self._show_current()

    def select_agreement(self, agreement_id: int) -> None:
        row = self.model.row_of(agreement_id)
        if row >= 0:
            self.table.selectRow(row)

    def _on_changed(self, entity: str) -> None:
        if entity in ("agreement", "party"):
            keep = self.current_id()
            self.model.reload()
            if keep is not None and self.model.row_of(keep) >= 0:
                self.select_agreement(keep)
            elif self.model.rowCount():
                self.table.selectRow(0)
            self._show_current()
            self._update_summary()
        elif entity == "case":
            self._load_meeting_date()

    def _show_current(self) -> None:
        row = self.table.currentIndex().row()
        item = self.model.item(row) if 0 <= row < self.model.rowCount() else None
        self.status.show_agreement(item)
        self.notes.show_agreement(item.id if item is not None else None)
        self.edit_button.setEnabled(item is not None)
        if item is None:
            self.title.setText(self.tr("Kies een afspraak in de lijst."))
            self.details.clear()
            return
        self.title.setText(item.action)
        lines = [
            (self.tr("Eigenaar"), self.model.owner(item) or self.tr("nog niemand")),
            (self.tr("Uiterlijk"), format_dutch(item.due_date) or self.tr("geen datum")),
            (self.tr("Toetsing"), item.success_check or self.tr("nog niet afgesproken")),
            (self.tr("Soort"), self.tr(AGREEMENT_KIND_LABELS.get(item.kind, item.kind))),
        ]
        if item.conclusion_id is not None:
            numbered = {v.conclusion.id: (n, v.conclusion.text)
                        for n, v in enumerate(list_conclusions(self.context.case), start=1)}
            if item.conclusion_id in numbered:
                number, text = numbered[item.conclusion_id]
                short = text if len(text) <= 80 else text[:77].rstrip() + "…"
                lines.append((self.tr("Bij conclusie"), f"{number}. {short}"))
        html = "<br>".join(f"<b>{_escape(k)}:</b> {_escape(v)}" for k, v in lines)
        if is_overdue(item):
            html = f"<span style='color:#a34a00'><b>{_escape(self.tr('Over datum'))}</b></span><br>" + html
        self.details.setText(html)

    def summary_text(self) -> str:
        """The summary line without markup, e.g. for the command line."""
        return re.sub(r"<[^>]+>", "", self.summary.text())

    def _update_summary(self) -> None:
        items = self.model.items()
        open_count = sum(1 for a in items if a.status in OPEN_STATES)
        overdue = sum(1 for a in items if is_overdue(a))
        done = sum(1 for a in items if a.status == AgreementStatus.DONE)
        if not items:
            text = self.tr("Er zijn nog geen verbeterafspraken.")
        else:
            text = self.tr("{0} afspraken: {1} open, {2} gereed").format(len(items), open_count, done)
            if overdue:
                text += " · " + self.tr("<b style='color:#a34a00'>{0} over datum</b>").format(overdue)
        self.summary.setText(text)

    # --- the follow-up meeting date ---------------------------------------------------
    def _load_meeting_date(self) -> None:
        planned = self.context.case.case().followup_date
        for widget in (self.meeting_check, self.meeting_edit):
            widget.blockSignals(True)
        self.meeting_check.setChecked(planned is not None)
        self.meeting_edit.setEnabled(planned is not None)
        self.meeting_edit.setDate(to_qdate(planned) if planned else QDate.currentDate().addMonths(6))
        for widget in (self.meeting_check, self.meeting_edit):
            widget.blockSignals(False)

    def _store_meeting_date(self) -> None:
        planned = self.meeting_check.isChecked()
        self.meeting_edit.setEnabled(planned)
        value: date | None = to_date(self.meeting_edit.date()) if planned else None
        if self.context.case.case().followup_date == value:
            return
        push_edit(self.context, self.tr("Vervolgbijeenkomst plannen"), lambda: case_details_state(self.context.case),
                  lambda: update_case_details(self.context.case, followup_date=value))

    # --- actions ----------------------------------------------------------------------
    def edit_current(self) -> AgreementDialog | None:
        agreement_id = self.current_id()
        if agreement_id is None:
            return None
        dialog = AgreementDialog(self.context, agreement_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class OverdueBanner(QPushButton):
    """A calm, clickable note that agreements are past their date; hidden when none are."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueBanner")
        self.context = context
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton { color: #8a3d00; background: #fbeadb; border: 1px solid #e8c4a4;"
                           " border-radius: 3px; padding: 2px 10px; }")
        context.changed.connect(lambda entity: entity == "agreement" and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        count = len(overdue_agreements(self.context.case))
        if count == 1:
            text = self.tr("1 afspraak is over datum — bekijken")
        else:
            text = self.tr("{0} afspraken zijn over datum — bekijken").format(count)
        self.setText(text)
        self.setVisible(count > 0)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

