"""Organisation names as data: cleaned, bounded, shown safely, and never the source of a role's name.

A name arrives from the command line, the settings or an older register that stored it raw.
Control characters and terminal escape sequences (which ``register list`` would otherwise
print to another user's terminal) are removed, white space is folded, and the length is
bounded. The PostgreSQL role is derived from a hash of the cleaned name, so names that differ
only in punctuation or after the 63rd character still get different roles.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from casereview.register.connection import RegisterError

NAME_LIMIT = 200
ROLE_PREFIX = "cr_org_"
_ESCAPE_SEQUENCE = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])")


def printable(text: str) -> str:
    """``text`` on one line without escape sequences or invisible characters: safe to print to a terminal."""
    text = _ESCAPE_SEQUENCE.sub("", text)
    kept = "".join(" " if ch.isspace() else ch for ch in text if unicodedata.category(ch)[0] != "C" or ch.isspace())
    return " ".join(kept.split())


def clean_organisation(name: str) -> str:
    """The name as the register stores it; refused when nothing is left or it is too long to be a name."""
    clean = printable(unicodedata.normalize("NFC", name))
    if not clean:
        raise RegisterError(code="register.no_organisation")
    if len(clean) > NAME_LIMIT:
        raise RegisterError(code="register.organisation_too_long", length=len(clean), limit=NAME_LIMIT)
    return clean


def shown_organisation(name: str) -> str:
    """A stored name as output shows it: cleaned, and cut at the bound (older registers kept names raw)."""
    shown = printable(name)
    return shown if len(shown) <= NAME_LIMIT else shown[: NAME_LIMIT - 1] + "…"


def role_name(organisation: str) -> str:
    """The PostgreSQL role for a new organisation: a fixed prefix and a hash of its cleaned name."""
    digest = hashlib.sha256(clean_organisation(organisation).encode()).hexdigest()[:16]
    return ROLE_PREFIX + digest
