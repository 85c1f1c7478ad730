"""The overview across 300 case files: first indexing and second opening, against a floor of the same run.

    python benchmarks/bench_overview.py [--files 300] [--runs 3]

- floor: plain ``sqlite3`` opening every file read-only and fetching its agreements;
- first indexing: ``load_cases`` + ``build_overview`` with no cache index (every file read);
- second opening: the same with the index in place (files unchanged).

Targets (issue 12): second opening ≤ 2× the floor and under a second; first ≤ 3× the floor.
Medians of ``--runs`` runs; the files are in the OS cache for all three.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def template_case(path: Path) -> None:
    """A case the size of a real review: a dozen agreements and conclusions with themes, some contributions."""
    from casereview.casefile.case_file import create_case
    from casereview.findings.agreements import add_agreement, set_agreement_themes, set_status
    from casereview.findings.conclusions import add_conclusion, list_themes
    from casereview.session.contributions import add_contribution
    from casereview.session.procedure import update_case_details
    from casereview.vocabulary import AgreementStatus, ContributionKind

    with create_case(path, "Benchmarkreview") as case:
        update_case_details(case, review_date=date(2024, 3, 1))
        themes = [t.id for t in list_themes(case)]
        for i in range(12):
            add_conclusion(case, f"Conclusie {i}: de overdracht tussen de hulpverleners liep niet goed.",
                           theme_ids=[themes[i % len(themes)], themes[(i + 3) % len(themes)]])
            agreement = add_agreement(case, action=f"Afspraak {i}: warme overdracht bij elke wisseling",
                                      owner_person="Teamleider", due_date=date(2024, 1 + i % 12, 1))
            set_agreement_themes(case, agreement.id, [themes[i % len(themes)]])
            if i % 3 == 0:
                set_status(case, agreement.id, AgreementStatus.DONE)
        for i in range(40):
            add_contribution(case, text=f"Bijdrage {i} over wat er in het gezin gebeurde.", party_id=None,
                             kind=ContributionKind.WENT_WELL if i % 5 == 0 else ContributionKind.OBSERVATION)


def make_files(folder: Path, count: int) -> None:
    template = folder / "sjabloon.casereview.bron"
    template_case(template)
    for n in range(count):
        target = folder / f"map{n % 10}" / f"review-{n:03d}.casereview"
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(template, target)
        conn = sqlite3.connect(target)
        conn.execute('UPDATE "case" SET uuid = ?, review_date = ?', (str(uuid.uuid4()), f"{2020 + n % 5}-03-01"))
        conn.commit()
        conn.close()


def floor(paths: list[Path]) -> float:
    started = time.perf_counter()
    for path in paths:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        conn.execute("SELECT * FROM agreement").fetchall()
        conn.close()
    return time.perf_counter() - started


def overview_run(folder: Path, *, fresh: bool) -> float:
    from casereview.overview.figures import build_overview
    from casereview.overview.index import index_path, load_cases

    if fresh:
        index_path().unlink(missing_ok=True)
    started = time.perf_counter()
    build_overview(load_cases([folder]))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEREVIEW_HOME"] = str(Path(tmp) / "home")
        folder = Path(tmp) / "dossiers"
        folder.mkdir()
        make_files(folder, args.files)
        paths = sorted(folder.rglob("*.casereview"))
        floor(paths)  # warm the OS cache
        floors, firsts, seconds = [], [], []
        for _ in range(args.runs):
            floors.append(floor(paths))
            firsts.append(overview_run(folder, fresh=True))
            seconds.append(overview_run(folder, fresh=False))
        base, first, second = (statistics.median(v) for v in (floors, firsts, seconds))
    print(f"{args.files} dossiers, mediaan van {args.runs} runs")
    print(f"  vloer (sqlite3, afspraken lezen): {base * 1000:8.1f} ms")
    print(f"  eerste indexering:               {first * 1000:8.1f} ms  = {first / base:4.2f}× vloer (doel ≤ 3×)")
    print(f"  tweede opening:                  {second * 1000:8.1f} ms  = {second / base:4.2f}× vloer "
          f"(doel ≤ 2× en < 1 s)")
    ok = first <= 3 * base and second <= 2 * base and second < 1.0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
