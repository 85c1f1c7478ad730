"""Signatures on a SQLite register's rows: tampering made visible where the file itself has no identity.

Anyone who can write a register file can write any row. Each row casereview publishes is
signed with its organisation's Ed25519 key; the private key lives in the system keyring of
the computer that first published for that organisation, the public key in the register.
``register list`` marks a row whose signature does not verify, and a withdrawal needs the
organisation's key. It does not stop someone from writing the file; it stops that from going
unnoticed. (PostgreSQL does not need this: its roles and policies decide who may write.)
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Iterable, Mapping
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from casereview.findings.leerbrief import TEXT_FIELDS
from casereview.register.connection import RegisterError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "casereview-register-signing"
SIGNED_FIELDS = ("case_uuid", "organisation", "version", "status", "published_quarter", "review_quarter", "year",
                 "organisation_kinds", *TEXT_FIELDS)
VALID = "valid"
INVALID = "invalid"
UNSIGNED = "unsigned"
BY_ROLE = "role"
"""On PostgreSQL the database's roles vouch for the writer; rows carry no signature."""


def payload(row: Mapping[Any, Any], themes: Iterable[str], agreements: Iterable[Mapping[str, Any]]) -> bytes:
    """The bytes a signature covers: every value of the row, its theme codes and agreement counts, in one order."""
    values: dict[str, Any] = {name: row.get(name, "") for name in SIGNED_FIELDS}
    values["year"] = row.get("year")
    values["themes"] = sorted(themes)
    values["agreements"] = sorted([str(a["kind"]), str(a["level"]), int(a["count"])] for a in agreements)
    return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def public_text(key: Ed25519PrivateKey) -> str:
    return base64.b64encode(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)).decode()


def sign(key: Ed25519PrivateKey, data: bytes) -> str:
    return base64.b64encode(key.sign(data)).decode()


def verify(public_key: str | None, data: bytes, signature: str | None) -> str:
    """:data:`VALID`, :data:`INVALID`, or :data:`UNSIGNED` (an older row of an organisation without a key)."""
    if not signature:
        return INVALID if public_key else UNSIGNED
    if not public_key:
        return INVALID
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True)).verify(
            base64.b64decode(signature, validate=True), data)
    except (InvalidSignature, ValueError, binascii.Error):
        return INVALID
    return VALID


def local_key(organisation: str, *, create: bool) -> Ed25519PrivateKey | None:
    """This computer's key for ``organisation`` from the system keyring (made and stored when ``create``)."""
    import keyring
    import keyring.errors

    try:
        stored = keyring.get_password(KEYRING_SERVICE, organisation)
        if stored:
            return Ed25519PrivateKey.from_private_bytes(base64.b64decode(stored))
        if not create:
            return None
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        keyring.set_password(KEYRING_SERVICE, organisation, base64.b64encode(raw).decode())
        return key
    except (keyring.errors.KeyringError, ValueError, binascii.Error) as exc:
        log.info("Geen ondertekensleutel uit de sleutelbos (%s)", type(exc).__name__)
        raise RegisterError(code="register.signing_key_unavailable") from exc
