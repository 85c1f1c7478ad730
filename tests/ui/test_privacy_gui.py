"""Issue 11 §2, §3, §7, §10 in the window: named export, file names, a damaged file, restoring a version."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import create_case, open_case
from casereview.casefile.safety_copies import list_safety_copies
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.session.contributions import add_contribution, list_contributions
from casereview.ui.dialogs.restore_version_dialog import RestoreVersionDialog
from casereview.ui.operations.export_action import ExportDialog, run_export


@pytest.fixture
def named_case(tmp_path: Path) -> Path:
    path = tmp_path / "review.casereview"
    with create_case(path, "Review Sanne de Vries") as case:
        set_pseudonym(case, "Sanne de Vries", "moeder")
        add_contribution(case, text="Sanne de Vries vertelt over de school.", party_id=None)
    return path


def test_named_export_needs_a_confirmation(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    check = dialog.findChild(QCheckBox, "namedExportCheck")
    assert not check.isChecked()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    check.click()
    assert not check.isChecked() and not dialog.is_named()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    check.click()
    assert dialog.is_named()
    combo = dialog.findChild(QComboBox, "exportKindCombo")
    combo.setCurrentIndex(combo.findData("afspraken"))
    assert not check.isEnabled() and not dialog.is_named()


def test_export_suggests_a_pseudonymised_file_name_and_writes_what_was_chosen(open_window,
        qtbot: QtBot, named_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.open_path(named_case)
    suggested: list[str] = []
    out = tmp_path / "uit.docx"

    def save_name(_parent: object, _title: str, start: str, *_a: object) -> tuple[str, str]:
        suggested.append(start)
        return str(out), ""

    def accept_named(dialog: ExportDialog) -> int:
        monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
        dialog.findChild(QCheckBox, "namedExportCheck").click()
        return 1

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    monkeypatch.setattr(ExportDialog, "exec", lambda self: 1)
    assert run_export(window.context, parent=window) == out
    assert Path(suggested[0]).name == "review - verslag.docx"  # the title was not searched yet: neutral
    plain = docx.Document(str(out))
    assert "Sanne" not in "\n".join(p.text for p in plain.paragraphs)
    monkeypatch.setattr(ExportDialog, "exec", accept_named)
    run_export(window.context, parent=window)
    named = docx.Document(str(out))
    assert "Sanne de Vries vertelt" in "\n".join(p.text for p in named.paragraphs)
    assert "Vertrouwelijk — bevat namen" in "\n".join(p.text for p in named.sections[0].header.paragraphs)
    assert Path(suggested[1]).name == "Review moeder - verslag.docx"  # searched by the first export, pseudonymised
    window.close()


@pytest.mark.parametrize("language,stem,labels", [
    ("nl", "dossier", ["&Zoeken in:", "Bestands&naam:", "Bestands&type:"]),
    ("en", "case", ["&Look in:", "File &name:", "Files of &type:"]),
])
def test_a_new_case_gets_a_neutral_file_name_in_a_dialog_in_the_users_language(  # noqa: PLR0913
        open_window, qtbot: QtBot, qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,  # noqa: ANN001
        language: str, stem: str, labels: list[str]) -> None:
    """The real dialog Qt shows without a desktop file dialog: every label in the language, and a name that
    is neither the title (it may hold a child's name) nor English in a Dutch window."""
    from casereview import settings
    from casereview.ui.language.translation import install_translation, remove_translation

    translators = install_translation(qapp, language)
    monkeypatch.setattr(settings, "cases_folder", lambda: tmp_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Review Sanne de Vries", True))
    seen: dict[str, object] = {}

    def look_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, look_and_cancel)
            return
        seen["labels"] = [dialog.findChild(QLabel, name).text()
                          for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")]
        seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()
        seen["buttons"] = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
        dialog.reject()

    try:
        window = open_window()
        QTimer.singleShot(0, look_and_cancel)
        window.new_case()
        window.close()
    finally:
        remove_translation(qapp, translators)
    assert seen["labels"] == labels
    assert seen["name"] == f"{stem} {date.today().isoformat()}.casereview"
    assert seen["buttons"] == (["Op&slaan", "Annuleren"] if language == "nl" else ["&Save", "Cancel"])
    assert list(tmp_path.iterdir()) == []  # cancelled: no file made


def test_a_file_with_broken_references_opens_read_only_with_the_reason(open_window, qtbot: QtBot, tmp_path: Path) -> None:
    from casereview.session.parties import add_party

    path = tmp_path / "kapot.casereview"
    with create_case(path, "Review") as case:
        add_contribution(case, text="Bijdrage.", party_id=add_party(case, "Wijkteam").id)
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM party")
    conn.commit()
    conn.close()
    window = open_window()
    window.open_path(path)
    assert window.context is not None and window.context.case.read_only
    label = window.findChild(QLabel, "readOnlyLabel")
    assert label.isVisible() and "beschadigd" in label.text()
    window.close()


def test_restoring_a_previous_version_from_the_file_menu(open_window, qtbot: QtBot, named_case: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window()
    window.open_path(named_case)
    case = window.context.case
    older = list_safety_copies(case)[0]  # made when it was opened
    add_contribution(case, text="Later toegevoegd.", party_id=None)
    action = window.findChild(QAction, "restoreVersionAction")
    assert action.isEnabled() and action.text() == "Vorige versie terugzetten…"

    def choose_oldest(dialog: RestoreVersionDialog) -> int:
        shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert older.describe() in shown
        dialog.list.setCurrentRow(shown.index(older.describe()))
        return 1

    monkeypatch.setattr(RestoreVersionDialog, "exec", choose_oldest)
    action.trigger()
    assert window.context is not None and window.context.case is not case
    assert [c.text for c in list_contributions(window.context.case)] == ["Sanne de Vries vertelt over de school."]
    window.grab().save(str(named_case.with_name("restored.png")))
    window.close()
    with open_case(named_case, read_only=True) as reopened:
        assert len(list_contributions(reopened)) == 1


def test_a_full_disk_while_capturing_is_shown_and_the_text_stays(open_window, qtbot: QtBot, named_case: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit
    from sqlalchemy import event

    window = open_window()
    window.open_path(named_case)

    def fill_up(dbapi_conn, _record) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(window.context.case.store.engine, "connect", fill_up)
    capture = window.findChild(QLineEdit, "captureEdit")
    typed = "Lang verhaal. " * 700
    capture.setFocus()
    capture.setText(typed)
    qtbot.keyClick(capture, Qt.Key.Key_Return)
    assert capture.text() == typed
    assert "schijf is vol" in window.statusBar().currentMessage()
    event.remove(window.context.case.store.engine, "connect", fill_up)
    window.close()
    with open_case(named_case, read_only=True) as case:
        assert len(list_contributions(case)) == 1


def test_a_restore_that_fails_is_explained_and_the_case_stays_open(open_window, qtbot: QtBot, named_case: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from casereview.casefile import safety_copies
    from casereview.model import CaseFileError

    window = open_window()
    window.open_path(named_case)
    case = window.context.case
    monkeypatch.setattr(RestoreVersionDialog, "exec", lambda dialog: (dialog.list.setCurrentRow(0), 1)[1])

    def refuse(*_args: object) -> None:
        raise CaseFileError(code="store.truncated", name="kopie.casereview")

    monkeypatch.setattr(safety_copies, "restore_safety_copy", refuse)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    window.findChild(QAction, "restoreVersionAction").trigger()
    assert shown == ["Het dossier 'kopie.casereview' is afgebroken of beschadigd (het bestand is te kort)."]
    assert window.context is not None and window.context.case is case
    window.close()
