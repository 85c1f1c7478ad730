"""Settings and user folders: defaults, damaged files, redirection, the dialog, the log file."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casereview import paths, settings
from casereview.log import close_logging, setup_logging


def test_all_user_folders_live_under_the_override(user_home: Path) -> None:
    for folder in (paths.config_dir(), paths.data_dir(), paths.log_dir(), paths.cases_dir()):
        assert folder.is_dir()
        assert folder.is_relative_to(user_home)
    assert paths.settings_file().parent == paths.config_dir()


def test_defaults_without_a_file() -> None:
    assert not paths.settings_file().exists()
    assert settings.language() == "nl"
    assert settings.recent_files() == []
    assert settings.presenter_screen() == -1
    assert settings.agenda_template() is None
    assert settings.cases_folder() == paths.cases_dir()


def test_values_survive_a_restart() -> None:
    settings.set_language("en")
    settings.put("presenter_screen", 1)
    assert json.loads(paths.settings_file().read_text(encoding="utf-8"))["language"] == "en"
    assert settings.load()["language"] == "en"
    assert settings.presenter_screen() == 1
    assert not list(paths.config_dir().glob("*.tmp"))


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "", '{"language": 5, "recent_files": "x"}'])
def test_a_damaged_file_falls_back_to_defaults(content: str) -> None:
    paths.settings_file().write_text(content, encoding="utf-8")
    loaded = settings.load()
    assert loaded["language"] == "nl"
    assert loaded["recent_files"] == []


def test_unknown_language_is_refused() -> None:
    paths.settings_file().write_text('{"language": "fr"}', encoding="utf-8")
    assert settings.language() == "nl"
    with pytest.raises(ValueError):
        settings.set_language("fr")


def test_recent_files_newest_first_without_duplicates(tmp_path: Path) -> None:
    files = [tmp_path / f"{i}.casereview" for i in range(settings.MAX_RECENT + 2)]
    for f in files:
        f.touch()
        settings.add_recent_file(f)
    settings.add_recent_file(files[3])
    recent = settings.recent_files()
    assert recent[0] == files[3].resolve()
    assert len(recent) == settings.MAX_RECENT
    assert len(set(recent)) == len(recent)
    files[-1].unlink()
    assert files[-1].resolve() not in settings.recent_files()


def test_chosen_folders_fall_back_when_they_are_gone(tmp_path: Path) -> None:
    folder = tmp_path / "dossiers"
    folder.mkdir()
    template = tmp_path / "agenda.json"
    template.write_text("[]", encoding="utf-8")
    settings.put("cases_folder", str(folder))
    settings.put("agenda_template", str(template))
    assert settings.cases_folder() == folder
    assert settings.agenda_template() == template
    folder.rmdir()
    template.unlink()
    assert settings.cases_folder() == paths.cases_dir()
    assert settings.agenda_template() is None


def test_log_file_in_the_log_folder() -> None:
    path = setup_logging()
    try:
        setup_logging()  # a second call must not add a second handler
        logging.getLogger("casereview.test").info("hallo logboek")
        for handler in logging.getLogger("casereview").handlers:
            handler.flush()
        assert path == paths.log_dir() / "casereview.log"
        assert path.read_text(encoding="utf-8").count("hallo logboek") == 1
    finally:
        close_logging()


def test_settings_dialog_writes_choices(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from casereview.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restart_note.isVisible()
    combo = dialog.language_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == "en"
    assert dialog.restart_note.isVisible()
    assert dialog.restart_needed()
    dialog.cases_edit.clear()
    qtbot.keyClicks(dialog.cases_edit, str(tmp_path))
    dialog.apply()
    assert settings.language() == "en"
    assert settings.cases_folder() == tmp_path


def test_settings_dialog_does_not_store_a_missing_folder(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    from casereview.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.cases_edit.setText(str(tmp_path / "bestaat-niet"))
    dialog.apply()
    assert settings.get("cases_folder") == ""
    assert settings.cases_folder() == paths.cases_dir()


def test_main_window_remembers_its_geometry(qtbot) -> None:  # noqa: ANN001
    from casereview.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.resize(760, 560)  # the window keeps itself within its minimum and the screen
    chosen = (window.width(), window.height())
    window.close()
    assert settings.get("window_geometry")
    again = MainWindow()
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == chosen
    assert again.findChild(type(window.settings_action), "settingsAction") is not None
