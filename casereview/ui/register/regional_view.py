"""The region's theme counts from the configured register, beside nothing that identifies a case.

Opening this view is one of the two moments casereview connects to a register
(the other is publishing). Counts under three are shown as "<3".
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casereview import settings
from casereview.register.service import MIN_SHOWN, ThemeCount, regional_theme_counts
from casereview.ui.operations.background import Operation, run_in_background


class RegionalThemesPanel(QWidget):
    """A table of regional counts per theme code; reusable in the overview across cases."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionalThemesPanel")
        self.status = QLabel(objectName="regionalStatus", wordWrap=True)
        self.table = QTableWidget(0, 3, objectName="regionalThemesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Thema"), self.tr("Lessen"), self.tr("Organisaties")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.task: Operation[list[ThemeCount]] | None = None

    def load(self, url: str | None = None) -> None:
        """Read the counts off the GUI thread from ``url`` (default: the register in the settings)."""
        url = (url or str(settings.get("register_url") or "")).strip()
        if not url:
            self.status.setText(self.tr("Er is geen regioregister ingesteld (Extra → Instellingen)."))
            return
        self.status.setText(self.tr("Het regioregister wordt gelezen…"))
        self.task = run_in_background(lambda _progress: regional_theme_counts(url),
                                      title=self.tr("Thema's in de regio"), on_done=self.show_counts,
                                      on_failed=self.status.setText, owner=self)

    def show_counts(self, counts: list[ThemeCount]) -> None:
        years = sorted({y for c in counts for y in c.per_year})
        self.table.setColumnCount(3 + len(years))
        self.table.setHorizontalHeaderLabels([self.tr("Thema"), self.tr("Lessen"), self.tr("Organisaties"), *years])
        self.table.setRowCount(len(counts))
        for row, c in enumerate(counts):
            values = [c.code, _shown(c.lessons), _shown(c.organisations), *(_shown(c.per_year[y])
                      if y in c.per_year else "" for y in years)]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("%n thema's in het regioregister. Aantallen onder {0} worden niet getoond.", "",
                                    len(counts)).format(MIN_SHOWN))


def _shown(n: int | None) -> str:
    return f"<{MIN_SHOWN}" if n is None else str(n)


class RegionalThemesDialog(QDialog):
    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionalThemesDialog")
        self.setWindowTitle(self.tr("Thema's in de regio"))
        self.resize(760, 480)
        self.panel = RegionalThemesPanel(parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.panel.load()
