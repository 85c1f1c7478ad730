"""Concept versturen: freeze the draft and write a copy per organisation (or one for all), off the GUI thread."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QThread, Signal
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

from casereview.consent.drafts import DEFAULT_REACTION_DAYS
from casereview.model import CaseFileError
from casereview.paths import cases_dir
from casereview.ui.case_context import CaseContext


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


class ConceptWorker(QObject):
    """Builds the concepts in a thread: the verslag with its chart takes a few seconds."""

    finished = Signal(list)
    failed = Signal(str)

    def __init__(self, context: CaseContext, folder: Path, per_party: bool, deadline: date) -> None:
        super().__init__()
        self.case = context.case
        self.folder, self.per_party, self.deadline = folder, per_party, deadline

    def run(self) -> None:
        from casereview.reports.concept import send_concepts

        try:
            written = send_concepts(self.case, self.folder, per_party=self.per_party, deadline=self.deadline)
        except CaseFileError as exc:
            self.failed.emit(str(exc))
            return
        self.finished.emit([str(w.path) for w in written])


def start_sending(context: CaseContext, folder: Path, per_party: bool, deadline: date,
                  parent: QWidget) -> QThread:
    """Run the worker on its own thread; results come back as a message box on the GUI thread."""
    thread = QThread(parent)
    worker = ConceptWorker(context, folder, per_party, deadline)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)

    def done(paths: list[str]) -> None:
        QMessageBox.information(parent, parent.tr("Concept versturen"),
                                parent.tr("Geschreven:\n{0}").format("\n".join(paths)))

    def failed(message: str) -> None:
        QMessageBox.warning(parent, parent.tr("Concept versturen"), message)

    worker.finished.connect(done)
    worker.failed.connect(failed)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.worker = worker  # type: ignore[attr-defined]  # keep it alive as long as the thread
    thread.start()
    return thread


def run_send_concept(context: CaseContext, *, parent: QWidget) -> QThread | None:
    dialog = SendConceptDialog(parent=parent)
    if not dialog.exec():
        return None
    return start_sending(context, Path(dialog.folder.text()), dialog.per_party.isChecked(),
                         dialog.chosen_deadline(), parent)
