"""The schemergebied in the analysis: typed with Enter, stored at once, undoable, and in the verslag."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget

from casereview.casefile.case_file import CaseFile
from casereview.findings.grey_area import list_grey_areas
from casereview.reports.documents import export_document

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_items_are_stored_undone_and_reported(qtbot, open_window, case: CaseFile, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(case)
    edit = window.findChild(QLineEdit, "greyAreaEdit")
    kind = window.findChild(QComboBox, "greyAreaKind")
    shown = window.findChild(QListWidget, "greyAreaList")
    kind.setCurrentIndex(kind.findData("accepted_risk"))
    edit.setText("Een gezin kan altijd verhuizen zonder dat iemand het weet")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    kind.setCurrentIndex(kind.findData("dilemma"))
    edit.setText("Vertrouwen van moeder tegenover de veiligheid van het kind")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert [(i.kind, i.text[:10]) for i in list_grey_areas(case)] == [("accepted_risk", "Een gezin "),
                                                                      ("dilemma", "Vertrouwen")]
    assert edit.text() == "" and shown.count() == 2 and shown.item(1).text().startswith("afweging (dilemma): ")
    out = export_document(case, tmp_path / "verslag.docx", pseudonymise=False)
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    start = next(i for i, t in enumerate(texts) if t.endswith("Het schemergebied"))  # numbered within the analysis
    assert texts.index("Dilemma's") > start and texts.index("Risico's die we bewust aanvaarden") > start
    window.context.undo_stack.undo()
    assert len(list_grey_areas(case)) == 1
    qtbot.waitUntil(lambda: shown.count() == 1)
    edit.setText("   ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # nothing typed: refused, nothing stored
    assert len(list_grey_areas(case)) == 1
    window.close()
