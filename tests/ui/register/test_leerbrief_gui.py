"""The Leerbrief pane and publishing to the register from the window, with preview and sign-off."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTabWidget,
)
from pytestqt.qtbot import QtBot
from register_cases import READY_TEXTS, imported_case

from casereview import settings
from casereview.casefile.case_file import open_case
from casereview.findings.leerbrief import load_leerbrief
from casereview.ui.main_window import MainWindow
from casereview.ui.register.publish_dialog import PublishDialog


def _window(qtbot: QtBot, path: Path, tab: str = "Leerbrief") -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_path(path)
    tabs = window.findChild(QTabWidget, "caseTabs")
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index(tab))
    QApplication.processEvents()
    return window


def _type(qtbot: QtBot, window: MainWindow, name: str, text: str) -> None:
    edit = window.findChild(QPlainTextEdit, name)
    edit.setFocus()
    edit.selectAll()
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)
    edit.commit()


def test_the_chair_writes_checks_and_marks_the_leerbrief(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "bakker.casereview"
    imported_case(path, ready=False, texts={}).close()
    window = _window(qtbot, path)
    ready = window.findChild(QCheckBox, "leerbriefReady")
    check = window.findChild(QLabel, "leerbriefCheck")
    _type(qtbot, window, "leerbriefStory", "Fatima belde de school op 17 maart 2025.")
    assert "Fatima" in check.text() and "17 maart 2025" in check.text()
    ready.click()  # refused: the check found a name and a date
    assert not ready.isChecked()
    _type(qtbot, window, "leerbriefStory", READY_TEXTS["story"])
    _type(qtbot, window, "leerbriefLessons", READY_TEXTS["lessons"])
    qtbot.waitUntil(lambda: "geen namen" in check.text())  # after the search of the text as it is now
    ready.click()
    assert ready.isChecked() and window.findChild(QPushButton, "leerbriefPublish").isEnabled()
    window.grab().save("/tmp/register-leerbrief.png")
    window.close_case()
    with open_case(path, read_only=True) as case:
        brief = load_leerbrief(case)
    assert brief.ready and brief.story == READY_TEXTS["story"]


def test_the_check_searches_the_text_as_it_is_now(qtbot: QtBot, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A name typed now, that the case's last search never saw, shows; gone when the text no longer has it."""
    from name_fixtures import finding

    from casereview.privacy.detection import client

    monkeypatch.setattr(client, "detect", finding(("Henk Bos", "persoon")))
    path = tmp_path / "bakker.casereview"
    imported_case(path, ready=False, texts={}).close()
    window = _window(qtbot, path)
    check = window.findChild(QLabel, "leerbriefCheck")
    ready = window.findChild(QCheckBox, "leerbriefReady")
    _type(qtbot, window, "leerbriefStory", "De buurman Henk Bos belde de school.")
    assert "Namen zoeken in de tekst zoals hij nu is" in check.text()
    ready.click()  # not while the text as it is now has not been searched
    assert not ready.isChecked()
    qtbot.waitUntil(lambda: "Henk Bos" in check.text())
    assert "nog niet beslist of dit een naam is (Henk Bos)" in check.text()
    assert "Namen zoeken" not in check.text()
    _type(qtbot, window, "leerbriefStory", READY_TEXTS["story"])
    _type(qtbot, window, "leerbriefLessons", READY_TEXTS["lessons"])
    assert "Henk Bos" not in check.text()  # the old result went with the old text
    qtbot.waitUntil(lambda: "geen namen" in check.text())
    ready.click()
    assert ready.isChecked()


