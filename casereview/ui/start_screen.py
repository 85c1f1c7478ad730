"""The first screen: new case, open a case, recent files, or the demo case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from casereview import settings
from casereview.ui.style.metrics import TYPE
from casereview.ui.style.palette import colours


class StartScreen(QWidget):
    """Signals: newRequested(), openRequested(), demoRequested(), recentChosen(str path)."""

    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startScreen")
        title = QLabel(self.tr("casereview"))
        title.setStyleSheet(f"font-size: {TYPE.title}pt; font-weight: 600; color: {colours().accent_strong};")
        subtitle = QLabel(self.tr("Samen leren van een calamiteit: tijdlijn, leergroep, conclusies en afspraken."))
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet(f"font-size: 12pt; color: {colours().muted};")
        self.new_button = QPushButton(self.tr("Nieuwe review…"), objectName="newCaseButton")
        self.open_button = QPushButton(self.tr("Dossier openen…"), objectName="openCaseButton")
        self.demo_button = QPushButton(self.tr("Demodossier bekijken"), objectName="demoCaseButton")
        self.recent = QListWidget(objectName="recentList")
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(40)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent.itemActivated.connect(lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(20)
        layout.addWidget(self.new_button)
        layout.addWidget(self.open_button)
        layout.addWidget(self.demo_button)
        layout.addSpacing(20)
        layout.addWidget(QLabel(self.tr("Recente dossiers")))
        layout.addWidget(self.recent, 1)
        self.reload_recent()

    def reload_recent(self) -> None:
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(path.name)
            item.setToolTip(str(path.parent))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.recent.addItem(item)
        if not self.recent.count():
            self.recent.addItem(self.tr("(nog geen)"))
            self.recent.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    @staticmethod
    def path_of(item: QListWidgetItem) -> Path:
        return Path(item.data(Qt.ItemDataRole.UserRole))
