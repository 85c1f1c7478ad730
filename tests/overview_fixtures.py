"""A folder of case files for the overview tests: themes, statuses and years, and every kind of awkward file.

``build_case_folder`` returns the folder; the expected figures are written out
in the tests themselves so a wrong count cannot hide behind a computed one.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

from casereview.casefile.case_file import CaseFile, create_case
from casereview.casefile.lock import LockInfo, lock_path_for
from casereview.findings.agreements import add_agreement, set_agreement_themes, set_status, update_agreement
from casereview.findings.conclusions import add_conclusion, add_theme, list_themes
from casereview.findings.effect_checks import add_effect_check
from casereview.model import SCHEMA_VERSION
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.session.contributions import add_contribution
from casereview.session.procedure import update_case_details
from casereview.vocabulary import AgreementKind, AgreementStatus, ContributionKind

PASSPHRASE = "geheim-wachtwoord-1"
FORMER_CONTINUITY = "Continuïteit van zorg bij overdracht en na een geweigerde maatregel"


def code_id(case: CaseFile, code: str) -> int:
    return next(t.id for t in list_themes(case) if t.code == code)


def _done_on(path: Path, day: str) -> None:
    """Date the 'done' status changes as if they were made on ``day`` (the fixture runs today)."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE changelog SET at = :at WHERE entity = 'agreement' AND action = 'status'", {"at": f"{day} 10:00:00"})
    conn.commit()
    conn.close()


def _case_a(path: Path) -> None:
    with create_case(path, "Review Vos 2023") as case:
        update_case_details(case, review_date=date(2023, 3, 10))
        set_pseudonym(case, "Jan Vos", "vader")
        school = add_theme(case, "Samenwerking met school")
        add_conclusion(case, "De overdracht naar de school liep niet goed.",
                       theme_ids=[code_id(case, "rd-continuiteit"), school.id])
        a1 = add_agreement(case, action="Warme overdracht bij elke wisseling", due_date=date(2023, 5, 1))
        set_agreement_themes(case, a1.id, [code_id(case, "rd-continuiteit")])
        set_status(case, a1.id, AgreementStatus.DONE)
        a2 = add_agreement(case, action="Verwijsindex gebruiken; Jan Vos krijgt bericht", owner_person="Jan Vos",
                           due_date=date(2023, 9, 1))
        set_agreement_themes(case, a2.id, [code_id(case, "rd-signalen")])
        update_agreement(case, a2.id, level="chain")
        add_contribution(case, text="De wijkteammedewerker bleef betrokken.", party_id=None,
                         kind=ContributionKind.WENT_WELL)
    _done_on(path, "2023-06-01")


def _case_b(path: Path) -> None:
    with create_case(path, "Review school 2024") as case:
        update_case_details(case, review_date=date(2024, 2, 15))
        school = add_theme(case, "samenwerking   met School")
        add_conclusion(case, "Na de rechterlijke uitspraak stopte de hulp zonder nazorg.",
                       theme_ids=[code_id(case, "rd-continuiteit"), school.id])
        b1 = add_agreement(case, action="Nazorg afspreken bij afsluiten", due_date=date(2024, 12, 31))
        set_status(case, b1.id, AgreementStatus.IN_PROGRESS)
        b2 = add_agreement(case, action="Extra overleg plannen")
        set_status(case, b2.id, AgreementStatus.NOT_DONE, "Geen capaciteit")
        b3 = add_agreement(case, action="Nieuwe training onderbuikgevoel", due_date=date(2024, 5, 1),
                           kind=AgreementKind.NEW_MEASURE)
        set_agreement_themes(case, b3.id, [code_id(case, "rd-kennis")])


