"""Everything shown for an open case, laid out for a laptop that is also on a projector.

Top: the current phase, its prompt, the timer and previous/next. Left: the
agenda and the goal (rule 2, visible all session). Middle: tabs for the
opening, the session itself and the closing. Right: the seven rules and the
balance between parties, always in view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casereview.ui.case_context import CaseContext
from casereview.ui.findings.agreements_pane import AgreementsPane
from casereview.ui.findings.conclusions_pane import ConclusionsPane
from casereview.ui.findings.followup_view import FollowUpView
from casereview.ui.register.leerbrief_pane import LeerbriefPane
from casereview.ui.session.agenda_editor import AgendaEditor
from casereview.ui.session.case_details_pane import CaseDetailsPane
from casereview.ui.session.contributions_pane import ContributionsPane
from casereview.ui.session.ground_rules_pane import GroundRulesPane
from casereview.ui.session.party_balance_chart import PartyBalanceChart
from casereview.ui.session.phase_list import PhaseList, PhaseListModel
from casereview.ui.session.phase_panel import PhasePanel
from casereview.ui.session.preparation_pane import PreparationPane
from casereview.ui.session.rules_checklist import RulesChecklist
from casereview.ui.timeline.pane import TimelinePane
from casereview.ui.widgets.autosave_text import AutosaveTextEdit

OPENING_TAB, SESSION_TAB, CLOSING_TAB = 0, 1, 2


class CaseView(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.context = context
        self.phase_panel = PhasePanel(context, self.commit_input, parent=self)
        self.step_model = PhaseListModel(context, parent=self)
        self.phases = PhaseList(context, self.phase_panel.go_to, model=self.step_model, parent=self)
        self.goal_label = QLabel(objectName="goalSummary")
        self.goal_label.setWordWrap(True)
        self.goal_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.goal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details = CaseDetailsPane(context, parent=self)
        self.ground_rules = GroundRulesPane(context, parent=self)
        self.preparation = PreparationPane(context, parent=self)
        self.agenda = AgendaEditor(context, self.step_model, self.phase_panel.go_to, parent=self)
        self.steps = self.agenda.list  # the foundation's ``stepList``
        self.timeline = TimelinePane(context, parent=self)
        self.contributions = ContributionsPane(context, parent=self)
        self.conclusions = ConclusionsPane(context, parent=self)
        self.agreements = AgreementsPane(context, parent=self)
        self.rules = RulesChecklist(context, parent=self)
        self.balance = PartyBalanceChart(context, parent=self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_heading(self.tr("Agenda")))
        left_layout.addWidget(self.phases, 3)
        self.phases.setMinimumHeight(200)  # the whole agenda stays in view on a 768-pixel screen
        left_layout.addWidget(_heading(self.tr("Doel en reviewvragen")))
        goal_scroll = QScrollArea(objectName="goalScroll")
        goal_scroll.setWidget(self.goal_label)
        goal_scroll.setWidgetResizable(True)
        goal_scroll.setFrameShape(QFrame.Shape.NoFrame)
        goal_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(goal_scroll, 2)

        opening_left = QSplitter(Qt.Orientation.Vertical)
        opening_left.addWidget(self.details)
        opening_left.addWidget(self.agenda)
        opening_right = QSplitter(Qt.Orientation.Vertical)
        opening_right.addWidget(self.ground_rules)
        opening_right.addWidget(self.preparation)
        opening = QSplitter(Qt.Orientation.Horizontal, objectName="openingTab")
        opening.addWidget(opening_left)
        opening.addWidget(opening_right)

        session = QSplitter(Qt.Orientation.Vertical, objectName="sessionTab")
        session.addWidget(self.timeline)
        session.addWidget(self.contributions)
        session.setStretchFactor(0, 2)
        session.setStretchFactor(1, 3)

        self.closing = QSplitter(Qt.Orientation.Vertical, objectName="closingTab")  # resizeEvent turns it on wide screens
        self.closing.addWidget(self.conclusions)
        self.closing.addWidget(self.agreements)
        self.closing.setStretchFactor(1, 2)

        self.tabs = QTabWidget(objectName="caseTabs")
        self.tabs.addTab(opening, self.tr("Opening en voorbereiding"))
        self.tabs.addTab(session, self.tr("Sessie"))
        self.tabs.addTab(self.closing, self.tr("Conclusies en afspraken"))
        self.follow_up = FollowUpView(context, parent=self)
        self.tabs.addTab(self.follow_up, self.tr("Opvolging"))
        self.leerbrief = LeerbriefPane(context, parent=self)
        self.tabs.addTab(self.leerbrief, self.tr("Leerbrief"))
        self._show_tab_for_phase(context.current_phase_id)
        context.currentPhaseChanged.connect(self._show_tab_for_phase)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.rules, 3)
        right_layout.addWidget(_heading(self.tr("Inbreng per partij")))
        right_layout.addWidget(self.balance, 2)

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.addWidget(left)
        self.body.addWidget(self.tabs)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        self.body.setStretchFactor(2, 0)
        self.body.setSizes([250, 800, 290])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.phase_panel)
        layout.addWidget(self.body, 1)
        context.changed.connect(lambda entity: entity == "case" and self._show_goal())
        self._show_goal()
        self.tabs.currentChanged.connect(self._follow_up_mode)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        """Side columns keep a useful width; the middle takes what is left."""
        super().resizeEvent(event)
        width = self.width()
        # On a laptop screen conclusions and agreements stack, so the side columns keep their room.
        self.closing.setOrientation(Qt.Orientation.Vertical if width < 1700 else Qt.Orientation.Horizontal)
        side_left = 245 if width < 1500 else 300
        side_right = 300 if width < 1500 else 360
        self.body.setSizes([side_left, max(400, width - side_left - side_right), side_right])

    def _show_tab_for_phase(self, step_id: int) -> None:
        """Show the tab the phase works in: opening (rules 1-2), closing (4, 6, 7), else the session."""
        step = next((s for s in self.step_model.steps() if s.id == step_id), None)
        if step is None:
            self.tabs.setCurrentIndex(OPENING_TAB)
            return
        rules = {r.strip() for r in step.rules.split(",")}
        if rules & {"4", "6", "7"}:
            self.tabs.setCurrentIndex(CLOSING_TAB)
        elif rules & {"1", "2"}:
            self.tabs.setCurrentIndex(OPENING_TAB)
        else:
            self.tabs.setCurrentIndex(SESSION_TAB)

    def _show_goal(self) -> None:
        case = self.context.case.case()
        goal = case.goal.strip() or self.tr("(nog geen doel opgeschreven)")
        questions = "\n".join(f"• {q.strip()}" for q in case.questions.splitlines() if q.strip())
        self.goal_label.setText(goal + ("\n\n" + questions if questions else ""))

    def commit_input(self) -> None:
        """Store whatever is still being typed, so moving to another phase loses nothing."""
        for edit in self.findChildren(AutosaveTextEdit):
            edit.commit()
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus is not self.contributions.capture.edit \
                and self.isAncestorOf(focus):
            focus.editingFinished.emit()
        if self.contributions.capture.edit.text().strip():
            self.contributions.capture.store()

    def _follow_up_mode(self, index: int) -> None:
        """Months after the meeting the agenda, timer and rules do not matter: the agreements get the width."""
        following = self.tabs.widget(index) is self.follow_up
        for column in (self.phase_panel, self.body.widget(0), self.body.widget(2)):
            column.setVisible(not following)

    def show_follow_up(self) -> None:
        """Follow-up mode: the agreements tab, open and overdue ones on top."""
        self.tabs.setCurrentWidget(self.follow_up)
        self.follow_up.select_first()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label
