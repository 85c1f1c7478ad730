"""A rough B1 check for the family's summary: long sentences, abbreviations and care jargon.

It cannot judge readability; it points the chair at what usually makes a text
hard for a family: sentences over fifteen words, abbreviations and the words
professionals use among themselves.
"""

from __future__ import annotations

import re

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
        if word in lowered:
            notes.append(f"Vakwoord: {word}")
    return notes
