"""The merge assistant's proposals on a 10,000-event case, and its recall and precision on the test sets.

Printed against a floor measured in the same run: ``list_events`` alone (the one query the proposals need),
so the ratio says what comparing costs on top of reading. The goal is proposals for 10,000 events in under
2 s on the machine that runs it.

Run from the repository root:  python benchmarks/bench_merge.py [N]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "timeline")]

from casereview.casefile.case_file import CaseFile, create_case  # noqa: E402
from casereview.model.tables import Party, TimelineEvent  # noqa: E402
from casereview.timeline.events import list_events  # noqa: E402
from casereview.timeline.importing.importer import import_timeline  # noqa: E402
from casereview.timeline.merging import DEFAULT_THRESHOLD, propose_merges  # noqa: E402
from casereview.vocabulary import DatePrecision  # noqa: E402

PARTIES = ["Veilig Thuis", "Wijkteam", "Politie", "Huisarts", "School", "Jeugdbescherming"]
PHRASES = ["Melding ontvangen over zorgen om het kind", "Huisbezoek bij moeder", "Overleg met school en wijkteam",
           "Gesprek met vader over de omgang", "Overdracht aan het wijkteam", "Telefonisch contact met de huisarts",
           "Politie ter plaatse na ruzie", "Verzoek om informatie verstuurd", "Kind niet op school verschenen",
           "Veiligheidsplan besproken met de ouders", "Onderzoek gestart", "Zorgen gedeeld met Veilig Thuis"]


def build_case(path: Path, n: int) -> CaseFile:
    rnd = random.Random(11)
    case = create_case(path, "Benchmark samenvoegen")
    with case.write("import", "bench", f"{n} events") as s:
        parties = [Party(name=name) for name in PARTIES]
        s.add_all(parties)
        s.flush()
        events = []
        for _ in range(n):
            day = date(2016, 1, 1) + timedelta(days=rnd.randrange(365 * 4))
            monthly = rnd.random() < 0.1
            start = day.replace(day=1) if monthly else day
            end = ((start + timedelta(days=32)).replace(day=1) - timedelta(days=1)) if monthly else day
            text = f"{rnd.choice(PHRASES)} ({rnd.randrange(1000)})"
            events.append(TimelineEvent(date_start=start, date_end=end, date_text=start.isoformat(),
                                        date_precision=DatePrecision.MONTH if monthly else DatePrecision.DAY,
                                        party_id=rnd.choice(parties).id, description=text))
        s.add_all(events)
    return case


def best_of(runs: int, work, clock=time.perf_counter) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        t0 = clock()
        work()
        times.append(clock() - t0)
    return min(times)


def quality() -> None:
    from merge_sets import SET_A, SET_B, SET_C, SET_D, true_pairs, write_set

    for name, parties in (("kleuter", SET_A), ("baby", SET_B), ("tiener", SET_C), ("moeder-psychose", SET_D)):
        with tempfile.TemporaryDirectory() as tmp:
            case = create_case(Path(tmp) / "q.casereview", "Kwaliteit")
            for party, file in write_set(Path(tmp), parties).items():
                import_timeline(case, file, party=party, require_party=True)
            told = {int(r.event.id or 0): (r.party_name, r.event.description) for r in list_events(case)}
            proposed = {frozenset((told[a], told[b])) for p in propose_merges(case) for a, b in combinations(p.events, 2)}
            truth = true_pairs(parties)
            found = truth & proposed
            print(f"set {name}: {len(truth)} shared pairs, {len(proposed)} proposed, recall "
                  f"{len(found) / len(truth):.2f}, precision {len(found) / max(1, len(proposed)):.2f} "
                  f"(threshold {DEFAULT_THRESHOLD})")
            case.close()


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        case = build_case(Path(tmp) / "bench.casereview", n)
        floor = best_of(3, lambda: list_events(case))
        rows = list_events(case)
        propose = best_of(3, lambda: propose_merges(case, rows=rows))
        total = best_of(3, lambda: propose_merges(case))
        print(f"{n} events: list_events {floor:.3f} s (floor); proposals on read rows {propose:.3f} s "
              f"({propose / floor:.1f}x); read and propose {total:.3f} s ({total / floor:.1f}x)")
        cpu = best_of(3, lambda: propose_merges(case), clock=time.process_time)
        print(f"read and propose, processor time of this process: {cpu:.3f} s (wall time above includes waiting "
              f"for the processor when other programs run)")
        print(f"proposals found: {len(propose_merges(case, rows=rows))}")
        case.close()
    quality()


if __name__ == "__main__":
    main()
