"""Bestand → Overzicht…: agreements, themes, recurrence and conclusions across many case files.

A top-level window (``overviewWindow``) so it can sit beside an open case. It
never writes a case file: everything comes from :mod:`casereview.overview`,
which reads read-only through its cache index. The window holds the folders,
the period and the status line and wires the tabs (one class each, in this
package) and the menu (:mod:`.menu_actions`); the first indexing runs in the
background (:mod:`.background`) with a progress bar and a cancel button.
Double-clicking an agreement (or a passage behind a number) asks the main
window to open that case in follow-up mode.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casereview import settings
from casereview.overview.figures import Overview, build_overview
from casereview.overview.index import LoadedCases, load_cases
from casereview.ui.overview.agreements_tab import AgreementsTab, fitting_combo
from casereview.ui.overview.background import RunningJob, start_job, stop_job
from casereview.ui.overview.conclusions_tab import ConclusionsTab
from casereview.ui.overview.menu_actions import OverviewMenu
from casereview.ui.overview.recurrence_tab import RecurrenceTab
from casereview.ui.overview.region_tab import RegionTab
from casereview.ui.overview.skipped_tab import SkippedTab
from casereview.ui.overview.themes_tab import ThemesTab


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
        self._job: RunningJob | None = None
        self._build()
        self.menu = OverviewMenu(self, lambda: self.overview, self.summary.setText)
        for folder in settings.overview_folders():
            self.folders.addItem(folder)
        self.resize(1366, 768)

    def _build(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addLayout(self._folder_row())
        layout.addLayout(self._status_row())
        period = QHBoxLayout()
        period_label = QLabel(self.tr("Periode (jaar van de review):"))
        period.addWidget(period_label)
        self.year_from = fitting_combo("overviewYearFrom")
        self.year_to = fitting_combo("overviewYearTo")
        period_label.setBuddy(self.year_from)
        self.year_from.setAccessibleName(self.tr("Periode vanaf"))
        self.year_to.setAccessibleName(self.tr("Periode tot en met"))
        for combo in (self.year_from, self.year_to):
            combo.currentIndexChanged.connect(self._period_changed)
            period.addWidget(combo)
        period.addStretch(1)
        layout.addLayout(period)
        self.agreements_tab = AgreementsTab()
        self.themes_tab = ThemesTab()
        self.recurrence_tab = RecurrenceTab()
        self.conclusions_tab = ConclusionsTab()
        self.skipped_tab = SkippedTab()
        self.tabs = QTabWidget(objectName="overviewTabs")
        for tab, title in ((self.agreements_tab, self.tr("Afspraken")), (self.themes_tab, self.tr("Thema's")),
                           (self.recurrence_tab, self.tr("Terug na afronding")),
                           (self.conclusions_tab, self.tr("Conclusies en wat goed ging")),
                           (self.skipped_tab, self.tr("Overgeslagen"))):
            self.tabs.addTab(tab, title)
        for tab in (self.agreements_tab, self.themes_tab, self.recurrence_tab, self.conclusions_tab):
            tab.openCaseRequested.connect(self.openCaseRequested)
        self.tabs.addTab(RegionTab(), self.tr("Regio"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _folder_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.folders = QListWidget(objectName="overviewFolders")
        self.folders.setAccessibleName(self.tr("Mappen met dossiers"))
        self.folders.setMaximumHeight(64)
        row.addWidget(self.folders, 1)
        buttons = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Map toevoegen…"), objectName="overviewAddFolder")
        self.remove_button = QPushButton(self.tr("Map weghalen"), objectName="overviewRemoveFolder")
        self.refresh_button = QPushButton(self.tr("Inlezen"), objectName="overviewRefresh")
        self.add_button.clicked.connect(self.choose_folder)
        self.remove_button.clicked.connect(self.remove_folder)
        self.refresh_button.clicked.connect(self.refresh)
        for button in (self.add_button, self.remove_button, self.refresh_button):
            buttons.addWidget(button)
        row.addLayout(buttons)
        return row

    def _status_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.summary = QLabel(self.tr("Kies de mappen met dossiers en klik op Inlezen."), objectName="overviewSummary")
        self.summary.setWordWrap(True)
        row.addWidget(self.summary, 1)
        self.passphrase_button = QPushButton(objectName="overviewPassphrase")
        self.passphrase_button.clicked.connect(self.ask_passphrase)
        self.passphrase_button.hide()
        row.addWidget(self.passphrase_button)
        self.progress = QProgressBar(objectName="overviewProgress")
        self.progress.hide()
        row.addWidget(self.progress)
        self.cancel_button = QPushButton(self.tr("Stoppen"), objectName="overviewCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        row.addWidget(self.cancel_button)
        return row

    # -- what tests and the main window reach -------------------------------------------------------

    @property
    def passages_title(self) -> QLabel:
        return self.themes_tab.passages_title

    @property
    def agreements_count(self) -> QLabel:
        return self.agreements_tab.count

    @property
    def export_matrix_action(self) -> QAction:
        return self.menu.export_matrix_action

    @property
    def export_year_action(self) -> QAction:
        return self.menu.export_year_action

    @property
    def codebook_export_action(self) -> QAction:
        return self.menu.codebook_export_action

    @property
    def codebook_import_action(self) -> QAction:
        return self.menu.codebook_import_action

    def show_passages(self, key: str, column: str, year: int | None = None) -> None:
        self.themes_tab.show_passages(key, column, year)

    def chart_cell_position(self, key: str, year: int) -> tuple[int, int]:
        return self.themes_tab.chart_cell_position(key, year)

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
        """Read the folders again, in the background; unchanged files come from the index at once."""
        if self._job is not None:
            return
        sources = self.folder_list()
        passphrase = self._passphrase
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.refresh_button.setEnabled(False)
        self.summary.setText(self.tr("Dossiers inlezen…"))
        self._job = start_job(
            lambda progress: load_cases(sources, passphrase=passphrase, progress=progress),
            self, title=self.tr("Dossiers inlezen"), done=self._loaded, failed=self.summary.setText, progressed=self._progressed,
            cancelled=lambda: self.summary.setText(
                self.tr("Inlezen gestopt. Wat al gelezen was, gaat de volgende keer sneller.")),
            finished=self._job_finished)

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
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
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
        self.overview = overview = build_overview(self.loaded_cases, as_of=self.as_of,
                                                  start=date(start_year, 1, 1) if start_year else None,
                                                  end=date(end_year, 12, 31) if end_year else None)
        self.summary.setText(self.summary_text(overview))
        for tab in (self.agreements_tab, self.themes_tab, self.recurrence_tab, self.conclusions_tab, self.skipped_tab):
            tab.show_overview(overview)
        self.menu.set_exportable(bool(overview.cases))

    def summary_text(self, overview: Overview) -> str:
        """'4 dossiers · 7 afspraken, waarvan 2 te laat · 3 overgeslagen · 1 kopie één keer geteld'."""
        figures = overview.to_json()["agreements"]
        parts = [
            self.tr("%n dossiers", "", len(overview.cases)),
            self.tr("%n afspraken, waarvan {0} te laat", "", figures["total"]).format(figures["overdue"]),
            self.tr("{0} overgeslagen").format(len(overview.skipped)),
            self.tr("%n kopieën één keer geteld", "", len(overview.duplicates)),
        ]
        if overview.exercises:  # practice reviews would make the figures look like real ones
            parts.append(self.tr("%n oefendossiers niet meegeteld", "", len(overview.exercises)))
        return " · ".join(parts)

    # -- encrypted cases -----------------------------------------------------------------------------

    def ask_passphrase(self) -> None:
        """Asked once: the passphrase is tried on every encrypted file and kept only while the window is open."""
        text, ok = QInputDialog.getText(self, self.tr("Versleutelde dossiers"),
                                        self.tr("Wachtwoord van de versleutelde dossiers:"),
                                        QLineEdit.EchoMode.Password)
        if ok and text:
            self._passphrase = text
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Stop a running indexing or export first, so no thread outlives the window."""
        stop_job(self._job)
        stop_job(self.menu.export_job)
        super().closeEvent(event)
