"""Whether a passphrase may protect a case: long enough, and SQLCipher present.

Its own module so that creating a case and encrypting one can both use it without importing each other.
"""

from __future__ import annotations

from casereview.model import CaseFileError
from casereview.model.store import encryption_available

MIN_PASSPHRASE_LENGTH = 8


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase that is too weak to protect a child's data, or when SQLCipher is missing."""
    if not encryption_available():
        raise CaseFileError(code="encryption.not_installed")
    if "\x00" in passphrase or any("\ud800" <= ch <= "\udfff" for ch in passphrase):
        raise CaseFileError(code="passphrase.bad_character")
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise CaseFileError(code="passphrase.too_short", minimum=MIN_PASSPHRASE_LENGTH)
