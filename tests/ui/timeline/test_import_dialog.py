"""The import dialog: mapping by keyboard, preview updates, problem rows, sheet choice, options."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import time  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from import_support import write_csv, write_docx, write_xlsx  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableView,
    QWidget,
)

from casereview.casefile.case_file import create_case  # noqa: E402
from casereview.model import CaseFileError  # noqa: E402
from casereview.timeline.events import list_events  # noqa: E402
from casereview.timeline.importing.importer import import_timeline  # noqa: E402
from casereview.ui.timeline import import_dialog as import_dialog_module  # noqa: E402
from casereview.ui.timeline.import_dialog import FIELD_ORDER, PROBLEM_BRUSH, ImportDialog  # noqa: E402


def read(qtbot, dialog: ImportDialog) -> ImportDialog:  # noqa: ANN001
    """Wait until the dialog's background read for the current choices has been shown."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    return dialog


def choose(qtbot, combo: QComboBox, text: str) -> None:  # noqa: ANN001
    """Move a combobox to the item with this text using the arrow keys, as a user would, then wait for the preview."""
    target = combo.findText(text)
    assert target >= 0, text
    combo.setFocus()
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
    dialog = combo.window()
    assert isinstance(dialog, ImportDialog)
    read(qtbot, dialog)


def test_mapping_an_unrecognised_column_updates_the_preview(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "wijkteam.csv", [["Kolom1", "Organisatie", "Notitie"],
                                                 ["05-06-2019", "Wijkteam", "Huisbezoek"],
                                                 ["31-02-2019", "Wijkteam", "Telefoontje"]])
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    read(qtbot, dialog)
    assert dialog.objectName() == "importDialog"
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Importeren" and not ok.isEnabled()
    table = dialog.findChild(QTableView, "importPreview")
    assert table.model().rowCount() == 0

    choose(qtbot, dialog.findChild(QComboBox, "mapping_0"), "datum")
    assert not ok.isEnabled()  # still no description column
    choose(qtbot, dialog.findChild(QComboBox, "mapping_2"), "omschrijving")
    model = table.model()
    assert ok.isEnabled()
    assert model.rowCount() == 2
    assert [model.index(r, 5).data() for r in range(2)] == ["Huisbezoek", "Telefoontje"]
    assert model.index(0, 2).data() == "dag"
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(1, 1).data(Qt.ItemDataRole.BackgroundRole) == PROBLEM_BRUSH
    assert "geen bestaande datum" in model.index(1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 rij heeft een probleem" in dialog.findChild(type(dialog.message), "importMessage").text()
    assert dialog.options()["mapping"] == {"Kolom1": "date", "Notitie": "description"}

    choose(qtbot, dialog.findChild(QComboBox, "mapping_1"), "negeren")
    party = dialog.findChild(QLineEdit, "fileParty")
    # no party column any more: the dialog asks, suggesting the party the file is named after
    assert not dialog.findChild(QLabel, "importPartyQuestion").isHidden()
    assert party.text() == "Wijkteam" and model.index(0, 4).data() == "Wijkteam"
    party.clear()
    assert model.index(0, 4).data() == "" and not ok.isEnabled()
    qtbot.keyClicks(party, "Jeugdteam Oost")
    assert ok.isEnabled()
    assert model.index(0, 4).data() == "Jeugdteam Oost"
    options = dialog.options()
    assert options == {"mapping": {"Kolom1": "date", "Notitie": "description", "Organisatie": ""},
                       "sheet": None, "table": None, "party": "Jeugdteam Oost", "require_party": True}

    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    case = create_case(tmp_path / "t.casereview", "Test")
    report = import_timeline(case, path, **options)
    assert report.added == 2
    assert {row.party_name for row in list_events(case)} == {"Jeugdteam Oost"}
    case.close()


def test_sheet_choice_reloads_preview(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_xlsx(tmp_path / "partijen.xlsx", {
        "School": [["Datum", "Gebeurtenis"], ["01-09-2019", "Start schooljaar"]],
        "Huisarts": [["Date", "Event"], ["02-09-2019", "Consult"], ["03-09-2019", "Verwijzing"]],
    })
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    read(qtbot, dialog)
    combo = dialog.findChild(QComboBox, "tableChoice")
    assert combo.isVisibleTo(dialog) and combo.count() == 2
    model = dialog.findChild(QTableView, "importPreview").model()
    assert model.rowCount() == 1
    choose(qtbot, combo, combo.itemText(1))
    assert model.rowCount() == 2 and model.index(0, 5).data() == "Consult"
    assert dialog.options()["sheet"] == "Huisarts"


def test_word_document_with_two_timelines_offers_the_choice(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_docx(tmp_path / "rapport.docx", [[["Datum", "Gebeurtenis"], ["01-01-2019", "eerste"]],
                                                 [["Datum", "Omschrijving"], ["02-01-2019", "tweede"]]])
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    read(qtbot, dialog)
    assert "meer tabellen die op een tijdlijn lijken" in dialog.message.text()
    assert dialog.options()["table"] == 1
    assert dialog.ok_button.isEnabled()
    combo = dialog.findChild(QComboBox, "tableChoice")
    choose(qtbot, combo, combo.itemText(1))
    assert dialog.options()["table"] == 2
    assert dialog.model.index(0, 5).data() == "tweede"


def test_an_unusable_file_says_why_and_cannot_be_imported(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.busy and "Bezig" in dialog.message.text() and not dialog.ok_button.isEnabled()
    read(qtbot, dialog)
    assert "is leeg" in dialog.message.text()
    assert not dialog.ok_button.isEnabled() and dialog.model.rowCount() == 0


def test_an_unusable_file_chosen_in_the_window_opens_no_dialog(qtbot, tmp_path: Path,  # noqa: ANN001
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from casereview.ui.case_context import CaseContext
    from casereview.ui.timeline import import_action

    path = tmp_path / "leeg.csv"
    path.write_bytes(b"")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(ImportDialog, "exec", lambda self: pytest.fail("the dialog opened"))
    case = create_case(tmp_path / "t.casereview", "Test")
    context = CaseContext(case)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert import_action.run_import(context, parent=parent, path=path) is None
    assert len(shown) == 1 and "is leeg" in shown[0]
    context.close()
    case.close()


class _SlowRead:
    """read_preview as slow as a LibreOffice conversion, counting a timer's ticks while the dialog is busy."""

    def __init__(self, dialog_busy: list[ImportDialog]) -> None:
        self.real = import_dialog_module.read_preview
        self.calls = 0
        self.ticks_while_busy = 0
        self.dialogs = dialog_busy
        self.timer = QTimer(interval=5)
        self.timer.timeout.connect(self._tick)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        time.sleep(0.3)
        return self.real(*args, **kwargs)

    def _tick(self) -> None:
        if self.dialogs and self.dialogs[0].busy:
            self.ticks_while_busy += 1


def test_reading_and_re_mapping_keep_the_event_loop_turning_and_drop_stale_previews(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "wijkteam.csv", [["Kolom1", "Organisatie", "Notitie"],
                                                 ["05-06-2019", "Wijkteam", "Huisbezoek"]])
    dialogs: list[ImportDialog] = []
    slow = _SlowRead(dialogs)
    monkeypatch.setattr(import_dialog_module, "read_preview", slow)
    slow.timer.start()
    dialog = ImportDialog(path)
    dialogs.append(dialog)
    qtbot.addWidget(dialog)
    assert dialog.busy and not dialog.findChild(QProgressBar, "importBusy").isHidden()
    read(qtbot, dialog)
    assert slow.ticks_while_busy > 0, "the event loop stood still while the preview was read"
    assert dialog.findChild(QProgressBar, "importBusy").isHidden()
    before = slow.ticks_while_busy
    date_combo = dialog.findChild(QComboBox, "mapping_0")
    date_combo.setCurrentIndex(FIELD_ORDER.index("time"))  # a first change, overtaken by the next two
    date_combo.setCurrentIndex(FIELD_ORDER.index("date"))
    dialog.findChild(QComboBox, "mapping_2").setCurrentIndex(FIELD_ORDER.index("description"))
    assert dialog.busy and not dialog.ok_button.isEnabled()
    read(qtbot, dialog)
    slow.timer.stop()
    assert slow.ticks_while_busy > before
    assert slow.calls == 3  # the first read, the one running when the choices changed, one for the latest
    assert dialog.options()["mapping"] == {"Kolom1": "date", "Notitie": "description"}
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 5).data() == "Huisbezoek"
    assert dialog.ok_button.isEnabled()


def test_import_command_undo_and_redo_take_events_and_new_parties(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from casereview.session.parties import add_party, list_parties
    from casereview.timeline.importing.importer import import_timeline
    from casereview.ui.case_context import CaseContext
    from casereview.ui.timeline.import_action import import_command

    case = create_case(tmp_path / "t.casereview", "Test")
    add_party(case, "Huisarts")
    context = CaseContext(case)
    path = write_csv(tmp_path / "a.csv", [["Datum", "Partij", "Gebeurtenis"], ["01-01-2020", "Huisarts", "Consult"],
                                          ["02-01-2020", "Politie", "Huisbezoek"]])
    seen: list[str] = []
    context.changed.connect(seen.append)
    report = import_timeline(case, path, mapping=None, sheet=None, table=None, party=None)
    context.undo_stack.push(import_command(context, path, report))
    assert len(list_events(case)) == 2 and "party" in seen
    context.undo_stack.undo()
    assert list_events(case) == []
    assert [p.name for p in list_parties(case)] == ["Huisarts"]
    context.undo_stack.redo()
    assert sorted(r.event.description for r in list_events(case)) == ["Consult", "Huisbezoek"]
    assert sorted(p.name for p in list_parties(case)) == ["Huisarts", "Politie"]
    context.close()
    case.close()


def test_a_file_without_party_column_is_not_imported_without_a_choice(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "tijdlijn_ggd_2021.csv", [["Datum", "Gebeurtenis"], ["05-06-2019", "Huisbezoek"]])
    dialog = ImportDialog(path, known_parties=["Veilig Thuis", "GGD Hollands Midden"])
    qtbot.addWidget(dialog)
    read(qtbot, dialog)
    dialog.show()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.findChild(QLabel, "importPartyQuestion").isHidden()
    assert dialog.findChild(QLineEdit, "fileParty").text() == "GGD Hollands Midden"
    dialog.findChild(QLineEdit, "fileParty").clear()
    assert not ok.isEnabled()
    without = dialog.findChild(QCheckBox, "importWithoutParty")
    without.setFocus()
    qtbot.keyClick(without, Qt.Key.Key_Space)
    assert ok.isEnabled() and dialog.options()["require_party"] is False and dialog.options()["party"] is None
    case = create_case(tmp_path / "t.casereview", "Test")
    with pytest.raises(CaseFileError, match="geen kolom voor de partij"):
        import_timeline(case, path, party=None, require_party=True)
    assert import_timeline(case, path, **dialog.options()).added == 1
    case.close()


def test_the_window_points_at_its_own_controls_where_the_command_line_names_a_flag(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "wijkteam.csv", [["Kolom1", "Organisatie", "Notitie"],
                                                 ["05-06-2019", "Wijkteam", "Huisbezoek"]])
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    read(qtbot, dialog)
    shown = dialog.findChild(QLabel, "importMessage").text()
    assert "Geen kopregel gevonden" in shown and "'Kolommen in het bestand'" in shown
    assert "--" not in shown
    with pytest.raises(CaseFileError, match="--map 'Kolomkop=datum'"):  # the command line keeps its flag
        import_timeline(create_case(tmp_path / "r.casereview", "R"), path)


def test_the_party_guessed_from_the_file_name_goes_once_a_party_column_is_mapped(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = write_csv(tmp_path / "wijkteam.csv", [["Datum", "Kolom2", "Omschrijving"],
                                                 ["05-06-2019", "Veilig Thuis", "Melding"],
                                                 ["06-06-2019", "", "Telefoontje"]])
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    read(qtbot, dialog)
    party = dialog.findChild(QLineEdit, "fileParty")
    model = dialog.findChild(QTableView, "importPreview").model()
    assert party.text() == "Wijkteam"  # no party column yet: the file name's guess is offered
    choose(qtbot, dialog.findChild(QComboBox, "mapping_1"), "partij")
    # the column says who: the guess would have put 'Wijkteam' on the row whose party cell is empty
    assert party.text() == "" and dialog.findChild(QLabel, "importPartyQuestion").isHidden()
    assert [model.index(r, 4).data() for r in range(2)] == ["Veilig Thuis", ""]
    assert dialog.options()["party"] is None
    choose(qtbot, dialog.findChild(QComboBox, "mapping_1"), "negeren")
    assert party.text() == "Wijkteam"  # no party column again: the guess comes back

    qtbot.keyClicks(party, " Oost")
    choose(qtbot, dialog.findChild(QComboBox, "mapping_1"), "partij")
    assert party.text() == "Wijkteam Oost"  # typed by the chair: it stays, for the rows without a party
