"""How the overview's exports cite cases and their texts: each case through its own pseudonym list.

Cases are named by title (pseudonymised) or by a neutral number ("Review 3",
numbered by date), as the user chooses; every text of a case goes through that
case's pseudonyms, and the finished export is checked for the real names of
every case's list (:class:`~casereview.privacy.pseudonyms.NameFinder`).

Names nobody listed are searched for too (:meth:`OverviewTexts.search`): the
texts the overview took from each case go through the de-identifier, together
with what the case's own last search found, and each candidate is decided by
that case's pseudonyms and "geen naam" choices. The overview never writes in a
case file, so what is still open refuses the export and the message names the
case where the chair decides.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.overview.figures import Overview
from casereview.overview.records import CaseRecord
from casereview.privacy.detection.candidates import Candidate, group_candidates
from casereview.privacy.detection.case_texts import Place
from casereview.privacy.detection.decisions import decide
from casereview.privacy.detection.gate import SHOWN
from casereview.privacy.ordinary_words import STANDARD_WORDS, words_of
from casereview.privacy.pseudonyms import NameFinder, Pseudonymiser, with_first_names
from casereview.reports.safe_write import ExportError, NameLeakError

CITE_CHOICES = ("titel", "nummer")


class OverviewNameLeakError(NameLeakError):
    """A real name from one case's list would appear in the overview export; nothing was written.

    Each case's texts already went through that case's own pseudonyms, so the
    name sits in a case whose list lacks it: the fix is in that case's list.
    """

    def __init__(self, names: list[str], places: list[str]) -> None:
        ExportError.__init__(self, code="overview_export.name_leak",
                             places=", ".join(places[:12]) + (" …" if len(places) > 12 else ""))
        self.names = names
        self.places = places


class OverviewUndecidedNamesError(ExportError):
    """Personal data a case's chair has not decided on would appear in the overview export; nothing was written."""

    def __init__(self, names: list[str], cases: list[str]) -> None:
        shown = ", ".join(f"'{n}'" for n in names[:SHOWN])
        if len(names) > SHOWN:
            shown += f" en nog {len(names) - SHOWN}"
        super().__init__(code="overview_export.undecided_names", names=shown, count=len(names),
                         cases=", ".join(f"'{c}'" for c in cases))
        self.names = names
        self.cases = cases


def case_texts_of(case: CaseRecord) -> list[tuple[str, str]]:
    """(place, text) for every text of ``case`` an overview export can show."""
    texts = [("titel", case.title)]
    texts += [(f"thema {t.id}", t.name) for t in case.themes]
    texts += [(f"conclusie {c.id}", c.text) for c in case.conclusions]
    for a in case.agreements:
        texts += [(f"afspraak {a.id}", a.action), (f"afspraak {a.id}, eigenaar", a.owner_party),
                  (f"afspraak {a.id}, persoon", a.owner_person)]
    texts += [(f"ging goed {n}", text) for n, text in enumerate(case.went_well, start=1)]
    return [(place, text) for place, text in texts if text and text.strip()]


class OverviewTexts:
    def __init__(self, overview: Overview, *, cite: str = "nummer", own_words: str = "") -> None:
        if cite not in CITE_CHOICES:
            raise ExportError(code="overview_export.bad_cite", cite=cite)
        self.cite = cite
        self.keep = STANDARD_WORDS | words_of(own_words)
        self._pseudonymisers = {c.path: Pseudonymiser(c.pseudonyms, self.keep) for c in overview.cases}
        self._numbers = {c.path: n for n, c in enumerate(overview.cases, start=1)}
        self.finder = NameFinder({real for c in overview.cases for real, _alias in c.pseudonyms}, self.keep)
        self._cases = list(overview.cases)
        self.undecided: NameFinder | None = None
        self._open_in: dict[str, list[str]] = {}  # folded open text → the case files it is open in

    def search(self, progress: Progress = NO_PROGRESS) -> None:
        """Search every case's texts for names nobody listed, and keep what is undecided for :meth:`check`."""
        from casereview.privacy.detection import client

        places: list[list[Place]] = [[Place(label, text) for label, text in case_texts_of(c)] for c in self._cases]
        every = [place.text for case_places in places for place in case_places]
        spans = client.detect(every, progress=progress) if every else []
        open_texts: dict[str, list[str]] = {}
        start = 0
        for case, case_places in zip(self._cases, places):
            found = group_candidates(case_places, spans[start:start + len(case_places)])
            start += len(case_places)
            stored = [Candidate(text, kind) for text, kind in case.detected]
            pairs = with_first_names(case.pseudonyms, case.kept)
            for state in decide([*stored, *found], pairs, case.kept):
                if state.blocks_export:
                    holders = open_texts.setdefault(state.text, [])
                    if Path(case.path).name not in holders:
                        holders.append(Path(case.path).name)
        self._open_in = open_texts
        self.undecided = NameFinder(list(open_texts), self.keep) if open_texts else None

    def refuse_undecided(self, found: list[str]) -> None:
        """Raise for the open candidates ``found`` in the finished export, naming the cases they are open in."""
        if not found:
            return
        cases: list[str] = []
        for text in found:
            cases.extend(c for c in self._open_in.get(text, []) if c not in cases)
        raise OverviewUndecidedNamesError(found, cases)

    def p(self, case: CaseRecord, text: str) -> str:
        """``text`` of ``case`` with that case's real names replaced by its pseudonyms."""
        return self._pseudonymisers[case.path](text)

    def label(self, case: CaseRecord) -> str:
        if self.cite == "titel":
            return self.p(case, case.title) or f"Review {self._numbers[case.path]}"
        return f"Review {self._numbers[case.path]}"

    def check(self, texts: Iterable[tuple[str, str]]) -> None:
        """Refuse an export in which a listed real name of any case, or an undecided one, would still appear.

        The undecided ones are those :meth:`search` found; call it first.
        """
        texts = list(texts)
        names: list[str] = []
        places: list[str] = []
        if self.finder:
            for place, text in texts:
                hits = self.finder(text)
                if hits:
                    names.extend(h for h in hits if h not in names)
                    places.append(place)
        if places:
            raise OverviewNameLeakError(names, places)
        if self.undecided is not None:
            found: list[str] = []
            for _place, text in texts:
                found.extend(n for n in self.undecided(text) if n not in found)
            self.refuse_undecided(found)
