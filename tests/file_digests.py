"""A file's digest, to prove an operation left it byte for byte as it was.

A module of its own: test folders with their own conftest.py made ``from conftest import``
find the wrong one when they ran in one session.
"""

from __future__ import annotations

import hashlib
from pathlib import Path


def file_digest(path: Path) -> str:
    """SHA-256 of a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
