"""Test data for the session tests, built with the services (no demo case needed)."""

from __future__ import annotations

from casereview.casefile.case_file import CaseFile
from casereview.session.parties import add_participant, add_party
from casereview.timeline.events import add_event
from casereview.vocabulary import PartyCategory

PARTIES = (
    ("Wijkteam Noord", PartyCategory.MUNICIPALITY, "Anna de Vries"),
    ("Jeugdzorg Regio", PartyCategory.ORGANISATION, "Bram Koster"),
    ("Basisschool De Linde", PartyCategory.PROFESSIONAL, "Carla Meijer"),
)


def populate(case: CaseFile) -> dict[str, int]:
    """Three parties with one named participant each and two timeline events; returns party ids by name."""
    ids = {}
    for name, category, person in PARTIES:
        party = add_party(case, name, category)
        assert party.id is not None
        ids[name] = party.id
        add_participant(case, person, "professional", party.id)
    add_event(case, date_text="03-02-2020", description="Melding over zorgen om de veiligheid",
              party_id=ids["Jeugdzorg Regio"])
    add_event(case, date_text="05-2020", description="Overdracht naar het wijkteam", party_id=ids["Wijkteam Noord"])
    return ids
