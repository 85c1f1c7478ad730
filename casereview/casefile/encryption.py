"""Encryption at rest with SQLCipher: "versleutel dit dossier".

Optional: needs the ``encryption`` extra (``sqlcipher3``). The passphrase
only lives in memory while the case is open; it is never written to the case,
the lock file, the settings or a log. Without it the case cannot be opened by
anyone, including us: there is no recovery.
"""

from __future__ import annotations

import os

from casereview.casefile.case_file import CaseFile
from casereview.casefile.passphrase import MIN_PASSPHRASE_LENGTH, check_passphrase
from casereview.model import CaseFileError, CaseStore
from casereview.model.store import encryption_available, inspect_file

__all__ = ["MIN_PASSPHRASE_LENGTH", "check_passphrase", "decrypt_case", "encrypt_case", "encryption_available"]


def encrypt_case(case: CaseFile, passphrase: str) -> None:
    """Encrypt an open case (or give an encrypted one a new passphrase), in place.

    A complete encrypted copy is written and checked next to the file first,
    then put in its place, so a failure leaves the case as it was.
    """
    check_passphrase(passphrase)
    _rewrite(case, passphrase, "encrypt")


def decrypt_case(case: CaseFile) -> None:
    """Remove the encryption of an open case, in place."""
    if not case.encrypted:
        return
    _rewrite(case, None, "decrypt")


def _rewrite(case: CaseFile, passphrase: str | None, action: str) -> None:
    if case.read_only:
        raise case.read_only_refusal()
    path = case.path
    tmp = path.with_name(f".{path.name}.{os.getpid()}.herschreven")
    tmp.unlink(missing_ok=True)
    case.store.export_with_key(tmp, passphrase)
    try:
        inspect_file(tmp, passphrase)
        # No session of another thread sees the file between the keys. Should the replace fail, the
        # closed store reconnects to the old file under the old key on its next use.
        with case.swap_guard.swapping():
            case.store.close()
            os.replace(tmp, path)
            case.store = CaseStore.open(path, passphrase=passphrase)
            if case.claim is not None:
                case.claim.store = case.store  # the heartbeat goes to the file under its new key
    except OSError as exc:
        raise CaseFileError(code="encryption.replace_failed", name=path.name, reason=exc.strerror or "") from exc
    finally:
        tmp.unlink(missing_ok=True)
    with case.write("case", action):
        pass
