"""Tables and the case-file store. No Qt here."""

from casereview.model.errors import CaseFileError, ReadOnlyCaseError
from casereview.model.migrations import SCHEMA_VERSION
from casereview.model.store import EXTENSION, CaseStore

__all__ = ["CaseFileError", "ReadOnlyCaseError", "SCHEMA_VERSION", "EXTENSION", "CaseStore"]
