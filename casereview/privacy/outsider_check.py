"""The strict check for text that leaves the review for outsiders (the leerbrief, the register).

Stricter than for participants' documents: besides listed names it refuses
the case's own party and school names, the surname alone of a listed person
("Het gezin Verbeek"), an address ("Dorpsstraat 12 in Zeist"), any person,
place or institution detection found in the case (whatever the chair
decided for the verslag), and dates finer than a quarter. A province or the
name of a national organisation may stay: that is the region, not the family.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import select

from casereview.casefile.case_file import CaseFile
from casereview.model.tables import Party
from casereview.privacy.detection.candidates import stored_candidates
from casereview.privacy.detection.kinds import INSTITUTION, LOCATION, PERSON
from casereview.privacy.folding import fold_text
from casereview.privacy.ordinary_words import STANDARD_WORDS
from casereview.privacy.pseudonyms import NameFinder, surname_of
from casereview.vocabulary.error_catalog import Labels, Message

_STREET = (r"[A-Z][\w'-]*(?:straat|laan|weg|plein|singel|gracht|kade|dijk|hof|pad|steeg|dreef|park|plantsoen|"
           r"markt|erf|wal|baan|ring|zijde)")
_ADDRESS = re.compile(rf"\b{_STREET}\b(?:\s+\d+\s?[a-zA-Z]?\b)?(?:\s*(?:,|in|te)\s+[A-Z][\w'-]+)?")
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?[A-Z]{2}\b")

# Names that say what kind of organisation, not which one, and the provinces (the region may be named).
GENERIC_ORGANISATIONS = frozenset(fold_text(t) for t in (
    "huisarts", "school", "politie", "wijkteam", "gemeente", "ziekenhuis", "ggz", "jeugdbescherming", "veilig thuis",
    "consultatiebureau", "jgz", "raad voor de kinderbescherming", "kinderopvang", "jeugdzorg", "jeugdhulp",
    "kinderarts", "leerplicht", "openbaar ministerie", "reclassering", "inspectie", "verslavingszorg", "gi",
    "familie", "gezin", "moeder", "vader", "kind", "jeugdige", "ouders", "cliënt", "client"))
PROVINCES = frozenset(fold_text(t) for t in (
    "Groningen", "Friesland", "Fryslân", "Drenthe", "Overijssel", "Flevoland", "Gelderland", "Utrecht",
    "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg"))


@dataclass(frozen=True)
class OutsiderFinders:
    names: NameFinder
    parties: NameFinder
    detected: NameFinder

    def problems(self, place: str, text: str, *, names_only: bool = False) -> list[Message]:
        """One message per kind of problem in ``text`` (empty: it may leave); ``place`` is a label of
        :data:`casereview.vocabulary.LEERBRIEF_PLACE_LABELS`.

        ``names_only`` checks only for names of people (theme codes: a code made
        from a default theme may share a word with a party such as "GGZ volwassenen").
        """
        out: list[Message] = []
        finders = [(self.names, "real_name")]
        if not names_only:
            finders += [(self.parties, "party_name"), (self.detected, "detected")]
        for finder, what in finders:
            found = finder(text) if finder else []
            if found:
                out.append(leak(what, place, found))
        addresses = [m.group(0) for m in _ADDRESS.finditer(text)] + [m.group(0) for m in _POSTCODE.finditer(text)]
        if addresses:
            out.append(leak("address", place, addresses))
        return out


def leak(what: str, place: str, found: Iterable[str]) -> Message:
    """``place: what (found, ...)`` as a part of the catalog (``part.leak.<what>``)."""
    return Message(f"part.leak.{what}", {"place": Labels((place,)), "found": ", ".join(found)})


def _parties(case: CaseFile) -> list[str]:
    with case.read() as s:
        names = [p.name for p in s.exec(select(Party))]
    return [n for n in names if fold_text(n) not in GENERIC_ORGANISATIONS]


def outsider_finders(case: CaseFile, names: Iterable[str], keep_words: Iterable[str] = ()) -> OutsiderFinders:
    """The searches for one case; ``names`` are the real names it knows (list, participants, owners)."""
    names = [n for n in names if n.strip()]
    keep = frozenset(STANDARD_WORDS | frozenset(keep_words))
    surnames = [s for s in (surname_of(n) for n in names) if s]
    detected = [c.text for c in stored_candidates(case)
                if c.kind in (PERSON, INSTITUTION) or (c.kind == LOCATION and fold_text(c.text) not in PROVINCES)]
    detected = [t for t in detected if fold_text(t) not in GENERIC_ORGANISATIONS]
    return OutsiderFinders(NameFinder(names + surnames, keep), NameFinder(_parties(case), keep),
                           NameFinder(detected, keep))
