"""The themes picker in the agreement dialog: each tick is in the file at once, undo takes it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.findings.agreements import add_agreement, agreement_theme_ids
from casereview.findings.conclusions import list_themes
from casereview.ui.case_context import CaseContext
from casereview.ui.findings.agreement_dialog import AgreementDialog


def _names_in_file(path: Path, agreement_id: int) -> list[str]:
    with open_case(path, read_only=True) as case:
        names = {t.id: t.name for t in list_themes(case)}
        return sorted(names[i] for i in agreement_theme_ids(case, agreement_id))


def test_ticking_themes_stores_them_and_undo_removes(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "review.casereview"
    case = create_case(path, "Review")
    agreement = add_agreement(case, action="Warme overdracht")
    context = CaseContext(case)
    dialog = AgreementDialog(context, agreement.id)
    qtbot.addWidget(dialog)
    picker = dialog.findChild(QListWidget, "agreementThemePicker")
    labels = [picker.item(i).text() for i in range(picker.count())]
    signals = labels.index("Signalen bundelen (verwijsindex, gezinsniveau)")
    picker.item(signals).setCheckState(Qt.CheckState.Checked)
    assert _names_in_file(path, agreement.id) == ["Signalen bundelen (verwijsindex, gezinsniveau)"]
    own = dialog.findChild(QLineEdit, "agreementOwnThemeEdit")
    qtbot.keyClicks(own, "Samenwerking met school")
    qtbot.keyClick(own, Qt.Key.Key_Return)
    assert _names_in_file(path, agreement.id) == ["Samenwerking met school",
                                                  "Signalen bundelen (verwijsindex, gezinsniveau)"]
    assert own.text() == ""
    checked = [picker.item(i).text() for i in range(picker.count())
               if picker.item(i).checkState() == Qt.CheckState.Checked]
    assert sorted(checked) == ["Samenwerking met school", "Signalen bundelen (verwijsindex, gezinsniveau)"]
    context.undo_stack.undo()
    context.undo_stack.undo()
    assert _names_in_file(path, agreement.id) == []
    assert not any(picker.item(i).checkState() == Qt.CheckState.Checked for i in range(picker.count()))
    dialog.close()
    context.close()
    case.close()
