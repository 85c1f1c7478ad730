"""File → Vorige versie terugzetten…: the safety copies of the open case, by time, and restoring one.

Restoring first makes a safety copy of the current state, so a wrong choice
can be put right the same way.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casereview.casefile.case_file import CaseFile
from casereview.casefile.safety_copies import SafetyCopy, list_safety_copies


class RestoreVersionDialog(QDialog):
    """Lists the copies newest first; ``chosen()`` is the one to restore after ``exec()``."""

    def __init__(self, case: CaseFile, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreVersionDialog")
        self.setWindowTitle(self.tr("Vorige versie terugzetten"))
        self.copies = list_safety_copies(case)
        intro = QLabel(self.tr("casereview bewaart de laatste versies van dit dossier in uw eigen gegevensmap. "
                               "Kies het moment waarnaar u wilt teruggaan. De huidige stand wordt eerst zelf "
                               "bewaard, zodat u dit ongedaan kunt maken."))
        intro.setWordWrap(True)
        self.list = QListWidget(objectName="safetyCopyList")
        for copy in self.copies:
            item = QListWidgetItem(copy.describe())
            item.setData(Qt.ItemDataRole.UserRole, str(copy.path))
            self.list.addItem(item)
        self.empty = QLabel(self.tr("Er zijn nog geen eerdere versies van dit dossier."), objectName="noCopiesLabel")
        self.empty.setVisible(not self.copies)
        self.restore_button = QPushButton(self.tr("Terugzetten"), objectName="restoreVersionButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._confirm)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(460, 360)

    def chosen(self) -> SafetyCopy | None:
        row = self.list.currentRow()
        return self.copies[row] if 0 <= row < len(self.copies) else None

    def _confirm(self) -> None:
        copy = self.chosen()
        if copy is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Vorige versie terugzetten"),
            self.tr("Het dossier teruggaan naar de versie van {0}? Wat daarna is vastgelegd, staat dan alleen "
                    "nog in de veiligheidskopie van nu.").format(copy.describe()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
