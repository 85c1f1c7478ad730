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


def test_a_fact_registered_days_later_in_other_words_is_proposed(case: CaseFile, tmp_path: Path) -> None:
    from import_support import write_csv

    from casereview.timeline.importing.importer import import_timeline

    police = write_csv(tmp_path / "politie.csv", [["Datum", "Omschrijving"],
                                                  ["14-02-2021", "Melding huiselijk geweld, politie ter plaatse"]])
    vt = write_csv(tmp_path / "vt.csv", [["Datum", "Omschrijving"],
                                         ["16-02-2021", "Zorgmelding van de politie ontvangen over geweld thuis"],
                                         ["25-02-2021", "Zorgmelding van de politie ontvangen over geweld thuis"]])
    import_timeline(case, police, party="Politie", require_party=True)
    import_timeline(case, vt, party="VT", require_party=True)
    proposals = propose_merges(case)
    assert len(proposals) == 1, "eleven days later is another fact"
    texts = {r.event.id: r.event.date_text for r in list_events(case)}
    assert sorted(texts[i] for i in proposals[0].events) == ["14-02-2021", "16-02-2021"]
    pair = proposals[0].pairs[0]
    assert pair.days_apart == 2 and "melding" in pair.shared_words and pair.rules["partij"] > 0


def test_kept_apart_survives_reopening_and_a_new_import_and_can_be_undone(case: CaseFile, tmp_path: Path) -> None:
    from casereview.casefile.case_file import open_case
    from casereview.timeline.merging import keep_apart, undo_keep_apart

    import_party_files(case, tmp_path)
    before = _groups(case)
    handover = next(p for p in propose_merges(case) if any("Overdracht" in _text(case, i) for i in p.events))
    added = keep_apart(case, handover.events)
    assert len(_groups(case)) == len(before) - 1
    path = case.path
    case.close()
    reopened = open_case(path)
    try:
        assert len(_groups(reopened)) == len(before) - 1
        (tmp_path / "again").mkdir()
        import_party_files(reopened, tmp_path / "again")  # the same files once more: new rows, same facts
        assert not any({"Warme overdracht van de casus aan het wijkteam, samen met moeder",
                        "Overdracht vanuit Veilig Thuis ontvangen; kennismaking met moeder"} <= g
                       for g in _groups(reopened))
        undo_keep_apart(reopened, added)
        assert any("Overdracht vanuit Veilig Thuis ontvangen; kennismaking met moeder" in g
                   for g in _groups(reopened))
    finally:
        reopened.close()


def test_the_chairs_own_abbreviation_counts_as_the_name_it_stands_for(case: CaseFile, tmp_path: Path) -> None:
    from import_support import write_csv

    from casereview import settings
    from casereview.timeline.importing.importer import import_timeline

    a = write_csv(tmp_path / "a.csv", [["Datum", "Omschrijving"], ["03-05-2022", "Kind besproken met het SWT"]])
    b = write_csv(tmp_path / "b.csv", [["Datum", "Omschrijving"], ["03-05-2022", "Kinderarts belt over het kind"]])
    import_timeline(case, a, party="Ziekenhuis", require_party=True)
    import_timeline(case, b, party="Wijkteam", require_party=True)
    assert propose_merges(case) == []
    settings.put("merge_terms", "SWT = wijkteam")
    [proposal] = propose_merges(case)
    assert proposal.pairs[0].rules["partij"] == 24  # now each text names the other's party


def _text(case: CaseFile, event_id: int) -> str:
    return next(r.event.description for r in list_events(case) if r.event.id == event_id)
