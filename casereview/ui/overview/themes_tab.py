"""The overview's themes: counts per theme, what stands behind each number, and the theme-by-year chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QVBoxLayout, QWidget

from casereview.overview.figures import Overview
from casereview.ui.overview.models import EffectByLevelModel, ThemesModel
from casereview.ui.overview.passage_list import PassageList
from casereview.ui.overview.table_view import STRETCH_FLOOR_PX, overview_table


class ThemesTab(QSplitter):
    """``openCaseRequested(path)`` on a double-clicked passage."""

    openCaseRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("overviewThemesTab")
        self.overview: Overview | None = None
        self._chart: Any = None
        self._grid: Any = None
        left = QWidget()
        layout = QVBoxLayout(left)
        self.model = ThemesModel(self)
        self.view = overview_table(self.model, "overviewThemes", 0, STRETCH_FLOOR_PX)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.clicked.connect(self._cell_clicked)
        layout.addWidget(self.view, 2)
        self.levels_title = QLabel(self.tr("Werkten de maatregelen, per niveau (laatste effectmeting per afspraak):"),
                                   objectName="overviewEffectByLevelTitle")
        self.levels_title.setWordWrap(True)
        layout.addWidget(self.levels_title)
        self.level_model = EffectByLevelModel(self)
        self.level_view = overview_table(self.level_model, "overviewEffectByLevel", 0)
        self.level_view.setAccessibleName(self.tr("Effect van de maatregelen per niveau"))
        self.levels_title.setBuddy(self.level_view)
        layout.addWidget(self.level_view, 1)
        self.passages_title = QLabel(self.tr("Klik op een getal om te zien welke dossiers en passages erachter zitten."),
                                     objectName="overviewPassagesTitle")
        self.passages_title.setWordWrap(True)
        layout.addWidget(self.passages_title)
        self.passages = PassageList("overviewPassages")
        self.passages.openCaseRequested.connect(self.openCaseRequested)
        layout.addWidget(self.passages, 1)
        self.addWidget(left)
        self.chart_holder = QWidget(objectName="overviewChartHolder")
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.addWidget(self.chart_holder)
        self.setSizes([700, 600])

    def show_overview(self, overview: Overview) -> None:
        self.overview = overview
        self.model.set_themes(overview.themes, overview.effect_by_theme())
        self.level_model.set_levels(overview.effect_by_level())
        self.passages.clear()
        self._draw_chart()

    def show_passages(self, key: str, column: str, year: int | None = None) -> None:
        """Fill the list under the table with what stands behind one number."""
        assert self.overview is not None
        name = next((t.name for t in self.overview.themes if t.key == key), key)
        titles = {"cases": self.tr("Dossiers met '{0}'"), "conclusions": self.tr("Conclusies met '{0}'"),
                  "agreements": self.tr("Afspraken met '{0}'")}
        self.passages_title.setText(titles[column].format(name) + (f" ({year})" if year else ""))
        self.passages.show_passages(self.overview.passages(key, column, year))

    def _cell_clicked(self, index: QModelIndex) -> None:
        column = ThemesModel.COUNT_COLUMNS.get(index.column())
        if column is not None:
            self.show_passages(self.model.row_object(index.row()).key, column)

    def _draw_chart(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from casereview.overview.chart import draw_theme_years

        if self._chart is None:
            self._chart = FigureCanvasQTAgg(Figure(figsize=(6, 4)))
            self._chart.setObjectName("overviewThemeChart")
            self._chart.mpl_connect("button_press_event", self._chart_clicked)
            self.chart_layout.addWidget(self._chart)
        assert self.overview is not None
        self._grid = draw_theme_years(self._chart.figure, self.overview.themes)
        self._chart.draw_idle()

    def _chart_clicked(self, event: Any) -> None:
        cell = self._grid.cell(event.xdata, event.ydata) if self._grid is not None else None
        if cell is not None:
            self.show_passages(cell[0], "cases", cell[1])

    def chart_cell_position(self, key: str, year: int) -> tuple[int, int]:
        """Where (in widget pixels) the chart draws one theme/year cell; for tests and accessibility."""
        ax = self._chart.figure.axes[0]
        x, y = ax.transData.transform((self._grid.years.index(year), self._grid.keys.index(key)))
        ratio = self._chart.devicePixelRatioF() or 1.0
        return int(x / ratio), int(self._chart.height() - y / ratio)
