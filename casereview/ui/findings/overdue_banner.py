"""The status bar's note that agreements are past their date, in the window from the start.

Its own module, so the window opens without the follow-up view's models and forms (that tab is
built after the first paint).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget

from casereview.findings.agreements import overdue_agreements
from casereview.ui.case_context import CaseContext
from casereview.ui.style.palette import colours


class OverdueBanner(QPushButton):
    """A calm, clickable note that agreements are past their date; hidden when none are."""

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueBanner")
        self.context = context
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        p = colours()
        self.setStyleSheet(f"QPushButton {{ color: {p.concern}; background: {p.concern_bg};"
                           f" border: 1px solid {p.warning_border}; border-radius: 3px; padding: 2px 10px; }}")
        context.changed.connect(lambda entity: entity == "agreement" and self.refresh())
        self.refresh()

    def refresh(self) -> None:
        count = len(overdue_agreements(self.context.case))
        self.setText(self.tr("%n afspraken zijn over datum — bekijken", "", count))
        self.setVisible(count > 0)
