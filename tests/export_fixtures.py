"""A rich fictional case for the export tests, built only through the services."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlmodel import select

from casereview.casefile.case_file import CaseFile, create_case
from casereview.findings.agreements import add_agreement, add_progress_note, set_status
from casereview.findings.conclusions import add_conclusion, list_themes
from casereview.model.tables import GroundRule, PreparationQuestion
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_participant, add_party
from casereview.session.procedure import list_steps, update_case_details
from casereview.timeline.events import add_event
from casereview.vocabulary import (
    AgreementKind,
    AgreementStatus,
    Attribution,
    ContributionKind,
    KeyMoment,
    PartyCategory,
)

TODAY = date(2026, 11, 23)

PARTIES = (
    ("Wijkteam Oost", PartyCategory.PROFESSIONAL),
    ("Jeugdbescherming Regio", PartyCategory.ORGANISATION),
    ("Huisartsenpraktijk De Linde", PartyCategory.PROFESSIONAL),
    ("Basisschool De Regenboog", PartyCategory.ORGANISATION),
    ("Veilig Thuis", PartyCategory.ORGANISATION),
    ("Gemeente Westerveld", PartyCategory.MUNICIPALITY),
    ("GGZ Volwassenen", PartyCategory.PROFESSIONAL),
)

EVENTS = (
    ("03-2019", 0, "Eerste aanmelding bij het wijkteam; Sanne de Vries vraagt hulp bij opvoeding.", KeyMoment.NONE),
    ("14-05-2019", 2, "Huisarts ziet Noor met blauwe plekken; uitleg van Sanne's partner klinkt aannemelijk.",
     KeyMoment.CONCERN),
    ("2019", 3, "School meldt wisselende aanwezigheid van Noor en haar broertje.", KeyMoment.NONE),
    ("02-09-2019", 3, "Leerkracht bespreekt zorgen met de intern begeleider en belt het wijkteam.", KeyMoment.GOOD),
    ("15-10-2019", 4, "Melding bij Veilig Thuis door de school.", KeyMoment.NONE),
    ("11-2019", 4, "Veilig Thuis doet onderzoek; gesprek met SANNE en haar vriend Bram.", KeyMoment.NONE),
    ("12-01-2020", 1, "Ondertoezichtstelling uitgesproken voor Noor.", KeyMoment.NONE),
    ("20-02-2020", 1, "Overdracht tussen jeugdbeschermers; de nieuwe jeugdbeschermer krijgt het dossier niet volledig.",
     KeyMoment.CONCERN),
    ("begin 2020", 6, "Bram start met behandeling bij de GGZ; gezinssituatie niet uitgevraagd.", KeyMoment.CONCERN),
    ("05-03-2020", 0, "Gezamenlijk gezinsplan opgesteld met alle partijen aan tafel.", KeyMoment.GOOD),
    ("17-04-2020", 5, "Gemeente regelt huisvesting na verhuizing van het gezin.", KeyMoment.NONE),
    ("??-??-????", None, "Telefoontje van de oma van Noor aan onbekende hulpverlener.", KeyMoment.NONE),
    ("06-2020", 2, "Huisarts verwijst Sannes dochter naar de kinderarts.", KeyMoment.NONE),
    ("23-07-2020", 1, "Incident: Noor wordt met ernstig letsel opgenomen in het ziekenhuis.", KeyMoment.NONE),
)


def build_rich_case(path: Path, *, with_pseudonyms: bool = True) -> CaseFile:
    case = create_case(path, "Casusreview familie De Vries")
    update_case_details(
        case, incident="Noor (6) liep in juli 2020 ernstig letsel op; Sanne de Vries is haar moeder.",
        goal="Leren hoe we signalen rond het gezin van Noor eerder hadden kunnen bundelen.",
        questions="Hoe werden signalen over Noor gedeeld?\nWat ging goed bij de overdracht?\n"
                  "Wat hebben we nodig om eerder op te schalen?",
        incident_date=date(2020, 7, 23), review_date=date(2026, 11, 2), followup_date=date(2027, 3, 1),
        attribution=Attribution.PARTY)
    parties = [add_party(case, name, cat) for name, cat in PARTIES]
    add_participant(case, "Petra Jansen", "jeugdbeschermer", parties[1].id)
    add_participant(case, "Karel Smit", "huisarts", parties[2].id)
    add_participant(case, "Ineke Bos", "intern begeleider", parties[3].id)
    add_participant(case, "Ahmed El Amrani", "wijkcoach", parties[0].id)
    events = []
    for date_text, party, text, key in EVENTS:
        events.append(add_event(case, date_text=date_text, description=text,
                                party_id=parties[party].id if party is not None else None,
                                source="dossier " + (parties[party].name if party is not None else "onbekend"),
                                key_moment=key))
    steps = list_steps(case)
    contributions = [
        add_contribution(case, text="Het gezinsplan bracht iedereen aan tafel; Sanne voelde zich gehoord.",
                         party_id=parties[0].id, kind=ContributionKind.WENT_WELL, step_id=steps[4].id,
                         event_id=events[9].id),
        add_contribution(case, text="Bij de overdracht is de voorgeschiedenis van Noor niet meegegaan.",
                         party_id=parties[1].id, kind=ContributionKind.CONCERN, step_id=steps[4].id,
                         event_id=events[7].id, participant_id=1),
        add_contribution(case, text="Wij wisten niet dat het wijkteam al betrokken was.",
                         party_id=parties[2].id, kind=ContributionKind.OBSERVATION, step_id=steps[3].id),
        add_contribution(case, text="Wie had de regie na de verhuizing?",
                         party_id=parties[5].id, kind=ContributionKind.QUESTION, step_id=steps[3].id),
        add_contribution(case, text="Vraag bij volwassenen in behandeling altijd naar kinderen in huis.",
                         party_id=parties[6].id, kind=ContributionKind.LESSON, step_id=steps[4].id),
    ]
    themes = list_themes(case)
    c1 = add_conclusion(case, "Signalen over Noor lagen verspreid bij vier partijen en zijn niet gebundeld.",
                        event_ids=[events[1].id, events[4].id], contribution_ids=[contributions[2].id],
                        theme_ids=[themes[1].id])
    add_conclusion(case, "De samenwerking rond het gezinsplan werkte goed.", no_change=True,
                   no_change_reason="De bestaande werkwijze van het wijkteam volstaat; houd die vast.",
                   event_ids=[events[9].id], contribution_ids=[contributions[0].id])
    add_conclusion(case, "Bij overdracht ging kennis over Sannes gezin verloren.", event_ids=[events[7].id],
                   contribution_ids=[contributions[1].id], theme_ids=[themes[4].id])
    a1 = add_agreement(case, action="Overdrachtsformulier aanvullen met de voorgeschiedenis van het gezin",
                       owner_party_id=parties[1].id, owner_person="teamleider", due_date=date(2026, 9, 1),
                       success_check="Steekproef van tien overdrachten in het eerste kwartaal",
                       kind=AgreementKind.IMPROVE_EXISTING, conclusion_id=c1.id)
    a2 = add_agreement(case, action="GGZ vraagt bij intake naar kinderen in huis (KOPP-check)",
                       owner_party_id=parties[6].id, due_date=date(2027, 2, 1),
                       success_check="Registratie in het intakeformulier", kind=AgreementKind.NEW_MEASURE)
    add_agreement(case, action="Geen nieuwe maatregel voor het gezinsplan", owner_party_id=parties[0].id,
                  kind=AgreementKind.NO_MEASURE, kind_reason="de werkwijze werkt al")
    set_status(case, a1.id, AgreementStatus.IN_PROGRESS)
    add_progress_note(case, a1.id, "Concept formulier besproken in het teamoverleg.", on=date(2026, 10, 1))
    add_progress_note(case, a1.id, "Sanne's casus gebruikt als voorbeeld in de scholing.", on=date(2026, 11, 5))
    set_status(case, a2.id, AgreementStatus.NOT_DONE, "geen budget voor aanpassing van het systeem")
    with case.write("preparation", "add") as s:
        s.add(PreparationQuestion(text="Wat wist u van de thuissituatie van Noor?", party_id=None))
        s.add(PreparationQuestion(text="Hoe verliep de overdracht van het dossier?", party_id=parties[1].id))
        s.add(PreparationQuestion(text="Welke signalen zag de school?", party_id=parties[3].id))
        for rule in s.exec(select(GroundRule)):
            rule.agreed = True
            s.add(rule)
    if with_pseudonyms:
        set_pseudonym(case, "Sanne de Vries", "moeder")
        set_pseudonym(case, "Sanne", "moeder")
        set_pseudonym(case, "Noor", "kind 1")
        set_pseudonym(case, "Bram", "partner van moeder")
        set_pseudonym(case, "De Vries", "X")
    return case


_BUILT: dict[bool, Path] = {}


def rich_case_copy(folder: Path, *, with_pseudonyms: bool = True) -> CaseFile:
    """A fresh copy of the rich case in ``folder``; the case itself is built once per test run."""
    import shutil
    import tempfile

    from casereview.casefile.case_file import open_case

    if with_pseudonyms not in _BUILT:
        path = Path(tempfile.mkdtemp(prefix="casereview-export-")) / "rich.casereview"
        build_rich_case(path, with_pseudonyms=with_pseudonyms).close()
        _BUILT[with_pseudonyms] = path
    target = folder / "rich.casereview"
    shutil.copyfile(_BUILT[with_pseudonyms], target)
    return open_case(target)
