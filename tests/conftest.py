"""Shared fixtures: offscreen Qt, user folders redirected, a fresh case file per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from casereview.casefile.case_file import CaseFile, create_case  # noqa: E402


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, recent files and the demo go to a temporary folder, never the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CASEREVIEW_HOME", str(home))
    return home


@pytest.fixture
def case(tmp_path: Path) -> Iterator[CaseFile]:
    case = create_case(tmp_path / "review.casereview", "Review Testgezin")
    yield case
    case.close()


@pytest.fixture(scope="session")
def _case_folder_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The overview's folder of cases, built once (it takes seconds) with its own user folders."""
    from overview_fixtures import build_case_folder

    saved = os.environ.get("CASEREVIEW_HOME")
    os.environ["CASEREVIEW_HOME"] = str(tmp_path_factory.mktemp("template-home"))
    try:
        return build_case_folder(tmp_path_factory.mktemp("template"))
    finally:
        if saved is None:
            os.environ.pop("CASEREVIEW_HOME", None)
        else:
            os.environ["CASEREVIEW_HOME"] = saved


@pytest.fixture
def case_folder(_case_folder_template: Path, tmp_path: Path) -> Path:
    """A private copy of the overview's folder of cases (see tests/overview_fixtures.py)."""
    import shutil

    return Path(shutil.copytree(_case_folder_template, tmp_path / "dossiers", copy_function=shutil.copy2))
