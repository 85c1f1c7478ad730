"""Which files the overview reads in a folder: the reviews, not the app's own safety copies of them."""

from __future__ import annotations

import shutil
from pathlib import Path

from casereview.casefile.case_file import create_case
from casereview.casefile.safety_copies import FOLDER
from casereview.overview.reading import find_case_files


def test_a_folder_with_the_apps_safety_copies_counts_each_review_once(tmp_path: Path) -> None:
    case = create_case(tmp_path / "mol.casereview", "Review gezin Mol")
    case.close()
    copies = tmp_path / FOLDER / "3b24f4f9-c890-469a-ba09-43e93f0d0fed"
    copies.mkdir(parents=True)
    for stamp in ("20261203T175720248821", "20261203T181518378244"):
        shutil.copy(tmp_path / "mol.casereview", copies / f"{stamp}.casereview")
    shutil.copy(tmp_path / "mol.casereview", tmp_path / "mol kopie.casereview")  # a copy someone made: read
    found, skipped = find_case_files([tmp_path])
    assert [p.name for p in found] == ["mol kopie.casereview", "mol.casereview"] and skipped == []
    named = copies / "20261203T175720248821.casereview"
    assert find_case_files([named])[0] == [named.resolve()]  # named explicitly, it is read like any file
