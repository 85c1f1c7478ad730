"""Writing a document reports its steps and stops cleanly when the user cancels."""

from __future__ import annotations

from pathlib import Path

import pytest

from casereview.casefile.case_file import CaseFile
from casereview.model.errors import OperationCancelled
from casereview.reports.documents import STEPS, export_document


class _Recorder:
    def __init__(self, cancel_at: int | None = None) -> None:
        self.seen: list[tuple[int, int]] = []
        self.cancel_at = cancel_at

    def step(self, done: int, total: int) -> None:
        if done == self.cancel_at:
            raise OperationCancelled()
        self.seen.append((done, total))


def test_export_reports_each_step(case: CaseFile, tmp_path: Path) -> None:
    progress = _Recorder()
    export_document(case, tmp_path / "verslag.docx", progress=progress)
    assert progress.seen == [(i, STEPS) for i in range(STEPS)]
    assert (tmp_path / "verslag.docx").stat().st_size > 0


@pytest.mark.parametrize("cancel_at", range(STEPS))
def test_cancel_leaves_no_file(case: CaseFile, tmp_path: Path, cancel_at: int) -> None:
    out = tmp_path / "verslag.docx"
    with pytest.raises(OperationCancelled, match="Afgebroken"):
        export_document(case, out, progress=_Recorder(cancel_at))
    assert not out.exists()
    assert not list(tmp_path.glob(".casereview-*")), "a temporary file was left behind"
