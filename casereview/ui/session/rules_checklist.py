"""The seven rules, always in view: met, open (with what is missing) or n.v.t."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.session.rules_check import RuleCheck, evaluate_rules, unwaive_rule, waive_rule
from casereview.ui.case_context import CaseContext
from casereview.ui.language.messages import word_all
from casereview.ui.operations.runner import attempt
from casereview.ui.style.palette import colours

RULE_ROLE = Qt.ItemDataRole.UserRole + 1
REFRESH_MS = 150


class RulesChecklist(QWidget):
    """Recomputed from the case file shortly after each change (coalesced, so typing stays fluent).

    Signals:
        checked(str): the summary line after each recomputation, for the folded side column's button.
    """

    checked = Signal(str)

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rulesChecklist")
        self.context = context
        self.checks: list[RuleCheck] = []
        self.summary = QLabel(objectName="rulesSummary")
        self.summary.setProperty("role", "heading")
        self.summary.setWordWrap(True)
        self.list = QListWidget(objectName="rulesList")
        self.list.setAccessibleName(self.tr("De zeven regels"))
        self.list.setWordWrap(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab
        self.list.setSpacing(1)
        self.waive_button = QPushButton(self.tr("N.v.t. …"), objectName="waiveRuleButton")
        self.waive_button.setToolTip(self.tr("Markeer de gekozen regel als niet van toepassing, met een reden"))
        self.unwaive_button = QPushButton(self.tr("Weer meetellen"), objectName="unwaiveRuleButton")
        self.waive_button.clicked.connect(self._ask_waive)
        self.unwaive_button.clicked.connect(self._unwaive_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.waive_button)
        buttons.addWidget(self.unwaive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._pending = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._pending.timeout.connect(self.refresh)
        context.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity != "clock":
            self._pending.start()

    def refresh(self) -> None:
        self._pending.stop()
        self.checks = evaluate_rules(self.context.case)
        row = self.list.currentRow()
        self.list.clear()
        p = colours()  # read now: the window may have changed theme
        for check in self.checks:
            item = QListWidgetItem(self._text(check))
            item.setData(RULE_ROLE, check.rule)
            item.setToolTip(self._tooltip(check))
            colour = p.good if check.met else p.muted if check.waived_reason else p.warning
            item.setForeground(QBrush(QColor(colour)))
            self.list.addItem(item)
        if row >= 0:
            self.list.setCurrentRow(row)
        remaining = sum(not c.settled for c in self.checks)
        self.summary.setText(self.tr("Zeven regels: alles in orde") if not remaining
                             else self.tr("Zeven regels: nog {0} open").format(remaining))
        self._update_buttons()
        self.checked.emit(self.summary.text())

    def _text(self, check: RuleCheck) -> str:
        if check.warning_notes:
            return self._plain_text(check) + f"\n      ⚠ {word_all(check.warning_notes)}"
        return self._plain_text(check)

    def _plain_text(self, check: RuleCheck) -> str:
        if check.met:
            return f"✓  {check.rule}. {self.tr(check.title)}"
        if check.waived_reason:
            return f"–  {check.rule}. {self.tr(check.title)}  " + self.tr("(n.v.t.)")
        return f"○  {check.rule}. {self.tr(check.title)}\n      → {word_all(check.missing_notes)}"

    def _tooltip(self, check: RuleCheck) -> str:
        if check.met:
            return word_all(check.evidence_notes)
        if check.waived_reason:
            return self.tr("Niet van toepassing: {0}").format(check.waived_reason)
        return self.tr("Nog open: {0}").format(word_all(check.missing_notes))

    def open_rules(self) -> list[RuleCheck]:
        return [c for c in self.checks if not c.settled]

    def selected_rule(self) -> int:
        item = self.list.currentItem()
        return int(item.data(RULE_ROLE)) if item is not None else 0

    def _update_buttons(self) -> None:
        rule = self.selected_rule()
        check = next((c for c in self.checks if c.rule == rule), None)
        self.waive_button.setEnabled(check is not None and not check.settled)
        self.unwaive_button.setEnabled(check is not None and bool(check.waived_reason))

    def _ask_waive(self) -> None:
        rule = self.selected_rule()
        if not rule:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Regel niet van toepassing"),
                                          self.tr("Waarom is regel {0} in deze sessie niet van toepassing?").format(rule))
        if ok:
            self.waive(rule, reason)

    def waive(self, rule: int, reason: str) -> bool:
        if not attempt(lambda: waive_rule(self.context.case, rule, reason), context=self.context).ok:
            return False
        self.refresh()
        return True

    def _unwaive_selected(self) -> None:
        rule = self.selected_rule()
        if rule:
            unwaive_rule(self.context.case, rule)
            self.refresh()
