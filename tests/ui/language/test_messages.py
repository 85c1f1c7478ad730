"""The window words every error from the one catalog, in the interface language."""

from __future__ import annotations

import errno
import sqlite3

from PySide6.QtCore import QCoreApplication

from casereview.model import CaseFileError
from casereview.ui.language.messages import describe, is_expected, message
from casereview.vocabulary.error_catalog import CATALOG, CONTEXT, placeholders, source_texts, wording


def test_every_code_of_the_catalog_is_english_in_the_english_window(english: None) -> None:
    untranslated = []
    for code, dutch in source_texts():
        english_text = QCoreApplication.translate(CONTEXT, dutch)
        if english_text == dutch:
            untranslated.append(f"{code}: {dutch!r}")
        elif placeholders(english_text) != placeholders(dutch):
            untranslated.append(f"{code}: the English asks for {placeholders(english_text)}, not "
                                f"{placeholders(dutch)}")
    assert not untranslated, ("Not translated (add to resources/translations/en.json and run "
                              "resources/translations/update.py):\n" + "\n".join(untranslated))


def test_a_coded_error_reaches_the_english_window_in_english(english: None) -> None:
    error = CaseFileError(code="passphrase.too_short", minimum=8)
    assert str(error) == "Kies een wachtwoord van minstens 8 tekens."  # the command line stays Dutch
    assert describe(error) == "Choose a passphrase of at least 8 characters."


def test_the_window_shows_the_window_wording() -> None:
    for code in CATALOG:
        params = {name: "x" for name in placeholders(wording(code, "cli")) | placeholders(wording(code, "window"))}
        assert describe(CaseFileError(code=code, **params)) == message(code, **params) == \
            wording(code, "window").format(**params)


def test_a_plain_error_keeps_its_text() -> None:
    plain = CaseFileError("Iets eigens van een andere module.")
    assert describe(plain) == "Iets eigens van een andere module."


def test_unexpected_low_level_errors_become_a_dutch_sentence() -> None:
    class Wrapped(Exception):
        """Like a database layer's error: the driver's error as ``orig``."""

        def __init__(self, orig: BaseException) -> None:
            super().__init__("wrapped")
            self.orig = orig

    assert describe(Wrapped(sqlite3.OperationalError("database or disk is full"))).startswith("De schijf is vol")
    assert describe(OSError(errno.ENOSPC, "No space left on device")).startswith("De schijf is vol")
    assert describe(Wrapped(sqlite3.OperationalError("database is locked"))).startswith("Het dossier is even bezet")
    assert describe(Wrapped(sqlite3.OperationalError("attempt to write a readonly database"))).startswith(
        "Er mag niet (meer) in het dossier worden geschreven")
    try:
        raise RuntimeError("in de laag erboven") from PermissionError(errno.EACCES, "Permission denied")
    except RuntimeError as exc:
        assert is_expected(exc)
        assert describe(exc) == "Een bestand kon niet worden gelezen of geschreven: Permission denied."
    assert not is_expected(TypeError("a programming error still raises"))
