"""Text that Word, Excel and SQLite can all hold, cleaned where it enters the services.

PowerPoint puts a vertical tab (\\x0b) where a line breaks, PDFs and old
systems leave other control characters, and broken clipboard data can carry
U+FFFE/U+FFFF or half a surrogate pair. Word refuses the first two in XML,
Excel refuses them in a cell, and SQLite cannot encode the last. Every text a
service writes passes :func:`clean_text` (through :func:`clean_session`); the
writers use the same function for what older files already hold.
"""

from __future__ import annotations

import re

from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

_LINE_BREAKS = re.compile(r"[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\ufffe\uffff\U0001fffe\U0001ffff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` without control characters (line-break-like ones become a newline) and without lone surrogates.

    Tab, newline and carriage return stay. A valid surrogate pair becomes the
    character it stands for; a lone half becomes U+FFFD.
    """
    if not text:
        return text
    if _SURROGATE.search(text):
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROL.sub("", text)


def clean_session(session: Session, _context: object = None, _instances: object = None) -> None:
    """Clean every text column of the rows about to be written (a ``before_flush`` listener)."""
    for obj in list(session.new) + list(session.dirty):
        try:
            mapper = sa_inspect(obj).mapper
        except Exception:  # not a mapped row
            continue
        for attr in mapper.column_attrs:
            value = getattr(obj, attr.key, None)
            if isinstance(value, str):
                cleaned = clean_text(value)
                if cleaned != value:
                    setattr(obj, attr.key, cleaned)
