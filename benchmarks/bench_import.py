"""Timeline import speed: casereview's importer against a bare floor, measured in the same run.

The floor is what any importer must at least do: Python's csv module reading
the same file and sqlite3 ``executemany`` inserting the same rows in one
transaction. For Excel the floor reads the same workbook with openpyxl in
read-only mode instead of the csv module. casereview does more (encoding and delimiter detection, header
recognition, date parsing with precision, parties, duplicate detection, the
change log), so the ratio says what that costs.

Run: python benchmarks/bench_import.py [rows ...]   (default 2000 10000)
"""

from __future__ import annotations

import csv
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casereview.casefile.case_file import create_case  # noqa: E402
from casereview.timeline.importing.importer import import_timeline  # noqa: E402

PARTIES = ["Veilig Thuis", "Jeugdteam Oost", "Huisarts", "School", "Politie", "GGD", "Gemeente Zuidstad",
           "Jeugdbescherming", "Rechtbank", "Ziekenhuis"]
DATES = ["{d:02d}-{m:02d}-{y}", "{m:02d}-{y}", "{y}", "{d} februari {y}", "begin {y}"]


def write_timeline(path: Path, rows: int) -> None:
    """A Dutch-Excel CSV: semicolons, Windows-1252, dd-mm-jjjj and partial dates."""
    rng = random.Random(rows)
    with path.open("w", encoding="cp1252", newline="") as fh:
        writer = csv.writer(fh, delimiter=";")
        writer.writerow(["Datum", "Tijd", "Organisatie", "Gebeurtenis", "Bron"])
        for i in range(rows):
            date_text = rng.choice(DATES).format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(2010, 2024))
            writer.writerow([date_text, f"{rng.randint(8, 17)}:{rng.choice(['00', '15', '30'])}",
                             rng.choice(PARTIES), f"Gebeurtenis {i}: gesprek met moeder over de zorgen; café",
                             f"Verslag {i}"])


def write_workbook(source: Path, target: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Tijdlijn")
    with source.open(encoding="cp1252", newline="") as fh:
        for row in csv.reader(fh, delimiter=";"):
            ws.append(row)
    wb.save(target)


def read_rows(path: Path) -> list[list[object]]:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        rows = [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        wb.close()
        return rows[1:]
    with path.open(encoding="cp1252", newline="") as fh:
        return list(csv.reader(fh, delimiter=";"))[1:]


def floor(path: Path, db: Path) -> float:
    start = time.perf_counter()
    rows = read_rows(path)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE event (id INTEGER PRIMARY KEY, date_text TEXT, time TEXT, party TEXT, "
                 "description TEXT, source TEXT)")
    with conn:
        conn.executemany("INSERT INTO event (date_text, time, party, description, source) VALUES (?, ?, ?, ?, ?)",
                         rows)
    conn.close()
    return time.perf_counter() - start


def casereview_import(path: Path, case_path: Path) -> tuple[float, float]:
    """Time a first import into an empty case, then the same file again (every row a duplicate)."""
    case = create_case(case_path, "Benchmark")
    start = time.perf_counter()
    report = import_timeline(case, path)
    first = time.perf_counter() - start
    assert report.added > 0 and not report.problems, report.summary()[:500]
    start = time.perf_counter()
    again = import_timeline(case, path)
    second = time.perf_counter() - start
    assert again.added == 0 and again.duplicates == report.added + report.duplicates
    case.close()
    return first, second


def main(sizes: list[int]) -> None:
    print(f"{'bestand':>8} {'rijen':>7} {'floor (s)':>10} {'casereview (s)':>15} {'verhouding':>11} "
          f"{'opnieuw, alles dubbel (s)':>26}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        jobs = []
        for rows in sizes:
            source = folder / f"tijdlijn_{rows}.csv"
            write_timeline(source, rows)
            jobs.append((source, rows))
        for source, rows in list(jobs):
            workbook = source.with_suffix(".xlsx")
            write_workbook(source, workbook)
            jobs.append((workbook, rows))
        for source, rows in jobs:
            stem = f"{source.suffix[1:]}_{rows}"
            floor_s = min(floor(source, folder / f"floor_{stem}_{i}.db") for i in range(3))
            runs = [casereview_import(source, folder / f"case_{stem}_{i}.casereview") for i in range(3)]
            ours, again = min(r[0] for r in runs), min(r[1] for r in runs)
            print(f"{source.suffix[1:]:>8} {rows:>7} {floor_s:>10.3f} {ours:>15.3f} {ours / floor_s:>10.1f}x "
                  f"{again:>26.3f}")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 10000])
