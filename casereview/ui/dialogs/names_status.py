"""The count of undecided names in the status bar, so the chair sees it before an export is refused."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from casereview.privacy.detection.candidates import detection_state
from casereview.privacy.detection.decisions import name_states
from casereview.ui.case_context import CaseContext


class NamesStatusLabel(QLabel):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("namesStatusLabel")
        self.setAccessibleName(self.tr("Namen die nog niet beslist zijn"))
        self.setStyleSheet("padding: 0 8px;")
        self.context: CaseContext | None = None
        self.setVisible(False)

    def follow(self, context: CaseContext | None) -> None:
        """Show the count for ``context`` (None: no case open) and keep it current."""
        if self.context is not None:
            self.context.changed.disconnect(self.refresh)
        self.context = context
        if context is not None:
            context.changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _entity: str = "") -> None:
        if self.context is None:
            self.setVisible(False)
            return
        case = self.context.case
        state = detection_state(case)
        if state == "never":
            self.setText(self.tr("Namen: nog niet gezocht (Ctrl+Shift+N)"))
        else:
            open_count = sum(1 for st in name_states(case) if st.undecided)
            text = self.tr("Namen niet beslist: {0}").format(open_count)
            if state == "stale":
                text += self.tr(" (teksten gewijzigd; zoek opnieuw)")
            self.setText(text)
        self.setVisible(True)
