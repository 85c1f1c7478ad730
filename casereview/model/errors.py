"""Errors of the case-file layer. Messages are Dutch: they reach the chair."""


class CaseFileError(Exception):
    """A case file cannot be created, opened or written; ``str()`` is for the user."""


class ReadOnlyCaseError(CaseFileError):
    """A write was attempted on a case opened read-only."""
