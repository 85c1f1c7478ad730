"""Turning the detector's spans into candidates the chair decides on, stored in the case file.

A candidate is one text of one kind ("Emma de Jong", persoon) with how often
and where it occurs. Detection stores positions only as long as it runs:
the case file keeps the grouped candidates, replaced by each run.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlmodel import delete, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.model import CaseFileError, tables
from casereview.model.tables import DetectionRun
from casereview.privacy.detection.case_texts import Place, case_texts
from casereview.privacy.detection.engine import Span
from casereview.privacy.detection.kinds import INSTITUTION, PERSON
from casereview.privacy.folding import fold_text

Detector = Callable[..., list[list[Span]]]

# A person span that runs on into an organisation ("Sanne van de Regenboogschool") ends before it.
_ORGANISATION_WORD = re.compile(
    r"\s+(?:(?:van|bij|op|uit)\s+(?:de|het)\s+)?\S*(?:school|college|lyceum|ziekenhuis|praktijk|centrum|team|"
    r"huis|kliniek|instelling|gemeente|wijkteam|opvang)\b.*$", re.IGNORECASE | re.DOTALL)


# Words the detector sometimes takes into a name: a role before it ("collega Anouk Visser",
# "Jeugdverpleegkundige Ingrid Bakker", "Review Emma") or a preposition after it ("Pieter de Jong aan de").
_ROLE_ENDINGS = ("kundige", "arts", "werker", "leerkracht", "begeleider", "behandelaar", "collega", "review",
                 "casus", "verslag", "moeder", "vader", "zoon", "dochter", "kind", "buurman", "buurvrouw",
                 "agent", "wijkagent", "voogd", "mentor", "coach", "juffrouw")
_TRAILING = frozenset("van de der den het ten ter te in 't op aan bij met voor en of die dat is was heeft naar "
                      "om uit over zegt belt en".split())


def _trim_person(text: str) -> str:
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold().endswith(_ROLE_ENDINGS):
        words = words[1:]
    while len(words) > 1 and words[-1] in _TRAILING:
        words = words[:-1]
    return " ".join(words)


# "Dennis. Sandra": two names across the end of a sentence (an initial's full stop is not an end).
_SENTENCE_END = re.compile(r"(?<=\w\w)[.!?]\s+")
_TITLE_ABBREVIATIONS = frozenset("mevr mw dhr hr mej dr drs ing ir prof fam mr ds st".split())


@dataclass
class Candidate:
    text: str
    kind: str
    count: int = 0
    places: list[str] = field(default_factory=list)


def _clean_span(kind: str, text: str) -> list[tuple[str, str]]:
    text = " ".join(text.split()).strip(" ,;:()[]\"'")
    if kind == PERSON:
        for end in _SENTENCE_END.finditer(text):
            before = text[:end.start()].split(" ")[-1].casefold()
            if before not in _TITLE_ABBREVIATIONS:
                return [*_clean_span(kind, text[:end.start()]), *_clean_span(kind, text[end.end():])]
    if kind == PERSON:
        match = _ORGANISATION_WORD.search(text)
        if match is not None:
            rest = text[match.start():].strip()
            person = _trim_person(text[:match.start()].strip())
            return [(PERSON, person), (INSTITUTION, re.sub(r"^(?:van|bij|op|uit)\s+(?:de|het)\s+", "", rest))]
        return [(kind, _trim_person(text))]
    return [(kind, text)]


def group_candidates(places: Sequence[Place], spans: Sequence[Sequence[Span]]) -> list[Candidate]:
    """One candidate per text and kind (folded: "Emma" and "EMMA" are one), in order of first appearance."""
    found: dict[tuple[str, str], Candidate] = {}
    for place, place_spans in zip(places, spans):
        for kind, start, end in place_spans:
            for part_kind, text in _clean_span(kind, place.text[start:end]):
                if len(fold_text(text).replace(" ", "")) < 2:
                    continue
                key = (fold_text(text), part_kind)
                candidate = found.setdefault(key, Candidate(text, part_kind))
                candidate.count += 1
                if place.label not in candidate.places:
                    candidate.places.append(place.label)
    return list(found.values())


def detect_names(case: CaseFile, *, progress: Progress = NO_PROGRESS, detector: Detector | None = None) -> int:
    """Run detection over every text of the case and store the candidates; returns how many."""
    if detector is None:
        from casereview.privacy.detection.client import detect

        detector = detect
    places = case_texts(case)
    spans = detector([p.text for p in places], progress=progress)
    candidates = group_candidates(places, spans)
    with case.write("names", "detect", f"{len(candidates)} kandidaten") as s:
        s.exec(delete(tables.DetectedName))
        s.exec(delete(DetectionRun))
        s.add(DetectionRun(texts_hash=texts_hash(places)))
        for candidate in candidates:
            s.add(tables.DetectedName(text=candidate.text, kind=candidate.kind, count=candidate.count,
                               places=json.dumps(candidate.places, ensure_ascii=False)))
    return len(candidates)


def texts_hash(places: Sequence[Place]) -> str:
    digest = hashlib.sha256()
    for place in places:
        digest.update(place.text.encode("utf-8") + b"\x00")
    return digest.hexdigest()


def detection_state(case: CaseFile) -> str:
    """"never" (detection did not run on this case), "stale" (texts changed since) or "current"."""
    with case.read() as s:
        run = s.exec(select(DetectionRun)).first()
    if run is None:
        return "never"
    return "current" if run.texts_hash == texts_hash(case_texts(case)) else "stale"


def ensure_searched(case: CaseFile, *, progress: Progress = NO_PROGRESS, detector: Detector | None = None) -> bool:
    """Search the case's texts when they changed since the last search, or were never searched; True when it did.

    Every export calls this before its check: the check only knows what the last
    search found, so without it a case imported and exported straight away would
    send out every name in it. A read-only case cannot store a search: refused.
    """
    if detection_state(case) == "current":
        return False
    if case.read_only:
        raise CaseFileError(code="names.not_searched", name=case.path.name, reason=case.read_only_reason)
    detect_names(case, progress=progress, detector=detector)
    return True


def stored_candidates(case: CaseFile) -> list[Candidate]:
    with case.read() as s:
        rows = s.exec(select(tables.DetectedName).order_by(tables.DetectedName.id)).all()  # type: ignore[arg-type]
    return [Candidate(r.text, r.kind, r.count, list(json.loads(r.places or "[]"))) for r in rows]
