"""Tables and the case-file store. No Qt here."""

from casereview.model.errors import CaseFileError, PassphraseRequired, ReadOnlyCaseError, WrongPassphrase
from casereview.model.migrations import SCHEMA_VERSION
from casereview.model.store import EXTENSION, CaseStore

__all__ = [
    "CaseFileError",
    "ReadOnlyCaseError",
    "PassphraseRequired",
    "WrongPassphrase",
    "SCHEMA_VERSION",
    "EXTENSION",
    "CaseStore",
]
