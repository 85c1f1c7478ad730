"""Everything shown for an open case, laid out for a laptop that is also on a projector."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from casereview.ui.agreements_pane import AgreementsPane
from casereview.ui.case_context import CaseContext
from casereview.ui.case_details_pane import CaseDetailsPane
from casereview.ui.conclusions_pane import ConclusionsPane
from casereview.ui.contributions_pane import ContributionsPane
from casereview.ui.followup_view import FollowUpView
from casereview.ui.step_list import StepList
from casereview.ui.timeline_pane import TimelinePane


class CaseView(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.context = context
        self.details = CaseDetailsPane(context, parent=self)
        self.steps = StepList(context, parent=self)
        self.timeline = TimelinePane(context, parent=self)
        self.contributions = ContributionsPane(context, parent=self)
        self.conclusions = ConclusionsPane(context, parent=self)
        self.agreements = AgreementsPane(context, parent=self)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.details)
        left_layout.addWidget(_heading(self.tr("Agenda")))
        left_layout.addWidget(self.steps, 1)

        session = QSplitter(Qt.Orientation.Vertical)
        session.addWidget(self.timeline)
        session.addWidget(self.contributions)
        session.setStretchFactor(0, 3)
        session.setStretchFactor(1, 2)

        closing = QSplitter(Qt.Orientation.Horizontal)
        closing.addWidget(self.conclusions)
        closing.addWidget(self.agreements)
        closing.setStretchFactor(1, 2)
        closing.setSizes([400, 600])

        self.tabs = QTabWidget(objectName="caseTabs")
        self.tabs.addTab(session, self.tr("Sessie"))
        self.tabs.addTab(closing, self.tr("Conclusies en afspraken"))
        self.follow_up = FollowUpView(context, parent=self)
        self.tabs.addTab(self.follow_up, self.tr("Opvolging"))

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(self.tabs)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([340, 1000])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(main)

    def show_follow_up(self) -> None:
        """Follow-up mode: the agreements tab, open and overdue ones on top."""
        self.tabs.setCurrentWidget(self.follow_up)
        self.follow_up.select_first()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; margin-top: 6px;")
    return label
