"""Opening a 10,000-event case and storing contributions, against floors measured in the same run.

    python benchmarks/bench_open.py [--events 10000] [--runs 3]

- open+draw: ``open_case`` + ``MainWindow.show_case`` + one paint of the window, against
  the floor of the same rows fetched with plain ``sqlite3`` into a minimal Qt table model
  shown in a ``QTableView``;
- storing a contribution: the service call (``add_contribution``, one commit and change-log
  row) and the same through the capture bar (undo command, list refresh), medians in ms.

Targets (issue 6): storing a contribution ≤ 20 ms median.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView  # noqa: E402

CONTRIBUTION_TARGET_MS = 20.0
PARTIES = ("Jeugdteam", "Huisarts", "School", "Veilig Thuis", "GGZ", "Gemeente", "Politie",
           "Raad voor de Kinderbescherming")


def big_case(path: Path, events: int) -> None:
    """Write the events in one transaction through the model (what an import does)."""
    from casereview.casefile.case_file import create_case
    from casereview.model.tables import TimelineEvent
    from casereview.session.parties import add_party
    from casereview.timeline.dates import parse_date
    from casereview.timeline.events import apply_date

    case = create_case(path, "Groot dossier")
    party_ids = [add_party(case, name).id for name in PARTIES]
    with case.write("event", "import", f"{events} gebeurtenissen") as s:
        for i in range(events):
            event = TimelineEvent(description=f"Contact {i}: gesprek met moeder over de zorgen op school",
                                  party_id=party_ids[i % len(party_ids)], source="dossier jeugdteam")
            apply_date(event, parse_date(f"{1 + i % 28:02d}-{1 + i % 12:02d}-{2010 + i % 12}"))
            s.add(event)
    case.close()


class RowsModel(QAbstractTableModel):
    """The least a Qt table needs: rows as tuples."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 6

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None


def floor_open(app: QApplication, path: Path) -> float:
    started = time.perf_counter()
    con = sqlite3.connect(path)
    rows = con.execute("SELECT date_text, time, party_id, description, source, key_moment FROM timelineevent "
                       "ORDER BY date_start").fetchall()
    con.close()
    view = QTableView()
    view.setModel(RowsModel(rows))
    view.resize(1366, 768)
    view.show()
    view.repaint()
    app.processEvents()
    elapsed = time.perf_counter() - started
    view.close()
    view.deleteLater()
    return elapsed * 1000


def app_open(app: QApplication, path: Path) -> float:
    from casereview.casefile.case_file import open_case
    from casereview.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    app.processEvents()
    started = time.perf_counter()
    window.show_case(open_case(path))
    window.repaint()
    app.processEvents()
    elapsed = time.perf_counter() - started
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed * 1000


def store_contributions(app: QApplication, path: Path, count: int) -> tuple[float, float]:
    from casereview.casefile.case_file import open_case
    from casereview.session.contributions import add_contribution
    from casereview.session.parties import list_parties
    from casereview.ui.main_window import MainWindow

    case = open_case(path)
    party = list_parties(case)[0].id
    service = []
    for i in range(count):
        started = time.perf_counter()
        add_contribution(case, text=f"Bijdrage {i}", party_id=party)
        service.append((time.perf_counter() - started) * 1000)
    case.close()

    window = MainWindow()
    window.show()
    window.show_case(open_case(path))
    assert window.case_view is not None
    bar = window.case_view.contributions.capture
    bar.party_picker.setCurrentIndex(0)
    through_ui = []
    for i in range(count):
        bar.edit.setText(f"Via de balk {i}")
        started = time.perf_counter()
        bar.store()
        app.processEvents()
        through_ui.append((time.perf_counter() - started) * 1000)
    window.close()
    return statistics.median(service), statistics.median(through_ui)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--contributions", type=int, default=30)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CASEREVIEW_HOME"] = tmp
        app = QApplication.instance() or QApplication(sys.argv[:1])
        path = Path(tmp) / "groot.casereview"
        big_case(path, args.events)
        app_open(app, path)  # warm-up: imports and first-use costs
        floor_open(app, path)
        floors = [floor_open(app, path) for _ in range(args.runs)]
        opens = [app_open(app, path) for _ in range(args.runs)]
        service_ms, ui_ms = store_contributions(app, path, args.contributions)
    floor, opened = statistics.median(floors), statistics.median(opens)
    print(f"{args.events} events, median of {args.runs} runs:")
    print(f"  floor (sqlite3 + bare QTableView)   {floor:7.0f} ms")
    print(f"  casereview open + draw              {opened:7.0f} ms   ratio {opened / floor:5.1f}")
    print(f"storing a contribution, median of {args.contributions}:")
    print(f"  service (add_contribution)          {service_ms:7.1f} ms   (target ≤ {CONTRIBUTION_TARGET_MS:.0f})")
    print(f"  through the capture bar             {ui_ms:7.1f} ms")
    return 0 if service_ms <= CONTRIBUTION_TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
