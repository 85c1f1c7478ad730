"""File → Exporteren offers "Uit de regio" for the preparation pack only when a register is configured,
and reads the register only when the chair ticks it."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QCheckBox, QFileDialog, QMessageBox
from register_cases import imported_case

from casereview import settings
from casereview.cli import main
from casereview.ui.operations.export_action import ExportDialog, run_export

SECTION = "Uit de regio: vergelijkbare lessen"


@pytest.fixture
def demo_and_register(tmp_path: Path) -> tuple[Path, str]:
    """The demo case, and a SQLite register with its lesson (Wijkteam Noord) and an imported case's (Wijkteam Oost)."""
    url = str(tmp_path / "register.sqlite")
    demo = tmp_path / "demo.casereview"
    other = tmp_path / "bakker.casereview"
    assert main(["register", "init", url, "--organisation", "Wijkteam Noord", "--organisation", "Wijkteam Oost"]) == 0
    assert main(["demo", str(demo), "--no-gui"]) == 0
    assert main(["register", "publish", str(demo), "--register", url, "--organisation", "Wijkteam Noord"]) == 0
    imported_case(other).close()
    assert main(["register", "publish", str(other), "--register", url, "--organisation", "Wijkteam Oost"]) == 0
    return demo, url


def _choose(dialog: ExportDialog, kind: str) -> QCheckBox:
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind))
    box = dialog.findChild(QCheckBox, "fromRegionCheck")
    assert box is not None
    return box


def test_the_box_is_hidden_without_a_register(qtbot) -> None:
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    assert not _choose(dialog, "voorbereiding").isVisibleTo(dialog)


def test_with_a_register_it_is_offered_for_the_preparation_pack_only(qtbot, tmp_path: Path) -> None:
    settings.put("register_url", str(tmp_path / "register.sqlite"))
    dialog = ExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    box = _choose(dialog, "voorbereiding")
    assert box.isVisible() and box.text() == SECTION and not box.isChecked()
    box.setChecked(True)
    assert dialog.wants_region()
    assert not _choose(dialog, "verslag").isVisible() and not dialog.wants_region()
    assert not _choose(dialog, "voorbereiding").isChecked()  # leaving the kind unticks it: asked again, every time


def _export(window, out: Path, monkeypatch: pytest.MonkeyPatch, *, tick: bool) -> Path | None:  # noqa: ANN001
    def exec_dialog(dialog: ExportDialog) -> int:
        _choose(dialog, "voorbereiding").setChecked(tick)
        return 1

    monkeypatch.setattr(ExportDialog, "exec", exec_dialog)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: QMessageBox.StandardButton.Ok)
    return run_export(window.context, parent=window)


def test_the_pack_holds_the_regions_lessons_only_when_ticked(open_window, demo_and_register: tuple[Path, str],
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    demo, url = demo_and_register
    settings.put("register_url", url)
    window = open_window(demo)
    plain = _export(window, tmp_path / "voorbereiding.docx", monkeypatch, tick=False)
    assert plain is not None and SECTION not in [p.text for p in docx.Document(str(plain)).paragraphs]
    regional = _export(window, tmp_path / "met-regio.docx", monkeypatch, tick=True)
    assert regional is not None
    texts = [p.text for p in docx.Document(str(regional)).paragraphs]
    section = texts[texts.index(SECTION):texts.index("Tijdlijn")]
    assert any(t.startswith("Wijkteam Oost") for t in section)  # the other organisation's lesson
    assert not any(t.startswith("Wijkteam Noord") for t in section)  # the case's own lesson is left out
