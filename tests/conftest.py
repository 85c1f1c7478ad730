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
