"""The reaction log window: reading a returned concept, typing a phone reaction, deciding."""

from __future__ import annotations

from pathlib import Path

import pytest
from consent_fixtures import TODAY, build_small_case, comment_on
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import open_case
from casereview.consent.reactions import list_reactions
from casereview.reports.concept import export_concept
from casereview.ui.case_context import CaseContext
from casereview.ui.consent.reaction_log import ReactionLogDialog
from casereview.vocabulary.after_meeting import ReactionDecision, ReactionKind


@pytest.fixture
def returned(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "mol.casereview"
    with build_small_case(path) as case:
        concept = export_concept(case, tmp_path / "concept.docx", party="Wijkteam Oost", today=TODAY)
    back = tmp_path / "terug.docx"
    comment_on(concept.path, back, [(2, "M. de Boer", "Het doel was breder."),
                                    (4, "M. de Boer", "Wij zien dit anders.")])
    return path, back


def _cells(table: QTableView) -> list[list[str]]:
    model = table.model()
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_import_decide_and_refuse_second_reading(qtbot: QtBot, returned, monkeypatch, tmp_path: Path) -> None:
    path, back = returned
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))
    case = open_case(path)
    context = CaseContext(case)
    dialog = ReactionLogDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    table = dialog.findChild(QTableView, "reactionLog")
    status = dialog.findChild(QLabel, "finalityStatus")
    assert table.model().rowCount() == 0
    assert "Wijkteam Oost: nog geen reactie" in status.text()

    assert dialog.import_file(back)
    rows = _cells(table)
    assert [r[:2] for r in rows] == [["Wijkteam Oost", "2"], ["Wijkteam Oost", "4"]]
    assert rows[0][2].startswith("Het doel was breder.")
    assert "Wijkteam Oost: akkoord met opmerkingen" in status.text()
    assert "2 reacties ingelezen van Wijkteam Oost." in messages[-1]

    assert not dialog.import_file(back)
    assert "al eerder ingelezen" in messages[-1]
    assert table.model().rowCount() == 2

    table.selectRow(1)
    dialog.findChild(QComboBox, "reactionKindCombo").setCurrentIndex(2)
    dialog.findChild(QLineEdit, "decidedByEdit").setText("voorzitter")
    qtbot.mouseClick(dialog.findChild(QPushButton, "rejectButton"), Qt.MouseButton.LeftButton)
    assert "reden" in messages[-1]
    dialog.findChild(QLineEdit, "decisionReasonEdit").setText("De groep concludeerde dit samen.")
    qtbot.mouseClick(dialog.findChild(QPushButton, "rejectButton"), Qt.MouseButton.LeftButton)
    assert _cells(table)[1][3:] == ["andere zienswijze", "niet overgenomen: De groep concludeerde dit samen.",
                                    "voorzitter"]
    dialog.grab().save(str(tmp_path / "reaction-log.png"))
    stored = [r for r in list_reactions(case) if r.paragraph == 4][0]
    assert (stored.decision, stored.kind, stored.decided_by) == (ReactionDecision.NOT_ADOPTED, ReactionKind.OTHER_VIEW,
                                                                 "voorzitter")
    context.close()
    case.close()


def test_a_concept_for_all_asks_which_organisation_without_naming_a_flag(qtbot: QtBot, monkeypatch,
                                                                         tmp_path: Path) -> None:
    from PySide6.QtWidgets import QInputDialog

    path = tmp_path / "alle.casereview"
    with build_small_case(path) as case:
        concept = export_concept(case, tmp_path / "concept.docx", today=TODAY)
    back = tmp_path / "terug.docx"
    comment_on(concept.path, back, [(2, "M. de Boer", "Het doel was breder.")])
    asked: list[list[str]] = []
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (asked.append(a[3]), ("Wijkteam Oost", True))[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    dialog = ReactionLogDialog(CaseContext(open_case(path)))
    qtbot.addWidget(dialog)
    assert dialog.import_file(back)
    assert asked and "Wijkteam Oost" in asked[0]
    assert "1 reactie ingelezen van Wijkteam Oost." in shown[-1]
    assert not any("--" in text for text in shown)