def make_old_file(path: Path) -> None:
    """Schema version 1: no UUID, no theme codes, the former wording of the continuity theme."""
    with create_case(path, "Oude review 2022") as case:
        update_case_details(case, review_date=date(2022, 5, 1))
        add_conclusion(case, "Ouders kregen te veel ruimte.", theme_ids=[code_id(case, "rd-ouders")])
        o1 = add_agreement(case, action="Veiligheidsplan met ouders", due_date=date(2022, 6, 1))
        set_agreement_themes(case, o1.id, [code_id(case, "rd-continuiteit")])
        set_status(case, o1.id, AgreementStatus.DONE)
    _done_on(path, "2022-06-01")
    conn = sqlite3.connect(path)
    conn.execute("UPDATE theme SET name = ? WHERE code = 'rd-continuiteit'", (FORMER_CONTINUITY,))
    conn.execute('DROP INDEX IF EXISTS "ix_case_uuid"')
    conn.execute('ALTER TABLE "case" DROP COLUMN uuid')
    conn.execute('DROP INDEX IF EXISTS "ix_theme_code"')
    conn.execute("ALTER TABLE theme DROP COLUMN code")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def _case_held(path: Path) -> None:
    with create_case(path, "Review 2025 in bewerking") as case:
        update_case_details(case, review_date=date(2025, 1, 10))
        add_conclusion(case, "Opschalen duurde te lang.", theme_ids=[code_id(case, "rd-opschalen")])
        h1 = add_agreement(case, action="Escalatieroute vastleggen")
        set_agreement_themes(case, h1.id, [code_id(case, "rd-opschalen")])
    holder = LockInfo(user="anna", machine="ANDERE-PC", pid=4242, since=datetime(2026, 11, 30, 9, 0).astimezone())
    lock_path_for(path).write_bytes(holder.to_json())


def _case_encrypted(path: Path) -> None:
    with create_case(path, "Versleutelde review 2024", passphrase=PASSPHRASE) as case:
        update_case_details(case, review_date=date(2024, 9, 1))
        e1 = add_agreement(case, action="Dossier versleuteld bewaren")
        set_agreement_themes(case, e1.id, [code_id(case, "rd-signalen")])


def build_case_folder(root: Path, *, encrypted: bool = True) -> Path:
    folder = root / "dossiers"
    (folder / "2023").mkdir(parents=True)
    (folder / "2024" / "kopie").mkdir(parents=True)
    (folder / "oud").mkdir()
    _case_a(folder / "2023" / "vos.casereview")
    _case_b(folder / "2024" / "school.casereview")
    shutil.copy2(folder / "2024" / "school.casereview", folder / "2024" / "kopie" / "school-kopie.casereview")
    make_old_file(folder / "oud" / "oud.casereview")
    _case_held(folder / "2024" / "bewerking.casereview")
    (folder / "notities.casereview").write_text("Dit is geen dossier maar een notitie.\n", encoding="utf-8")
    with create_case(folder / "nieuwer.casereview", "Uit de toekomst"):
        pass
    conn = sqlite3.connect(folder / "nieuwer.casereview")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    if encrypted:
        _case_encrypted(folder / "2024" / "versleuteld.casereview")
    return folder


def _effect_case(path: Path, title: str, effects: list[tuple[str, str, str]], *, exercise: bool = False) -> None:
    """One agreement per (effect result or "", level, theme code); several checks: the latest counts."""
    with create_case(path, title) as case:
        update_case_details(case, review_date=date(2025, 3, 1), exercise=exercise)
        codes = {t.code: t.id for t in list_themes(case)}
        for i, (result, level, code) in enumerate(effects):
            item = add_agreement(case, action=f"Afspraak {i}", kind=AgreementKind.IMPROVE_EXISTING, level=level)
            assert item.id is not None
            set_agreement_themes(case, item.id, [codes[code]])
            if result:
                add_effect_check(case, item.id, "does_not_work", on=date(2025, 5, 1))
                add_effect_check(case, item.id, result, on=date(2025, 9, 1))
        add_agreement(case, action="Geen maatregel nodig", kind=AgreementKind.NO_MEASURE, kind_reason="werkt al")


def build_effect_folder(root: Path) -> Path:
    """Two reviews whose measures were checked (works, partly, not, too early, none) and one exercise case."""
    folder = root / "dossiers"
    folder.mkdir()
    _effect_case(folder / "a.casereview", "Review A", [("works", "team", "rd-continuiteit"),
                                                       ("partly", "organisation", "rd-continuiteit"),
                                                       ("", "chain", "rd-signalen")])
    _effect_case(folder / "b.casereview", "Review B", [("does_not_work", "team", "rd-signalen"),
                                                       ("too_early", "team", "rd-continuiteit")])
    _effect_case(folder / "oefening.casereview", "Oefening", [("works", "team", "rd-signalen")], exercise=True)
    return folder


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (lock files included) with a hash of its bytes."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}
