"""Text folded the way a reader sees it, with every folded character traced back to the original.

Word shows "Zoë", "Zoe", "ＺＯＥ" and "Zo\u00ade" (a soft hyphen from a PDF) as
the same name; the leak check and the replacement must too. Folding applies
Unicode NFKD per character, drops format characters (category Cf) and soft
hyphens, folds accents and case, makes every dash one ``-``, every run of
spaces one space and every apostrophe one ``'``. The positions map lets a
replacement touch only the name and leave the rest exactly as written.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

DASH = "-"
# Letters NFKD leaves whole although readers treat them as their plain form.
_EXTRA = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ħ": "h", "þ": "th", "ŀ": "l"}
_APOSTROPHES = "’‘ʼ`´ʹ′"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u00af"


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """The folded form of one character: possibly empty, possibly more than one character."""
    if char == "\u00ad" or unicodedata.category(char) == "Cf":
        return ""
    if char in _DASHES or unicodedata.category(char) == "Pd":
        return DASH
    if char.isspace():
        return " "
    if char in _APOSTROPHES:
        return "'"
    out = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.combining(part):
            continue
        part = part.casefold()
        out.append("".join(_EXTRA.get(p, p) for p in part))
    return "".join(out)


@dataclass(frozen=True)
class Folded:
    """``text`` folded; ``starts[i]``/``ends[i]`` is the original span folded character ``i`` came from."""

    original: str
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span behind the folded span ``[start, end)``."""
        if start >= end:
            at = self.starts[start] if start < len(self.starts) else len(self.original)
            return at, at
        return self.starts[start], self.ends[end - 1]


def fold(text: str) -> Folded:
    """Fold ``text`` (see the module docstring); runs of spaces become one space."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        for piece in fold_char(char):
            if piece == " " and chars and chars[-1] == " ":
                ends[-1] = index + 1
                continue
            chars.append(piece)
            starts.append(index)
            ends.append(index + 1)
    return Folded(text, "".join(chars), tuple(starts), tuple(ends))


def fold_text(text: str) -> str:
    """Only the folded text, without positions."""
    return fold(text).text
