"""Text folded the way a reader sees it, with every folded character traced back to the original.

Word shows "Zoë", "Zoe", "ＺＯＥ" and "Zo\u00ade" (a soft hyphen from a PDF) as
the same name; the leak check and the replacement must too. Folding applies
Unicode NFKD per character, drops format characters (category Cf) and soft
hyphens, folds accents and case, reads look-alike letters of other scripts
and small capitals as the Latin letter, joins a word hyphenated at a line
end ("Lot-⏎te"), makes every dash one ``-``, every run of
spaces one space and every apostrophe one ``'``. The positions map lets a
replacement touch only the name and leave the rest exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

DASH = "-"
# Letters NFKD leaves whole although readers treat them as their plain form.
_EXTRA = {"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i", "ħ": "h", "þ": "th", "ŀ": "l"}
# Letters of other scripts, and small capitals, that a reader takes for Latin ones ("Dе Vries" with a
# Cyrillic е). Capitals are mapped before case folding: Greek Η looks like H, its small η like n.
_LOOK_ALIKE_CAPITALS = {"Η": "h", "Ν": "n", "Β": "b", "Μ": "m", "Τ": "t", "Χ": "x", "Ρ": "p", "Κ": "k",
                        "Ζ": "z", "Υ": "y", "Ι": "i", "Ε": "e", "Α": "a", "Ο": "o",
                        "Н": "h", "В": "b", "М": "m", "Т": "t", "К": "k", "Р": "p", "С": "c", "Х": "x",
                        "А": "a", "Е": "e", "О": "o", "Ѕ": "s", "І": "i", "Ј": "j", "У": "y"}
_LOOK_ALIKES = {"а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
                "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q",
                "ԝ": "w", "ё": "e", "һ": "h", "ӏ": "l",
                "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t",
                "υ": "u", "χ": "x", "η": "n", "ω": "w", "ς": "s",
                "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
                "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r",
                "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z"}
_APOSTROPHES = "’‘ʼ`´ʹ′"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d\u00af"


@lru_cache(maxsize=4096)
def fold_char(char: str) -> str:
    """The folded form of one character: possibly empty, possibly more than one character."""
    if char == "\u00ad" or unicodedata.category(char) in ("Cf", "Mn", "Me"):
        return ""  # also U+034F, variation selectors and bidirectional controls
    if char in _LOOK_ALIKE_CAPITALS:
        return _LOOK_ALIKE_CAPITALS[char]
    if char in _DASHES or unicodedata.category(char) == "Pd":
        return DASH
    if char.isspace():
        return " "
    if char in _APOSTROPHES:
        return "'"
    out = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.combining(part) or unicodedata.category(part) in ("Mn", "Me"):
            continue
        part = part.casefold()
        out.append("".join(_LOOK_ALIKES.get(p, _EXTRA.get(p, p)) for p in part))
    return "".join(out)


def is_look_alike(char: str) -> bool:
    """A character a reader takes for another: another script's letter, a small capital, an invisible one."""
    return (char in _LOOK_ALIKE_CAPITALS or char.casefold() in _LOOK_ALIKES or char == "\u00ad"
            or unicodedata.category(char) in ("Cf", "Mn", "Me"))


_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010\u2011][ \t]*\r?\n\s*(?=[^\W\d_])")


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
    joined = {i for m in _LINE_END_HYPHEN.finditer(text) for i in range(m.start(), m.end())}
    for index, char in enumerate(text):
        if index in joined:  # "Lot-⏎te" is one word broken at the end of a line
            continue
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
