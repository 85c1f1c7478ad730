"""A multi-line text box that commits what was typed without a Save button.

It commits when focus leaves and after a short pause in typing, so a crash
loses at most the last moment of typing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

IDLE_COMMIT_MS = 800


class AutosaveTextEdit(QPlainTextEdit):
    def __init__(self, commit: Callable[[str], None], *, object_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if object_name:
            self.setObjectName(object_name)
        self._commit = commit
        self._saved = ""
        self.setTabChangesFocus(True)  # Tab moves on, as in every field not meant for tab characters
        self._timer = QTimer(self, singleShot=True, interval=IDLE_COMMIT_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._timer.start)

    def set_saved_text(self, text: str) -> None:
        """Show text from the case file without triggering a commit."""
        if text == self.toPlainText():
            self._saved = text
            return
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._saved = text

    def commit(self) -> None:
        self._timer.stop()
        text = self.toPlainText()
        if text != self._saved:
            self._saved = text
            self._commit(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.commit()
        super().focusOutEvent(event)
