"""Whether two parties' events are one fact: what each text says, and how alike two of them are.

A text becomes a set of *terms*: Dutch word stems (Snowball's Dutch stemmer, so
"melding", "meldingen" and "gemeld" meet), concepts of the field (every way of
writing Veilig Thuis or a hand-over is one term, :mod:`casereview.vocabulary.field_terms`)
and the organisations it names. Terms that occur in many events of the case weigh
less, as "moeder" does in a case about one mother. Two events compare on:

* the weighted share of terms they have in common (``tekst``);
* whether one names the other's party (``partij``), the two sides of one act
  (a report made and received, a hand-over given and taken over);
* the same kind of event (``soort``);
* how far their dates lie apart for the precision they have (``datum``): a few
  days for exact dates (a report is often registered a day or two later), the
  month for a month-only date; and, on one day, times far apart (``tijd``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

import numpy as np
import snowballstemmer

from casereview.timeline.event_types import recognise_event_type
from casereview.timeline.events import EventRow
from casereview.vocabulary import DatePrecision
from casereview.vocabulary.field_terms import ACTS, ORGANISATIONS, PARTICLE_GAP, PARTICLES, RECEIVING

# Days two exactly dated events may lie apart and still be one fact told by two parties.
DAY_WINDOW = 7
# Days a month- or year-dated event may lie outside its period (a late entry in the next month's notes).
PERIOD_SLACK = 3
# What each day between two exact dates takes off the score; less when the earlier one names the later one's
# party and the later one tells the receiving side ("verwijzing naar de GGZ verstuurd" - "aanmelding
# binnengekomen"): a report or referral is registered days after it was sent.
DRIFT = 0.05
LAGGED_DRIFT = 0.02
# Points when one text names the day of the other's event ("melding over een incident op 19-11"): more when it
# also names the other party.
NAMED_DAY = 10
NAMED_DAY_AND_PARTY = 20

_STOP = frozenset("""de het een en of van naar met door aan op in bij voor uit over om te tot is was zijn werd worden
wordt er dat die dit deze ook nog niet wel al als dan maar zo we wij ons onze hij zij ze haar hem hun zich u ik jij je
had heeft hebben kan kon zal zou moet mag wil gaat ging komt kwam doet deed gedaan nu toen daar hier waar wat
wie welke elke alle geen meer andere ander samen tussen tijdens na sinds naast zonder tegen onder
ter zorg zorgen
the a an of to and with by for on at is was""".split())
_FROM = frozenset({"van", "vanuit", "vanaf"})
_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def fold(text: str) -> str:
    """Lower case without accents, so 'Crèche' and 'creche' are one word."""
    if text.isascii():
        return text.casefold()
    flat = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in flat if not unicodedata.combining(ch))


_stemmer = snowballstemmer.stemmer("dutch")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Dutch stem, with a final d/t dropped so 'meldt', 'meld' and 'mel(den)' meet."""
    base = _stemmer.stemWord(word)
    if len(base) > 4 and base[-1] in "dt":
        base = base[:-1]
    return base


