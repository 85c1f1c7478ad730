"""Bestand → Overzicht…: agreements, themes, recurrence and conclusions across many case files.

A top-level window (``overviewWindow``) so it can sit beside an open case. It
never writes a case file: everything comes from :mod:`casereview.overview`,
which reads read-only through its cache index. The first indexing runs in a
thread with a progress bar and a cancel button. Double-clicking an agreement
(or a passage behind a number) asks the main window to open that case in
follow-up mode.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casereview import settings
from casereview.overview.figures import Overview, Passage, build_overview
from casereview.overview.index import LoadedCases, load_cases
from casereview.ui.operations.messages import describe
from casereview.ui.overview.models import (
    AgreementFilter,
    AgreementsModel,
    RecurrenceModel,
    SkippedModel,
    ThemesModel,
    shared,
)
from casereview.ui.overview.worker import Job
from casereview.vocabulary import AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS

PATH_ROLE = Qt.ItemDataRole.UserRole + 2


def _table(model: Any, name: str, stretch: int) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setWordWrap(True)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class OverviewWindow(QMainWindow):
    """The quality officer's overview. ``openCaseRequested(path)`` asks for a case in follow-up mode."""

    openCaseRequested = Signal(str)
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None, *, as_of: date | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("overviewWindow")
        self.setWindowTitle(self.tr("Overzicht over dossiers heen — casereview"))
        self.as_of = as_of
        self.loaded_cases: LoadedCases | None = None
        self.overview: Overview | None = None
        self._passphrase: str | None = None
        self._job: Job | None = None
        self._chart: Any = None
        self._grid: Any = None
        self._export_job: Job | None = None
        self._build()
        self._build_menu()
        for folder in settings.overview_folders():
            self.folders.addItem(folder)
        self.resize(1366, 768)

    # -- building ------------------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self.folders = QListWidget(objectName="overviewFolders")
        self.folders.setMaximumHeight(64)
        top.addWidget(self.folders, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Map toevoegen…"), objectName="overviewAddFolder")
        self.remove_button = QPushButton(self.tr("Map weghalen"), objectName="overviewRemoveFolder")
        self.refresh_button = QPushButton(self.tr("Inlezen"), objectName="overviewRefresh")
        self.add_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_folder)
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.add_button, self.remove_button, self.refresh_button):
            buttons.addWidget(button)
        top.addLayout(buttons)
        layout.addLayout(top)
        status = QHBoxLayout()
        self.summary = QLabel(self.tr("Kies de mappen met dossiers en klik op Inlezen."), objectName="overviewSummary")
        self.summary.setWordWrap(True)
        status.addWidget(self.summary, 1)
        self.passphrase_button = QPushButton(objectName="overviewPassphrase")
        self.passphrase_button.clicked.connect(self.ask_passphrase)
        self.passphrase_button.hide()
        status.addWidget(self.passphrase_button)
        self.progress = QProgressBar(objectName="overviewProgress")
        self.progress.hide()
        status.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Stoppen"), objectName="overviewCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        status.addWidget(self.cancel_button)
        layout.addLayout(status)
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("Periode (jaar van de review):")))
        self.year_from = QComboBox(objectName="overviewYearFrom")
        self.year_to = QComboBox(objectName="overviewYearTo")
        for combo in (self.year_from, self.year_to):
            combo.currentIndexChanged.connect(self._period_changed)
            period.addWidget(combo)
        period.addStretch(1)
        layout.addLayout(period)
        self.tabs = QTabWidget(objectName="overviewTabs")
        self.tabs.addTab(self._agreements_tab(), self.tr("Afspraken"))
        self.tabs.addTab(self._themes_tab(), self.tr("Thema's"))
        self.tabs.addTab(self._recurrence_tab(), self.tr("Terug na afronding"))
        self.tabs.addTab(self._conclusions_tab(), self.tr("Conclusies en wat goed ging"))
        self.skipped_model = SkippedModel(self)
        self.skipped_view = _table(self.skipped_model, "overviewSkipped", 1)
        self.tabs.addTab(self.skipped_view, self.tr("Overgeslagen"))
        self.tabs.addTab(self._region_tab(), self.tr("Regio"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _region_tab(self) -> QWidget:
        """The region's theme counts beside the organisation's own; the register is read only on request."""
        from casereview.ui.register.regional_view import RegionalThemesPanel

        page = QWidget(objectName="overviewRegionTab")
        layout = QVBoxLayout(page)
        self.region_button = QPushButton(self.tr("Regioregister lezen"), objectName="overviewReadRegion")
        self.region_panel = RegionalThemesPanel(parent=page)
        self.region_button.clicked.connect(lambda: self.region_panel.load())
        layout.addWidget(self.region_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.region_panel, 1)
        return page

    def _agreements_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        filters = QHBoxLayout()
        self.status_filter = QComboBox(objectName="agreementStatusFilter")
        self.status_filter.addItem(self.tr("Alle statussen"), "")
        for key, label in AGREEMENT_STATUS_LABELS.items():
            self.status_filter.addItem(shared(label), str(key))
        self.overdue_filter = QCheckBox(self.tr("Alleen te laat"), objectName="agreementOverdueFilter")
        self.owner_filter = QLineEdit(objectName="agreementOwnerFilter")
        self.owner_filter.setPlaceholderText(self.tr("Eigenaar (partij of persoon)"))
        self.owner_filter.setMinimumWidth(220)
        self.theme_filter = QComboBox(objectName="agreementThemeFilter")
        self.kind_filter = QComboBox(objectName="agreementKindFilter")
        self.kind_filter.addItem(self.tr("Alle soorten"), "")
        for key, label in AGREEMENT_KIND_LABELS.items():
            self.kind_filter.addItem(shared(label), str(key))
        for widget in (self.status_filter, self.overdue_filter, self.owner_filter, self.theme_filter, self.kind_filter):
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.agreements_model = AgreementsModel(self)
        self.agreements_proxy = AgreementFilter(self)
        self.agreements_proxy.setSourceModel(self.agreements_model)
        self.agreements_view = _table(self.agreements_proxy, "overviewAgreements", 1)
        header = self.agreements_view.horizontalHeader()
        for column, width in ((0, 170), (2, 120), (3, 110), (4, 90), (5, 110), (6, 60), (7, 170), (8, 90), (9, 260)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.agreements_view.doubleClicked.connect(self._open_agreement_case)
        layout.addWidget(self.agreements_view, 1)
        self.agreements_count = QLabel(objectName="overviewAgreementCount")
        layout.addWidget(self.agreements_count)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.overdue_filter.toggled.connect(self._filter)
        self.owner_filter.textChanged.connect(self._filter)
        self.theme_filter.currentIndexChanged.connect(self._filter)
        self.kind_filter.currentIndexChanged.connect(self._filter)
        return page

    def _themes_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        layout = QVBoxLayout(left)
        self.themes_model = ThemesModel(self)
        self.themes_view = _table(self.themes_model, "overviewThemes", 0)
        self.themes_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.themes_view.clicked.connect(self._theme_cell_clicked)
        layout.addWidget(self.themes_view, 2)
        self.passages_title = QLabel(self.tr("Klik op een getal om te zien welke dossiers en passages erachter zitten."),
                                     objectName="overviewPassagesTitle")
        self.passages_title.setWordWrap(True)
        layout.addWidget(self.passages_title)
        self.passages = QListWidget(objectName="overviewPassages")
        self.passages.setWordWrap(True)
        self.passages.itemDoubleClicked.connect(self._open_item_case)
        layout.addWidget(self.passages, 1)
        splitter.addWidget(left)
        self.chart_holder = QWidget(objectName="overviewChartHolder")
        QVBoxLayout(self.chart_holder)
        splitter.addWidget(self.chart_holder)
        splitter.setSizes([700, 600])
        return splitter

    def _recurrence_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        note = QLabel(self.tr("Een thema dat terugkomt in een latere review, nadat een afspraak met dat thema "
                              "als gereed was gemeld."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.recurrence_model = RecurrenceModel(self)
        self.recurrence_view = _table(self.recurrence_model, "overviewRecurrence", 1)
        header = self.recurrence_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 380)
        self.recurrence_view.doubleClicked.connect(self._open_recurrence_case)
        layout.addWidget(self.recurrence_view, 1)
        return page

    def _conclusions_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.conclusion_themes = QListWidget(objectName="overviewConclusionThemes")
        self.conclusion_themes.setWordWrap(True)
        self.conclusion_themes.currentRowChanged.connect(self._show_conclusions)
        splitter.addWidget(self.conclusion_themes)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.addWidget(QLabel(self.tr("Conclusies bij dit thema")))
        self.conclusions = QListWidget(objectName="overviewConclusions")
        self.conclusions.setWordWrap(True)
        self.conclusions.itemDoubleClicked.connect(self._open_item_case)
        layout.addWidget(self.conclusions, 1)
        layout.addWidget(QLabel(self.tr("Wat ging goed (in alle dossiers)")))
        self.went_well = QListWidget(objectName="overviewWentWell")
        self.went_well.setWordWrap(True)
        self.went_well.itemDoubleClicked.connect(self._open_item_case)
        layout.addWidget(self.went_well, 1)
        splitter.addWidget(right)
        splitter.setSizes([400, 900])
        return splitter

    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Overzicht"))
        self.export_matrix_action = QAction(self.tr("Alle afspraken exporteren (.xlsx)…"), self,
                                            objectName="overviewExportMatrix")
        self.export_year_action = QAction(self.tr("Jaaroverzicht exporteren (.docx)…"), self,
                                          objectName="overviewExportYear")
        self.codebook_export_action = QAction(self.tr("Codeboek thema's exporteren…"), self,
                                              objectName="codebookExportAction")
        self.codebook_import_action = QAction(self.tr("Codeboek thema's importeren…"), self,
                                              objectName="codebookImportAction")
        self.export_matrix_action.triggered.connect(lambda: self.export("xlsx"))
        self.export_year_action.triggered.connect(lambda: self.export("docx"))
        self.codebook_export_action.triggered.connect(self.export_codebook)
        self.codebook_import_action.triggered.connect(self.import_codebook)
        for action in (self.export_matrix_action, self.export_year_action):
            action.setEnabled(False)
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.codebook_export_action)
        menu.addAction(self.codebook_import_action)

    # -- folders and reading -------------------------------------------------------------------------

    def folder_list(self) -> list[str]:
        return [self.folders.item(i).text() for i in range(self.folders.count())]

    def set_folders(self, folders: list[str]) -> None:
        """The folders (or files) to read; remembered in the settings for next time."""
        self.folders.clear()
        for folder in folders:
            self.folders.addItem(folder)
        settings.put("overview_folders", self.folder_list())

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map met dossiers"), str(settings.cases_folder()))
        if chosen and chosen not in self.folder_list():
            self.set_folders([*self.folder_list(), chosen])
            self.refresh()

    def remove_folder(self) -> None:
        row = self.folders.currentRow()
        if row >= 0:
            self.set_folders([f for i, f in enumerate(self.folder_list()) if i != row])
            self.refresh()

    def refresh(self) -> None:
        """Read the folders again, in a thread; unchanged files come from the index at once."""
        if self._job is not None:
            return
        sources = self.folder_list()
        passphrase = self._passphrase
        job = Job(lambda progress, cancelled: load_cases(sources, passphrase=passphrase, progress=progress,
                                                         cancelled=cancelled), self)
        job.progressed.connect(self._progressed)
        job.succeeded.connect(self._loaded)
        job.cancelled.connect(self._cancelled)
        job.failed.connect(self._failed)
        job.finished.connect(self._job_finished)
        self._job = job
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Dossiers inlezen…"))
        job.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _job_finished(self) -> None:
        self._job = None
        self.progress.hide()
        self.cancel_button.hide()
        self.refresh_button.setEnabled(True)

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Inlezen gestopt. Wat al gelezen was, gaat de volgende keer sneller."))

    def _failed(self, message: str) -> None:
        self.summary.setText(message)

    def _loaded(self, loaded: LoadedCases) -> None:
        self.loaded_cases = loaded
        years = sorted({c.year for c in loaded.cases if c.year is not None})
        for combo, label in ((self.year_from, self.tr("vanaf het begin")), (self.year_to, self.tr("tot nu"))):
            combo.blockSignals(True)
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(label, None)
            for year in years:
                combo.addItem(str(year), year)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._rebuild()
        encrypted = [s for s in loaded.skipped if s.encrypted]
        self.passphrase_button.setText(self.tr("Versleutelde dossiers meetellen ({0})…").format(len(encrypted)))
        self.passphrase_button.setVisible(bool(encrypted))
        self.loaded.emit()

    def _period_changed(self) -> None:
        if self.loaded_cases is not None:
            self._rebuild()

    def _rebuild(self) -> None:
        assert self.loaded_cases is not None
        start_year, end_year = self.year_from.currentData(), self.year_to.currentData()
        self.overview = build_overview(self.loaded_cases, as_of=self.as_of,
                                       start=date(start_year, 1, 1) if start_year else None,
                                       end=date(end_year, 12, 31) if end_year else None)
        overview = self.overview
        figures = overview.to_json()["agreements"]
        self.summary.setText(self.tr("{0} dossiers · {1} afspraken, waarvan {2} te laat · {3} overgeslagen · "
                                     "{4} kopieën één keer geteld").format(
            len(overview.cases), figures["total"], figures["overdue"], len(overview.skipped),
            len(overview.duplicates)))
        self.agreements_model.set_rows(overview.agreements)
        chosen = self.theme_filter.currentData()
        self.theme_filter.blockSignals(True)
        self.theme_filter.clear()
        self.theme_filter.addItem(self.tr("Alle thema's"), "")
        for theme in overview.themes:
            self.theme_filter.addItem(theme.name, theme.key)
        self.theme_filter.setCurrentIndex(max(self.theme_filter.findData(chosen), 0))
        self.theme_filter.blockSignals(False)
        self._filter()
        self.themes_model.set_rows(overview.themes)
        self.recurrence_model.set_rows(overview.recurrences)
        self.skipped_model.set_rows(overview.skipped)
        self.conclusion_themes.clear()
        for theme in overview.themes:
            passages = overview.conclusions_by_theme.get(theme.key, [])
            item = QListWidgetItem(f"{theme.name} ({len(passages)})")
            item.setData(PATH_ROLE, theme.key)
            self.conclusion_themes.addItem(item)
        self.went_well.clear()
        for passage in overview.went_well:
            self.went_well.addItem(self._passage_item(passage))
        self.passages.clear()
        for action in (self.export_matrix_action, self.export_year_action):
            action.setEnabled(bool(overview.cases))
        self._draw_chart()

    # -- the views -----------------------------------------------------------------------------------

    def _filter(self) -> None:
        self.agreements_proxy.set_filter(status=self.status_filter.currentData() or "",
                                         overdue_only=self.overdue_filter.isChecked(),
                                         owner=self.owner_filter.text().strip(),
                                         theme_key=self.theme_filter.currentData() or "",
                                         kind=self.kind_filter.currentData() or "")
        self.agreements_count.setText(self.tr("{0} van {1} afspraken").format(
            self.agreements_proxy.rowCount(), self.agreements_model.rowCount()))

    def _passage_item(self, passage: Passage) -> QListWidgetItem:
        item = QListWidgetItem(f"{passage.case.title}: {passage.text}")
        item.setData(PATH_ROLE, passage.case.path)
        return item

    def show_passages(self, key: str, column: str, year: int | None = None) -> None:
        """Fill the list under the themes table with what stands behind one number."""
        assert self.overview is not None
        name = next((t.name for t in self.overview.themes if t.key == key), key)
        titles = {"cases": self.tr("Dossiers met '{0}'"), "conclusions": self.tr("Conclusies met '{0}'"),
                  "agreements": self.tr("Afspraken met '{0}'")}
        title = titles[column].format(name) + (f" ({year})" if year else "")
        self.passages_title.setText(title)
        self.passages.clear()
        for passage in self.overview.passages(key, column, year):
            self.passages.addItem(self._passage_item(passage))

    def _theme_cell_clicked(self, index: QModelIndex) -> None:
        column = ThemesModel.COUNT_COLUMNS.get(index.column())
        if column is not None:
            self.show_passages(self.themes_model.row_object(index.row()).key, column)

    def _show_conclusions(self, row: int) -> None:
        self.conclusions.clear()
        if self.overview is None or row < 0:
            return
        key = self.conclusion_themes.item(row).data(PATH_ROLE)
        for passage in self.overview.conclusions_by_theme.get(key, []):
            self.conclusions.addItem(self._passage_item(passage))

    def _draw_chart(self) -> None:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from casereview.overview.chart import draw_theme_years

        if self._chart is None:
            self._chart = FigureCanvasQTAgg(Figure(figsize=(6, 4)))
            self._chart.setObjectName("overviewThemeChart")
            self._chart.mpl_connect("button_press_event", self._chart_clicked)
            self.chart_holder.layout().addWidget(self._chart)
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

    # -- opening a case ------------------------------------------------------------------------------

    def _open_agreement_case(self, index: QModelIndex) -> None:
        row = self.agreements_proxy.mapToSource(index).row()
        self.openCaseRequested.emit(self.agreements_model.row_object(row).case.path)

    def _open_recurrence_case(self, index: QModelIndex) -> None:
        item = self.recurrence_model.row_object(index.row())
        self.openCaseRequested.emit(item.later_case.path if index.column() == 4 else item.done_case.path)

    def _open_item_case(self, item: QListWidgetItem) -> None:
        self.openCaseRequested.emit(item.data(PATH_ROLE))

    # -- encrypted cases -----------------------------------------------------------------------------

    def ask_passphrase(self) -> None:
        """Asked once: the passphrase is tried on every encrypted file and kept only while the window is open."""
        text, ok = QInputDialog.getText(self, self.tr("Versleutelde dossiers"),
                                        self.tr("Wachtwoord van de versleutelde dossiers:"),
                                        QLineEdit.EchoMode.Password)
        if ok and text:
            self._passphrase = text
            self.refresh()

    # -- exports and the codebook --------------------------------------------------------------------

    def export(self, kind: str) -> None:
        if self.overview is None:
            return
        cite = "titel"
        if kind == "docx":
            choices = [self.tr("bij een neutraal nummer"), self.tr("bij titel")]
            chosen, ok = QInputDialog.getItem(self, self.tr("Jaaroverzicht"), self.tr("Dossiers noemen:"),
                                              choices, 0, False)
            if not ok:
                return
            cite = "nummer" if chosen == choices[0] else "titel"
        suggested = str(settings.cases_folder() / ("afspraken.xlsx" if kind == "xlsx" else "jaaroverzicht.docx"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Exporteren naar"), suggested)
        if not path:
            return
        overview = self.overview

        def work(_progress: Any, _cancelled: Any) -> Path:
            if kind == "xlsx":
                from casereview.reports.overview_matrix import export_matrix

                return export_matrix(overview, Path(path), cite=cite)
            from casereview.reports.jaaroverzicht import export_jaaroverzicht

            return export_jaaroverzicht(overview, Path(path), cite=cite)

        job = Job(work, self)
        job.succeeded.connect(lambda out: self.summary.setText(self.tr("Geëxporteerd naar {0}").format(out)))
        job.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Exporteren"), message))
        self._export_job = job
        job.start()

    def export_codebook(self) -> None:
        from casereview.vocabulary.codebook import dumps

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Codeboek opslaan"),
                                              str(settings.cases_folder() / "codeboek.json"), "JSON (*.json)")
        if path:
            try:
                Path(path).write_text(dumps(settings.new_case_codebook()), encoding="utf-8")
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Codeboek"), self.tr("Kan '{0}' niet schrijven: {1}").format(
                    Path(path).name, exc.strerror or exc))

    def import_codebook(self) -> None:
        from casereview.vocabulary.codebook import CodebookError, loads

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Codeboek kiezen"), str(settings.cases_folder()),
                                              "JSON (*.json)")
        if not path:
            return
        try:
            entries = loads(Path(path).read_text(encoding="utf-8"), source=f"'{Path(path).name}'")
        except (OSError, UnicodeDecodeError, CodebookError) as exc:
            QMessageBox.warning(self, self.tr("Codeboek"), describe(exc))
            return
        settings.set_codebook(entries)
        self.summary.setText(self.tr("Codeboek met {0} thema's ingesteld; nieuwe reviews beginnen ermee.").format(
            len(entries)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Stop a running indexing first, so no thread outlives the window."""
        for job in (self._job, self._export_job):
            if job is not None and job.isRunning():
                job.cancel()
                job.wait()
        super().closeEvent(event)

