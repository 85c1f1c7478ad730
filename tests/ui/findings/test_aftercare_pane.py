"""Zorg voor personeel: a record per party, internal unless the chair shares it; then in the verslag."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QListWidget, QPushButton

from casereview.casefile.case_file import CaseFile
from casereview.findings.staff_aftercare import list_aftercare
from casereview.reports.documents import export_document
from casereview.session.parties import add_party

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _verslag_text(case: CaseFile, out: Path) -> str:
    document = docx.Document(str(export_document(case, out, pseudonymise=False)))
    return "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])


def test_a_record_stays_internal_until_the_chair_shares_it(qtbot, open_window, case: CaseFile,  # type: ignore[no-untyped-def]
                                                           tmp_path: Path) -> None:
    add_party(case, "Wijkteam Noord")
    window = open_window(case)
    picker = window.findChild(QComboBox, "aftercareParty")
    qtbot.waitUntil(lambda: picker.count() == 1)
    impact = window.findChild(QLineEdit, "aftercareImpact")
    impact.setText("De gezinscoach sliep slecht na het incident")
    window.findChild(QLineEdit, "aftercareText").setText("Twee gesprekken met de bedrijfsmaatschappelijk werker")
    qtbot.mouseClick(window.findChild(QPushButton, "saveAftercareButton"), Qt.MouseButton.LeftButton)
    [row] = list_aftercare(case)
    assert (row.party, row.share) == ("Wijkteam Noord", False)
    assert "intern" in window.findChild(QListWidget, "aftercareList").item(0).text()
    assert "sliep slecht" not in _verslag_text(case, tmp_path / "intern.docx")
    window.findChild(QCheckBox, "aftercareShare").setChecked(True)
    qtbot.keyClick(impact, Qt.Key.Key_Return)
    assert list_aftercare(case)[0].share is True
    text = _verslag_text(case, tmp_path / "gedeeld.docx")
    assert "Zorg voor de betrokken professionals" in text and "sliep slecht" in text
    window.context.undo_stack.undo()
    assert list_aftercare(case)[0].share is False
    window.close()
