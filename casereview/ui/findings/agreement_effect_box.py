"""Effect checks and follow-up decisions of one agreement, as the follow-up view shows them.

Both are stored the moment they are entered and are undoable; the history stays visible
so the next follow-up meeting sees what was measured and why a date moved.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.findings.agreements import get_agreement, is_overdue
from casereview.findings.effect_checks import (
    add_effect_check,
    list_effect_checks,
    remove_effect_check,
)
from casereview.findings.followup_decisions import (
    DecisionUndo,
    carry_forward,
    list_decisions,
    stop_agreement,
    undo_decision,
)
from casereview.model import CaseFileError
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.agreement_dialog import EnterLineEdit, to_date
from casereview.ui.language.dates import long_date
from casereview.ui.operations.undo_commands import ServiceCommand
from casereview.ui.style.palette import colours
from casereview.vocabulary import (
    EFFECT_RESULT_LABELS,
    FOLLOWUP_DECISION_LABELS,
    EffectResult,
    FollowUpDecisionKind,
)


def _date_edit(name: str, value: QDate) -> QDateEdit:
    edit = QDateEdit(objectName=name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setDate(value)
    return edit


class EffectCheckBox(QWidget):
    """Record, on a date, whether the agreement works; the latest check is on top."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.latest = QLabel(objectName="latestEffectLabel")
        self.latest.setWordWrap(True)
        self.result_combo = QComboBox(objectName="effectResultCombo")
        for result in EffectResult:
            self.result_combo.addItem(self.tr(EFFECT_RESULT_LABELS[result]), str(result))
        self.date_edit = _date_edit("effectDateEdit", QDate.currentDate())
        self.note_edit = EnterLineEdit(objectName="effectNoteEdit")
        self.note_edit.setPlaceholderText(self.tr("Wat zagen we? (Enter slaat op)"))
        self.add_button = QPushButton(self.tr("Effect vastleggen"), objectName="addEffectCheckButton")
        self.list = QListWidget(objectName="effectCheckList")
        self.list.setWordWrap(True)
        for widget, name in ((self.result_combo, self.tr("Uitkomst van de meting")),
                             (self.date_edit, self.tr("Datum van de meting")),
                             (self.note_edit, self.tr("Wat we zagen")), (self.list, self.tr("Eerdere metingen"))):
            widget.setAccessibleName(name)  # no label beside them: a screen reader needs the name
        self.note_edit.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.result_combo, 1)
        row.addWidget(self.date_edit)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.latest)
        layout.addLayout(row)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.list, 1)
        context.changed.connect(lambda entity: entity == "agreement" and self.reload())
        self.setEnabled(False)

    def show_agreement(self, agreement_id: int | None) -> None:
        self.agreement_id = agreement_id
        self.setEnabled(agreement_id is not None)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        self.latest.clear()
        if self.agreement_id is None:
            return
        checks = list_effect_checks(self.context.case, self.agreement_id)
        for check in reversed(checks):
            label = self.tr(EFFECT_RESULT_LABELS.get(check.result, check.result))
            text = f"{long_date(check.checked_on)} — {label}" + (f": {check.note}" if check.note else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, check.id)
            self.list.addItem(item)
        if checks:
            last = checks[-1]
            self.latest.setText(self.tr("Laatste meting ({0}): {1}").format(
                long_date(last.checked_on), self.tr(EFFECT_RESULT_LABELS.get(last.result, last.result))))
        else:
            self.latest.setText(self.tr("Nog geen effect gemeten."))

    def add(self) -> None:
        if self.agreement_id is None:
            return
        case, agreement_id = self.context.case, self.agreement_id
        result, note, on = self.result_combo.currentData(), self.note_edit.text(), to_date(self.date_edit.date())

        def do() -> int | None:
            return add_effect_check(case, agreement_id, result, note, on).id

        def undo(check_id: int | None) -> None:
            if check_id is not None:
                remove_effect_check(case, check_id)

        command = ServiceCommand(self.context, self.tr("Effect vastleggen"), do, undo)
        self.context.undo_stack.push(command)
        if not command.failed:
            self.note_edit.clear()


