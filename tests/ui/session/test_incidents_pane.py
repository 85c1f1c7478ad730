"""Several incidents in one review, each with its own (partial) date: typed in the window, in the verslag."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget

from casereview.casefile.case_file import CaseFile
from casereview.reports.documents import export_document
from casereview.session.procedure import update_case_details
from casereview.timeline.incidents import list_incidents

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_further_incidents_keep_their_dates_and_reach_the_verslag(qtbot, open_window, case: CaseFile,  # type: ignore[no-untyped-def]
                                                                 tmp_path: Path) -> None:
    update_case_details(case, incident="Val van de trap", incident_date=date(2026, 6, 14))
    window = open_window(case)
    when = window.findChild(QLineEdit, "incidentDateEdit")
    text = window.findChild(QLineEdit, "incidentTextEdit")
    for date_text, description in (("03-2026", "Tweede melding: blauwe plekken"), ("", "Melding van de buren")):
        when.setText(date_text)
        text.setText(description)
        qtbot.keyClick(text, Qt.Key.Key_Return)
    stored = list_incidents(case)
    assert [(i.date_start, i.date_precision, i.description) for i in stored] == [
        (date(2026, 3, 1), "month", "Tweede melding: blauwe plekken"), (None, "unknown", "Melding van de buren")]
    assert window.findChild(QListWidget, "incidentList").item(0).text() == "maart 2026: Tweede melding: blauwe plekken"
    when.setText("32-13-2026")
    text.setText("Verkeerde datum")
    qtbot.keyClick(text, Qt.Key.Key_Return)  # refused with the reason, nothing stored, nothing lost
    assert len(list_incidents(case)) == 2 and text.text() == "Verkeerde datum"
    document = docx.Document(str(export_document(case, tmp_path / "verslag.docx", pseudonymise=False)))
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells] == ["Datum", "Incident"])
    assert [[c.text for c in r.cells] for r in table.rows[1:]] == [
        ["14 juni 2026", "Val van de trap"], ["maart 2026", "Tweede melding: blauwe plekken"],
        ["datum onbekend", "Melding van de buren"]]
    window.context.undo_stack.undo()
    assert len(list_incidents(case)) == 1
    window.close()
