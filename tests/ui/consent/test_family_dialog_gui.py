"""The family dialog: involvement and contact stored as ticked, questions added and answered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QListWidget, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from casereview.session.family import list_family_questions
from casereview.session.parties import add_party, list_parties
from casereview.timeline.events import add_event, list_events
from casereview.ui.case_context import CaseContext
from casereview.ui.consent.family_dialog import FamilyDialog
from casereview.vocabulary import PartyCategory


def test_family_dialog_stores_each_edit(qtbot: QtBot, case, tmp_path) -> None:
    add_party(case, "Familie Mol", PartyCategory.CLIENT)
    add_event(case, date_text="03-2020", description="Moeder belt de school.")
    context = CaseContext(case)
    dialog = FamilyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QCheckBox, "involvement_interviewed").click()
    dialog.findChild(QCheckBox, "involvement_reads_draft").click()
    contact = dialog.findChild(QLineEdit, "familyContactEdit")
    contact.setText("mevrouw Mol")
    contact.editingFinished.emit()
    party = list_parties(case)[0]
    assert (party.involvement, party.contact_person) == ("interviewed,reads_draft", "mevrouw Mol")
    question = dialog.findChild(QLineEdit, "familyQuestionEdit")
    qtbot.keyClicks(question, "Wie had de regie?")
    qtbot.keyClick(question, Qt.Key.Key_Return)
    questions = dialog.findChild(QListWidget, "familyQuestionList")
    assert questions.item(0).text() == "1. Wie had de regie?  (nog niet beantwoord)"
    dialog.findChild(QPlainTextEdit, "familyAnswerEdit").setPlainText("Het wijkteam.")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveFamilyAnswerButton"), Qt.MouseButton.LeftButton)
    assert questions.item(0).text() == "1. Wie had de regie?"
    assert [(q.text, q.answer) for q in list_family_questions(case)] == [("Wie had de regie?", "Het wijkteam.")]
    events = dialog.findChild(QListWidget, "familyEventList")
    assert events.item(0).text() == "maart 2020 — Moeder belt de school."
    events.item(0).setCheckState(Qt.CheckState.Checked)
    assert list_events(case)[0].event.from_family is True
    dialog.grab().save(str(tmp_path / "family.png"))
    context.close()


def test_family_advice_leads_to_the_party_editor(qtbot: QtBot, case) -> None:
    """"Voeg eerst de familie toe als partij met categorie Cliënt/burger" is no dead end."""
    from casereview.ui.session.party_editor import PartyEditor

    add_party(case, "Familie Mol")  # an organisation by default: not a family party yet
    context = CaseContext(case)
    dialog = FamilyDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_note.isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "familyEditPartiesButton"), Qt.MouseButton.LeftButton)
    editor = dialog.findChild(PartyEditor, "partyEditor")
    assert editor is not None and editor.current_id() == list_parties(case)[0].id
    editor.set_category(PartyCategory.CLIENT)
    assert list_parties(case)[0].category == PartyCategory.CLIENT
    assert not dialog.empty_note.isVisible()  # the family dialog picks the family up at once
    context.undo_stack.undo()
    assert list_parties(case)[0].category == PartyCategory.ORGANISATION
    editor.reject()
