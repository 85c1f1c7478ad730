"""A rough B1 check for the family's summary: long sentences, abbreviations and care jargon.

It cannot judge readability; it points the chair at what usually makes a text
hard for a family: sentences over fifteen words, abbreviations and the words
professionals use among themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from casereview.vocabulary.plain_words import FIELD_WORDS

MAX_WORDS = 15
JARGON = ("casus", "casuïstiek", "calamiteit", "ondertoezichtstelling", "verbeterafspraak", "verbeterafspraken",
          "multidisciplinair", "escalatie", "opschalen", "afschalen", "interventie", "signalering", "regievoering",
          "wederhoor", "indicatie", "traject", "casemanager", "veiligheidsplan", "risicotaxatie")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_ABBREVIATION = re.compile(r"\b[A-Z]{2,}(?:-[A-Za-z]+)?\b")
_WORD = re.compile(r"\w+")


def plain_language_notes(text: str) -> list[str]:
    """Dutch notes on what is not B1 in ``text``; empty when nothing stands out."""
    notes: list[str] = []
    for sentence in _SENTENCE.findall(text):
        words = _WORD.findall(sentence)
        if len(words) > MAX_WORDS:
            notes.append(f"Lange zin ({len(words)} woorden): \u201c{sentence.strip()[:60]}…\u201d")
    for abbreviation in sorted(set(_ABBREVIATION.findall(text))):
        notes.append(f"Afkorting: {abbreviation}")
    lowered = {w.casefold() for w in _WORD.findall(text)}
    for word in JARGON:
        if word in lowered and word not in FIELD_WORDS:  # a field word the summary explains is fine
            notes.append(f"Vakwoord: {word}")
    return notes


B1_LIST_SIZE = 5000  # the most frequent Dutch words stand in for a B1 vocabulary


@dataclass(frozen=True)
class LanguageMeasure:
    """How hard a text reads: words per sentence, and the share of words outside the B1 list."""

    sentences: int
    words: int
    average_sentence_length: float
    outside_share: float  # 0..1
    outside_words: tuple[str, ...]  # the distinct ones, most frequent first

    def summary(self) -> str:
        """One Dutch line for the chair, printed by the export."""
        share = f"{self.outside_share * 100:.0f}".replace(".", ",")
        length = f"{self.average_sentence_length:.1f}".replace(".", ",")
        return (f"Gemiddeld {length} woorden per zin ({self.sentences} zinnen); {share}% van de woorden staat niet "
                f"in de B1-woordenlijst")


@lru_cache(maxsize=1)
def b1_words() -> frozenset[str]:
    """The list the measure uses: frequent Dutch words plus the field words the summary explains."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("nl", B1_LIST_SIZE)) | frozenset(FIELD_WORDS)


def measure_text(text: str, *, known: frozenset[str] = frozenset()) -> LanguageMeasure:
    """Measure ``text``; ``known`` words (names of parties, pseudonyms) are not counted as hard."""
    sentences = [s for s in _SENTENCE.findall(text) if _WORD.search(s)]
    words = [w for s in sentences for w in _WORD.findall(s) if not w.isdigit()]
    listed = b1_words() | {k.casefold() for k in known}
    outside = [w.casefold() for w in words if w.casefold() not in listed]
    counts: dict[str, int] = {}
    for word in outside:
        counts[word] = counts.get(word, 0) + 1
    return LanguageMeasure(
        sentences=len(sentences), words=len(words),
        average_sentence_length=len(words) / len(sentences) if sentences else 0.0,
        outside_share=len(outside) / len(words) if words else 0.0,
        outside_words=tuple(sorted(counts, key=lambda w: (-counts[w], w))))
