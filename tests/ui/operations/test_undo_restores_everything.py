"""Done-when tests of issue 10 in the real window: an undone delete brings back every row it took."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case
from casereview.findings.agreements import add_agreement
from casereview.findings.conclusions import add_conclusion, list_themes
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_party
from casereview.timeline.events import add_event


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    """What is in the file itself, read past the app."""
    with sqlite3.connect(path) as db:
        return sorted(db.execute(sql).fetchall())


def _ctrl_z(qtbot: QtBot, widget: object) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def _case(path: Path) -> dict[str, int]:
    with create_case(path, "Review gezin L.") as case:
        school = add_party(case, "Basisschool De Regenboog")
        event = add_event(case, date_text="03-2025", description="Juf meldt blauwe plekken", party_id=school.id)
        other = add_event(case, date_text="05-2025", description="Wisseling gezinscoach", party_id=school.id)
        said = add_contribution(case, text="Wij hoorden nooit iets terug", party_id=school.id, event_id=event.id)
        themes = [t.id for t in list_themes(case)[:2]]
        conclusion = add_conclusion(case, "Signalen werden niet samengebracht", event_ids=[event.id],
                                    contribution_ids=[said.id], theme_ids=themes)
        agreement = add_agreement(case, action="Terugkoppeling na elke melding", conclusion_id=conclusion.id)
        return {"event": event.id, "other": other.id, "said": said.id, "conclusion": conclusion.id,
                "agreement": agreement.id}


def test_undo_after_deleting_a_contribution_restores_its_conclusion_link(qtbot: QtBot, tmp_path: Path,
                                                                        open_window) -> None:  # noqa: ANN001
    path = tmp_path / "bijdrage.casereview"
    ids = _case(path)
    window = open_window(path, tab="sessionTab")
    view = window.findChild(QListView, "contributionList")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _rows(path, "SELECT id FROM contribution") == []
    assert _rows(path, "SELECT * FROM conclusioncontributionlink") == []

    _ctrl_z(qtbot, view)
    assert _rows(path, "SELECT id, text, event_id FROM contribution") == [
        (ids["said"], "Wij hoorden nooit iets terug", ids["event"])]
    assert _rows(path, "SELECT * FROM conclusioncontributionlink") == [(ids["conclusion"], ids["said"])]


def test_undo_after_deleting_an_event_restores_its_links(qtbot: QtBot, tmp_path: Path,
                                                        open_window) -> None:  # noqa: ANN001
    path = tmp_path / "gebeurtenis.casereview"
    ids = _case(path)
    window = open_window(path, tab="sessionTab")
    pane = window.case_view.timeline
    table = window.findChild(QTableView, "timelineTable")
    row = pane.proxy.row_of_event(ids["event"])
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(pane.proxy.index(row, 3)).center())
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _rows(path, "SELECT id FROM timelineevent") == [(ids["other"],)]
    assert _rows(path, "SELECT * FROM conclusioneventlink") == []
    assert _rows(path, "SELECT event_id FROM contribution") == [(None,)]

    _ctrl_z(qtbot, table)
    assert _rows(path, "SELECT id FROM timelineevent") == sorted([(ids["event"],), (ids["other"],)])
    assert _rows(path, "SELECT * FROM conclusioneventlink") == [(ids["conclusion"], ids["event"])]
    assert _rows(path, "SELECT event_id FROM contribution") == [(ids["event"],)]


def test_undo_after_deleting_a_conclusion_restores_agreements_themes_and_links(qtbot: QtBot, tmp_path: Path,
                                                                             open_window) -> None:  # noqa: ANN001
    path = tmp_path / "conclusie.casereview"
    ids = _case(path)
    before = {table: _rows(path, f"SELECT * FROM {table}") for table in
              ("conclusion", "conclusionthemelink", "conclusioneventlink", "conclusioncontributionlink")}
    assert len(before["conclusionthemelink"]) == 2
    window = open_window(path, tab="closingTab")
    conclusions = window.findChild(QListView, "conclusionList")
    conclusions.setFocus()
    conclusions.setCurrentIndex(conclusions.model().index(0, 0))
    qtbot.mouseClick(window.findChild(QPushButton, "deleteConclusionButton"), Qt.MouseButton.LeftButton)
    assert _rows(path, "SELECT * FROM conclusion") == []
    assert _rows(path, "SELECT conclusion_id FROM agreement") == [(None,)]

    conclusions.setFocus()
    _ctrl_z(qtbot, conclusions)
    assert {table: _rows(path, f"SELECT * FROM {table}") for table in before} == before
    assert _rows(path, "SELECT id, conclusion_id FROM agreement") == [(ids["agreement"], ids["conclusion"])]
