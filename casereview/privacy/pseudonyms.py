"""Real names of family members and the pseudonyms exports use instead.

Matching is deliberately greedy: a listed name counts wherever it appears,
whatever the capitals, also inside a longer word ("Sanne's", "Sannes"). A
document for participants would rather lose a harmless word than leak a
child's name, and the replacement must cover exactly what the leak check
looks for, or an export could never pass that check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlmodel import func, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import Pseudonym

Pair = tuple[str, str]


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def list_pseudonyms(case: CaseFile) -> list[Pseudonym]:
    with case.read() as s:
        return list(s.exec(select(Pseudonym).order_by(func.lower(Pseudonym.real_name))))


def pairs_of(case: CaseFile) -> list[Pair]:
    """The list as (real name, pseudonym) pairs, ready for :func:`pseudonymise_text`."""
    return [(p.real_name, p.pseudonym) for p in list_pseudonyms(case)]


def set_pseudonym(case: CaseFile, real_name: str, pseudonym: str) -> None:
    """Add a name to the list, or give a listed name (any capitals) a new pseudonym."""
    real, alias = _clean(real_name), _clean(pseudonym)
    if not real:
        raise CaseFileError("Vul de echte naam in.")
    if not alias:
        raise CaseFileError(f"Vul een pseudoniem in voor '{real}'.")
    if find_names(alias, [real]):
        raise CaseFileError(f"Het pseudoniem '{alias}' bevat de echte naam zelf; kies een ander pseudoniem.")
    with case.write("pseudonym", "set", alias) as s:
        row = s.exec(select(Pseudonym).where(func.lower(Pseudonym.real_name) == real.lower())).first()
        if row is None:
            row = Pseudonym(real_name=real, pseudonym=alias)
        else:
            row.real_name, row.pseudonym = real, alias
        s.add(row)


def remove_pseudonym(case: CaseFile, real_name: str) -> None:
    real = _clean(real_name)
    with case.write("pseudonym", "delete", "") as s:
        row = s.exec(select(Pseudonym).where(func.lower(Pseudonym.real_name) == real.lower())).first()
        if row is None:
            raise CaseFileError(f"'{real}' staat niet in de lijst met pseudoniemen.")
        s.delete(row)


def parse_assignment(text: str) -> Pair:
    """Read ``"Echte Naam=pseudoniem"`` as given on the command line."""
    if "=" not in text:
        raise CaseFileError(f"'{text}' is geen geldige toewijzing; schrijf het als \"Echte Naam=pseudoniem\".")
    real, _, alias = text.partition("=")
    real, alias = _clean(real), _clean(alias)
    if not real:
        raise CaseFileError(f"In '{text}' staat geen echte naam vóór het '='-teken.")
    if not alias:
        raise CaseFileError(f"In '{text}' staat geen pseudoniem na het '='-teken.")
    return real, alias


def _name_pattern(name: str) -> str:
    """A name matches with any whitespace between its words (line breaks in a cell)."""
    return r"\s+".join(re.escape(part) for part in _clean(name).split())


def _pairs(pairs: Iterable[Pair] | Iterable[Pseudonym]) -> list[Pair]:
    out: list[Pair] = []
    for item in pairs:
        if isinstance(item, Pseudonym):
            out.append((item.real_name, item.pseudonym))
        else:
            out.append((item[0], item[1]))
    return [(real, alias) for real, alias in out if _clean(real)]


def _token_pattern(names_pattern: str) -> re.Pattern[str]:
    """The names with the rest of the word around them, so a hit can be judged as a whole word."""
    return re.compile(rf"(\w{{0,40}}?)({names_pattern})(\w{{0,40}})", re.IGNORECASE)


def _exempt(match: re.Match[str], keep_words: frozenset[str]) -> bool:
    """A longer word on the keep list (the app's own fixed words, month names) is not the name."""
    pre, _, post = match.groups()
    return bool(pre or post) and match.group(0).casefold() in keep_words


class Pseudonymiser:
    """A compiled replacement for one list of names, reused for every text of an export.

    ``keep_words`` are whole words left alone although a name hides in them
    (``"pagina"`` for a name "Ina"); the leak check skips the same words.
    """

    def __init__(self, pairs: Iterable[Pair] | Iterable[Pseudonym], keep_words: Iterable[str] = ()) -> None:
        items = _pairs(pairs)
        # Longest first, so "Sanne de Vries" wins over "Sanne".
        items.sort(key=lambda p: len(_clean(p[0])), reverse=True)
        self.keep_words = frozenset(w.casefold() for w in keep_words)
        self._aliases = {_clean(real).casefold(): alias for real, alias in items}
        self._aliases_by_key = [(re.compile(_name_pattern(real), re.IGNORECASE), alias) for real, alias in items]
        self._pattern = (_token_pattern("|".join(f"(?:{_name_pattern(r)})" for r, _ in items)) if items else None)

    def __call__(self, text: str) -> str:
        if not text or self._pattern is None:
            return text
        text = unicodedata.normalize("NFC", text)
        return self._pattern.sub(lambda m: self._replacement(m, text), text)

    def _replacement(self, match: re.Match[str], text: str) -> str:
        if _exempt(match, self.keep_words):
            return match.group(0)
        pre, found, post = match.groups()
        alias = self._aliases.get(" ".join(found.split()).casefold())
        if alias is None:
            alias = next(a for pattern, a in self._aliases_by_key if pattern.fullmatch(found))
        if not pre and alias[:1].islower() and _starts_sentence(text, match.start()):
            alias = alias[0].upper() + alias[1:]
        return pre + alias + post


def _starts_sentence(text: str, start: int) -> bool:
    """True at the start of the text, of a line, or after '.', '!', '?' or ':' and a space."""
    before = text[max(0, start - 80):start]
    stripped = before.rstrip()
    if not stripped:
        return True
    gap = before[len(stripped):]
    return "\n" in gap or (bool(gap) and stripped[-1] in ".!?:")


def pseudonymise_text(text: str, pairs: Iterable[Pair] | Iterable[Pseudonym],
                      keep_words: Iterable[str] = ()) -> str:
    """Replace every listed real name, also inside longer words; a sentence still starts with a capital."""
    return Pseudonymiser(pairs, keep_words)(text)


class NameFinder:
    """A compiled search for listed names, reused for every place of a document."""

    def __init__(self, real_names: Iterable[str], keep_words: Iterable[str] = ()) -> None:
        names = sorted({_clean(n) for n in real_names if _clean(n)}, key=len, reverse=True)
        self.keep_words = frozenset(w.casefold() for w in keep_words)
        self._patterns = [(name, _token_pattern(_name_pattern(name))) for name in names]

    def __bool__(self) -> bool:
        return bool(self._patterns)

    def __call__(self, text: str) -> list[str]:
        if not text:
            return []
        text = unicodedata.normalize("NFC", text)
        return [name for name, pattern in self._patterns
                if any(not _exempt(m, self.keep_words) for m in pattern.finditer(text))]


def find_names(text: str, real_names: Iterable[str], keep_words: Iterable[str] = ()) -> list[str]:
    """The listed names that occur in ``text`` (case-insensitive, also inside a longer word)."""
    return NameFinder(real_names, keep_words)(text)
