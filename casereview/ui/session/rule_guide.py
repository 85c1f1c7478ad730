"""The seven rules as the chair's guide: for the current phase, what its rule asks and prompts to use.

Self-contained: it follows the current phase on its own, so placing it is one line.
:class:`RuleGuide` is the chair's (the ask always, the prompts behind a toggle);
:class:`RuleGuideLine` is the presenter view's single short line.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from casereview.session.procedure import list_steps
from casereview.ui.case_context import CaseContext
from casereview.ui.language.translation import SHARED_CONTEXT
from casereview.ui.style.palette import colours
from casereview.vocabulary import THE_SEVEN_RULES
from casereview.vocabulary.rule_guide import RULE_GUIDES, rules_of_phase

RULE_TITLES = {number: title for number, title, _meaning in THE_SEVEN_RULES}


def _shared(text: str) -> str:
    return QCoreApplication.translate(SHARED_CONTEXT, text)


def current_rules(context: CaseContext) -> list[int]:
    """The rules the current phase serves; none before the session starts."""
    step = next((s for s in list_steps(context.case) if s.id == context.current_phase_id), None)
    return rules_of_phase(step.rules) if step is not None else []


class RuleGuide(QWidget):
    """Under the phase prompt: "Regel 5 · ...: what it asks", and two or three prompts when unfolded."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleGuide")
        self.context = context
        self.asks_label = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.asks_label.setObjectName("ruleGuideAsks")
        self.prompts_label = QLabel(self, wordWrap=True, textFormat=Qt.TextFormat.RichText)
        self.prompts_label.setObjectName("ruleGuidePrompts")
        self.prompts_label.setStyleSheet(f"color: {colours().muted};")
        self.prompts_label.setVisible(False)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("ruleGuideToggle")
        self.toggle.setCheckable(True)
        self.toggle.setText(self.tr("Vragen"))
        self.toggle.setToolTip(self.tr("Vragen die de voorzitter kan stellen om deze regel waar te maken"))
        self.toggle.setAccessibleName(self.tr("Vragen bij deze regel tonen"))
        self.toggle.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle.toggled.connect(self.prompts_label.setVisible)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.asks_label, 1)
        top.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.prompts_label)
        self.setAccessibleName(self.tr("Wat de regel van deze fase vraagt"))
        context.currentPhaseChanged.connect(lambda _id: self.refresh())
        context.changed.connect(lambda entity: self.refresh() if entity == "step" else None)
        self.refresh()

    def refresh(self) -> None:
        rules = current_rules(self.context)
        self.setVisible(bool(rules))
        asks = [self.tr("<b>Regel {0} · {1}:</b> {2}").format(n, escape(_shared(RULE_TITLES[n])),
                                                              escape(_shared(RULE_GUIDES[n].asks))) for n in rules]
        self.asks_label.setText("<br>".join(asks))
        prompts = [escape(_shared(p)) for n in rules for p in RULE_GUIDES[n].prompts]
        self.prompts_label.setText("".join(f"• {p}<br>" for p in prompts).removesuffix("<br>"))


class RuleGuideLine(QLabel):
    """The presenter view's version: the rule's title and its short line, nothing to click."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterRuleGuide")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.context = context
        context.currentPhaseChanged.connect(lambda _id: self.refresh())
        context.changed.connect(lambda entity: self.refresh() if entity == "step" else None)
        self.refresh()

    def refresh(self) -> None:
        rules = current_rules(self.context)
        self.setVisible(bool(rules))
        self.setText(" · ".join(self.tr("Regel {0}, {1}: {2}").format(n, _shared(RULE_TITLES[n]),
                                                                       _shared(RULE_GUIDES[n].short))
                                for n in rules))
