"""A case can be marked as an exercise in the window: stored at once, undoable, and the overview leaves it out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox

from casereview.casefile.case_file import CaseFile
from casereview.overview.figures import overview_of

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_ticking_oefendossier_stores_it_and_undo_takes_it_back(qtbot, open_window, case: CaseFile,  # type: ignore[no-untyped-def]
                                                               tmp_path: Path) -> None:
    window = open_window(case)
    check = window.findChild(QCheckBox, "exerciseCheck")
    assert check is not None and not check.isChecked() and check.accessibleName() == "Oefendossier"
    check.click()
    assert case.case().exercise is True
    overview = overview_of([Path(case.path)])
    assert overview.cases == [] and len(overview.exercises) == 1
    window.context.undo_stack.undo()
    assert case.case().exercise is False
    qtbot.waitUntil(lambda: not check.isChecked())
    window.close()
