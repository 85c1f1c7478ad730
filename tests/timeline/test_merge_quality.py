"""The merge assistant on per-party timelines it was not built from: recall and precision at the default threshold."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from merge_sets import SET_A, SET_B, SET_C, SET_D, Row, true_pairs, write_set

from casereview.casefile.case_file import CaseFile
from casereview.timeline.events import list_events
from casereview.timeline.importing.importer import import_timeline
from casereview.timeline.merging import propose_merges


def proposed_pairs(case: CaseFile) -> set[frozenset[tuple[str, str]]]:
    told = {int(r.event.id or 0): (r.party_name, r.event.description) for r in list_events(case)}
    return {frozenset((told[a], told[b])) for p in propose_merges(case) for a, b in combinations(p.events, 2)}


def measure(case: CaseFile, folder: Path, parties: dict[str, list[Row]]) -> tuple[float, float]:
    for party, path in write_set(folder, parties).items():
        import_timeline(case, path, party=party, require_party=True)
    truth, proposed = true_pairs(parties), proposed_pairs(case)
    found = truth & proposed
    return len(found) / len(truth), (len(found) / len(proposed) if proposed else 1.0)


@pytest.mark.parametrize("parties", [SET_A, SET_B, SET_C, SET_D], ids=["kleuter", "baby", "tiener", "moeder-psychose"])
def test_most_shared_facts_are_proposed_and_almost_every_proposal_is_one_fact(
        case: CaseFile, tmp_path: Path, parties: dict[str, list[Row]]) -> None:
    """SET_C was written blind (0.54 / 0.94 then); its misses led to general fixes (the child's kinship words,
    everyday synonyms, ZAT, referral and intake, a day named in the text, a registration's lag), so it is no
    longer blind: it is held to the goal like the others. SET_D was written blind after that (0.62 / 1.00 when
    first measured); general fixes only (BT, 'vanuit', 'in de war', compounds of the case's own words) brought
    it to 0.86 / 1.00."""
    recall, precision = measure(case, tmp_path, parties)
    assert recall >= 0.85, f"recall {recall:.2f}"
    assert precision >= 0.95, f"precision {precision:.2f}"


@pytest.mark.parametrize("parties", [SET_A, SET_C, SET_D], ids=["kleuter", "tiener", "moeder-psychose"])
def test_the_block_scores_are_the_scores_the_assistant_explains(
        case: CaseFile, tmp_path: Path, parties: dict[str, list[Row]]) -> None:
    """propose_merges groups on score_all's matrices and explains with score_pair: both must give one score."""
    from bisect import bisect_right

    from casereview.timeline.event_matching import prepare, score_all, score_pair, weigh, window_end
    from casereview.timeline.merging import _lexicon

    for party, path in write_set(tmp_path, parties).items():
        import_timeline(case, path, party=party, require_party=True)
    rows = list_events(case)
    texts, weights = weigh(prepare(rows, _lexicon(rows)))
    starts = [t.start for t in texts]
    one_by_one = {}
    for i, a in enumerate(texts):
        for b in texts[i + 1:bisect_right(starts, window_end(a), lo=i + 1)]:
            match = score_pair(a, b, weights)
            if match is not None:
                one_by_one[(match.first, match.second)] = match.score
    assert len(one_by_one) > 20
    assert score_all(texts, weights, 0) == one_by_one
