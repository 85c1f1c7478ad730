"""The window's title for an open case, without a name nobody decided on.

The title bar is on the projector, in a screen share, in the task bar and in the
alt-tab list, where no pseudonym protects the case title. It shows the title as
the documents' file names do (:func:`~casereview.privacy.file_names.pseudonymised_title`):
pseudonyms applied, and a neutral "Review" while a real or undecided name would remain
or the texts were not searched. Worked out after the first paint, and again when the
title, a pseudonym or a name decision changes, not after every contribution.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from casereview.ui.case_context import CaseContext

TITLE_ENTITIES = frozenset({"case", "pseudonym", "names", "*"})


class WindowTitle(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.context: CaseContext | None = None

    def follow(self, context: CaseContext | None) -> None:
        """Title the window for ``context`` (None: no case open) and keep it current."""
        if self.context is not None:
            self.context.changed.disconnect(self._changed)
        self.context = context
        if context is None:
            self.window.setWindowTitle(self.tr("casereview"))
            return
        self.window.setWindowTitle(self.tr("casereview"))  # until the title is known to be safe
        context.changed.connect(self._changed)
        QTimer.singleShot(0, self, self.refresh)

    def _changed(self, entity: str) -> None:
        if entity in TITLE_ENTITIES:
            self.refresh()

    def refresh(self) -> None:
        if self.context is None:
            return
        from casereview.privacy.file_names import NEUTRAL_STEM, pseudonymised_title  # after the first paint

        title = pseudonymised_title(self.context.case).strip()
        shown = self.tr("Review") if title in ("", NEUTRAL_STEM) else title
        self.window.setWindowTitle(self.tr("{0} — casereview").format(shown))
