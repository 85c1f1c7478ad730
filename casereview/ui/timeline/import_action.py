"""File → Tijdlijn importeren: choose a file, preview and map columns, import as one undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from casereview.model import CaseFileError
from casereview.session.parties import list_parties
from casereview.timeline.importing.importer import ImportReport, import_timeline, remove_import, restore_import
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.undo_commands import _Command

TIMELINE_FILTER = "Tijdlijn (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.docx *.doc *.odt *.rtf);;Alle bestanden (*)"


class ImportCommand(_Command):
    """The whole import is one step: undo removes its events, redo brings the same ones back."""

    def __init__(self, context: CaseContext, path: Path, options: dict[str, Any]) -> None:
        super().__init__(context, context.tr("Tijdlijn importeren ({0})").format(path.name))
        self.path = path
        self.options = options
        self.report: ImportReport | None = None
        self.snapshot: Any = None

    def redo(self) -> None:
        def do() -> None:
            if self.snapshot is not None:
                restore_import(self.context.case, self.snapshot)
            else:
                self.report = import_timeline(self.context.case, self.path, **self.options)
        self._guard(do)

    def undo(self) -> None:
        if self.report is not None and self.report.batch is not None:
            report, batch = self.report, self.report.batch

            def do() -> None:
                self.snapshot = remove_import(self.context.case, batch, parties_added=report.parties_added)
            self._guard(do)


def run_import(context: CaseContext, *, parent: QWidget, path: Path | None = None) -> ImportReport | None:
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, parent.tr("Tijdlijn importeren"), "", TIMELINE_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
    from casereview.ui.timeline.import_dialog import ImportDialog

    try:
        dialog = ImportDialog(path, parent=parent,
                              known_parties=[p.name for p in list_parties(context.case)])
    except CaseFileError as exc:
        QMessageBox.warning(parent, parent.tr("Importeren"), str(exc))
        return None
    if not dialog.exec():
        return None
    command = ImportCommand(context, path, dialog.options())
    context.undo_stack.push(command)
    if command.report is not None:
        QMessageBox.information(parent, parent.tr("Importeren"), command.report.summary())
    return command.report
