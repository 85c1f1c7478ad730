"""A party to suggest for a file without a party column, from its name ('tijdlijn_veilig_thuis.xlsx')."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

_NOISE = {"tijdlijn", "tijdlijnen", "feitenrelaas", "chronologie", "casus", "export", "definitief", "concept",
          "versie", "v", "def", "final", "kopie", "copy", "van", "de", "het", "timeline", "sheet", "bijlage"}
_CAPITALS = {"vt": "Veilig Thuis", "ggd": "GGD", "rvdk": "Raad voor de Kinderbescherming", "ggz": "GGZ",
             "ji": "Jeugdbescherming"}


def suggest_party(file_name: str | Path, known: Iterable[str] = ()) -> str:
    """A party name guessed from the file name; a known party it names wins. '' when nothing is left."""
    stem = Path(file_name).stem
    words = [w for w in re.split(r"[\s_\-.()\[\]]+", stem) if w]
    words = [w for w in words if not re.fullmatch(r"v?\d+", w.casefold())]
    while words and words[0].casefold() in _NOISE:  # 'tijdlijn van ...', but 'School de Regenboog' stays
        words.pop(0)
    while words and words[-1].casefold() in _NOISE:
        words.pop()
    if not words:
        return ""
    guess = " ".join(words)
    folded = guess.casefold()
    for name in sorted(known, key=len, reverse=True):
        if name.casefold() in folded or folded in name.casefold():
            return name
    if len(words) == 1 and words[0].casefold() in _CAPITALS:
        return _CAPITALS[words[0].casefold()]
    return " ".join(w if w.isupper() and len(w) > 1 else w[:1].upper() + w[1:] for w in words) if not any(
        c.isupper() for c in guess) else guess
