"""File → Tijdlijn importeren: choose a file, preview and map columns, import as one undoable step.

The import itself runs in a worker thread behind a progress dialog; the importer
(issue 16 splits it) is called as it is and reports no steps yet, so the dialog
shows that work is going on rather than how far it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from casereview.session.parties import list_parties
from casereview.timeline.importing.importer import ImportReport, import_timeline, remove_import, restore_import
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.runner import run_long
from casereview.ui.operations.undo_commands import DoneCommand

TIMELINE_FILTER = "Tijdlijn (*.csv *.txt *.xlsx *.xlsm *.xls *.ods *.docx *.doc *.odt *.rtf);;Alle bestanden (*)"


def import_command(context: CaseContext, path: Path, report: ImportReport) -> DoneCommand:
    """The finished import as one undo step: undo removes its events, redo brings the same ones back."""
    case = context.case

    def undo(done: ImportReport) -> object:
        if done.batch is None:
            return None
        return remove_import(case, done.batch, parties_added=done.parties_added)

    def redo(snapshot: object) -> None:
        if snapshot is not None:
            restore_import(case, snapshot)  # type: ignore[arg-type]

    return DoneCommand(context, context.tr("Tijdlijn importeren ({0})").format(path.name), report, undo, redo)


def run_import(context: CaseContext, *, parent: QWidget, path: Path | None = None) -> ImportReport | None:
    """Choose, preview and map, then import in a worker thread (the window keeps painting) as one undo step."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, parent.tr("Tijdlijn importeren"), "", TIMELINE_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
    from casereview.ui.timeline.import_dialog import ImportDialog, read_dialog_preview

    chosen_path = path
    known = [p.name for p in list_parties(context.case)]
    first = run_long(lambda _progress: read_dialog_preview(chosen_path, None, {}, known), parent=parent,
                     title=parent.tr("Importeren"), label=parent.tr("{0} wordt gelezen…").format(path.name))
    if not first.ok or first.value is None:
        return None  # an unusable file: the message is shown, no dialog opens
    dialog = ImportDialog(chosen_path, parent=parent, known_parties=known, first=first.value)
    if not dialog.exec():
        return None
    options = dialog.options()
    case = context.case
    outcome = run_long(lambda _progress: import_timeline(case, chosen_path, **options), parent=parent,
                       title=parent.tr("Importeren"), label=parent.tr("Tijdlijn importeren uit {0}…").format(path.name),
                       context=context)
    if not outcome.ok or outcome.value is None:
        return None
    report = outcome.value
    context.undo_stack.push(import_command(context, path, report))
    QMessageBox.information(parent, parent.tr("Importeren"), report.summary())
    return report
