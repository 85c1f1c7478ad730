"""The window tests see the Dutch interface as users do, singular forms of %n messages included;
``english`` gives a test the English window exactly as the application installs it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from casereview.ui.language.translation import (
    CaseReviewTranslator,
    DutchPlurals,
    dutch_singulars,
    install_translation,
    remove_translation,
)


@pytest.fixture(autouse=True, scope="session")
def dutch_plurals(qapp: QApplication) -> Iterator[None]:
    """Only our Dutch singulars; Qt's own Dutch buttons stay with the tests that install a language."""
    translator = DutchPlurals(dutch_singulars(), qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English translation as the application installs it, taken away after the test."""
    translators = install_translation(qapp, "en")
    assert any(isinstance(t, CaseReviewTranslator) for t in translators), "the English .qm did not load"
    yield
    remove_translation(qapp, translators)
