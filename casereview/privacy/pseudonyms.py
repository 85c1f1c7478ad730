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
from dataclasses import dataclass

from sqlmodel import func, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError, tables
from casereview.privacy.folding import fold, fold_char, fold_text, is_look_alike
from casereview.privacy.ordinary_words import STANDARD_WORDS

Pair = tuple[str, str]


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def list_pseudonyms(case: CaseFile) -> list[tables.Pseudonym]:
    with case.read() as s:
        return list(s.exec(select(tables.Pseudonym).order_by(func.lower(tables.Pseudonym.real_name))))


def pairs_of(case: CaseFile) -> list[Pair]:
    """The list as (real name, pseudonym) pairs, ready for :func:`pseudonymise_text`, with the first names.

    Deciding "Lotte de Vries" also decides "Lotte" alone (see :func:`with_first_names`),
    unless the chair decided that first name separately: listed it with its own
    pseudonym, or kept it as "geen naam".
    """
    pairs = [(p.real_name, p.pseudonym) for p in list_pseudonyms(case)]
    with case.read() as s:
        kept = [d.text for d in s.exec(select(tables.NameDecision))]
    return with_first_names(pairs, kept)


def names_of(case: CaseFile) -> list[str]:
    """Every real name the exports replace and the leak check looks for, first names included."""
    return [real for real, _alias in pairs_of(case)]


def with_first_names(pairs: Iterable[Pair], separate: Iterable[str] = ()) -> list[Pair]:
    """``pairs`` plus, for each full name, its first name alone with the same pseudonym.

    Left out: a first name that is an initial, a title or one of the app's own
    words, one the pseudonym itself contains ("Wijkteam Oost" = "het wijkteam"),
    one that is listed or in ``separate`` itself, and one two listed people
    share (whose would it be?).
    """
    pairs = list(pairs)
    taken = {fold_text(real) for real, _alias in pairs} | {fold_text(t) for t in separate}
    firsts: dict[str, list[Pair]] = {}
    for real, alias in pairs:
        words = _clean(real).split(" ")
        first = words[0].strip(".,")
        if (len(words) < 2 or len(first) < 2 or not first[:1].isupper() or fold_text(first) in _TITLE_WORDS
                or fold_text(first) in STANDARD_WORDS or fold_text(first) in fold_text(alias).split()):
            continue
        firsts.setdefault(fold_text(first), []).append((first, alias))
    for key, found in firsts.items():
        if key not in taken and len({alias for _f, alias in found}) == 1:
            pairs.append(found[0])
    return pairs


