"""Errors of the case-file layer. Messages are Dutch: they reach the chair."""


class CaseFileError(Exception):
    """A case file cannot be created, opened or written; ``str()`` is for the user."""


class ReadOnlyCaseError(CaseFileError):
    """A write was attempted on a case opened read-only."""


class PassphraseRequired(CaseFileError):
    """The file looks encrypted: ask the user for the passphrase and try again."""


class WrongPassphrase(CaseFileError):
    """The passphrase does not open the file (or the file is not an encrypted case)."""
