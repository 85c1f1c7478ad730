"""The overview window shows whether measures worked, per theme and per level, and how many exercises it left out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from overview_fixtures import build_effect_folder
from PySide6.QtWidgets import QPushButton, QTableView

from casereview.overview.figures import EFFECT_BUCKETS, overview_of
from casereview.ui.overview.models import ThemesModel
from casereview.ui.overview.window import OverviewWindow

AS_OF = date(2025, 10, 1)


def _rows(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return build_effect_folder(tmp_path)


@pytest.fixture
def window(qtbot, folder: Path) -> OverviewWindow:
    win = OverviewWindow(as_of=AS_OF)
    qtbot.addWidget(win)
    win.set_folders([str(folder)])
    with qtbot.waitSignal(win.loaded, timeout=60000):
        win.findChild(QPushButton, "overviewRefresh").click()
    return win


def test_themes_table_shows_each_themes_effect_as_the_service_counts_it(window: OverviewWindow, folder: Path) -> None:
    figures = overview_of([folder], as_of=AS_OF).to_json()
    view = window.findChild(QTableView, "overviewThemes")
    headers = [view.model().headerData(c, view.horizontalHeader().orientation()) for c in range(view.model().columnCount())]
    assert headers[ThemesModel.FIRST_EFFECT:] == ["Werkt", "Deels", "Werkt niet", "Nog niet gemeten"]
    shown = {row[0]: row[ThemesModel.FIRST_EFFECT:] for row in _rows(view)}
    expected = {t["name"]: [str(t["effect"][b]) for b in EFFECT_BUCKETS] for t in figures["themes"]}
    assert shown == expected
    continuity = next(t["name"] for t in figures["themes"] if t["code"] == "rd-continuiteit")
    assert shown[continuity] == ["1", "1", "0", "1"]  # works, partly, too early counts as not yet measured


def test_per_level_table_matches_the_service_and_leaves_out_the_exercise(window: OverviewWindow, folder: Path) -> None:
    by_level = overview_of([folder], as_of=AS_OF).to_json()["agreements"]["effect_by_level"]
    rows = _rows(window.findChild(QTableView, "overviewEffectByLevel"))
    assert [row[0] for row in rows] == ["team", "organisatie", "keten", "geen niveau gekozen"]
    assert rows[0][1:] == ["1", "0", "1", "1"]  # the exercise's working team measure is not counted
    labels = {"team": "team", "organisatie": "organisation", "keten": "chain", "geen niveau gekozen": ""}
    assert {row[0]: row[1:] for row in rows} == {
        label: [str(by_level[key][b]) for b in EFFECT_BUCKETS] for label, key in labels.items()}
    assert rows[3][1:] == ["0", "0", "0", "0"]  # "no measure needed" has no effect to measure


def test_summary_says_how_many_exercises_were_left_out(window: OverviewWindow) -> None:
    text = window.summary.text()
    assert text.startswith("2 dossiers · ")
    assert text.endswith(" · 1 oefendossier niet meegeteld")

