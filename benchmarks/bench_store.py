"""Case-file safety costs: a captured contribution and opening a file, against bare floors.

Floors, measured in the same run on the same disk:
- write: one sqlite3 INSERT committed in its own transaction with the same
  journal mode and sync settings (``DELETE``, ``FULL``). casereview adds the
  ORM, the change-log row and a fresh connection per session.
- open: sqlite3.connect plus one query. casereview adds the file checks
  (header, quick_check, version), the lock file and the engine.
- encrypted open: the same open of an SQLCipher file; the passphrase's key
  derivation is deliberately slow, so it is reported, not judged.

Run: python benchmarks/bench_store.py [writes]   (default 300)
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from casereview.casefile.case_file import create_case, open_case  # noqa: E402
from casereview.model.store import encryption_available  # noqa: E402
from casereview.session.contributions import add_contribution  # noqa: E402


def floor_writes(folder: Path, count: int) -> float:
    conn = sqlite3.connect(folder / "floor.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE contribution (id INTEGER PRIMARY KEY, text TEXT, created_at TEXT)")
    start = time.perf_counter()
    for number in range(count):
        conn.execute("BEGIN")
        conn.execute("INSERT INTO contribution (text, created_at) VALUES (?, datetime('now'))", (f"bijdrage {number}",))
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed / count


def casereview_writes(folder: Path, count: int) -> float:
    case = create_case(folder / "bench.casereview", "Benchmark")
    start = time.perf_counter()
    for number in range(count):
        add_contribution(case, text=f"bijdrage {number}", party_id=None)
    elapsed = time.perf_counter() - start
    case.close()
    return elapsed / count


def floor_open(path: Path, rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM contribution").fetchone()
        conn.close()
    return (time.perf_counter() - start) / rounds


def casereview_open(path: Path, rounds: int, passphrase: str | None = None) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        case = open_case(path, passphrase=passphrase)
        case.case()
        case.close()
    return (time.perf_counter() - start) / rounds


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    with tempfile.TemporaryDirectory() as raw:
        folder = Path(raw)
        floor_w = floor_writes(folder, count)
        ours_w = casereview_writes(folder, count)
        print(f"bijdrage opslaan: floor {floor_w * 1000:.2f} ms, casereview {ours_w * 1000:.2f} ms, "
              f"ratio {ours_w / floor_w:.1f}x ({count} keer)")
        floor_o = floor_open(folder / "bench.casereview", 20)
        ours_o = casereview_open(folder / "bench.casereview", 20)
        print(f"dossier openen:   floor {floor_o * 1000:.2f} ms, casereview {ours_o * 1000:.2f} ms, "
              f"ratio {ours_o / floor_o:.1f}x")
        if encryption_available():
            secret = folder / "geheim.casereview"
            create_case(secret, "Benchmark", passphrase="lang wachtwoord").close()
            ours_e = casereview_open(secret, 3, passphrase="lang wachtwoord")
            print(f"versleuteld dossier openen: {ours_e * 1000:.0f} ms (sleutelafleiding is bewust traag)")


if __name__ == "__main__":
    main()
