"""The overview's conclusions per theme, and what went well in all cases."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QSplitter, QVBoxLayout, QWidget

from casereview.overview.figures import Overview
from casereview.ui.overview.passage_list import PATH_ROLE, PassageList


class ConclusionsTab(QSplitter):
    """``openCaseRequested(path)`` on a double-clicked conclusion or success."""

    openCaseRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("overviewConclusionsTab")
        self.overview: Overview | None = None
        self.themes = QListWidget(objectName="overviewConclusionThemes")
        self.themes.setWordWrap(True)
        self.themes.setAccessibleName(self.tr("Thema's"))
        self.themes.currentRowChanged.connect(self._show_conclusions)
        self.addWidget(self.themes)
        right = QWidget()
        layout = QVBoxLayout(right)
        self.conclusions = PassageList("overviewConclusions")
        self.went_well = PassageList("overviewWentWell")
        for title, passages in ((self.tr("Conclusies bij dit thema"), self.conclusions),
                                (self.tr("Wat ging goed (in alle dossiers)"), self.went_well)):
            label = QLabel(title)
            label.setBuddy(passages)
            passages.setAccessibleName(title)
            passages.openCaseRequested.connect(self.openCaseRequested)
            layout.addWidget(label)
            layout.addWidget(passages, 1)
        self.addWidget(right)
        self.setSizes([400, 900])

    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.themes.clear()
        for theme in overview.themes:
            count = len(overview.conclusions_by_theme.get(theme.key, []))
            item = QListWidgetItem(f"{theme.name} ({count})")
            item.setData(PATH_ROLE, theme.key)
            self.themes.addItem(item)
        self.went_well.show_passages(overview.went_well)

    def _show_conclusions(self, row: int) -> None:
        self.conclusions.clear()
        item = self.themes.item(row)
        if self.overview is None or item is None:
            return
        self.conclusions.show_passages(self.overview.conclusions_by_theme.get(item.data(PATH_ROLE), []))
