"""Nothing is sent over a network: a whole session through the services opens no socket."""

from __future__ import annotations

import importlib.util
import socket
from pathlib import Path

import pytest

from casereview.casefile.case_file import create_case, open_case
from casereview.casefile.save_copy import save_copy_as
from casereview.findings.agreements import add_agreement, set_status
from casereview.findings.conclusions import add_conclusion
from casereview.model.store import encryption_available
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_party
from casereview.session.procedure import activate_step, list_steps
from casereview.vocabulary import AgreementKind, AgreementStatus, ContributionKind

CSV = "Datum;Organisatie;Gebeurtenis\n01-02-2020;Wijkteam;Eerste gesprek met moeder\n03-2020;School;Zorgmelding\n"


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    tried: list[str] = []

    def refuse(kind: str):
        def blocked(*args: object, **kwargs: object) -> None:
            tried.append(f"{kind}{args[1:] if kind.startswith('socket.') else args}")
            raise OSError("netwerk is in deze test verboden")
        return blocked

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return tried


def test_full_session_opens_no_connection(tmp_path: Path, attempts: list[str]) -> None:
    path = tmp_path / "sessie.casereview"
    case = create_case(path, "Review zonder netwerk")
    try:
        if importlib.util.find_spec("casereview.timeline.importing.importer") is not None:
            from casereview.timeline.importing.importer import import_timeline

            source = tmp_path / "tijdlijn.csv"
            source.write_bytes(CSV.encode("cp1252"))
            import_timeline(case, source)
        school = add_party(case, "Basisschool De Linde")
        team = add_party(case, "Wijkteam Noord")
        step = list_steps(case)[1]
        activate_step(case, step.id)
        first = add_contribution(case, text="Signalen kwamen niet samen", party_id=school.id, step_id=step.id,
                                 kind=ContributionKind.CONCERN)
        add_contribution(case, text="Snelle huisbezoeken", party_id=team.id, step_id=step.id,
                         kind=ContributionKind.WENT_WELL)
        conclusion = add_conclusion(case, "Overdracht school-wijkteam ontbrak", contribution_ids=[first.id])
        agreement = add_agreement(case, action="Warme overdracht bij verhuizing", owner_party_id=team.id,
                                  kind=AgreementKind.IMPROVE_EXISTING, conclusion_id=conclusion.id)
        set_status(case, agreement.id, AgreementStatus.IN_PROGRESS)
        save_copy_as(case, tmp_path / "kopie.casereview")
        if importlib.util.find_spec("casereview.reports.documents") is not None:
            from casereview.reports.documents import export_document

            export_document(case, tmp_path / "verslag.docx")
        if encryption_available():
            from casereview.casefile.encryption import encrypt_case

            encrypt_case(case, "een lang wachtwoord")
    finally:
        case.close()
    reopened = open_case(path, passphrase="een lang wachtwoord" if encryption_available() else None)
    reopened.close()
    assert attempts == []


def test_the_guard_itself_catches_a_connection(attempts: list[str]) -> None:
    with pytest.raises(OSError), socket.socket() as sock:
        sock.connect(("127.0.0.1", 9))
    assert attempts and attempts[0].startswith("socket.connect")


def test_publishing_to_a_register_on_a_share_opens_no_connection(tmp_path: Path, attempts: list[str]) -> None:
    """The register on a shared SQLite file is a file: publishing and the regional view use no network."""
    from register_cases import imported_case

    from casereview.register.service import init_register, publish, regional_theme_counts

    case = imported_case(tmp_path / "leer.casereview")
    try:
        with init_register(str(tmp_path / "regio.db")) as register:
            publish(case, register, "Wijkteam Oost")
        assert regional_theme_counts(str(tmp_path / "regio.db"))
    finally:
        case.close()
    assert attempts == []
