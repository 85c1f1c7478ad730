"""Header recognition: Dutch and English headers and their usual variants."""

from __future__ import annotations

import pytest

from casereview.timeline.importing.column_mapping import build_mapping, find_header_row, recognise_header


@pytest.mark.parametrize(("header", "field"), [
    ("Datum", "date"), ("DATE", "date"), ("Wanneer?", "date"), ("Datum (dd-mm-jjjj)", "date"),
    ("Datum/periode", "date"), ("Datum van contact", "date"), ("Peildatum", "date"), ("Meldingsdatum", "date"),
    ("Zorgorganisatie", "party"), ("Activiteitomschrijving", "description"),
    ("Tijd", "time"), ("Time", "time"), ("Tijdstip", "time"),
    ("Organisatie", "party"), ("Partij", "party"), ("Instantie", "party"), ("Organisation", "party"),
    ("Organization", "party"), ("Party", "party"), ("Betrokken organisatie", "party"), ("Wie", "party"),
    ("Gebeurtenis", "description"), ("Omschrijving", "description"), ("Beschrijving", "description"),
    ("Description", "description"), ("Event", "description"), ("Wat gebeurde er?", "description"),
    ("Omschrijving gebeurtenis", "description"), ("Toelichting", "description"),
    ("Bron", "source"), ("Source", "source"), ("Document", "source"), ("Bronvermelding", "source"),
    ("Brondocument", "source"), ("Sleutelmoment", "key_moment"), ("Key moment", "key_moment"),
])
def test_known_headers_are_recognised(header: str, field: str) -> None:
    assert recognise_header(header) == field


@pytest.mark.parametrize("header", ["", "Kolom1", "Opmerkingen", "Tijdlijn", "Nr.", "Naam",
                                    "Op 14 februari 2019 meldde de school zorgen over het gezin"])
def test_other_text_is_not_a_header(header: str) -> None:
    assert recognise_header(header) is None


def test_header_row_is_found_below_a_title() -> None:
    rows = [["Tijdlijn gebeurtenissen"], [], ["Datum", "Organisatie", "Gebeurtenis"], ["2020", "A", "b"]]
    assert find_header_row(rows) == 2


def test_user_mapping_makes_a_header_row() -> None:
    rows = [["Moment X", "Notitie"], ["2020", "b"]]
    assert find_header_row(rows) is None
    assert find_header_row(rows, {"moment x": "date", "notitie": "description"}) == 0


def test_second_date_column_is_ignored_but_descriptions_are_joined() -> None:
    mapping = build_mapping(["Datum", "Datum invoer", "Gebeurtenis", "Toelichting"])
    assert mapping.fields == {"date": [0], "description": [2, 3]}
    assert mapping.columns["Datum invoer"] == ""