@dataclass(frozen=True)
class Lexicon:
    """Forms (single words and phrases) mapped to the concept terms they stand for."""

    words: dict[str, str]
    phrases: tuple[tuple[tuple[str, ...], str], ...]
    organisations: frozenset[str]
    first_words: frozenset[str] = frozenset()
    # Words the case uses on their own, so a compound of them splits ('crisisbeoordeling' when 'beoordeling'
    # occurs): set per case by :meth:`with_vocabulary`.
    vocabulary: frozenset[str] = frozenset()
    _splits: dict[str, list[str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, extra: dict[str, tuple[str, ...]] | None = None) -> Lexicon:
        words: dict[str, str] = {}
        phrases: list[tuple[tuple[str, ...], str]] = []
        organisations: set[str] = set()
        groups: list[tuple[str, str, tuple[str, ...]]] = [
            *(("org", concept, forms) for concept, forms in ORGANISATIONS.items()),
            *(("act", concept, forms) for concept, forms in ACTS.items()),
        ]
        for meaning, forms in (extra or {}).items():
            known = next(((kind, c) for kind, c, fs in groups if meaning == c or meaning in fs), None)
            kind, concept = known if known else ("org", meaning)
            groups.append((kind, concept, (*forms, meaning)))
        for kind, concept, forms in groups:
            term = f"{kind}:{concept}"
            if kind == "org":
                organisations.add(term)
            for form in forms:
                parts = tuple(_WORD.findall(fold(form)))
                if len(parts) == 1:
                    words.setdefault(parts[0], term)
                elif parts:
                    phrases.append((parts, term))
        phrases.sort(key=lambda p: -len(p[0]))
        return cls(words, tuple(phrases), frozenset(organisations), frozenset(p[0][0] for p in phrases))

    def with_vocabulary(self, texts: Iterable[str]) -> Lexicon:
        """This lexicon with the words ``texts`` use on their own (of five letters or more) as compound tails."""
        used = {w for text in texts for token in _WORD.findall(fold(text)) for w in token.split("-") if len(w) >= 5}
        return replace(self, vocabulary=frozenset(used), _splits={})

    def split(self, token: str) -> list[str]:
        """A compound as its known parts: 'politiemelding' → politie + melding, 'jgz-arts' → jgz + arts,
        'opnamebericht' → opname + bericht, and a compound of words the case uses on their own."""
        known = self._splits.get(token)
        if known is None:
            known = self._splits[token] = self._split(token)
        return known

    def _split(self, token: str) -> list[str]:
        if token in self.words:
            return [token]
        if "-" in token:
            return [p for part in token.split("-") for p in self.split(part)]
        if len(token) < 8:
            return [token]
        for cut in range(len(token) - 4, 3, -1):
            head, tail = token[:cut], token[cut:]
            if (tail in self.words or tail in RECEIVING) and (
                    head in self.words or head.rstrip("s") in self.words or len(head) >= 4):
                head = head if head in self.words or head.rstrip("s") not in self.words else head.rstrip("s")
                return [head, tail]
        for cut in range(len(token) - 5, 3, -1):
            head, tail = token[:cut], token[cut:]
            if tail in self.vocabulary:
                return [head.rstrip("s") if head.rstrip("s") in self.words else head, tail]
        return [token]

    def terms(self, text: str) -> tuple[frozenset[str], frozenset[str], bool]:
        """(content terms, organisations named, whether it tells the receiving side) of a text."""
        tokens = [p for token in _WORD.findall(fold(text)) for p in self.split(token)]
        content: set[str] = set()
        named: set[str] = set()
        receiving = False
        used = [False] * len(tokens)
        org_at: list[int] = []
        present = self.first_words.intersection(tokens)
        for parts, term in self.phrases:
            if parts[0] not in present:
                continue
            n = len(parts)
            for i in range(len(tokens) - n + 1):
                if not any(used[i:i + n]) and tuple(tokens[i:i + n]) == parts:
                    if term in self.organisations:
                        named.add(term)
                        org_at.append(i)
                    else:
                        content.add(term)
                    for j in range(i, i + n):
                        used[j] = True
            if n == 2 and parts[1] in PARTICLES:
                for i, token in enumerate(tokens):
                    if token != parts[0] or used[i]:
                        continue
                    for j in range(i + 2, min(len(tokens), i + 2 + PARTICLE_GAP)):
                        if tokens[j] == parts[1] and not used[j]:
                            content.add(term)
                            used[i] = used[j] = True
                            break
        for i, token in enumerate(tokens):
            if used[i]:
                continue
            if token in RECEIVING:
                receiving = True
                continue
            word_term = self.words.get(token)
            if word_term is not None:
                if word_term in self.organisations:
                    named.add(word_term)
                    org_at.append(i)
                else:
                    content.add(word_term)
            elif token not in _STOP and not token.isdigit() and len(token) > 1:
                content.add(stem(token))
        # "van(uit) (de|het) <organisatie>": what the text tells came from that party.
        receiving = receiving or any(
            (i >= 1 and tokens[i - 1] in _FROM) or (i >= 2 and tokens[i - 2] in _FROM and tokens[i - 1] in ("de", "het"))
            for i in org_at)
        return frozenset(content), frozenset(named), receiving

    def party_terms(self, name: str) -> frozenset[str]:
        """The organisation a party's name stands for ('Veilig Thuis Utrecht' → Veilig Thuis), else its own name."""
        _content, named, _receiving = self.terms(name)
        return named or frozenset({f"org:{fold(name).strip()}"})


@dataclass(frozen=True)
class EventText:
    """What one event says, prepared once so that comparing two events is cheap."""

    id: int
    start: date
    end: date
    precision: str
    minutes: int | None
    parties: frozenset[str]  # folded party names
    party_terms: frozenset[str]
    content: frozenset[str]
    named: frozenset[str]
    receiving: bool
    kind: str
    mentions: tuple[int, ...] = ()  # ordinals of the days the text names ("ontvangen over een incident op 19-11")
    weight: float = 0.0  # the summed weight of its terms, set by :func:`weigh`
    all_terms: frozenset[str] = frozenset()  # content and names together, set by :func:`weigh`


@dataclass(frozen=True)
class PairMatch:
    """Why two events look like one fact: the score and what made it (for the assistant's explanation)."""

    first: int
    second: int
    score: int
    days_apart: int
    shared_words: tuple[str, ...]
    rules: dict[str, int] = field(default_factory=dict)


_MENTIONED_DAY = re.compile(r"(?<![\d-])(\d{1,2})[-/](\d{1,2})(?:[-/](\d{4}|\d{2}))?(?![\d-])")


def mentioned_days(text: str, written: date) -> tuple[int, ...]:
    """The days a text names ("melding ontvangen over huiselijk geweld op 14-02"), as ordinals.

    A day without a year is taken in the year that puts it at most a month after the event's own date: a text
    tells what happened before it was written.
    """
    days: list[int] = []
    for m in _MENTIONED_DAY.finditer(text):
        day, month, year_text = int(m.group(1)), int(m.group(2)), m.group(3)
        year = (int(year_text) + (2000 if len(year_text) == 2 else 0)) if year_text else written.year
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if not year_text and when.toordinal() > written.toordinal() + 31:
            try:
                when = date(year - 1, month, day)
            except ValueError:
                continue
        days.append(when.toordinal())
    return tuple(days)


def _minutes(text: str) -> int | None:
    m = re.match(r"^(\d{1,2})[:.](\d{2})$", (text or "").strip())
    return int(m.group(1)) * 60 + int(m.group(2)) if m else None


def prepare(rows: Sequence[EventRow], lexicon: Lexicon) -> list[EventText]:
    """Every dated event of ``rows`` as :class:`EventText`, oldest first."""
    prepared: list[EventText] = []
    party_cache: dict[str, frozenset[str]] = {}
    for row in rows:
        e = row.event
        if e.date_start is None:
            continue
        names = row.party_names
        terms: set[str] = set()
        for name in names:
            if name not in party_cache:
                party_cache[name] = lexicon.party_terms(name)
            terms |= party_cache[name]
        content, named, receiving = lexicon.terms(e.description)
        prepared.append(EventText(
            id=int(e.id or 0), start=e.date_start, end=e.date_end or e.date_start, precision=e.date_precision,
            minutes=_minutes(e.time), parties=frozenset(fold(n) for n in names), party_terms=frozenset(terms),
            content=content, named=named, receiving=receiving,
            kind=e.event_type or recognise_event_type(e.description),
            mentions=mentioned_days(e.description, e.date_start)))
    prepared.sort(key=lambda t: (t.start, t.id))
    return prepared


def term_weights(texts: Iterable[EventText]) -> dict[str, float]:
    """Inverse document frequency of every term in the case: a word in every event tells little."""
    counts: Counter[str] = Counter()
    total = 0
    for t in texts:
        total += 1
        counts.update(t.content | t.named)
    return {term: math.log((total + 1) / (n + 0.5)) + 0.5 for term, n in counts.items()}


def weigh(texts: Sequence[EventText]) -> tuple[list[EventText], dict[str, float]]:
    """The texts with their summed term weight, and the weights: computed once per case, not once per pair."""
    weights = term_weights(texts)
    weighed = []
    for t in texts:
        every = t.content | t.named
        weighed.append(EventText(t.id, t.start, t.end, t.precision, t.minutes, t.parties, t.party_terms, t.content,
                                 t.named, t.receiving, t.kind, t.mentions, sum(weights[term] for term in every),
                                 every))
    return weighed, weights


def window_end(t: EventText) -> date:
    """The last start date an event of another party may have and still be compared with ``t``."""
    slack = DAY_WINDOW if t.precision == DatePrecision.DAY else PERIOD_SLACK
    return date.fromordinal(t.end.toordinal() + slack)


def _days_apart(a: EventText, b: EventText) -> int:
    if a.start <= b.end and b.start <= a.end:
        return 0
    return (b.start - a.end).days if b.start > a.end else (a.start - b.end).days


def _names_day(a: EventText, b: EventText) -> bool:
    """Whether ``a``'s text names a day within ``b``'s dates."""
    first, last = b.start.toordinal(), b.end.toordinal()
    return any(first <= d <= last for d in a.mentions)


def _date_factor(a: EventText, b: EventText, days: int) -> float:
    """1.0 for the same day; less as dates drift (slower when the later one received what the earlier one
    sent it); for a month-only date, a little less however it lies."""
    exact = a.precision == DatePrecision.DAY and b.precision == DatePrecision.DAY
    limit = DAY_WINDOW if exact else PERIOD_SLACK
    if days > limit:
        return 0.0
    earlier, later = (a, b) if b.start > a.end else (b, a)
    lagged = later.receiving and not earlier.named.isdisjoint(later.party_terms)
    factor = 1.0 - (LAGGED_DRIFT if lagged else DRIFT) * days
    if not exact:
        factor -= 0.08
        if DatePrecision.YEAR in (a.precision, b.precision) or DatePrecision.UNKNOWN in (a.precision, b.precision):
            factor -= 0.15
    return factor


def score_pair(a: EventText, b: EventText, weights: dict[str, float], floor: int = 0) -> PairMatch | None:
    """How likely ``a`` and ``b`` are one fact (0-100), with the reasons; None when they cannot be or score below
    ``floor``.

    The cheap checks come first (a shared party, dates too far apart, nothing in common), because a large case
    compares hundreds of thousands of pairs and almost all of them fail one of those.
    """
    if a.parties & b.parties:
        return None
    names_b = not a.named.isdisjoint(b.party_terms)
    names_a = not b.named.isdisjoint(a.party_terms)
    own = a.party_terms | b.party_terms
    shared = (a.content & b.content) | ((a.named & b.named) - own)
    if not shared and not names_a and not names_b:
        return None
    named_day = _names_day(a, b) or _names_day(b, a)
    days = 0 if named_day else _days_apart(a, b)
    factor = _date_factor(a, b, days)
    if factor <= 0:
        return None
    weight_a = a.weight - sum(weights.get(t, 1.0) for t in a.named & own)
    weight_b = b.weight - sum(weights.get(t, 1.0) for t in b.named & own)
    common = sum(weights.get(t, 1.0) for t in shared)
    if weight_a <= 0 or weight_b <= 0:
        text = 0.0
    else:
        dice = 2 * common / (weight_a + weight_b)
        containment = common / min(weight_a, weight_b)
        text = 100 * (0.6 * dice + 0.4 * containment)
    rules: dict[str, int] = {"tekst": round(text)}
    if names_a or names_b:
        rules["partij"] = 24 if names_a and names_b else 12
        if names_a and names_b and a.receiving != b.receiving:
            rules["partij"] += 6
    if named_day:
        rules["dag"] = NAMED_DAY_AND_PARTY if names_a or names_b else NAMED_DAY
    if a.kind and a.kind == b.kind:
        rules["soort"] = 6
    if (days == 0 and a.minutes is not None and b.minutes is not None and a.precision == b.precision
            == DatePrecision.DAY and abs(a.minutes - b.minutes) > 90):
        rules["tijd"] = -25
    raw = sum(rules.values())
    score = max(0, min(100, round(raw * factor)))
    if score < floor:
        return None
    rules["datum"] = round(raw * factor - raw)
    return PairMatch(first=min(a.id, b.id), second=max(a.id, b.id), score=score, days_apart=days,
                     shared_words=tuple(sorted(_readable(shared))), rules=rules)


def _readable(terms: Iterable[str]) -> list[str]:
    """Terms as the assistant shows them: a concept by its name, a stem as it is."""
    return [t.split(":", 1)[1] if ":" in t else t for t in terms]


_BLOCK = 256  # events per block of :func:`score_all`: a block meets only the events within its date window


def _dot(left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """``left @ right.T`` without BLAS: its threads cost more than they save on these small blocks (on a busy
    two-core laptop four times more)."""
    return np.einsum("ik,jk->ij", left, right)


def score_all(texts: Sequence[EventText], weights: dict[str, float], floor: int) -> dict[tuple[int, int], int]:
    """The score of :func:`score_pair` for every pair of ``texts`` (oldest first) within each other's date window
    that scores at least ``floor``, keyed by (lower id, higher id).

    The same rules, computed as matrices of a block of events against the events in its window, so a case of
    10,000 events does not call :func:`score_pair` hundreds of thousands of times; the assistant still explains
    each proposal with :func:`score_pair`.
    """
    n = len(texts)
    if n < 2:
        return {}
    term_ids: dict[str, int] = {}
    org_ids: dict[str, int] = {}
    party_ids: dict[str, int] = {}
    kind_ids: dict[str, int] = {"": 0}
    content_rows: list[int] = []
    content_cols: list[int] = []
    for i, t in enumerate(texts):
        for term in t.content:
            content_rows.append(i)
            content_cols.append(term_ids.setdefault(term, len(term_ids)))
        for term in t.named | t.party_terms:
            org_ids.setdefault(term, len(org_ids))
        for party in t.parties:
            party_ids.setdefault(party, len(party_ids))
    content_weight = np.ones(len(term_ids))
    for term, k in term_ids.items():
        content_weight[k] = weights.get(term, 1.0)
    org_weight = np.ones(max(1, len(org_ids)))
    for term, k in org_ids.items():
        org_weight[k] = weights.get(term, 1.0)
    named = np.zeros((n, max(1, len(org_ids))))
    own = np.zeros_like(named)
    parties = np.zeros((n, max(1, len(party_ids))))
    for i, t in enumerate(texts):
        named[i, [org_ids[o] for o in t.named]] = 1.0
        own[i, [org_ids[o] for o in t.party_terms]] = 1.0
        parties[i, [party_ids[p] for p in t.parties]] = 1.0
    rows_of = np.array(content_rows, dtype=np.int64)
    cols_of = np.array(content_cols, dtype=np.int64)
    starts = np.array([t.start.toordinal() for t in texts], dtype=np.int64)
    ends = np.array([t.end.toordinal() for t in texts], dtype=np.int64)
    exact = np.array([t.precision == DatePrecision.DAY for t in texts])
    vague = np.array([t.precision in (DatePrecision.YEAR, DatePrecision.UNKNOWN) for t in texts])
    receiving = np.array([t.receiving for t in texts])
    kinds = np.array([kind_ids.setdefault(t.kind, len(kind_ids)) for t in texts], dtype=np.int64)
    minutes = np.array([-1 if t.minutes is None else t.minutes for t in texts], dtype=np.int64)
    weight = np.array([t.weight for t in texts])
    named_own_weight = (named * own * org_weight).sum(axis=1)  # the weight of the names of one's own party
    named_other = named * (1.0 - own) * org_weight  # names of other parties, weighted
    named_w = named * org_weight
    named_own_w = named * own * org_weight
    named_own = named * own
    last = np.searchsorted(starts, [window_end(t).toordinal() for t in texts], side="right")
    mentioning = [i for i, t in enumerate(texts) if t.mentions]
    found: dict[tuple[int, int], int] = {}
    ids = np.array([t.id for t in texts], dtype=np.int64)
    for lo in range(0, n - 1, _BLOCK):
        hi = min(n, lo + _BLOCK)
        span = int(last[lo:hi].max())
        if span <= lo + 1:
            continue
        a, b = slice(lo, hi), slice(lo + 1, span)
        first, second = np.arange(lo, hi)[:, None], np.arange(lo + 1, span)[None, :]
        candidate = (second > first) & (second < last[a][:, None])
        if not candidate.any():
            continue
        in_span = (rows_of >= lo) & (rows_of < span)
        local_terms, local_cols = np.unique(cols_of[in_span], return_inverse=True)
        dense = np.zeros((span - lo, len(local_terms)))
        dense[rows_of[in_span] - lo, local_cols] = 1.0
        common = _dot(dense[: hi - lo] * content_weight[local_terms], dense[1:])
        common += (_dot(named_w[a], named[b]) - _dot(named_own_w[a], named[b]) - _dot(named_w[a], named_own[b])
                   + _dot(named_own_w[a], named_own[b]))
        names_b = _dot(named[a], own[b]) > 0
        names_a = _dot(own[a], named[b]) > 0
        alike = candidate & (_dot(parties[a], parties[b]) == 0) & ((common > 1e-12) | names_a | names_b)
        r, c = np.nonzero(alike)
        if not len(r):
            continue
        # from here on one value per pair that can score: far fewer than the block's cells
        shared, names_b, names_a = common[r, c], names_b[r, c], names_a[r, c]
        left, right = lo + r, lo + 1 + c
        weight_a = weight[left] - named_own_weight[left] - (named_other[left] * own[right]).sum(axis=1)
        weight_b = weight[right] - named_own_weight[right] - (own[left] * named_other[right]).sum(axis=1)
        named_day = np.zeros(len(left), dtype=np.bool_)
        for k in mentioning:
            if lo <= k < span:
                for day in texts[k].mentions:
                    named_day = named_day | (left == k) & (starts[right] <= day) & (day <= ends[right])
                    named_day = named_day | (right == k) & (starts[left] <= day) & (day <= ends[left])
        days = np.where(named_day, 0, np.maximum(0, np.maximum(starts[right] - ends[left], starts[left] - ends[right])))
        both_exact = exact[left] & exact[right]
        lagged = np.where(starts[right] > ends[left], receiving[right] & names_b, receiving[left] & names_a)
        factor = 1.0 - np.where(lagged, LAGGED_DRIFT, DRIFT) * days
        factor = np.where(both_exact, factor, factor - 0.08)
        factor = np.where(~both_exact & (vague[left] | vague[right]), factor - 0.15, factor)
        factor = np.where(days > np.where(both_exact, DAY_WINDOW, PERIOD_SLACK), 0.0, factor)
        with np.errstate(divide="ignore", invalid="ignore"):
            dice = 2 * shared / (weight_a + weight_b)
            containment = shared / np.minimum(weight_a, weight_b)
            text = np.where((weight_a > 0) & (weight_b > 0), 100 * (0.6 * dice + 0.4 * containment), 0.0)
        raw = np.rint(text)
        raw += np.where(names_a & names_b, 24 + np.where(receiving[left] != receiving[right], 6, 0),
                        np.where(names_a | names_b, 12, 0))
        raw += np.where(named_day, np.where(names_a | names_b, NAMED_DAY_AND_PARTY, NAMED_DAY), 0)
        raw += np.where((kinds[left] == kinds[right]) & (kinds[left] != 0), 6, 0)
        far = ((days == 0) & both_exact & (minutes[left] >= 0) & (minutes[right] >= 0)
               & (np.abs(minutes[left] - minutes[right]) > 90))
        raw -= np.where(far, 25, 0)
        score = np.clip(np.rint(raw * factor), 0, 100)
        keep = (factor > 0) & (score >= floor)
        x, y = ids[left[keep]], ids[right[keep]]
        found.update(zip(zip(np.minimum(x, y).tolist(), np.maximum(x, y).tolist(), strict=True),
                         score[keep].astype(np.int64).tolist(), strict=True))
    return found
