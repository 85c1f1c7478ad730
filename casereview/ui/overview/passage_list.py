"""A list of passages (a conclusion, an agreement, a case) that opens its case on a double click."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from casereview.overview.figures import Passage

PATH_ROLE = Qt.ItemDataRole.UserRole + 2


class PassageList(QListWidget):
    """``openCaseRequested(path)`` when a passage is double-clicked."""

    openCaseRequested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWordWrap(True)
        self.itemDoubleClicked.connect(lambda item: self.openCaseRequested.emit(item.data(PATH_ROLE)))

    def show_passages(self, passages: Iterable[Passage]) -> None:
        self.clear()
        for passage in passages:
            item = QListWidgetItem(f"{passage.case.title}: {passage.text}")
            item.setData(PATH_ROLE, passage.case.path)
            item.setToolTip(passage.case.path)
            self.addItem(item)
