"""The overview across cases has a Regio tab that reads the configured register only when asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QTabWidget
from pytestqt.qtbot import QtBot
from register_cases import imported_case

from casereview import settings
from casereview.register.service import init_register, publish
from casereview.ui.overview.window import OverviewWindow


def test_the_overview_shows_the_regions_theme_counts(qtbot: QtBot, tmp_path: Path) -> None:
    register_path = tmp_path / "regio.db"
    with init_register(str(register_path)) as register:
        for i, org in enumerate(["Wijkteam A", "Wijkteam B", "Wijkteam C"]):
            case = imported_case(tmp_path / f"c{i}.casereview")
            try:
                publish(case, register, org)
            finally:
                case.close()
    settings.put("register_url", str(register_path))
    window = OverviewWindow()
    qtbot.addWidget(window)
    tabs = window.findChild(QTabWidget, "overviewTabs")
    tabs.setCurrentWidget(window.findChild(type(tabs.widget(0)), "overviewRegionTab"))
    table = window.findChild(QTableWidget, "regionalThemesTable")
    assert table.rowCount() == 0  # nothing read before the user asks
    window.findChild(QPushButton, "overviewReadRegion").click()
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=20_000)
    assert table.item(0, 1).text() == "3" and table.item(0, 2).text() == "3"
    assert "2 thema's" in window.findChild(QLabel, "regionalStatus").text()