class DecisionBox(QWidget):
    """For an overdue agreement: carry it forward to a new date, or stop it; both need a reason."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.agreement_id: int | None = None
        self.explain = QLabel(objectName="decisionExplain")
        self.explain.setWordWrap(True)
        self.date_edit = _date_edit("carryForwardDateEdit", QDate.currentDate().addMonths(3))
        self.reason_edit = EnterLineEdit(objectName="decisionReasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("Waarom? (nodig voor doorschuiven en stoppen)"))
        self.carry_button = QPushButton(self.tr("Doorschuiven naar"), objectName="carryForwardButton")
        self.stop_button = QPushButton(self.tr("Stoppen"), objectName="stopAgreementButton")
        self.error = QLabel(objectName="decisionError")
        self.error.setStyleSheet(f"color: {colours().error};")
        self.error.setWordWrap(True)
        self.error.hide()
        self.history = QListWidget(objectName="decisionHistoryList")
        self.history.setWordWrap(True)
        for widget, name in ((self.date_edit, self.tr("Nieuwe datum bij doorschuiven")),
                             (self.reason_edit, self.tr("Reden van het besluit")),
                             (self.history, self.tr("Eerdere besluiten"))):
            widget.setAccessibleName(name)
        self.carry_button.clicked.connect(self.carry)
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.carry_button)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explain)
        layout.addWidget(self.reason_edit)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(QLabel(self.tr("Eerdere besluiten")))
        layout.addWidget(self.history, 1)
        context.changed.connect(lambda entity: entity == "agreement" and self.reload())

    def show_agreement(self, agreement_id: int | None) -> None:
        self.agreement_id = agreement_id
        self.error.hide()
        self.reload()

    def reload(self) -> None:
        self.history.clear()
        overdue = False
        if self.agreement_id is not None:
            try:
                overdue = is_overdue(get_agreement(self.context.case, self.agreement_id))
            except CaseFileError:
                self.agreement_id = None
        if self.agreement_id is not None:
            for decision in list_decisions(self.context.case, self.agreement_id):
                what = self.tr(FOLLOWUP_DECISION_LABELS.get(decision.decision, decision.decision))
                if decision.decision == FollowUpDecisionKind.CARRY_FORWARD:
                    what = self.tr("{0} van {1} naar {2}").format(
                        what, long_date(decision.previous_due_date) or "—", long_date(decision.new_due_date))
                self.history.addItem(f"{long_date(decision.decided_on)} — {what}: {decision.reason}")
        for widget in (self.reason_edit, self.date_edit, self.carry_button, self.stop_button):
            widget.setEnabled(overdue)
        self.explain.setText(self.tr("Deze afspraak is over datum: besluit om door te schuiven of te stoppen.")
                             if overdue else self.tr("Een besluit is nodig zodra de afspraak over datum is."))

    def carry(self) -> None:
        new_date = to_date(self.date_edit.date())
        self._decide(self.tr("Afspraak doorschuiven"),
                     lambda case, aid, reason: carry_forward(case, aid, new_date, reason))

    def stop(self) -> None:
        self._decide(self.tr("Afspraak stoppen"), lambda case, aid, reason: stop_agreement(case, aid, reason))

    def _decide(self, label: str, decide: Callable[..., DecisionUndo]) -> None:
        if self.agreement_id is None:
            return
        case, agreement_id, reason = self.context.case, self.agreement_id, self.reason_edit.text()
        command = ServiceCommand(self.context, label, lambda: decide(case, agreement_id, reason),
                                 lambda undo: undo_decision(case, undo))
        self.context.errorRaised.connect(self._show_error)
        try:
            self.context.undo_stack.push(command)
        finally:
            self.context.errorRaised.disconnect(self._show_error)
        if not command.failed:
            self.reason_edit.clear()
            self.error.hide()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
