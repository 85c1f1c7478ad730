"""The overview's "Terug na afronding": a theme back in a later review after an agreement on it was done."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casereview.overview.figures import Overview
from casereview.ui.overview.models import RecurrenceModel
from casereview.ui.overview.table_view import capped_columns, overview_table


class RecurrenceTab(QWidget):
    """``openCaseRequested(path)``: the later case from its column, otherwise the case where it was done."""

    openCaseRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewRecurrenceTab")
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Een thema dat terugkomt in een latere review, nadat een afspraak met dat thema "
                              "als gereed was gemeld."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.model = RecurrenceModel(self)
        self.view = overview_table(self.model, "overviewRecurrence", 1)
        capped_columns(self.view, {0: 380})
        self.view.doubleClicked.connect(self._open_case)
        layout.addWidget(self.view, 1)

    def show_overview(self, overview: Overview) -> None:
        self.model.set_rows(overview.recurrences)

    def _open_case(self, index: QModelIndex) -> None:
        item = self.model.row_object(index.row())
        self.openCaseRequested.emit(item.later_case.path if index.column() == 4 else item.done_case.path)
