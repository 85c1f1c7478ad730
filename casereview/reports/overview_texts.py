"""How the overview's exports cite cases and their texts: each case through its own pseudonym list.

Cases are named by title (pseudonymised) or by a neutral number ("Review 3",
numbered by date), as the user chooses; every text of a case goes through that
case's pseudonyms, and the finished export is checked for the real names of
every case's list (:class:`~casereview.privacy.pseudonyms.NameFinder`).
"""

from __future__ import annotations

from collections.abc import Iterable

from casereview.overview.figures import Overview
from casereview.overview.records import CaseRecord
from casereview.privacy.ordinary_words import STANDARD_WORDS, words_of
from casereview.privacy.pseudonyms import NameFinder, Pseudonymiser
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


class OverviewTexts:
    def __init__(self, overview: Overview, *, cite: str = "nummer", own_words: str = "") -> None:
        if cite not in CITE_CHOICES:
            raise ExportError(code="overview_export.bad_cite", cite=cite)
        self.cite = cite
        self.keep = STANDARD_WORDS | words_of(own_words)
        self._pseudonymisers = {c.path: Pseudonymiser(c.pseudonyms, self.keep) for c in overview.cases}
        self._numbers = {c.path: n for n, c in enumerate(overview.cases, start=1)}
        self.finder = NameFinder({real for c in overview.cases for real, _alias in c.pseudonyms}, self.keep)

    def p(self, case: CaseRecord, text: str) -> str:
        """``text`` of ``case`` with that case's real names replaced by its pseudonyms."""
        return self._pseudonymisers[case.path](text)

    def label(self, case: CaseRecord) -> str:
        if self.cite == "titel":
            return self.p(case, case.title) or f"Review {self._numbers[case.path]}"
        return f"Review {self._numbers[case.path]}"

    def check(self, texts: Iterable[tuple[str, str]]) -> None:
        """Refuse an export in which a listed real name of any case would still appear."""
        if not self.finder:
            return
        names: list[str] = []
        places: list[str] = []
        for place, text in texts:
            hits = self.finder(text)
            if hits:
                names.extend(h for h in hits if h not in names)
                places.append(place)
        if places:
            raise OverviewNameLeakError(names, places)
