"""Errors of the case-file layer. Messages are Dutch: they reach the chair."""


class CaseFileError(Exception):
    """A case file cannot be created, opened or written; ``str()`` is for the user."""


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

    def __init__(self, message: str, *, structural: bool = True) -> None:
        super().__init__(message)
        self.structural = structural
