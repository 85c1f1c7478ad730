"""The window tests see the Dutch interface as users do, singular forms of %n messages included."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from casereview.ui.language.translation import DutchPlurals, dutch_singulars


@pytest.fixture(autouse=True, scope="session")
def dutch_plurals(qapp: QApplication) -> Iterator[None]:
    """Only our Dutch singulars; Qt's own Dutch buttons stay with the tests that install a language."""
    translator = DutchPlurals(dutch_singulars(), qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
