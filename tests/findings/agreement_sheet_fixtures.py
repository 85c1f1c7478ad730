"""A small case with two owner parties, for the afsprakenlijst and kalender tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casereview.casefile.case_file import CaseFile, create_case
from casereview.findings.agreements import add_agreement
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.session.parties import add_party
from casereview.vocabulary import AgreementKind, AgreementLevel


def owners_case(path: Path) -> tuple[CaseFile, dict[str, int]]:
    case = create_case(path, "Review gezin K.")
    team = add_party(case, "Wijkteam Noord")
    school = add_party(case, "Basisschool De Linde")
    ids = {
        "formulier": add_agreement(case, action="Overdrachtsformulier aanvullen met voorgeschiedenis van Sanne",
                                   owner_party_id=team.id, due_date=date(2026, 9, 1),
                                   success_check="Steekproef van tien overdrachten", kind=AgreementKind.IMPROVE_EXISTING,
                                   level=AgreementLevel.TEAM).id,
        "triage": add_agreement(case, action="Triagelijst vraagt naar huisgenoten", owner_party_id=team.id,
                                due_date=date(2027, 3, 1), success_check="Alle intakes hebben de vraag",
                                kind=AgreementKind.NEW_MEASURE, level=AgreementLevel.ORGANISATION).id,
        "school": add_agreement(case, action="School belt bij verzuim het wijkteam", owner_party_id=school.id,
                                due_date=date(2027, 1, 1), success_check="Geen verzuim zonder melding",
                                kind=AgreementKind.IMPROVE_EXISTING, level=AgreementLevel.CHAIN).id,
    }
    set_pseudonym(case, "Sanne de Vries", "moeder")
    set_pseudonym(case, "Sanne", "moeder")
    return case, ids
