"""How long the verslag of a 2,000-event case takes, against python-docx writing only its timeline table.

The floor is the plain python-docx way to write the same 2,000-row table
(``add_row`` and ``cell.text``) and save it: the least any Word export with
that table must cost. Both are measured in the same run; the ratio is the
figure to watch (target: at most 2x).

Run from the repository root: ``python benchmarks/bench_export.py [events]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import docx  # noqa: E402

from casereview.casefile.case_file import create_case  # noqa: E402
from casereview.model.tables import Party, TimelineEvent  # noqa: E402
from casereview.privacy.pseudonyms import set_pseudonym  # noqa: E402
from casereview.reports.documents import export_document  # noqa: E402
from casereview.reports.sections import load_context, timeline_rows  # noqa: E402
from casereview.vocabulary import DatePrecision, KeyMoment  # noqa: E402


def build_case(path: Path, events: int):
    case = create_case(path, "Benchmark familie Jansen")
    with case.write("event", "import", "benchmark") as s:
        parties = [Party(name=f"Organisatie {i}") for i in range(12)]
        s.add_all(parties)
        s.flush()
        start = date(2015, 1, 1)
        for i in range(events):
            d = start + timedelta(days=i)
            month = i % 9 == 0
            s.add(TimelineEvent(
                date_start=d.replace(day=1) if month else d, date_end=d.replace(day=28) if month else d,
                date_precision=DatePrecision.MONTH if month else DatePrecision.DAY, date_text=d.isoformat(),
                party_id=parties[i % 12].id, source=f"dossier {i % 12}",
                description=f"Contact {i}: gesprek met moeder Jansen over de situatie van Lisa en de school.",
                key_moment=KeyMoment.CONCERN if i % 97 == 0 else KeyMoment.GOOD if i % 89 == 0 else KeyMoment.NONE))
    set_pseudonym(case, "Jansen", "X")
    set_pseudonym(case, "Lisa", "kind 1")
    return case


def floor(rows: list[list[str]], out: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=6)
    for cell, text in zip(table.rows[0].cells, ["Nr", "Datum", "Partij", "Wat er gebeurde", "Bron", "Sleutel"]):
        cell.text = text
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    document.save(str(out))


def chart_figures(events: int) -> tuple[float, float]:
    """draw_timeline + render for ``events`` events, against one bare scatter of as many points."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from casereview.timeline.chart import draw_timeline
    from casereview.timeline.events import EventRow

    start = date(2015, 1, 1)
    rows = []
    for i in range(events):
        d = start + timedelta(days=i % 3000)
        rows.append(EventRow(TimelineEvent(id=i + 1, date_start=d, date_end=d, date_precision=DatePrecision.DAY,
                                           key_moment=KeyMoment.CONCERN if i % 97 == 0 else KeyMoment.NONE),
                             f"Organisatie {i % 12}"))
    xs, ys = np.arange(events, dtype=float), np.arange(events) % 12

    def bare() -> None:
        fig = Figure(figsize=(12, 6))
        fig.add_subplot(1, 1, 1).scatter(xs, ys)
        FigureCanvasAgg(fig).draw()

    def ours() -> None:
        fig = Figure(figsize=(12, 6))
        draw_timeline(fig, rows, large=True)
        FigureCanvasAgg(fig).draw()

    return timed(bare), timed(ours)


def timed(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        case = build_case(folder / "bench.casereview", events)
        ctx = load_context(case, pseudonymise=True, today=None)
        rows = [[c if isinstance(c, str) else c.text for c in row] for row in timeline_rows(ctx)]
        t_floor = timed(lambda: floor(rows, folder / "floor.docx"))
        t_export = timed(lambda: export_document(case, folder / "verslag.docx", pseudonymise=True))
        case.close()
    print(f"events: {events}")
    print(f"floor (python-docx table only): {t_floor:.2f} s")
    print(f"verslag (complete, pseudonymised, leak-checked, chart): {t_export:.2f} s")
    print(f"ratio: {t_export / t_floor:.2f}x (target <= 2x)")
    t_bare, t_chart = chart_figures(10_000)
    print(f"chart, 10,000 events: draw + render {t_chart:.2f} s; bare scatter floor {t_bare:.2f} s; "
          f"ratio {t_chart / t_bare:.2f}x")


if __name__ == "__main__":
    main()