def set_pseudonym(case: CaseFile, real_name: str, pseudonym: str) -> None:
    """Add a name to the list, or give a listed name (any capitals) a new pseudonym."""
    real, alias = _clean(real_name), _clean(pseudonym)
    if not real:
        raise CaseFileError(code="pseudonym.no_real_name")
    if not alias:
        raise CaseFileError(code="pseudonym.no_alias", real=real)
    strange = [c for c in pseudonym if is_look_alike(c)]
    if strange:
        raise CaseFileError(code="pseudonym.look_alike", pseudonym=alias,
                            characters=", ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(strange)))
    if find_names(alias, [real]):
        raise CaseFileError(code="pseudonym.alias_contains_name", alias=alias)
    with case.write("pseudonym", "set", alias) as s:
        row = s.exec(select(tables.Pseudonym).where(func.lower(tables.Pseudonym.real_name) == real.lower())).first()
        if row is None:
            row = tables.Pseudonym(real_name=real, pseudonym=alias)
        else:
            row.real_name, row.pseudonym = real, alias
        s.add(row)


def remove_pseudonym(case: CaseFile, real_name: str) -> None:
    real = _clean(real_name)
    with case.write("pseudonym", "delete", "") as s:
        row = s.exec(select(tables.Pseudonym).where(func.lower(tables.Pseudonym.real_name) == real.lower())).first()
        if row is None:
            raise CaseFileError(code="pseudonym.not_listed", real=real)
        s.delete(row)


def parse_assignment(text: str) -> Pair:
    """Read ``"Echte Naam=pseudoniem"`` as given on the command line."""
    if "=" not in text:
        raise CaseFileError(code="pseudonym.bad_assignment", text=text)
    real, _, alias = text.partition("=")
    real, alias = _clean(real), _clean(alias)
    if not real:
        raise CaseFileError(code="pseudonym.no_real_before_equals", text=text)
    if not alias:
        raise CaseFileError(code="pseudonym.no_alias_after_equals", text=text)
    return real, alias


_SEP = r"(?: ?- ?| |\.|)"  # also none or a dot: "s.devries@…", "lottedevries"
_TITLES = ("de heer", "mevrouw", "mevr", "mw", "mejuffrouw", "juffrouw", "juf", "meneer", "mijnheer", "heer",
           "dhr", "hr", "mej", "meester", "mr", "dr", "drs", "ing", "ir", "prof", "familie", "fam", "gezin",
           "mrs", "ms", "miss", "mister")
_TITLE_WORDS = frozenset(_TITLES)
_TITLE = "(?:" + "|".join(re.escape(t).replace(r"\ ", " ") + r"\.?" for t in _TITLES) + ")"
_INITIALS = r"(?:[^\W\d_]\. ?){1,4}"
_TRAILING_INITIALS = r"[^\W\d_]\.(?: ?[^\W\d_]\.){0,3}"
# Initials written without full stops ("L de Vries", "LJ de Vries"), but not a short Dutch word.
_BARE_INITIALS = r"(?!(?:op|in|en|om|na|te|al|er|ze|we|je|is|zo|nu|ja|of|u|'t) )[^\W\d_]{1,2}"


def _name_tokens(name: str) -> list[str]:
    """The folded name as regex pieces, split where the name has a space or a dash.

    An umlaut in the listed name also matches its German spelling with an e
    ("Müller" finds "Muller" and "Mueller").
    """
    tokens: list[str] = []
    current = ""
    for char in name:
        folded = fold_char(char)
        if folded in (" ", "-"):
            if current:
                tokens.append(current)
            current = ""
            continue
        piece = re.escape(folded)
        if folded in ("a", "o", "u") and "\u0308" in unicodedata.normalize("NFD", char):
            piece += "e?"
        current += piece
    if current:
        tokens.append(current)
    return tokens


def _name_pattern(name: str) -> str:
    """A folded name that matches with any dash, space or line break between its words."""
    return _SEP.join(_name_tokens(name))


def surname_of(name: str) -> str:
    """The family name of a listed full name ("Lisa de Vries" → "de Vries"); empty for a single word."""
    parts = _clean(name).split(" ")
    return " ".join(parts[1:]) if len(parts) > 1 else ""


def _pairs(pairs: Iterable[Pair] | Iterable[tables.Pseudonym]) -> list[Pair]:
    out: list[Pair] = []
    for item in pairs:
        if isinstance(item, tables.Pseudonym):
            out.append((item.real_name, item.pseudonym))
        else:
            out.append((item[0], item[1]))
    return [(real, alias) for real, alias in out if _name_tokens(real)]


@dataclass(frozen=True)
class _Hit:
    start: int  # original span of the name (with its title or initials)
    end: int
    name: str  # the listed real name it stands for
    holders: tuple[str, ...] = ()  # a surname alone: every listed full name with that surname


# After a surname alone: nothing of a longer word, nor a dash into one ("de Vries-weg" is a street),
# but a possessive may follow ("De Jongs", "Yilmaz'", "De Jong's").
_ALONE_END = r"(?=(?:s|'s?)?(?![\w'])(?!-\w))"


class _Matcher:
    """Every listed name, and each full name's surname after a title or initials, in one folded pattern.

    A hit inside a longer word counts ("Sannes"), except a whole word on the
    keep list. Replacement and leak check share this, so they cover the same.
    A surname alone ("De Jong belde" after "P. de Jong" was listed) counts as a
    whole word written with a capital, as names are: "de bakker" or "de jong"
    in lower case is an ordinary word, "Bakker" or "De Jong" in a sentence a name.
    """

    def __init__(self, names: Iterable[str], keep_words: Iterable[str]) -> None:
        unique = sorted({_clean(n) for n in names if _name_tokens(n)}, key=len, reverse=True)
        self.keep_words = frozenset(fold_text(w) for w in keep_words)
        alternatives: list[tuple[str, str]] = []
        self._groups: dict[str, tuple[str, list[str]]] = {}
        for name in unique:
            alternatives.append((_name_pattern(name), name))
        surnames: dict[str, list[str]] = {}
        listed = {fold_text(name) for name in unique}
        for name in unique:
            surname = surname_of(name)
            # A surname on the list itself ("De Vries" = "X") keeps its own pseudonym.
            if surname and _name_tokens(surname) and fold_text(surname) not in listed:
                surnames.setdefault(_name_pattern(surname), []).append(name)
        parts = []
        for i, (pattern, name) in enumerate(alternatives):
            parts.append(f"(?P<n{i}>{pattern})")
            self._groups[f"n{i}"] = (name, [name])
        for j, (pattern, holders) in enumerate(surnames.items()):
            parts.append(f"(?P<s{j}>(?<!\\w)(?P<t{j}>{_TITLE}|{_INITIALS}|{_BARE_INITIALS}) ?{pattern})")
            self._groups[f"s{j}"] = (holders[0], holders)
            # "De Vries, L." and the second half of a double name ("Jansen-de Vries").
            parts.append(f"(?P<r{j}>{pattern}, ?{_TRAILING_INITIALS}|(?<=\\w-){pattern})")
            self._groups[f"r{j}"] = (holders[0], holders)
        for j, (pattern, holders) in enumerate(surnames.items()):
            if fold_text(surname_of(holders[0]).split(" ")[-1]) not in STANDARD_WORDS:
                parts.append(f"(?P<a{j}>(?<![\\w'-]){pattern}){_ALONE_END}")
                self._groups[f"a{j}"] = (holders[0], holders)
        self._pattern = (re.compile(rf"(?P<pre>\w{{0,40}}?)(?:{'|'.join(parts)})(?P<post>\w{{0,40}})")
                         if parts else None)

    def __bool__(self) -> bool:
        return self._pattern is not None

    def hits(self, text: str) -> list[_Hit]:
        if not text or self._pattern is None:
            return []
        folded = fold(text)
        out: list[_Hit] = []
        for match in self._pattern.finditer(folded.text):
            pre, post = match.group("pre"), match.group("post")
            if (pre or post) and match.group(0) in self.keep_words:
                continue
            key = next(k for k, v in match.groupdict().items() if v is not None and k[0] in "nsra" and k != "pre")
            name, holders = self._groups[key]
            if key[0] == "s" and not _written_as_initials(text, folded.span(*match.span("t" + key[1:]))):
                continue
            if key[0] == "s" and len(holders) > 1:
                initial = match.group("t" + key[1:])[:1]
                name = next((h for h in holders if fold_text(h)[:1] == initial), name)
            start, end = folded.span(match.start(key), match.end(key))
            if key[0] == "a":
                last_word = re.split(r"[\s\-.]+", text[start:end].strip())[-1]
                if not last_word[:1].isupper():
                    continue
                out.append(_Hit(start, end, name, tuple(holders)))
                continue
            out.append(_Hit(start, end, name))
        return out


def _written_as_initials(text: str, span: tuple[int, int]) -> bool:
    """A title, initials with full stops, or bare initials in capitals ("LJ de Vries", not "ik de Vries")."""
    written = text[span[0]:span[1]]
    return "." in written or fold_text(written) in _TITLE_WORDS or written.isupper()


class Pseudonymiser:
    """A compiled replacement for one list of names, reused for every text of an export.

    ``keep_words`` are whole words left alone although a name hides in them
    (``"pagina"`` for a name "Ina"); the leak check skips the same words.
    Matching is on folded text (see :mod:`casereview.privacy.folding`); only
    the name itself is replaced, everything around it stays as written.
    """

    def __init__(self, pairs: Iterable[Pair] | Iterable[tables.Pseudonym], keep_words: Iterable[str] = ()) -> None:
        items = _pairs(pairs)
        self.keep_words = frozenset(fold_text(w) for w in keep_words)
        self._aliases = {_clean(real): alias for real, alias in items}
        self._matcher = _Matcher(self._aliases, keep_words)

    def __call__(self, text: str) -> str:
        if not text or not self._matcher:
            return text
        out: list[str] = []
        last = 0
        for hit in self._matcher.hits(text):
            if hit.start < last:
                continue
            alias = self._aliases[hit.name]
            if len({self._aliases[h] for h in hit.holders}) > 1:
                continue  # "De Vries" alone with two listed De Vries: whose? The leak check asks the chair.
            before = text[last:hit.start]
            doubled = _doubled_before(before, alias)
            if doubled is not None:
                out.append(before[:doubled])
            else:
                if _starts_word(text, hit.start) and alias[:1].islower() and _starts_sentence(text, hit.start):
                    alias = alias[0].upper() + alias[1:]
                genitive = _GENITIVE.match(text, hit.end)
                if genitive is not None and _starts_word(text, hit.start):
                    written = genitive.group(0)
                    out.append(before + alias + ("'s" if len(written) == 2 else _genitive_ending(alias)))
                    last = genitive.end()
                    continue
                out.append(before + alias)
            last = hit.end
        out.append(text[last:])
        return "".join(out)


# A possessive after a name: "Lottes wang", "Lotte's wang", "Thijs' fiets". The pseudonym gets the
# ending Dutch spelling gives it ("moeders", "kind 1's", "oma's"), not the name's ("kind 1s", "moeder'");
# an "'s" the writer chose stays.
_GENITIVE = re.compile(r"(?:['’`]s|s|['’])(?!\w)")


def _genitive_ending(alias: str) -> str:
    last = alias.rstrip()[-1:]
    if last.isdigit() or last in "aiouyAIOUY" or (last.isupper() and len(alias.split()[-1]) <= 4):
        return "'s"
    if last in "sxzSXZ":
        return "'"
    return "s"


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not text[start - 1].isalnum()


def _doubled_before(before: str, alias: str) -> int | None:
    """Where to cut ``before`` when it already ends with the pseudonym ("Grootmoeder Henny").

    Returns the index just after those words, so the name and the space before
    it go and the word stays as written; None when there is nothing doubled.
    """
    words = alias.split()
    if not words:
        return None
    match = re.search(r"(\S+(?:\s+\S+){" + str(len(words) - 1) + r"})\s+$", before)
    if match is None or fold_text(match.group(1)) != fold_text(alias):
        return None
    return match.end(1)


def _starts_sentence(text: str, start: int) -> bool:
    """True at the start of the text, of a line, or after '.', '!', '?' or ':' and a space."""
    before = text[max(0, start - 80):start]
    stripped = before.rstrip()
    if not stripped:
        return True
    gap = before[len(stripped):]
    return "\n" in gap or (bool(gap) and stripped[-1] in ".!?:")


def pseudonymise_text(text: str, pairs: Iterable[Pair] | Iterable[tables.Pseudonym],
                      keep_words: Iterable[str] = ()) -> str:
    """Replace every listed real name, also inside longer words; a sentence still starts with a capital."""
    return Pseudonymiser(pairs, keep_words)(text)


class NameFinder:
    """A compiled search for listed names, reused for every place of a document."""

    def __init__(self, real_names: Iterable[str], keep_words: Iterable[str] = ()) -> None:
        self._matcher = _Matcher(real_names, keep_words)
        self.keep_words = self._matcher.keep_words

    def __bool__(self) -> bool:
        return bool(self._matcher)

    def __call__(self, text: str) -> list[str]:
        found: list[str] = []
        for hit in self._matcher.hits(text):
            if hit.name not in found:
                found.append(hit.name)
        return found


def find_names(text: str, real_names: Iterable[str], keep_words: Iterable[str] = ()) -> list[str]:
    """The listed names that occur in ``text`` (case-insensitive, also inside a longer word)."""
    return NameFinder(real_names, keep_words)(text)
