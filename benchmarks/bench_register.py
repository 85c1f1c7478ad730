"""Publishing 1,000 cases' lessons to a register and reading the regional theme counts: SQLite vs PostgreSQL.

One leerbrief is prepared from the demo case (the real leak check); it is then
published as 1,000 different cases by 20 organisations, each publication its
own transaction as in real use (``publish_prepared``), and the theme counts
are read back. The same run measures a floor: raw sqlite3 INSERT + COMMIT of
the lesson row with the same pragmas, so the figures are comparable across
machines. PostgreSQL is a throwaway cluster on a unix socket
(tests/postgres_cluster.py), started and stopped by this script.

Run: python benchmarks/bench_register.py [N]
"""

from __future__ import annotations

import dataclasses
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from memory_keyring import use_memory_keyring  # noqa: E402
from postgres_cluster import start_cluster  # noqa: E402

from casereview.demo.demo_case import write_demo_case  # noqa: E402
from casereview.register.service import (  # noqa: E402
    Publication,
    init_register,
    open_register,
    prepare_publication,
    publish_prepared,
    role_name,
    theme_counts,
)

ORGANISATIONS = [f"Organisatie {i:02d}" for i in range(20)]
CODES = [f"thema-{i:02d}" for i in range(12)]


def publications(template: Publication, n: int) -> list[Publication]:
    out = []
    for i in range(n):
        out.append(dataclasses.replace(
            template, case=str(uuid.uuid4()), organisation=ORGANISATIONS[i % len(ORGANISATIONS)],
            year=2023 + i % 4, review_quarter=f"{2023 + i % 4}-K{1 + i % 4}",
            themes=sorted({CODES[i % 12], CODES[(i * 7) % 12], CODES[(i * 5 + 3) % 12]})))
    return out


def floor(folder: Path, items: list[Publication]) -> float:
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    for pragma in ("journal_mode = DELETE", "synchronous = FULL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE lesson (id INTEGER PRIMARY KEY, case_uuid TEXT, organisation TEXT, version INT, "
                 "story TEXT, lessons TEXT)")
    start = time.perf_counter()
    for p in items:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO lesson (case_uuid, organisation, version, story, lessons) VALUES (?,?,?,?,?)",
                     (p.case, p.organisation, 1, p.texts["story"], p.texts["lessons"]))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def run(urls: dict[str, str], items: list[Publication]) -> tuple[float, tuple[float, float]]:
    """Seconds to publish every item (each through its organisation's connection) and to read the counts
    (first read, median of the next four)."""
    registers = {org: open_register(url) for org, url in urls.items()}
    try:
        start = time.perf_counter()
        for p in items:
            publish_prepared(registers[p.organisation], dataclasses.replace(p))
        published = time.perf_counter() - start
        reads = []
        for _ in range(5):  # the first read right after a bulk load runs on the planner's stale statistics
            start = time.perf_counter()
            counts = theme_counts(next(iter(registers.values())))
            reads.append(time.perf_counter() - start)
            assert len(counts) == len(CODES) and all(c.lessons for c in counts)
        read = (reads[0], statistics.median(reads[1:]))
    finally:
        for register in registers.values():
            register.close()
    return published, read


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    use_memory_keyring()  # signing keys of the SQLite run: never in this computer's real keyring
    folder = Path(tempfile.mkdtemp(prefix="bench-register-"))
    case = write_demo_case(folder / "demo.casereview")
    try:
        start = time.perf_counter()
        template = prepare_publication(case, "Organisatie 00")
        prepare = time.perf_counter() - start
    finally:
        case.close()
    items = publications(template, n)
    floor_s = floor(folder, items)

    sqlite_url = str(folder / "register.db")
    init_register(sqlite_url, ORGANISATIONS).close()
    sqlite_pub, sqlite_read = run({org: sqlite_url for org in ORGANISATIONS}, items)

    cluster = start_cluster(durable=True)  # fsync on, like the SQLite file's synchronous=FULL
    try:
        admin = cluster.create_database("bench")
        init_register(admin, ORGANISATIONS).close()
        pg_urls = {org: cluster.url("bench", role_name(org)) for org in ORGANISATIONS}
        pg_pub, pg_read = run(pg_urls, items)
    finally:
        cluster.stop()

    print(f"lessons: {n}; organisations: {len(ORGANISATIONS)}; theme codes: {len(CODES)}")
    print(f"prepare one leerbrief (leak check, demo case): {prepare * 1000:.1f} ms")
    print(f"floor   raw sqlite3 insert+commit:  {floor_s:.2f} s  ({floor_s / n * 1000:.2f} ms per lesson)")
    print(f"sqlite  publish:                    {sqlite_pub:.2f} s  ({sqlite_pub / n * 1000:.2f} ms per lesson, "
          f"{sqlite_pub / floor_s:.1f}x floor)")
    print(f"postgres publish:                   {pg_pub:.2f} s  ({pg_pub / n * 1000:.2f} ms per lesson, "
          f"{pg_pub / floor_s:.1f}x floor)")
    print(f"theme counts, first read: sqlite {sqlite_read[0] * 1000:.1f} ms, postgres {pg_read[0] * 1000:.1f} ms")
    print(f"theme counts, later reads: sqlite {sqlite_read[1] * 1000:.1f} ms, postgres {pg_read[1] * 1000:.1f} ms")
    print(f"ratio postgres/sqlite: publish {pg_pub / sqlite_pub:.2f}, theme counts first {pg_read[0] / sqlite_read[0]:.2f}, "
          f"later {pg_read[1] / sqlite_read[1]:.2f}")


if __name__ == "__main__":
    main()
