"""Errors of the case-file layer.

An error carries a ``code`` and its ``params`` so the window can word it in the
user's language (the wordings are in :mod:`casereview.vocabulary.error_catalog`,
translated by Qt Linguist); ``str()`` is the Dutch command-line text, which the
command line prints as it is. A plain ``CaseFileError("Dutch text")`` still
works: it has no code, and every interface shows the text as given.
"""

from __future__ import annotations

from casereview.vocabulary.error_catalog import CATALOG, CodedError

# The catalog lives in casereview.vocabulary.error_catalog; this name stays for older callers.
MESSAGES = CATALOG


class CaseFileError(CodedError):
    """A case file cannot be created, opened or written; ``str()`` is the Dutch text for the user.

    ``CaseFileError(code="case.exists", name="x.casereview")`` words the text from
    the catalog; ``CaseFileError("Dutch text")`` keeps the text as given.
    """


class ReadOnlyCaseError(CaseFileError):
    """A write was attempted on a case opened read-only."""


class PassphraseRequired(CaseFileError):
    """The file looks encrypted: ask the user for the passphrase and try again."""


class WrongPassphrase(CaseFileError):
    """The passphrase does not open the file (or the file is not an encrypted case)."""


class DamagedCaseError(CaseFileError):
    """The file is a case file but its tables or references are damaged (tampered, or a bad repair).

    ``structural`` is True when tables or columns are missing: then nothing can
    be shown. Otherwise only references are broken and the case can be viewed.
    """

    def __init__(self, message: str = "", /, *, structural: bool = True, code: str = "", **params: object) -> None:
        super().__init__(message, code=code, **params)
        self.structural = structural


class OperationCancelled(CaseFileError):
    """The user stopped long work; what it had done was rolled back or never written."""

    def __init__(self) -> None:
        super().__init__(code="cancelled")
