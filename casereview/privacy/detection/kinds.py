"""The kinds of personal data detection reports, as the command line and the case file name them."""

from __future__ import annotations

PERSON = "persoon"
LOCATION = "locatie"
INSTITUTION = "instelling"
DATE = "datum"
AGE = "leeftijd"
PHONE = "telefoon"
BSN = "bsn"
EMAIL = "email"
URL = "url"

KINDS = (PERSON, LOCATION, INSTITUTION, DATE, AGE, PHONE, BSN, EMAIL, URL)

# The de-identifier's own tags and the kind each stands for; a tag not here (an internal id) is dropped.
TAG_KINDS = {
    "persoon": PERSON, "patient": PERSON,
    "locatie": LOCATION,
    "instelling": INSTITUTION, "ziekenhuis": INSTITUTION, "zorginstelling": INSTITUTION,
    "datum": DATE,
    "leeftijd": AGE,
    "telefoonnummer": PHONE,
    "bsn": BSN,
    "emailadres": EMAIL,
    "url": URL,
}

# Kinds an export refuses while undecided: they point to one person by themselves. A place only
# counts when it is an address (see :func:`is_address`); a date or an age alone does not.
BLOCKING_KINDS = frozenset({PERSON, PHONE, BSN, EMAIL})

_STREET_WORDS = ("straat", "laan", "weg", "plein", "singel", "gracht", "kade", "dijk", "hof", "pad", "steeg",
                 "dreef", "park", "plantsoen", "markt", "erf", "wal", "burg", "baan", "ring", "zijde")

LABELS = {PERSON: "persoon", LOCATION: "plaats of adres", INSTITUTION: "instelling", DATE: "datum",
          AGE: "leeftijd", PHONE: "telefoonnummer", BSN: "BSN", EMAIL: "e-mailadres", URL: "webadres"}


def is_address(text: str) -> bool:
    """A street (with or without a house number) rather than a town: "Dorpsstraat 12", "Kerklaan"."""
    lowered = text.casefold()
    if any(char.isdigit() for char in text):
        return True
    return any(word.endswith(_STREET_WORDS) for word in lowered.split())


def blocks_export(kind: str, text: str) -> bool:
    """Whether an undecided candidate of this kind keeps every export back."""
    return kind in BLOCKING_KINDS or (kind == LOCATION and is_address(text))
