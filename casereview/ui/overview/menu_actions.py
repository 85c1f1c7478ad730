"""The overview's menu: the two exports (all agreements as .xlsx, the annual overview as .docx) and the codebook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMainWindow, QMessageBox

from casereview import settings
from casereview.casefile.progress import Progress
from casereview.overview.figures import Overview
from casereview.ui.language.messages import describe
from casereview.ui.overview.background import RunningJob, start_job


class OverviewMenu(QObject):
    """Builds the "Overzicht" menu of ``window``; ``overview()`` gives what to export, ``say`` the status line."""

    def __init__(self, window: QMainWindow, overview: Callable[[], Overview | None],
                 say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self._overview = overview
        self._say = say
        self.export_job: RunningJob | None = None
        menu = window.menuBar().addMenu(self.tr("&Overzicht"))
        self.export_matrix_action = QAction(self.tr("Alle afspraken exporteren (.xlsx)…"), window,
                                            objectName="overviewExportMatrix")
        self.export_year_action = QAction(self.tr("Jaaroverzicht exporteren (.docx)…"), window,
                                          objectName="overviewExportYear")
        self.codebook_export_action = QAction(self.tr("Codeboek thema's exporteren…"), window,
                                              objectName="codebookExportAction")
        self.codebook_import_action = QAction(self.tr("Codeboek thema's importeren…"), window,
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

    def set_exportable(self, exportable: bool) -> None:
        for action in (self.export_matrix_action, self.export_year_action):
            action.setEnabled(exportable)

    def export(self, kind: str) -> None:
        overview = self._overview()
        if overview is None:
            return
        cite = "titel"
        if kind == "docx":
            choices = [self.tr("bij een neutraal nummer"), self.tr("bij titel")]
            chosen, ok = QInputDialog.getItem(self.window, self.tr("Jaaroverzicht"), self.tr("Dossiers noemen:"),
                                              choices, 0, False)
            if not ok:
                return
            cite = "nummer" if chosen == choices[0] else "titel"
        suggested = str(settings.cases_folder() / ("afspraken.xlsx" if kind == "xlsx" else "jaaroverzicht.docx"))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Exporteren naar"), suggested)
        if not path:
            return

        def work(progress: Progress) -> Path:  # searches the cases' texts for names first (a worker process)
            if kind == "xlsx":
                from casereview.reports.overview_matrix import export_matrix

                return export_matrix(overview, Path(path), cite=cite, progress=progress)
            from casereview.reports.jaaroverzicht import export_jaaroverzicht

            return export_jaaroverzicht(overview, Path(path), cite=cite, progress=progress)

        self.export_job = start_job(
            work, self, title=self.tr("Exporteren"), done=lambda out: self._say(self.tr("Geëxporteerd naar {0}").format(out)),
            failed=lambda message: QMessageBox.warning(self.window, self.tr("Exporteren"), message))

    def export_codebook(self) -> None:
        from casereview.vocabulary.codebook import dumps

        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Codeboek opslaan"),
                                              str(settings.cases_folder() / "codeboek.json"), "JSON (*.json)")
        if path:
            try:
                Path(path).write_text(dumps(settings.new_case_codebook()), encoding="utf-8")
            except OSError as exc:
                QMessageBox.warning(self.window, self.tr("Codeboek"), self.tr("Kan '{0}' niet schrijven: {1}").format(
                    Path(path).name, exc.strerror or exc))

    def import_codebook(self) -> None:
        from casereview.vocabulary.codebook import CodebookError, loads

        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Codeboek kiezen"), str(settings.cases_folder()),
                                              "JSON (*.json)")
        if not path:
            return
        try:
            entries = loads(Path(path).read_text(encoding="utf-8"), source=f"'{Path(path).name}'")
        except (OSError, UnicodeDecodeError, CodebookError) as exc:
            QMessageBox.warning(self.window, self.tr("Codeboek"), describe(exc))
            return
        settings.set_codebook(entries)
        self._say(self.tr("Codeboek met %n thema's ingesteld; nieuwe reviews beginnen ermee.", "", len(entries)))
