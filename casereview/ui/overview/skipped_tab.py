"""The overview's "Overgeslagen": files that were not counted, and why."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from casereview.overview.figures import Overview
from casereview.ui.overview.models import SkippedModel
from casereview.ui.overview.table_view import overview_table


class SkippedTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewSkippedTab")
        layout = QVBoxLayout(self)
        self.model = SkippedModel(self)
        self.view = overview_table(self.model, "overviewSkipped", 1)
        layout.addWidget(self.view)

    def show_overview(self, overview: Overview) -> None:
        self.model.set_rows(overview.skipped)
