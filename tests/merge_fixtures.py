"""Three per-party timelines of one case: shared events told in each party's own words."""

from __future__ import annotations

from pathlib import Path

from import_support import write_csv, write_xlsx

from casereview.casefile.case_file import CaseFile
from casereview.timeline.importing.importer import import_timeline

VEILIG_THUIS = [
    ["Datum", "Tijd", "Wat is er gebeurd", "Bron"],
    ["05-02-2020", "", "Melding ontvangen van school (intern begeleider): zorgen over Sam", "meldformulier"],
    ["20-02-2020", "", "Huisbezoek bij moeder en Sam", "verslag huisbezoek"],
    ["12-03-2020", "10:00", "Warme overdracht van de casus aan het wijkteam, samen met moeder", "overdrachtsformulier"],
    ["02-04-2020", "", "MDO met school en wijkteam over de veiligheid van Sam", "notulen"],
    ["02-04-2020", "", "Telefonisch contact met de huisarts over medicatie van moeder", "telefoonnotitie"],
]
WIJKTEAM = [
    ["Datum", "Tijd", "Omschrijving", "Bron"],
    ["12-03-2020", "10:30", "Overdracht vanuit Veilig Thuis ontvangen; kennismaking met moeder", "dossier wijkteam"],
    ["02-04-2020", "", "Multidisciplinair overleg (MDO) met VT en school: veiligheid van Sam besproken", "verslag MDO"],
    ["15-04-2020", "", "Gesprek met vader over de omgangsregeling", "dossier wijkteam"],
]
SCHOOL = [
    ["Datum", "Gebeurtenis"],
    ["01-09-2019", "Start schooljaar, Sam in groep 5"],
    ["05-02-2020", "Melding bij Veilig Thuis gedaan door de intern begeleider over zorgen om Sam"],
    ["12-03-2020", "Juf ziet een blauwe plek op de arm van Sam en schrijft dit op"],
    ["02-04-2020", "Overleg met Veilig Thuis en wijkteam over de veiligheid van Sam"],
]
VT_MAP = {"Wat is er gebeurd": "omschrijving"}  # Veilig Thuis' own header, mapped with the Dutch field name
TOTAL_ROWS = 12
SHARED = {"melding": 2, "overdracht": 2, "overleg": 3}  # parts per shared event
MERGED_TOTAL = TOTAL_ROWS - sum(n - 1 for n in SHARED.values())


def write_party_files(folder: Path) -> dict[str, Path]:
    """The three files, named after their party as they arrive by e-mail."""
    return {
        "Veilig Thuis": write_xlsx(folder / "tijdlijn_veilig_thuis.xlsx", {"Tijdlijn": VEILIG_THUIS}),
        "Wijkteam": write_xlsx(folder / "tijdlijn_wijkteam.xlsx", {"Blad1": WIJKTEAM}),
        "School": write_csv(folder / "tijdlijn_school.csv", SCHOOL),
    }


def import_party_files(case: CaseFile, folder: Path) -> None:
    for party, path in write_party_files(folder).items():
        import_timeline(case, path, party=party, require_party=True, mapping=VT_MAP if party == "Veilig Thuis" else None)