def test_publishing_needs_sign_off_and_shows_exactly_what_leaves(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "bakker.casereview"
    imported_case(path).close()
    register_path = tmp_path / "regio.db"
    from casereview.register.service import init_register, list_lessons, open_register

    init_register(str(register_path)).close()
    settings.put("register_url", str(register_path))
    settings.put("register_organisation", "Wijkteam Oost")
    window = _window(qtbot, path)
    dialog = PublishDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.findChild(QPlainTextEdit, "registerPreview").toPlainText()
    assert "Wijkteam Oost" in preview and "Een melding is geen overdracht." in preview and "Mila" not in preview
    publish = dialog.findChild(QPushButton, "registerPublishButton")
    assert not publish.isEnabled()  # no sign-off yet
    dialog.findChild(QCheckBox, "registerSignOff").click()
    assert publish.isEnabled()
    publish.click()
    status = dialog.findChild(QLabel, "registerStatus")
    qtbot.waitUntil(lambda: "versie 1" in status.text(), timeout=20_000)
    with open_register(str(register_path)) as register:
        assert [item["version"] for item in list_lessons(register)] == [1]
    dialog.grab().save("/tmp/register-publish.png")

    regional = window.findChild(type(window.regional_action), "regionalViewAction")
    regional.trigger()
    from casereview.ui.register.regional_view import RegionalThemesDialog

    shown = window.findChild(RegionalThemesDialog, "regionalThemesDialog")
    qtbot.waitUntil(lambda: shown.findChild(QTableWidget, "regionalThemesTable").rowCount() > 0, timeout=20_000)
    table = shown.findChild(QTableWidget, "regionalThemesTable")
    assert table.item(0, 1).text() == "<3"  # one lesson: hidden
    shown.close()


def test_settings_keep_the_register_but_refuse_an_unsafe_one(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from casereview.ui.dialogs.settings_dialog import SettingsDialog

    stored: list[tuple[str, str, str]] = []
    import keyring

    monkeypatch.setattr(keyring, "set_password", lambda *args: stored.append(args))
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.findChild(QLineEdit, "registerUrlEdit").setText("postgresql://wijkteam@db.regio.nl/reg?sslmode=disable")
    dialog._accept_if_valid()
    assert "TLS" in dialog.findChild(QLabel, "registerNote").text() and not dialog.result()
    dialog.findChild(QLineEdit, "registerUrlEdit").setText("postgresql://wijkteam@db.regio.nl/reg")
    dialog.findChild(QLineEdit, "registerOrganisationEdit").setText("Wijkteam Oost")
    dialog.findChild(QLineEdit, "registerPasswordEdit").setText("geheim")
    dialog._accept_if_valid()
    dialog.apply()
    assert settings.get("register_url") == "postgresql://wijkteam@db.regio.nl/reg"
    assert settings.get("register_organisation") == "Wijkteam Oost"
    assert "geheim" not in settings.settings_file().read_text(encoding="utf-8")
    assert stored == [("casereview-register", "wijkteam@db.regio.nl/reg", "geheim")]


@pytest.mark.real_detector
def test_the_demo_leerbrief_passes_the_live_check(qtbot: QtBot, tmp_path: Path) -> None:
    """The demo is what a new chair reads first: its leerbrief is ready, and the search of it as it is
    now (the real detector) finds nothing to hold it back, not even in the built-in theme names."""
    from casereview.demo.demo_case import write_demo_case

    path = tmp_path / "demo.casereview"
    with write_demo_case(path):
        pass
    window = _window(qtbot, path)
    check = window.findChild(QLabel, "leerbriefCheck")
    qtbot.waitUntil(lambda: "Namen zoeken" not in check.text(), timeout=240_000)
    assert "geen namen" in check.text(), check.text()
    assert window.findChild(QCheckBox, "leerbriefReady").isChecked()


def test_the_check_searches_only_while_the_leerbrief_is_on_screen(qtbot: QtBot, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Built in the background after the window opens, the pane starts no name search (a worker with a
    gigabyte of lookup lists) while the chair works on another tab; it searches once it is shown."""
    from name_fixtures import finding

    from casereview.privacy.detection import client

    searches: list[int] = []
    found = finding(("Henk Bos", "persoon"))

    def counting(texts, progress=None):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN202
        searches.append(len(texts))
        return found(texts, progress)

    monkeypatch.setattr(client, "detect", counting)
    path = tmp_path / "bakker.casereview"
    imported_case(path, ready=False, texts={"story": "De buurman Henk Bos belde de school."}).close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_path(path)
    view = window.case_view
    assert view is not None
    tabs = window.findChild(QTabWidget, "caseTabs")
    leerbrief_tab = [tabs.tabText(i) for i in range(tabs.count())].index("Leerbrief")
    assert tabs.currentIndex() != leerbrief_tab
    view.build_all_tabs()  # as the window does in the background after its first paint
    for entity in ("agreement", "event", "leerbrief"):  # the meeting goes on: each used to start a search
        window.context.changed.emit(entity)
    qtbot.wait(view.leerbrief.SEARCH_DELAY_MS * 2)
    assert searches == []
    tabs.setCurrentIndex(leerbrief_tab)
    check = window.findChild(QLabel, "leerbriefCheck")
    qtbot.waitUntil(lambda: "Henk Bos" in check.text())
    assert len(searches) == 1


def test_the_english_check_names_what_it_found_in_english(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    path = tmp_path / "bakker.casereview"
    imported_case(path, ready=False, texts={}).close()
    window = _window(qtbot, path, tab="Learning note")
    check = window.findChild(QLabel, "leerbriefCheck")
    _type(qtbot, window, "leerbriefStory", "Fatima belde de school op 17 maart 2025.")
    text = check.text()
    assert text.startswith("The check still found something that may not be shared:")
    assert "• The story: a real name (Fatima)" in text
    assert "• The story: a date more precise than a quarter (" in text and "17 maart 2025" in text
    assert not any(dutch in text for dutch in ("een datum", "echte naam", "Het verhaal"))
    window.close_case()
