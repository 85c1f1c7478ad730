"""Recognising the columns of a timeline table by their header text.

Timelines arrive with headers in Dutch or English and in many variants
("Datum", "Wanneer?", "Datum (dd-mm-jjjj)", "Betrokken organisatie"). The
header row is often not the first row: a title and blank lines sit above it.
This module finds the header row and says which column holds which field;
the user can override any column by its header text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

DATE, TIME, PARTY, DESCRIPTION, SOURCE, KEY_MOMENT = "date", "time", "party", "description", "source", "key_moment"
EVENT_TYPE = "event_type"
FIELDS: tuple[str, ...] = (DATE, TIME, PARTY, DESCRIPTION, SOURCE, KEY_MOMENT, EVENT_TYPE)
IGNORE = ""

FIELD_LABELS: dict[str, str] = {
    DATE: "datum",
    TIME: "tijd",
    PARTY: "partij",
    DESCRIPTION: "omschrijving",
    SOURCE: "bron",
    KEY_MOMENT: "sleutelmoment",
    EVENT_TYPE: "soort",
    IGNORE: "negeren",
}

# Words people use in a mapping (CLI ``--map Wie=partij``) besides the field keys.
_FIELD_ALIASES: dict[str, str] = {
    "datum": DATE, "tijd": TIME, "partij": PARTY, "organisatie": PARTY, "omschrijving": DESCRIPTION,
    "beschrijving": DESCRIPTION, "gebeurtenis": DESCRIPTION, "bron": SOURCE, "sleutelmoment": KEY_MOMENT,
    "keymoment": KEY_MOMENT, "key moment": KEY_MOMENT, "soort": EVENT_TYPE, "type": EVENT_TYPE,
    "event type": EVENT_TYPE, "negeren": IGNORE, "negeer": IGNORE,
    "ignore": IGNORE, "-": IGNORE, "": IGNORE,
}

# Whole-header synonyms, normalised (lower case, no accents or punctuation).
_EXACT: dict[str, str] = {}
for _field, _names in {
    DATE: ("datum", "date", "wanneer", "dag", "periode", "datum periode", "when", "day", "datum gebeurtenis",
           "datum contact", "datum van gebeurtenis", "event date", "jaar maand", "moment"),
    TIME: ("tijd", "time", "tijdstip", "uur", "hour", "hh mm", "om"),
    PARTY: ("organisatie", "partij", "instantie", "organisation", "organization", "party", "wie",
            "instelling", "betrokken partij", "betrokken organisatie", "betrokkene", "actor", "agency",
            "door", "uitvoerder", "who", "by", "organisatie partij", "partij organisatie", "hulpverlener",
            "aanbieder", "dienst"),
    DESCRIPTION: ("gebeurtenis", "omschrijving", "beschrijving", "description", "event", "wat", "wat gebeurde er",
                  "toelichting", "activiteit", "feit", "feiten", "inhoud", "what", "details", "gebeurtenissen",
                  "omschrijving gebeurtenis", "feitenrelaas", "actie", "handeling", "happening", "summary",
                  "samenvatting", "verloop"),
    SOURCE: ("bron", "source", "document", "bronvermelding", "brondocument", "bestand", "dossier", "referentie",
             "reference", "vindplaats", "documenten", "bronnen", "sources", "ref"),
    KEY_MOMENT: ("sleutelmoment", "key moment", "kernmoment", "keymoment", "markering", "key practice episode"),
    EVENT_TYPE: ("soort", "soort gebeurtenis", "type", "type gebeurtenis", "event type", "categorie", "aard"),
}.items():
    for _name in _names:
        _EXACT[_name] = _field

# Single words that mark a field when they occur inside a longer header.
_WORDS: dict[str, str] = {
    "datum": DATE, "date": DATE, "wanneer": DATE,
    "tijd": TIME, "tijdstip": TIME, "time": TIME,
    "organisatie": PARTY, "partij": PARTY, "instantie": PARTY, "organisation": PARTY, "organization": PARTY,
    "party": PARTY, "instelling": PARTY,
    "gebeurtenis": DESCRIPTION, "omschrijving": DESCRIPTION, "beschrijving": DESCRIPTION,
    "description": DESCRIPTION, "event": DESCRIPTION, "toelichting": DESCRIPTION,
    "bron": SOURCE, "source": SOURCE, "document": SOURCE, "brondocument": SOURCE,
    "sleutelmoment": KEY_MOMENT, "kernmoment": KEY_MOMENT,
}

# Dutch compounds: "Peildatum", "Meldingsdatum", "Zorgorganisatie".
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("datum", DATE), ("omschrijving", DESCRIPTION), ("beschrijving", DESCRIPTION), ("organisatie", PARTY),
    ("instantie", PARTY), ("instelling", PARTY),
)

HEADER_SCAN_ROWS = 40


def normalise_header(text: object) -> str:
    """'Datum (dd-mm-jjjj)' -> 'datum'; 'Wanneer?' -> 'wanneer'; accents dropped."""
    raw = "" if text is None else str(text)
    raw = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", raw)
    raw = unicodedata.normalize("NFKD", raw)
    raw = "".join(ch for ch in raw if not unicodedata.combining(ch))
    raw = re.sub(r"[^0-9a-z]+", " ", raw.lower())
    return " ".join(raw.split())


def recognise_header(text: object) -> str | None:
    """The field a header names, or None when it is not recognised."""
    norm = normalise_header(text)
    if not norm:
        return None
    if norm in _EXACT:
        return _EXACT[norm]
    words = norm.split()
    if len(words) > 6:  # a sentence (a title or a cell of text), not a header
        return None
    for word in (words[0], words[-1], *words[1:-1]):
        if word in _WORDS:
            return _WORDS[word]
    if len(words) == 1:
        for suffix, field in _SUFFIXES:
            if norm.endswith(suffix):
                return field
    return None


def field_from_user(value: str) -> str | None:
    """Read a field as the user wrote it in a mapping ('date', 'datum', 'negeren'); None if unknown."""
    norm = " ".join(value.strip().lower().split())
    if norm in FIELDS:
        return norm
    return _FIELD_ALIASES.get(norm)


def column_name(index: int) -> str:
    """Spreadsheet letters for a 0-based column index: 0 -> 'A', 27 -> 'AB'."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def header_names(cells: Sequence[object]) -> list[str]:
    """Header texts as shown and used as mapping keys; an empty header becomes 'kolom C'."""
    names: list[str] = []
    for i, cell in enumerate(cells):
        text = " ".join(("" if cell is None else str(cell)).split())
        names.append(text or f"kolom {column_name(i)}")
    return names


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (0-based) feeds which field; ``columns`` maps each header to its field."""

    fields: dict[str, list[int]]
    columns: dict[str, str]

    def missing(self) -> list[str]:
        return [f for f in (DATE, DESCRIPTION) if not self.fields.get(f)]


def _normalised_overrides(overrides: Mapping[str, str] | None) -> dict[str, str]:
    return {normalise_key(k): v for k, v in (overrides or {}).items()}


def normalise_key(header: str) -> str:
    return " ".join(str(header).split()).casefold()


def build_mapping(headers: Sequence[str], overrides: Mapping[str, str] | None = None) -> ColumnMapping:
    """Recognise each header; ``overrides`` (header text -> field, '' to ignore) win.

    Several description or source columns are joined; for the other fields the
    first column wins and later ones are ignored.
    """
    user = _normalised_overrides(overrides)
    fields: dict[str, list[int]] = {}
    columns: dict[str, str] = {}
    for i, name in enumerate(headers):
        key = normalise_key(name)
        field = user[key] if key in user else recognise_header(name)
        if field and field not in FIELDS:
            field = None
        if field and fields.get(field) and field not in (DESCRIPTION, SOURCE):
            field = None
        if field:
            fields.setdefault(field, []).append(i)
        columns.setdefault(name, field or IGNORE)
    return ColumnMapping(fields, columns)


def unknown_override_keys(headers: Sequence[str], overrides: Mapping[str, str] | None) -> list[str]:
    """Mapping keys that name no column of the header row."""
    present = {normalise_key(h) for h in headers}
    return [k for k in (overrides or {}) if normalise_key(k) not in present]


def _row_score(cells: Sequence[object], user: Mapping[str, str]) -> tuple[int, set[str]]:
    found: set[str] = set()
    filled = 0
    for cell in cells:
        if cell is None or not str(cell).strip():
            continue
        filled += 1
        key = normalise_key(str(cell))
        field = user[key] if key in user else recognise_header(cell)
        if field:
            found.add(field)
    return filled, found


def find_header_row(rows: Sequence[Sequence[object]], overrides: Mapping[str, str] | None = None,
                    scan: int = HEADER_SCAN_ROWS) -> int | None:
    """Index of the header row among the first ``scan`` rows, or None.

    The best row names both a date and a description column; failing that, the
    first row with at least two recognised columns (the user maps the rest).
    """
    user = _normalised_overrides(overrides)
    fallback: int | None = None
    for index, cells in enumerate(rows[:scan]):
        filled, found = _row_score(cells, user)
        if filled < 2:
            continue
        if DATE in found and DESCRIPTION in found:
            return index
        if fallback is None and len(found) >= 2:
            fallback = index
    return fallback
