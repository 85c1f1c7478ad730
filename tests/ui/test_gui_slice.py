"""Walk the foundation slice with real keys and clicks, then reopen and find it all back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QListView, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import list_agreements
from casereview.findings.conclusions import list_conclusions
from casereview.session.contributions import list_contributions
from casereview.session.parties import add_party, list_parties
from casereview.timeline.events import add_event
from casereview.ui.session.new_party_dialog import NewPartyDialog


def test_capture_conclude_agree_and_reopen(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "slice.casereview"
    with create_case(path, "Review gezin D.") as case:
        wijkteam = add_party(case, "Wijkteam Oost")
        add_party(case, "Huisarts")
        add_event(case, date_text="14-02-2019", description="Eerste melding bij het wijkteam", party_id=wijkteam.id)
    window = open_window(path)

    table = window.findChild(QTableView, "timelineTable")
    assert table.model().rowCount() == 1
    capture = window.findChild(QLineEdit, "captureEdit")
    party_picker = window.findChild(QComboBox, "partyPicker")
    kind_picker = window.findChild(QComboBox, "kindPicker")

    capture.setFocus()
    party_picker.setCurrentIndex(party_picker.findText("Huisarts"))
    kind_picker.setCurrentIndex(2)  # zorg
    qtbot.keyClicks(capture, "De zorgen van de school kwamen niet bij ons aan.")
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert capture.text() == ""

    party_picker.setCurrentIndex(party_picker.findText("Wijkteam Oost"))
    kind_picker.setCurrentIndex(1)  # ging goed
    qtbot.keyClicks(capture, "Het huisbezoek binnen een week was snel.")
    qtbot.keyClick(capture, Qt.Key.Key_Return)

    contributions = window.findChild(QListView, "contributionList")
    assert contributions.model().rowCount() == 2
    assert "Huisarts" in contributions.model().index(0, 0).data()
    assert "[zorg]" in contributions.model().index(0, 0).data()

    window.context.undo_stack.undo()
    assert contributions.model().rowCount() == 1
    window.context.undo_stack.redo()
    assert contributions.model().rowCount() == 2

    window.case_view.tabs.setCurrentIndex(1)
    conclusion_edit = window.findChild(QLineEdit, "conclusionEdit")
    qtbot.keyClicks(conclusion_edit, "Signalen van school en huisarts kwamen niet samen.")
    qtbot.mouseClick(window.findChild(QPushButton, "addConclusionButton"), Qt.MouseButton.LeftButton)
    assert window.findChild(QListView, "conclusionList").model().rowCount() == 1

    qtbot.keyClicks(window.findChild(QLineEdit, "agreementActionEdit"), "Gezamenlijk overleg bij elke zorgmelding")
    owner = window.findChild(QComboBox, "agreementPartyCombo")
    owner.setCurrentIndex(owner.findText("Wijkteam Oost"))
    qtbot.keyClicks(window.findChild(QLineEdit, "agreementPersonEdit"), "teamleider")
    qtbot.keyClicks(window.findChild(QLineEdit, "agreementCheckEdit"), "Steekproef van tien dossiers")
    kinds = window.findChild(QComboBox, "agreementKindCombo")
    kinds.setCurrentIndex(kinds.findText("verbetering bestaande werkwijze"))
    qtbot.mouseClick(window.findChild(QPushButton, "addAgreementButton"), Qt.MouseButton.LeftButton)
    assert window.findChild(QTableView, "agreementTable").model().rowCount() == 1

    window.close()

    with open_case(path) as case:
        texts = sorted(c.text for c in list_contributions(case))
        assert texts == ["De zorgen van de school kwamen niet bij ons aan.",
                         "Het huisbezoek binnen een week was snel."]
        assert [c.conclusion.text for c in list_conclusions(case)] == [
            "Signalen van school en huisarts kwamen niet samen."]
        agreement = list_agreements(case)[0]
        assert agreement.owner_person == "teamleider"
        parties = {p.id: p.name for p in list_parties(case)}
        assert parties[agreement.owner_party_id] == "Wijkteam Oost"


def test_new_party_typed_in_picker_is_created_after_confirmation(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "p.casereview"
    create_case(path, "Review E").close()
    window = open_window(path)
    party_picker = window.findChild(QComboBox, "partyPicker")
    capture = window.findChild(QLineEdit, "captureEdit")
    party_picker.lineEdit().setFocus()
    qtbot.keyClicks(party_picker.lineEdit(), "Veilig Thuis")
    qtbot.keyClick(party_picker.lineEdit(), Qt.Key.Key_Return)
    qtbot.keyClicks(capture, "Wij kregen de melding pas na twee weken.")

    def confirm() -> None:
        dialog = window.findChild(NewPartyDialog, "newPartyDialog")
        qtbot.mouseClick(dialog.findChild(QPushButton, "addNewPartyButton"), Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, confirm)
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert capture.text() == ""
    window.close()
    with open_case(path) as case:
        assert [p.name for p in list_parties(case)] == ["Veilig Thuis"]
        assert list_contributions(case)[0].party_id == list_parties(case)[0].id


def test_refused_edit_keeps_typed_text(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "r.casereview"
    create_case(path, "Review F").close()
    window = open_window(path)
    window.case_view.tabs.setCurrentIndex(1)
    qtbot.mouseClick(window.findChild(QPushButton, "addAgreementButton"), Qt.MouseButton.LeftButton)
    assert "Schrijf op wat er gedaan wordt" in window.statusBar().currentMessage()
    window.close()
