"""The title bar (projector, screen share, task bar) never shows a name nobody decided on."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case
from casereview.privacy.detection.candidates import ensure_searched
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.session.procedure import update_case_details
from casereview.ui.main_window import MainWindow


def test_the_title_bar_shows_the_case_title_only_with_its_pseudonyms(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "dossier.casereview"
    create_case(path, "Review Sanne Bakker juni").close()
    window = MainWindow(lazy_tabs=True)
    qtbot.addWidget(window)
    window.open_path(path)
    window.show()
    assert "Sanne" not in window.windowTitle()  # before the title was checked
    qtbot.waitUntil(lambda: window.windowTitle() == "Review — casereview")  # never searched: neutral
    assert window.context is not None
    case = window.context.case
    set_pseudonym(case, "Sanne Bakker", "kind 1")
    ensure_searched(case)
    update_case_details(case, title="Review Sanne Bakker juni")  # the chair confirms the title
    ensure_searched(case)
    qtbot.waitUntil(lambda: window.windowTitle() == "Review kind 1 juni — casereview")
    window.close_case()
    assert window.windowTitle() == "casereview"

