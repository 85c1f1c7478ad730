"""The count of undecided names in the status bar, so the chair sees it before an export is refused."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from casereview.privacy.detection.candidates import detection_state
from casereview.ui.case_context import CaseContext


class NamesStatusLabel(QLabel):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("namesStatusLabel")
        self.setAccessibleName(self.tr("Namen die nog niet beslist zijn"))
        self.setStyleSheet("padding: 0 8px;")
        self.context: CaseContext | None = None
        self.setVisible(False)
        # Counting reads every text of the case (about 50 ms for the demo): once after a burst of
        # changes rather than after each one, so typing in the meeting stays smooth.
        self._later = QTimer(self, singleShot=True, interval=1500)
        self._later.timeout.connect(self.refresh)

    def follow(self, context: CaseContext | None) -> None:
        """Show the count for ``context`` (None: no case open) and keep it current."""
        if self.context is not None:
            self.context.changed.disconnect(self._changed)
        self.context = context
        if context is not None:
            context.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _entity: str) -> None:
        self._later.start()

    def refresh(self) -> None:
        if self.context is None:
            self.setVisible(False)
            return
        case = self.context.case
        state = detection_state(case)
        if state == "never":
            self.setText(self.tr("Namen: nog niet gezocht (Ctrl+Shift+N)"))
        else:
            from casereview.privacy.detection.decisions import name_states  # with the pseudonyms, once searched

            open_count = sum(1 for st in name_states(case) if st.undecided)
            text = self.tr("Namen niet beslist: {0}").format(open_count)
            if state == "stale":
                text += self.tr(" (teksten gewijzigd; zoek opnieuw)")
            self.setText(text)
        self.setVisible(True)
