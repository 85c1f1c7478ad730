"""Opening and drawing a 10,000-event case in the timeline pane, offscreen.

Each figure is printed against a floor measured in the same run:
- model loaded (pane built)  vs  ``list_events`` alone (the one query the model needs);
- chart drawn                vs  a bare matplotlib scatter of the same points on the same canvas size;
- filtering, sorting and moving the selection, for a feel of responsiveness.

Run from the repository root:  QT_QPA_PLATFORM=offscreen python benchmarks/bench_timeline_view.py [N]
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from casereview.casefile.case_file import CaseFile, create_case  # noqa: E402
from casereview.model.tables import Party, TimelineEvent  # noqa: E402
from casereview.timeline.events import list_events  # noqa: E402
from casereview.vocabulary import DatePrecision, KeyMoment  # noqa: E402

PARTIES = 12
WIDTH, HEIGHT = 1366, 768


def build_case(path: Path, n: int) -> CaseFile:
    """A case with ``n`` events over several parties, inserted in one transaction."""
    rnd = random.Random(7)
    case = create_case(path, "Benchmark 10.000 gebeurtenissen")
    with case.write("import", "bench", f"{n} events") as s:
        parties = [Party(name=f"Organisatie {i + 1}") for i in range(PARTIES)]
        s.add_all(parties)
        s.flush()
        start = date(2015, 1, 1)
        events = []
        for i in range(n):
            day = start + timedelta(days=rnd.randrange(365 * 8))
            kind = rnd.random()
            if kind < 0.1:
                first = day.replace(day=1)
                end = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                dates = dict(date_start=first, date_end=end, date_precision=DatePrecision.MONTH,
                             date_text=f"{day.month:02d}-{day.year}")
            elif kind < 0.12:
                dates = dict(date_start=None, date_end=None, date_precision=DatePrecision.UNKNOWN, date_text="")
            else:
                dates = dict(date_start=day, date_end=day, date_precision=DatePrecision.DAY,
                             date_text=day.strftime("%d-%m-%Y"))
            key = KeyMoment.CONCERN if i % 97 == 0 else KeyMoment.GOOD if i % 89 == 0 else KeyMoment.NONE
            events.append(TimelineEvent(**dates, party_id=parties[i % PARTIES].id, key_moment=key,
                                        description=f"Gebeurtenis {i}: huisbezoek, overleg of melding",
                                        source="dossier"))
        s.add_all(events)
    return case


def best_of(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        times.append(time.perf_counter() - t0)
    return min(times)


def bare_scatter(rows: list) -> Callable[[], None]:
    """The floor for the chart: one scatter of the same points on a canvas of the same size."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.dates import date2num
    from matplotlib.figure import Figure

    dated = [r for r in rows if r.event.date_start is not None]
    x = date2num(np.array([r.event.date_start for r in dated], dtype="datetime64[D]"))
    lanes = {name: i for i, name in enumerate(sorted({r.party_name for r in dated}))}
    y = np.array([lanes[r.party_name] for r in dated])

    def draw() -> None:
        fig = Figure(figsize=(WIDTH / 100, HEIGHT * 0.55 / 100), dpi=100)
        ax = fig.add_subplot(1, 1, 1)
        ax.scatter(x, y, s=81)
        FigureCanvasAgg(fig).draw()
    return draw


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = QApplication.instance() or QApplication([])
    os.environ["CASEREVIEW_HOME"] = tempfile.mkdtemp()
    from casereview.ui.case_context import CaseContext
    from casereview.ui.timeline.pane import VIEW_BOTH, TimelinePane

    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        case = build_case(Path(folder) / "bench.casereview", n)
        print(f"case with {n} events written in {time.perf_counter() - t0:.2f} s")

        floor_query = best_of(3, lambda: list_events(case))
        rows = list_events(case)
        import matplotlib  # noqa: F401  (imported before timing, as the floor's draw does)
        floor_chart = best_of(3, bare_scatter(rows))

        context = CaseContext(case)
        t0 = time.perf_counter()
        pane = TimelinePane(context)
        model_loaded = time.perf_counter() - t0
        pane.set_view_mode(VIEW_BOTH, remember=False)
        pane.resize(WIDTH, HEIGHT)
        pane.show()
        app.processEvents()
        chart_drawn = best_of(3, lambda: (pane.chart.redraw(now=True), pane.chart.canvas.repaint()))
        rows_painted = best_of(3, lambda: pane.table.viewport().repaint())

        second = pane.proxy.event_id(5000 if n > 5000 else n // 2)

        def select() -> None:
            context.select_event(second if context.selected_event_id != second else pane.proxy.event_id(1))
            app.processEvents()
        selection = best_of(3, select)

        def keystrokes() -> None:
            for text in ("h", "hu", "hui", "huis", ""):
                pane.search.setText(text)
                pane.apply_search()  # big tables wait for a typing pause; time the filter itself
        filtering = best_of(3, keystrokes) / 5
        sorting = best_of(3, lambda: (pane.proxy.sort(2, Qt.SortOrder.AscendingOrder),
                                      pane.proxy.sort(0, Qt.SortOrder.AscendingOrder))) / 2
        reload = best_of(3, pane.model.reload)
        floor_query = min(floor_query, best_of(3, lambda: list_events(case)))  # warm, like the reloads

        def line(label: str, value: float, floor: float | None = None, floor_label: str = "") -> None:
            ratio = f"  = {value / floor:5.1f} x {floor_label} ({floor * 1000:7.1f} ms)" if floor else ""
            print(f"{label:<38}{value * 1000:8.1f} ms{ratio}")

        print(f"\n{n} events, {PARTIES} parties, pane {WIDTH}x{HEIGHT} offscreen, best of 3")
        line("model loaded (pane built)", model_loaded, floor_query, "list_events alone")
        line("model reload after an edit", reload, floor_query, "list_events alone")
        line("chart drawn (layout + QPainter)", chart_drawn, floor_chart, "bare scatter")
        line("selection moved (table + chart ring)", selection, floor_chart, "bare scatter")
        line("table viewport repaint", rows_painted)
        line("search filter, per keystroke", filtering)
        line("sort by column", sorting)
        print(f"total to a drawn pane: {(model_loaded + chart_drawn) * 1000:.0f} ms; "
              f"floor {(floor_query + floor_chart) * 1000:.0f} ms "
              f"({(model_loaded + chart_drawn) / (floor_query + floor_chart):.1f} x)")
        median = statistics.median([best_of(1, lambda: pane.chart.redraw(now=True)) for _ in range(3)])
        print(f"chart redraw median of 3: {median * 1000:.0f} ms")
        context.close()
        case.close()


if __name__ == "__main__":
    main()
