"""One timeline out of three parties': shared events proposed, merged with all parties, and merged back apart."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from merge_fixtures import MERGED_TOTAL, SHARED, TOTAL_ROWS, import_party_files

from casereview.casefile.case_file import CaseFile
from casereview.findings.conclusions import add_conclusion
from casereview.timeline.events import event_parts, list_events
from casereview.timeline.merging import DEFAULT_THRESHOLD, merge_events, propose_merges, unmerge


def _by_text(case: CaseFile) -> dict[str, int]:
    return {r.event.description: int(r.event.id or 0) for r in list_events(case)}


def _groups(case: CaseFile, threshold: int = DEFAULT_THRESHOLD) -> list[set[str]]:
    texts = {v: k for k, v in _by_text(case).items()}
    return [{texts[i] for i in p.events} for p in propose_merges(case, threshold)]


def _tables(case: CaseFile) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{case.path.as_posix()}?mode=ro", uri=True)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("timelineevent", "eventpartylink", "eventpart", "conclusioneventlink")}
    finally:
        conn.close()


def test_shared_events_in_own_words_are_proposed_and_different_same_day_events_are_not(
        case: CaseFile, tmp_path: Path) -> None:
    import_party_files(case, tmp_path)
    assert len(list_events(case)) == TOTAL_ROWS
    groups = _groups(case)
    assert sorted(len(g) for g in groups) == sorted(SHARED.values())
    handover = next(g for g in groups if any("overdracht" in t.lower() for t in g))
    assert handover == {"Warme overdracht van de casus aan het wijkteam, samen met moeder",
                        "Overdracht vanuit Veilig Thuis ontvangen; kennismaking met moeder"}
    proposed = set().union(*groups)
    # the same day as the hand-over and as the meeting, but other facts
    assert "Juf ziet een blauwe plek op de arm van Sam en schrijft dit op" not in proposed
    assert "Telefonisch contact met de huisarts over medicatie van moeder" not in proposed
    assert all(p.score >= DEFAULT_THRESHOLD for p in propose_merges(case))


def test_merging_every_proposal_gives_one_timeline_with_all_parties_and_every_part_remembered(
        case: CaseFile, tmp_path: Path) -> None:
    import_party_files(case, tmp_path)
    for proposal in propose_merges(case):
        merge_events(case, proposal.events)
    rows = list_events(case)
    assert len(rows) == MERGED_TOTAL
    meeting = next(r for r in rows if "MDO met school" in r.event.description)
    assert sorted(meeting.party_names) == ["School", "Veilig Thuis", "Wijkteam"]
    handover = next(r for r in rows if r.event.event_type == "handover")
    assert sorted(handover.party_names) == ["Veilig Thuis", "Wijkteam"]
    assert handover.event.source.splitlines() == ["overdrachtsformulier", "dossier wijkteam"]
    parts = event_parts(case, int(handover.event.id or 0))
    assert sorted((p.origin_file, p.origin_row, p.description) for p in parts) == [
        ("tijdlijn_veilig_thuis.xlsx", 4, "Warme overdracht van de casus aan het wijkteam, samen met moeder"),
        ("tijdlijn_wijkteam.xlsx", 2, "Overdracht vanuit Veilig Thuis ontvangen; kennismaking met moeder"),
    ]
    assert propose_merges(case) == []  # nothing left to merge: one party cannot meet itself


def test_a_merge_is_undone_exactly_with_the_links_it_moved(case: CaseFile, tmp_path: Path) -> None:
    import_party_files(case, tmp_path)
    ids = _by_text(case)
    wijkteam_side = ids["Overdracht vanuit Veilig Thuis ontvangen; kennismaking met moeder"]
    add_conclusion(case, "De overdracht was warm", event_ids=[wijkteam_side])
    before = _tables(case)
    proposal = next(p for p in propose_merges(case) if wijkteam_side in p.events)
    snapshot = merge_events(case, proposal.events, description="Overdracht VT aan wijkteam (beide verslagen)")
    after = _tables(case)
    assert len(after["timelineevent"]) == len(before["timelineevent"]) - 1
    kept = snapshot.kept["id"]
    assert [row[1] for row in after["conclusioneventlink"]] == [kept]
    unmerge(case, snapshot)
    assert _tables(case) == before
    merge_events(case, proposal.events)  # redo works on the restored rows
    assert len(list_events(case)) == TOTAL_ROWS - 1


def test_the_verslag_names_every_party_of_a_merged_event(case: CaseFile, tmp_path: Path) -> None:
    import docx

    from casereview.reports.documents import export_document

    import_party_files(case, tmp_path)
    for proposal in propose_merges(case):
        merge_events(case, proposal.events)
    out = tmp_path / "verslag.docx"
    export_document(case, out, kind="verslag", party=None, pseudonymise=False)
    cells = {c.text for t in docx.Document(str(out)).tables for r in t.rows for c in r.cells}
    assert any(set(c.split(" + ")) == {"School", "Veilig Thuis", "Wijkteam"} for c in cells), cells
