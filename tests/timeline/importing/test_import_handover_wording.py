"""Hand-over wording in an imported timeline becomes the type, the receiving party and the confirmed start."""

from __future__ import annotations

from pathlib import Path

from import_support import HEADER_NL, write_csv

from casereview.casefile.case_file import CaseFile
from casereview.session.parties import add_party
from casereview.timeline.event_types import recognise_event_type, recognise_handover
from casereview.timeline.events import list_events
from casereview.timeline.importing.importer import import_timeline
from casereview.timeline.responsibility import responsibility_map
from casereview.vocabulary import FOLLOWUP_NO, FOLLOWUP_UNKNOWN, EventType, GapReason


def test_the_sources_wordings_are_recognised() -> None:
    assert recognise_event_type("Het gezin wordt overgedragen aan het wijkteam") == EventType.HANDOVER
    assert recognise_event_type("Veilig Thuis draagt de zaak over aan de GI") == EventType.HANDOVER
    assert recognise_event_type("Dossier gesloten zonder warme overdracht") == EventType.CLOSURE
    assert recognise_event_type("Het gezin verhuist naar Utrecht") == EventType.MOVE
    assert recognise_event_type("De kinderrechter heeft het verzoek afgewezen") == EventType.REFUSAL
    assert recognise_handover("Dossier gesloten zonder warme overdracht").confirmed == FOLLOWUP_NO
    assert recognise_handover("Veilig Thuis draagt de zaak over aan de GI, met een plan").receiver == "de GI"
    assert recognise_handover("Overgedragen aan het wijkteam").confirmed == FOLLOWUP_UNKNOWN


def test_import_links_the_receiving_party_and_the_gap_follows(case: CaseFile, tmp_path: Path) -> None:
    add_party(case, "Wijkteam Noord")
    rows = [HEADER_NL,
            ["02-2026", "", "Veilig Thuis", "Onderzoek gestart", ""],
            ["10-03-2026", "", "Veilig Thuis", "Gezin overgedragen aan het wijkteam, zonder warme overdracht", ""],
            ["21-04-2026", "", "Wijkteam Noord", "Eerste huisbezoek", ""]]
    import_timeline(case, write_csv(tmp_path / "tijdlijn.csv", rows, encoding="cp1252"))
    handover = next(r for r in list_events(case) if "overgedragen" in r.event.description)
    assert handover.event.event_type == EventType.HANDOVER
    assert handover.event.followup_confirmed == FOLLOWUP_NO
    team = next(r for r in list_events(case) if r.party_name == "Wijkteam Noord")
    assert handover.event.receiving_party_id == team.event.party_id
    [gap] = responsibility_map(case).gaps
    assert (gap.reason, gap.after, gap.receiver, gap.days) == (GapReason.HANDOVER_UNCONFIRMED, "Veilig Thuis",
                                                               "Wijkteam Noord", 42)


def test_an_unclear_receiver_is_left_for_the_chair(case: CaseFile, tmp_path: Path) -> None:
    add_party(case, "Wijkteam Noord")
    add_party(case, "Wijkteam Zuid")
    rows = [HEADER_NL, ["10-03-2026", "", "Veilig Thuis", "Overgedragen aan het wijkteam", ""]]
    import_timeline(case, write_csv(tmp_path / "tijdlijn.csv", rows, encoding="cp1252"))
    [row] = list_events(case)
    assert row.event.event_type == EventType.HANDOVER and row.event.receiving_party_id is None
