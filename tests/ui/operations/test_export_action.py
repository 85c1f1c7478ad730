"""The window's export of the family's summary tells the chair how plain it reads."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QMessageBox

from casereview.casefile.case_file import create_case
from casereview.findings.conclusions import add_conclusion
from casereview.ui.operations.export_action import write_export


def test_summary_export_shows_the_measured_reading_level(open_window, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.casereview"
    with create_case(path, "Review gezin K.") as case:
        add_conclusion(case, "De school belde het wijkteam. Niemand belde terug.")
    window = open_window(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: shown.append(text))
    out = write_export(window.context, "samenvatting", tmp_path / "samenvatting.docx", parent=window)
    assert out is not None and "Niemand belde terug." in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Taalniveau: gemiddeld" in shown[0] and "B1-woordenlijst" in shown[0]
    write_export(window.context, "verslag", tmp_path / "verslag.docx", parent=window)
    assert "Taalniveau" not in shown[1]
