"""The overview's "Regio": the region's theme counts beside the organisation's own, read only on request."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget


class RegionTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        from casereview.ui.register.regional_view import RegionalThemesPanel

        super().__init__(parent)
        self.setObjectName("overviewRegionTab")
        layout = QVBoxLayout(self)
        self.read_button = QPushButton(self.tr("Regioregister lezen"), objectName="overviewReadRegion")
        self.panel = RegionalThemesPanel(parent=self)
        self.read_button.clicked.connect(lambda: self.panel.load())
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.panel, 1)
