"""Ordinary words the name-leak check must not mistake for a name hidden inside them.

The check treats a listed name inside a longer word as a leak ("Sannes").
Some longer words are plainly not about the person: month and day names in
dates, and the wording the app itself provides (labels, default agenda,
ground rules and themes). Those words are kept as they are.
"""

from __future__ import annotations

import re

from casereview import vocabulary
from casereview.timeline.dates import MONTH_NAMES_NL, MONTHS
from casereview.vocabulary.default_agenda import DEFAULT_AGENDA, DEFAULT_GROUND_RULES

_WORD = re.compile(r"\w+")

WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


def words_of(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text))


def _standard_texts() -> list[str]:
    texts: list[str] = [*MONTH_NAMES_NL, *MONTHS, *WEEKDAYS_NL, *DEFAULT_GROUND_RULES, *vocabulary.DEFAULT_THEMES]
    for phase in DEFAULT_AGENDA:
        texts += [phase.title, phase.prompt]
    for _number, title, meaning in vocabulary.THE_SEVEN_RULES:
        texts += [title, meaning]
    for name in dir(vocabulary):
        value = getattr(vocabulary, name)
        if name.endswith("_LABELS") and isinstance(value, dict):
            texts += [str(v) for v in value.values()]
    return texts


STANDARD_WORDS: frozenset[str] = words_of("\n".join(_standard_texts()))
