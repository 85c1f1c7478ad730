"""Follow-up mode (borging): the agreements months after the meeting, open ones first.

Learning often stops after the report; this view is where somebody checks whether
what was agreed actually happened. Overdue agreements sit on top and are marked;
a status or a progress note is stored the moment it is entered.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

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
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.agreements import (
    followup_order,
    is_overdue,
    list_agreements,
)
from casereview.findings.conclusions import list_conclusions
from casereview.findings.effect_checks import latest_effects
from casereview.findings.followup_agenda import load_followup_agenda, set_terugkommoment, unload_followup_agenda
from casereview.model.tables import Agreement
from casereview.session.parties import list_parties
from casereview.session.procedure import case_details_state, update_case_details
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.aftercare_pane import AftercarePane
from casereview.ui.findings.agreement_dialog import (
    AgreementDialog,
    ProgressNotesBox,
    StatusBox,
    to_date,
    to_qdate,
)
from casereview.ui.findings.agreement_effect_box import DecisionBox, EffectCheckBox
from casereview.ui.findings.agreement_table_model import AgreementListModel, agreement_table_view
from casereview.ui.language.dates import long_date
from casereview.ui.operations.runner import run_long
from casereview.ui.operations.undo_commands import ServiceCommand, push_edit
from casereview.ui.style.palette import colours
from casereview.ui.widgets.scrolling import scrolling
from casereview.vocabulary import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_LEVEL_LABELS,
    AGREEMENT_STATUS_LABELS,
    EFFECT_RESULT_LABELS,
    AgreementStatus,
)

if TYPE_CHECKING:
    from casereview.ui.findings.agreement_sheet_dialog import AgreementSheetDialog

Index = QModelIndex | QPersistentModelIndex
AGREEMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_BRUSH = QBrush(QColor(colours().concern_bg))
CLOSED_BRUSH = QBrush(QColor(colours().quiet))
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
        self._effects: dict[int, str] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = followup_order(list_agreements(self.context.case))
        self._overdue = {item.id for item in self._items if is_overdue(item)}  # data() is called thousands of times
        self._effects = {aid: check.result for aid, check in latest_effects(self.context.case).items()}
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
            effect = self._effects.get(item.id or -1)
            if effect is not None:
                action += "\n" + self.tr("Effect: {0}").format(self.tr(EFFECT_RESULT_LABELS.get(effect, effect)))
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
        self.meeting_edit.setAccessibleName(self.tr("Datum van de vervolgbijeenkomst"))
        self.meeting_edit.setDisplayFormat("dd-MM-yyyy")
        self.meeting_check.toggled.connect(self._store_meeting_date)
        self.meeting_edit.dateChanged.connect(self._store_meeting_date)

        self.table = agreement_table_view(self.model, "followUpTable", stretch_column=1)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Afspraken om op te volgen"))
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
        self.effects = EffectCheckBox(context, parent=self)
        self.decision = DecisionBox(context, parent=self)
        self.detail_tabs = QTabWidget(objectName="followUpDetailTabs")
        self.detail_tabs.addTab(self.notes, self.tr("Voortgang"))
        self.detail_tabs.addTab(self.effects, self.tr("Effect"))
        self.detail_tabs.addTab(self.decision, self.tr("Besluit"))
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
        detail_layout.addWidget(self.detail_tabs, 1)

        detail_scroll = scrolling(detail, "followUpDetailScroll")  # on a laptop it scrolls instead of squeezing
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 420])

        self.terugkommoment_check = QCheckBox(self.tr("Terugkommoment op"), objectName="terugkommomentCheck")
        self.terugkommoment_edit = QDateEdit(objectName="terugkommomentEdit")
        self.terugkommoment_edit.setCalendarPopup(True)
        self.terugkommoment_edit.setAccessibleName(self.tr("Datum van het terugkommoment"))
        self.terugkommoment_edit.setDisplayFormat("dd-MM-yyyy")
        self.terugkommoment_check.toggled.connect(self._store_terugkommoment)
        self.terugkommoment_edit.dateChanged.connect(self._store_terugkommoment)

        self.owner_combo = QComboBox(objectName="afsprakenlijstPartyCombo")
        self.owner_combo.setToolTip(self.tr("De partij die de afsprakenlijst invult"))
        self.owner_combo.setAccessibleName(self.tr("Partij voor de afsprakenlijst"))
        self.export_sheet_button = QPushButton(self.tr("Afsprakenlijst maken…"), objectName="exportAfsprakenlijstButton")
        self.import_sheet_button = QPushButton(self.tr("Ingevulde lijst inlezen…"),
                                               objectName="importAfsprakenlijstButton")
        self.calendar_button = QPushButton(self.tr("Agenda (.ics)…"), objectName="exportKalenderButton")
        self.agenda_button = QPushButton(self.tr("Agenda vervolgbijeenkomst laden"), objectName="loadFollowUpAgendaButton")
        self.agenda_button.setToolTip(self.tr("Voegt aan de agenda een fase per open afspraak toe, met de toetsing "
                                              "en de laatste effectmeting."))
        self.export_sheet_button.clicked.connect(self._ask_export_sheet)
        self.import_sheet_button.clicked.connect(self._ask_import_sheet)
        self.calendar_button.clicked.connect(self._ask_export_calendar)
        self.agenda_button.clicked.connect(self.load_agenda)
        self.action_message = QLabel(objectName="followUpActionMessage")
        self.action_message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.meeting_check)
        top.addWidget(self.meeting_edit)
        top.addWidget(self.terugkommoment_check)
        top.addWidget(self.terugkommoment_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.owner_combo)
        actions.addWidget(self.export_sheet_button)
        actions.addWidget(self.import_sheet_button)
        actions.addWidget(self.calendar_button)
        actions.addWidget(self.agenda_button)
        actions.addWidget(self.action_message, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        # The staff's aftercare below the agreements, in its own scrolling share, so the list keeps its room.
        body = QSplitter(Qt.Orientation.Vertical, objectName="followUpBody")
        body.addWidget(splitter)
        body.addWidget(scrolling(AftercarePane(context), "aftercareScroll"))
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 1)
        body.setSizes([700, 200])
        layout.addWidget(body, 1)

        context.changed.connect(self._on_changed)
        self._load_meeting_date()
        self._load_terugkommoment()
        self._load_owners()
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
        if entity == "party":
            self._load_owners()
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
            self._load_terugkommoment()

    def _show_current(self) -> None:
        row = self.table.currentIndex().row()
        item = self.model.item(row) if 0 <= row < self.model.rowCount() else None
        self.status.show_agreement(item)
        self.notes.show_agreement(item.id if item is not None else None)
        self.effects.show_agreement(item.id if item is not None else None)
        self.decision.show_agreement(item.id if item is not None else None)
        self.edit_button.setEnabled(item is not None)
        if item is None:
            self.title.setText(self.tr("Kies een afspraak in de lijst."))
            self.details.clear()
            return
        self.title.setText(item.action)
        lines = [
            (self.tr("Eigenaar"), self.model.owner(item) or self.tr("nog niemand")),
            (self.tr("Uiterlijk"), long_date(item.due_date) or self.tr("geen datum")),
            (self.tr("Toetsing"), item.success_check or self.tr("nog niet afgesproken")),
            (self.tr("Soort"), self.tr(AGREEMENT_KIND_LABELS[item.kind]) if item.kind in AGREEMENT_KIND_LABELS
             else self.tr("nog niet gekozen")),
            (self.tr("Niveau"), self.tr(AGREEMENT_LEVEL_LABELS[item.level]) if item.level in AGREEMENT_LEVEL_LABELS
             else self.tr("nog niet gekozen")),
        ]
        if item.programme:
            lines.append((self.tr("Hoort bij"), item.programme))
        effect = latest_effects(self.context.case).get(item.id or -1)
        lines.append((self.tr("Laatste effect"),
                      self.tr("{0} ({1})").format(self.tr(EFFECT_RESULT_LABELS.get(effect.result, effect.result)),
                                                  long_date(effect.checked_on))
                      if effect else self.tr("nog niet gemeten")))
        if item.conclusion_id is not None:
            numbered = {v.conclusion.id: (n, v.conclusion.text)
                        for n, v in enumerate(list_conclusions(self.context.case), start=1)}
            if item.conclusion_id in numbered:
                number, text = numbered[item.conclusion_id]
                short = text if len(text) <= 80 else text[:77].rstrip() + "…"
                lines.append((self.tr("Bij conclusie"), f"{number}. {short}"))
        html = "<br>".join(f"<b>{_escape(k)}:</b> {_escape(v)}" for k, v in lines)
        if is_overdue(item):
            overdue = self.tr("Over datum")  # outside the f-string, so lupdate sees it
            html = f"<span style='color:{colours().concern}'><b>{_escape(overdue)}</b></span><br>" + html
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
            text = self.tr("%n afspraken: {0} open, {1} uitgevoerd", "", len(items)).format(open_count, done)
            if overdue:
                text += f" · <b style='color:{colours().concern}'>" + self.tr("{0} over datum").format(overdue) + "</b>"
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

    def _load_terugkommoment(self) -> None:
        planned = self.context.case.case().terugkommoment_date
        for widget in (self.terugkommoment_check, self.terugkommoment_edit):
            widget.blockSignals(True)
        self.terugkommoment_check.setChecked(planned is not None)
        self.terugkommoment_edit.setEnabled(planned is not None)
        self.terugkommoment_edit.setDate(to_qdate(planned) if planned else QDate.currentDate().addYears(1))
        for widget in (self.terugkommoment_check, self.terugkommoment_edit):
            widget.blockSignals(False)

    def _store_terugkommoment(self) -> None:
        """About a year after the review: does what was agreed work? Stored at once, undoable."""
        planned = self.terugkommoment_check.isChecked()
        self.terugkommoment_edit.setEnabled(planned)
        value: date | None = to_date(self.terugkommoment_edit.date()) if planned else None
        if self.context.case.case().terugkommoment_date == value:
            return
        case = self.context.case
        self.context.undo_stack.push(ServiceCommand(self.context, self.tr("Terugkommoment plannen"),
                                                    lambda: set_terugkommoment(case, value),
                                                    lambda before: set_terugkommoment(case, before)))

    # --- owners outside casereview, the calendar, the follow-up agenda -------------------
    def _load_owners(self) -> None:
        current = self.owner_combo.currentText()
        self.owner_combo.clear()
        owners = {a.owner_party_id for a in list_agreements(self.context.case)}
        for party in sorted(list_parties(self.context.case), key=lambda p: p.name):
            if party.id in owners:
                self.owner_combo.addItem(party.name, party.id)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findText(current), 0))
        has_owner = self.owner_combo.count() > 0
        self.export_sheet_button.setEnabled(has_owner)
        self.owner_combo.setEnabled(has_owner)

    def _ask_export_sheet(self) -> None:
        party = self.owner_combo.currentText()
        suggested = str(Path.home() / f"afsprakenlijst {party}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Afsprakenlijst opslaan"), suggested,
                                              self.tr("Excel-werkmap (*.xlsx)"))
        if path:
            self.export_afsprakenlijst(party, Path(path))

    def export_afsprakenlijst(self, party: str, path: Path) -> bool:
        from casereview.reports.afsprakenlijst import export_afsprakenlijst  # openpyxl and docx load when needed

        case = self.context.case
        # Through the worker: the export first searches the texts for names when they changed (seconds).
        if not run_long(lambda _progress: export_afsprakenlijst(case, path, party), parent=self,
                        title=self.tr("Afsprakenlijst"), label=self.tr("De afsprakenlijst wordt gemaakt…"),
                        context=self.context, show_after_ms=400).ok:
            return False
        self.action_message.setText(self.tr("Afsprakenlijst geschreven: {0}").format(path.name))
        return True

    def _ask_import_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ingevulde afsprakenlijst"), str(Path.home()),
                                              self.tr("Excel-werkmap (*.xlsx)"))
        if path:
            self.import_afsprakenlijst(Path(path))

    def import_afsprakenlijst(self, path: Path) -> AgreementSheetDialog:
        from casereview.ui.findings.agreement_sheet_dialog import AgreementSheetDialog  # with its sheet reader

        dialog = AgreementSheetDialog(self.context, path, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _ask_export_calendar(self) -> None:
        suggested = str(Path.home() / "afspraken.ics")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Agenda opslaan"), suggested,
                                              self.tr("Agenda (*.ics)"))
        if path:
            self.export_calendar(Path(path))

    def export_calendar(self, path: Path) -> bool:
        from casereview.reports.kalender import export_calendar  # the leak check loads docx when needed

        case = self.context.case
        if not run_long(lambda _progress: export_calendar(case, path), parent=self, title=self.tr("Agenda-bestand"),
                        label=self.tr("Het agenda-bestand wordt gemaakt…"), context=self.context, show_after_ms=400).ok:
            return False
        self.action_message.setText(self.tr("Agenda geschreven: {0}").format(path.name))
        return True

    def load_agenda(self) -> None:
        """One undoable step: the follow-up phases are added to the agenda."""
        case = self.context.case
        self.context.undo_stack.push(ServiceCommand(self.context, self.tr("Agenda vervolgbijeenkomst laden"),
                                                    lambda: load_followup_agenda(case),
                                                    lambda ids: unload_followup_agenda(case, ids)))
        self.action_message.setText(self.tr("De agenda van de vervolgbijeenkomst staat klaar op het tabblad Sessie."))

    # --- actions ----------------------------------------------------------------------
    def edit_current(self) -> AgreementDialog | None:
        agreement_id = self.current_id()
        if agreement_id is None:
            return None
        dialog = AgreementDialog(self.context, agreement_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
