"""Concept versturen: freeze the draft and write a copy per organisation (or one for all), off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from casereview.casefile.progress import Progress
from casereview.consent.drafts import DEFAULT_REACTION_DAYS
from casereview.paths import cases_dir
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.background import Operation, run_in_background


class SendConceptDialog(QDialog):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendConceptDialog")
        self.setWindowTitle(self.tr("Concept versturen"))
        self.folder = QLineEdit(str(cases_dir()), objectName="conceptFolderEdit")
        browse = QPushButton(self.tr("Kiezen…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.per_party = QCheckBox(self.tr("Een concept per organisatie (anders één voor allen)"),
                                   objectName="conceptPerPartyCheck")
        self.per_party.setChecked(True)
        self.deadline = QDateEdit(objectName="conceptDeadlineEdit", calendarPopup=True)
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        soon = date.today() + timedelta(days=DEFAULT_REACTION_DAYS)
        self.deadline.setDate(QDate(soon.year, soon.month, soon.day))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Map"), row)
        form.addRow("", self.per_party)
        form.addRow(self.tr("Reageren uiterlijk op"), self.deadline)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Map voor de concepten"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def chosen_deadline(self) -> date:
        value = self.deadline.date()
        return date(value.year(), value.month(), value.day())


def start_sending(context: CaseContext, folder: Path, per_party: bool, deadline: date,
                  parent: QWidget, *, on_finished: Callable[[], object] | None = None,
                  on_progress: Callable[[int, int], object] | None = None) -> Operation[list[str]]:
    """Write the concepts in the background (the verslag with its chart takes a few seconds, a first
    name search on this computer minutes); ``on_progress`` hears the percentage done.

    The worker only calls the service; the message box is made by the callbacks,
    which the operations API runs on the GUI thread.
    """
    from casereview.reports.concept import send_concepts

    case = context.case
    title = parent.tr("Concept versturen")

    def work(progress: Progress) -> list[str]:
        written = send_concepts(case, folder, per_party=per_party, deadline=deadline, page_numbers=True,
                                progress=progress)
        return [str(w.path) for w in written]

    def done(paths: list[str]) -> None:
        # The folder once and the file names under it: fourteen full paths filled a laptop's screen.
        names = "\n".join(Path(p).name for p in paths)
        QMessageBox.information(parent, title, parent.tr("Geschreven in {0}:\n{1}").format(folder, names))

    def failed(message: str) -> None:
        QMessageBox.warning(parent, title, message)

    return run_in_background(work, title=title, on_done=done, on_failed=failed, on_finished=on_finished,
                             on_progress=on_progress, owner=parent)


def run_send_concept(context: CaseContext, *, parent: QWidget,
                     on_finished: Callable[[], object] | None = None,
                     on_progress: Callable[[int, int], object] | None = None) -> Operation[list[str]] | None:
    """Ask where and until when, then write the concepts in the background; None when the chair cancelled."""
    dialog = SendConceptDialog(parent=parent)
    if not dialog.exec():
        return None
    return start_sending(context, Path(dialog.folder.text()), dialog.per_party.isChecked(),
                         dialog.chosen_deadline(), parent, on_finished=on_finished, on_progress=on_progress)
