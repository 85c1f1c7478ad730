from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from casereview.model.tables import TimelineEvent
from casereview.timeline.chart import NO_PARTY, draw_timeline, lane_label, render_timeline_png
from casereview.timeline.events import EventRow, list_events
from casereview.vocabulary import DatePrecision, KeyMoment

sys.path.insert(0, str(Path(__file__).parent))
from export_fixtures import EVENTS, rich_case_copy  # noqa: E402


def synthetic_rows(n: int) -> list[EventRow]:
    rows = []
    for i in range(n):
        d = date.fromordinal(date(2018, 1, 1).toordinal() + i % 1500)
        precision = DatePrecision.MONTH if i % 5 == 0 else DatePrecision.DAY
        end = date(d.year, d.month, 28) if precision == DatePrecision.MONTH else d
        key = (KeyMoment.GOOD, KeyMoment.CONCERN)[(i // 7) % 2] if i % 7 == 3 else KeyMoment.NONE
        e = TimelineEvent(id=i + 1, date_start=d, date_end=end, date_precision=precision, description=f"e{i}",
                          key_moment=key)
        rows.append(EventRow(e, f"Partij {i % 9}"))
    return rows


def test_every_dated_event_is_pickable_and_unknown_ones_are_listed(tmp_path) -> None:
    case = rich_case_copy(tmp_path)
    rows = list_events(case)
    fig = Figure(figsize=(10, 5))
    artists = draw_timeline(fig, rows, large=True)
    dated = {r.event.id for r in rows if r.event.date_start is not None}
    picked = {int(i) for _, ids in artists.collections for i in ids}
    assert picked == dated
    assert len(artists.unknown_ids) == len(EVENTS) - len(dated) == 1
    assert "Zonder datum" in artists.ax.get_xlabel()
    assert len(artists.lanes) == 7 and NO_PARTY not in artists.lanes
    # a pick on any collection maps back to the event drawn there
    for collection, ids in artists.collections:
        offsets = collection.get_offsets()
        for k, event_id in enumerate(ids):
            assert artists.pick(SimpleNamespace(artist=collection, ind=np.array([k]))) == event_id
            assert tuple(offsets[k]) == artists.positions[int(event_id)]
    some = next(iter(dated))
    x, y = artists.positions[some]
    assert artists.nearest(x, y) == some
    artists.set_selected(some)
    assert tuple(artists.selection.get_offsets()[0]) == (x, y)
    artists.set_selected(None)
    assert len(artists.selection.get_offsets()) == 0
    case.close()


def test_key_moments_differ_in_colour_and_shape() -> None:
    fig = Figure()
    artists = draw_timeline(fig, synthetic_rows(200), large=False)
    styles = set()
    for collection, _ids in artists.collections:
        colour = tuple(np.round(collection.get_facecolor()[0], 3)) if len(collection.get_facecolor()) else None
        edge = tuple(np.round(collection.get_edgecolor()[0], 3))
        styles.add((collection.get_paths()[0].vertices.shape, colour, edge))
    assert len(styles) == len(artists.collections) == 6


def test_ten_thousand_events_use_a_few_collections() -> None:
    fig = Figure(figsize=(12, 6))
    rows = synthetic_rows(10_000)
    artists = draw_timeline(fig, rows, large=True)
    assert len(artists.collections) <= 6
    assert sum(len(ids) for _, ids in artists.collections) == 10_000
    assert len(artists.ax.collections) <= 8  # scatter collections, spans and the selection ring
    FigureCanvasAgg(fig).draw()


def test_png_is_a_picture(tmp_path) -> None:
    case = rich_case_copy(tmp_path)
    png = render_timeline_png(case, dpi=60)
    assert png.startswith(b"\x89PNG")
    case.close()


def test_empty_and_undated_timelines_draw() -> None:
    fig = Figure()
    artists = draw_timeline(fig, [], large=True)
    assert artists.collections == [] and artists.lanes == []
    undated = [EventRow(TimelineEvent(id=1, description="x"), "Politie")]
    artists = draw_timeline(fig, undated, large=True)
    assert artists.unknown_ids == [1] and artists.positions == {}
    assert artists.nearest(0, 0) is None
    FigureCanvasAgg(fig).draw()


def test_date_labels_are_dutch_and_follow_zoom() -> None:
    fig = Figure(figsize=(10, 4))
    artists = draw_timeline(fig, synthetic_rows(400), large=True)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    labels = [t.get_text() for t in artists.ax.get_xticklabels() if t.get_text()]
    assert labels and all(any(m in label for m in ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep",
                                                         "okt", "nov", "dec")) for label in labels)
    x0 = date2num(date(2018, 3, 1))
    artists.ax.set_xlim(x0, x0 + 40)
    canvas.draw()
    zoomed = [t.get_text() for t in artists.ax.get_xticklabels() if t.get_text()]
    assert zoomed and all(label.split()[0].isdigit() for label in zoomed)


def _tick_labels(start: date, end: date, *, large: bool) -> list[str]:
    rows = [EventRow(TimelineEvent(id=1, date_start=start, date_end=start, date_precision=DatePrecision.DAY,
                                   description="begin"), "Veilig Thuis"),
            EventRow(TimelineEvent(id=2, date_start=end, date_end=end, date_precision=DatePrecision.DAY,
                                   description="eind"), "Raad voor de Kinderbescherming")]
    fig = Figure(figsize=(9.5, 3) if not large else (13.66, 5))
    artists = draw_timeline(fig, rows, large=large)
    FigureCanvasAgg(fig).draw()
    return [t.get_text() for t in artists.ax.get_xticklabels() if t.get_text()]


MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


@pytest.mark.parametrize("days", [61, 120, 200, 365, 500, 3 * 365, int(3.5 * 365), 4 * 365, 6 * 365, 10 * 365,
                                  15 * 365])
@pytest.mark.parametrize("large", [True, False])
def test_tick_labels_never_repeat_and_show_months_where_the_span_needs_them(days: int, large: bool) -> None:
    start = date(2012, 5, 14)
    labels = _tick_labels(start, date.fromordinal(start.toordinal() + days), large=large)
    assert len(labels) >= 3
    assert len(labels) == len(set(labels)), labels
    if days <= 4 * 365:  # a case over a few years must show where in the year things happened
        assert all(any(m in label for m in MONTHS) for label in labels), labels
    else:
        assert all(label.isdigit() for label in labels), labels


def test_long_lane_names_wrap_instead_of_being_cut() -> None:
    assert lane_label("Raad voor de Kinderbescherming") == "Raad voor de\nKinderbescherming"
    assert lane_label("GGD") == "GGD"
    long = lane_label("Stichting Jeugdbescherming en Reclassering Regio Noord-Holland Zuid")
    assert long.count("\n") == 1 and long.endswith("…") and all(len(line) <= 26 for line in long.splitlines())


def test_an_event_with_several_parties_is_on_each_lane_and_linked() -> None:
    e = TimelineEvent(id=7, date_start=date(2020, 3, 12), date_end=date(2020, 3, 12), date_precision=DatePrecision.DAY,
                      description="Warme overdracht")
    other = TimelineEvent(id=8, date_start=date(2020, 4, 1), date_end=date(2020, 4, 1),
                          date_precision=DatePrecision.DAY, description="Gesprek")
    rows = [EventRow(e, "Veilig Thuis", ("Wijkteam",), (2,)), EventRow(other, "School")]
    fig = Figure(figsize=(10, 4))
    artists = draw_timeline(fig, rows)
    assert artists.lanes == ["Veilig Thuis", "Wijkteam", "School"]
    (collection, ids), = artists.linked
    assert list(ids) == [7] and tuple(collection.get_offsets()[0]) == (artists.positions[7][0], 1.0)
    assert artists.pick(SimpleNamespace(artist=collection, ind=np.array([0]))) == 7
    assert len(artists.links.get_segments()) == 1
