"""In the English window, why a row or a date cannot be read is English too; the command line stays Dutch."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from import_support import write_csv
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from casereview.timeline.importing.importer import import_timeline
from casereview.ui.timeline.event_dialog import EventDialog
from casereview.ui.timeline.import_dialog import ImportDialog

ROWS = [["Datum", "Partij", "Gebeurtenis", "Tijd", "Sleutelmoment"],
        ["31-02-2019", "Wijkteam", "Telefoontje", "later", "misschien"],
        ["14-02-1850", "Wijkteam", "Huisbezoek", "", ""]]


def test_the_preview_says_in_english_why_a_row_is_a_problem(qtbot: Any, tmp_path: Path, english: None) -> None:
    dialog = ImportDialog(write_csv(tmp_path / "wijkteam.csv", ROWS))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    model = dialog.findChild(QTableView, "importPreview").model()
    first, second = (model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) for row in range(2))
    assert "'31-02-2019' is not a date that exists; the row is kept with the date unknown" in first
    assert "'later' is not a recognisable time; taken over as text (Tijd)" in first
    assert "'misschien' is not a key moment" in first
    assert "year 1850 lies outside" in second and second.startswith("'14-02-1850' is not a readable date")
    assert not any(word in first + second for word in ("bestaande", "herkenbare", "jaartal", "rij wordt"))


def test_the_event_dialog_says_in_english_why_a_date_cannot_be_read(qtbot: Any, english: None) -> None:
    dialog = EventDialog([])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.date_edit, "13-2019")
    assert dialog.date_hint.text() == "Cannot be read: month 13 does not exist in '13-2019'"


def test_the_command_line_report_keeps_the_dutch(case: Any, tmp_path: Path) -> None:
    report = import_timeline(case, write_csv(tmp_path / "wijkteam.csv", ROWS))
    lines = [str(problem) for problem in report.problems]
    assert "wijkteam.csv, rij 2, kolom Datum: '31-02-2019' is geen bestaande datum; de rij wordt bewaard met " \
           "datum onbekend en de oorspronkelijke tekst" in lines
    assert any("jaartal 1850 valt buiten" in line for line in lines)
