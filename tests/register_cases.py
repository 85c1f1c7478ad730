"""Cases with a leerbrief for the register tests and the benchmark: the demo and an imported case."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casereview.casefile.case_file import CaseFile, create_case
from casereview.findings.agreements import add_agreement
from casereview.findings.conclusions import add_conclusion, list_themes
from casereview.findings.leerbrief import save_leerbrief
from casereview.model.tables import Case
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.session.parties import add_participant, add_party
from casereview.timeline.importing.importer import import_timeline
from casereview.vocabulary import PartyCategory

TIMELINE = ("Datum;Organisatie;Gebeurtenis\n"
            "03-02-2025;Wijkteam Oost;Eerste gesprek met Mila Bakker en haar moeder Fatima Bakker\n"
            "17-03-2025;Basisschool De Esdoorn;Zorgmelding over Mila\n"
            "09-05-2025;Veilig Thuis;Melding door de school\n")
REAL_NAMES = ["Mila Bakker", "Mila", "Fatima Bakker", "Fatima", "Joost Smit"]
EVENT_DATES = [date(2025, 2, 3), date(2025, 3, 17), date(2025, 5, 9)]

READY_TEXTS = {
    "target_group": "Een basisschoolkind en een alleenstaande ouder.",
    "circumstances": "Drie organisaties waren betrokken: wijkteam, school en Veilig Thuis.",
    "story": "De school zag zorgen, het wijkteam zag een ouder die meewerkte. Het beeld kwam niet samen.",
    "mechanisms": "Een melding werd gezien als overdracht van verantwoordelijkheid.",
    "went_well": "De school bleef betrokken na de melding.",
    "lessons": "Een melding is geen overdracht.\nDeel zorgen ook als de ouder meewerkt.",
}


def imported_case(path: Path, *, ready: bool = True, texts: dict[str, str] | None = None) -> CaseFile:
    """A case built like a chair does: a timeline imported from CSV, pseudonyms, a conclusion, a leerbrief."""
    case = create_case(path, "Review gezin Bakker")
    source = path.with_suffix(".csv")
    source.write_text(TIMELINE, encoding="utf-8")
    import_timeline(case, source)
    for real, alias in (("Mila Bakker", "kind"), ("Mila", "kind"), ("Fatima Bakker", "moeder"),
                        ("Fatima", "moeder")):
        set_pseudonym(case, real, alias)
    team = add_party(case, "Wijkteam Oost 2", PartyCategory.ORGANISATION)
    add_participant(case, "Joost Smit", "gezinscoach", team.id)
    themes = [t.id for t in list_themes(case)][:2]
    conclusion = add_conclusion(case, "De zorgen over Mila kwamen niet samen.", theme_ids=themes)
    add_agreement(case, action="Warme overdracht", owner_party_id=team.id, owner_person="Joost Smit",
                  conclusion_id=conclusion.id)
    with case.write("case", "edit") as s:
        row = s.get(Case, case.case().id)
        row.review_date = date(2025, 9, 30)
        s.add(row)
    save_leerbrief(case, **(READY_TEXTS if texts is None else texts), ready=ready)
    return case
