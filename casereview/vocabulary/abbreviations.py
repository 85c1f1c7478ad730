"""Abbreviations of Dutch youth care and child protection, with what they stand for.

The verslag lists those that occur in its text, so an inspector or a director
from another domain can read "GI" or "POH" without asking.
"""

from __future__ import annotations

import re

ABBREVIATIONS: dict[str, str] = {
    "AMHK": "Advies- en Meldpunt Huiselijk geweld en Kindermishandeling (nu Veilig Thuis)",
    "AVG": "Algemene verordening gegevensbescherming",
    "BOA": "buitengewoon opsporingsambtenaar",
    "CJG": "Centrum voor Jeugd en Gezin",
    "GGD": "Gemeentelijke Gezondheidsdienst",
    "GGZ": "geestelijke gezondheidszorg",
    "GI": "gecertificeerde instelling (voert jeugdbescherming en jeugdreclassering uit)",
    "HIS": "huisartsinformatiesysteem",
    "IGJ": "Inspectie Gezondheidszorg en Jeugd",
    "JGZ": "jeugdgezondheidszorg (consultatiebureau en schoolarts)",
    "LVB": "licht verstandelijke beperking",
    "MDO": "multidisciplinair overleg",
    "OTS": "ondertoezichtstelling",
    "OvV": "Onderzoeksraad voor Veiligheid",
    "POH": "praktijkondersteuner huisarts",
    "RvdK": "Raad voor de Kinderbescherming",
    "SEH": "spoedeisende hulp",
    "SISA": "Stadsregionaal Instrument Sluitende Aanpak (een verwijsindex)",
    "VIR": "Verwijsindex Risicojongeren",
    "VOG": "verklaring omtrent het gedrag",
    "VT": "Veilig Thuis",
    "Wmo": "Wet maatschappelijke ondersteuning",
    "ZSM": "zorgvuldig, snel en op maat (afdoening van strafzaken)",
}

_PATTERNS = {key: re.compile(rf"(?<![\w-]){re.escape(key)}(?![\w-])") for key in ABBREVIATIONS}


def abbreviations_in(text: str) -> list[tuple[str, str]]:
    """The known abbreviations that occur in ``text`` as whole words, alphabetically, with their meaning."""
    found = [key for key, pattern in _PATTERNS.items() if pattern.search(text)]
    return [(key, ABBREVIATIONS[key]) for key in sorted(found, key=str.casefold)]
