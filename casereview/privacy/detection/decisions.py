"""What the chair decided about each candidate, and what is still open.

A candidate is decided as a pseudonym when the pseudonym list covers every
name word in it: listing "Lotte de Vries" decides "Lotte", "L. de Vries",
"mevr. De Vries", "gezin De Vries" and "Lotte's" too, because the replacement
covers those forms. It is decided as "geen naam" when the chair kept that
text as written (:class:`~casereview.model.tables.NameDecision`); an exact
decision on a text wins over one derived from a longer name, which is how the
chair separates a part ("Lotte" may be another child). Otherwise it is open.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError, tables
from casereview.privacy.detection.candidates import Candidate, stored_candidates
from casereview.privacy.detection.kinds import PERSON, blocks_export
from casereview.privacy.folding import fold, fold_text
from casereview.privacy.ordinary_words import STANDARD_WORDS
from casereview.privacy.pseudonyms import Pair, Pseudonymiser, pairs_of

KEPT = "geen naam"

# Words around a name that are not the name: titles, family words, interfixes.
_NOT_NAME_WORDS = frozenset(
    "de heer mevrouw mevr mw dhr hr mej mejuffrouw juffrouw juf meester meneer mijnheer mr dr drs ing ir prof "
    "familie fam gezin opa oma tante oom neef nicht moeder vader zus broer van der den het ten ter te in op "
    "von vd v d 's s".split())


@dataclass(frozen=True)
class NameState:
    text: str
    kind: str
    count: int
    places: tuple[str, ...]
    decision: str  # "" (open), KEPT, or the pseudonym

    @property
    def undecided(self) -> bool:
        return not self.decision

    @property
    def blocks_export(self) -> bool:
        return self.undecided and blocks_export(self.kind, self.text)


def _name_words(text: str) -> list[tuple[int, int]]:
    """Folded spans of the words that carry the name (not its title or interfix)."""
    folded = fold(text).text
    spans: list[tuple[int, int]] = []
    start = None
    for index, char in enumerate(folded + " "):
        if char.isalnum():
            if start is None:
                start = index
        elif start is not None:
            if folded[start:index] not in _NOT_NAME_WORDS:
                spans.append((start, index))
            start = None
    return spans


def _pseudonym_for(candidate: Candidate, pairs: list[Pair], pseudonymise: Pseudonymiser) -> str:
    """The pseudonym the list gives this text, when the list covers all of its name words; else ""."""
    if not pairs:
        return ""
    aliases = {fold_text(real): alias for real, alias in pairs}
    exact = aliases.get(fold_text(candidate.text))
    if exact:
        return exact
    replaced = pseudonymise(candidate.text)
    if replaced == candidate.text:
        return ""
    alias_words = {w for _r, alias in pairs for w in fold_text(alias).split()}
    left = {w.strip(".,'") for w in fold_text(replaced).split()} - alias_words
    names = {fold_text(candidate.text)[a:b] for a, b in _name_words(candidate.text)}
    return "" if any(len(w) > 1 and w in left for w in names) else replaced


def name_states(case: CaseFile, candidates: Iterable[Candidate] | None = None) -> list[NameState]:
    """Every stored candidate with its decision, open ones first."""
    candidates = list(stored_candidates(case) if candidates is None else candidates)
    with case.read() as s:
        kept = [d.text for d in s.exec(select(tables.NameDecision))]
    return decide(candidates, pairs_of(case), kept)


def decide(candidates: Iterable[Candidate], pairs: list[Pair], kept: Iterable[str]) -> list[NameState]:
    """Each candidate with the decision ``pairs`` (first names included) and the kept texts give it, open first.

    Apart from :func:`name_states` so the overview can decide with what it read from a case file.
    """
    pseudonymise = Pseudonymiser(pairs, STANDARD_WORDS)
    kept_folded = {fold_text(text) for text in kept}
    states = []
    for c in candidates:
        decision = KEPT if fold_text(c.text) in kept_folded else _pseudonym_for(c, pairs, pseudonymise)
        states.append(NameState(c.text, c.kind, c.count, tuple(c.places), decision))
    return sorted(states, key=lambda st: (not st.undecided, st.kind != PERSON))


def keep_as_written(case: CaseFile, texts: Iterable[str]) -> list[str]:
    """Mark detected texts as "geen naam"; refuses a text detection never found (a typo would decide nothing)."""
    known = {fold_text(c.text): c for c in stored_candidates(case)}
    wanted = [" ".join(t.split()) for t in texts if t.strip()]
    missing = [t for t in wanted if fold_text(t) not in known]
    if missing:
        raise CaseFileError(code="names.not_detected", names=", ".join(f"'{t}'" for t in missing))
    with case.write("names", "keep", f"{len(wanted)} als geen naam") as s:
        present = {fold_text(d.text): d for d in s.exec(select(tables.NameDecision))}
        for text in wanted:
            if fold_text(text) not in present:
                s.add(tables.NameDecision(text=known[fold_text(text)].text, kind=known[fold_text(text)].kind))
    return wanted


def undo_keep(case: CaseFile, text: str) -> None:
    """Open a "geen naam" decision again."""
    with case.write("names", "reopen", "") as s:
        for row in s.exec(select(tables.NameDecision)):
            if fold_text(row.text) == fold_text(text):
                s.delete(row)


def undecided_blocking(case: CaseFile) -> list[NameState]:
    """The open candidates that keep exports back (persons, addresses, phone numbers, BSNs, e-mail)."""
    return [st for st in name_states(case) if st.blocks_export]
