"""The one table of translatable error texts stays equal to the services' Dutch texts."""

from __future__ import annotations

import errno
import sqlite3

from casereview.model import CaseFileError
from casereview.model.errors import MESSAGES
from casereview.ui.operations.messages import ERROR_TEXTS, describe, is_expected


def test_every_error_code_has_the_same_dutch_text_in_the_window() -> None:
    assert ERROR_TEXTS == MESSAGES


def test_a_plain_error_keeps_its_text_and_a_coded_one_is_worded_from_the_table() -> None:
    plain = CaseFileError("Iets eigens van een andere module.")
    assert (str(plain), plain.code, describe(plain)) == ("Iets eigens van een andere module.", "",
                                                         "Iets eigens van een andere module.")
    coded = CaseFileError(code="passphrase.too_short", minimum=8)
    assert str(coded) == describe(coded) == "Kies een wachtwoord van minstens 8 tekens."


def test_unexpected_low_level_errors_become_a_dutch_sentence() -> None:
    class Wrapped(Exception):
        """Like a database layer's error: the driver's error as ``orig``."""

        def __init__(self, orig: BaseException) -> None:
            super().__init__("wrapped")
            self.orig = orig

    assert describe(Wrapped(sqlite3.OperationalError("database or disk is full"))).startswith("De schijf is vol")
    assert describe(OSError(errno.ENOSPC, "No space left on device")).startswith("De schijf is vol")
    assert describe(Wrapped(sqlite3.OperationalError("database is locked"))).startswith("Het dossier is even bezet")
    try:
        raise RuntimeError("in de laag erboven") from PermissionError(errno.EACCES, "Permission denied")
    except RuntimeError as exc:
        assert is_expected(exc)
        assert describe(exc) == "Een bestand kon niet worden gelezen of geschreven: Permission denied."
    assert not is_expected(TypeError("a programming error still raises"))
