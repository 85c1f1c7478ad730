"""Gentle hints while an agreement is typed: never a block, only a nudge toward something checkable.

The research behind casereview finds recommendations "too general"; these three signs catch the
commonest ways an agreement stays vague. Each hint is a key so every front end words it itself.
"""

from __future__ import annotations

import re
from enum import StrEnum


class AgreementHint(StrEnum):
    NO_VERB = "no_verb"
    VAGUE_WORDS = "vague_words"
    NO_CONCLUSION = "no_conclusion"


VAGUE_PHRASES: tuple[str, ...] = (
    "aandacht voor", "aandacht besteden", "bewustwording", "bewust worden", "het gesprek aangaan",
    "in gesprek gaan", "meer oog voor", "alert zijn", "extra aandacht",
)

# Verbs (stems and common forms) that say somebody does something concrete.
_ACTION_VERBS = (
    "aanpass", "aanvull", "afspre", "afgesproken", "bespre", "bel", "checkt", "controle", "controleer",
    "doet", "doen", "evalue", "geeft", "houd", "houdt", "informeer", "invoer", "legt", "maak", "meld",
    "nodig", "onderzo", "ontwikkel", "opnem", "organiseer", "overdr", "plan", "registr", "schrijf",
    "stel", "stuur", "toets", "train", "vastleg", "verander", "verbeter", "vraag", "vraagt", "werk",
    "zorg", "zet", "past", "vult", "neemt", "brengt", "levert", "richt", "voer", "agendeer", "deel",
)


def agreement_hints(action: str, success_check: str = "", conclusion_id: int | None = None,
                    has_conclusions: bool = True) -> list[AgreementHint]:
    """The hints for this text, in a fixed order; empty for an empty action (nothing typed yet)."""
    text = " ".join(action.lower().split())
    if not text:
        return []
    hints: list[AgreementHint] = []
    words = re.findall(r"[a-zà-ÿ]+", text)
    if not any(word.startswith(_ACTION_VERBS) for word in words):
        hints.append(AgreementHint.NO_VERB)
    if any(phrase in text for phrase in VAGUE_PHRASES) and not success_check.strip():
        hints.append(AgreementHint.VAGUE_WORDS)
    if conclusion_id is None and has_conclusions:
        hints.append(AgreementHint.NO_CONCLUSION)
    return hints
