"""Reading a workbook: the calamine reader casereview uses against openpyxl read-only, in the same run.

openpyxl's read-only mode was the .xlsx reader before .xls and .ods came in; the
ratio says how much faster python-calamine is on the same file (with merged
ranges and real dates, which the importer needs).

Run: python benchmarks/bench_workbook_reader.py [rows ...]   (default 2000 20000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casereview.timeline.importing.spreadsheet_reader import read_workbook  # noqa: E402


def write_workbook(path: Path, rows: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Tijdlijn")
    ws.append(["Datum", "Tijd", "Organisatie", "Omschrijving", "Bron"])
    for i in range(rows):
        ws.append([date(2015, 1, 1) + timedelta(days=i % 3000), "10:00", f"Partij {i % 7}",
                   f"Gebeurtenis {i}: gesprek met moeder over de zorgen", "dossier"])
    wb.save(path)


def openpyxl_floor(path: Path) -> int:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        return sum(len(list(ws.iter_rows(values_only=True))) for ws in wb.worksheets)
    finally:
        wb.close()


def best(call, repeat: int = 3) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for rows in sizes:
            path = Path(folder) / f"t{rows}.xlsx"
            write_workbook(path, rows)
            floor = best(lambda path=path: openpyxl_floor(path))
            ours = best(lambda path=path: read_workbook(path, "xlsx"))
            print(f"{rows:>6} rows: openpyxl read-only {floor:.3f} s, calamine reader {ours:.3f} s, "
                  f"ratio {ours / floor:.2f} (lower is faster)")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [2000, 20000])
