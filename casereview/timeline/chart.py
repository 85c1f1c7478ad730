"""The timeline as a picture: one lane per party, events on a date axis.

Pure matplotlib on a :class:`~matplotlib.figure.Figure` (never pyplot, never
Qt), so the same drawing serves the Word report and, wrapped in a canvas, the
projector view. Events are drawn as a handful of collections, not one artist
per event, which keeps 10,000 events fast; :class:`TimelineArtists` maps a
pick on any collection back to the event id.

Colours are Okabe-Ito (colour-blind safe) and key moments differ in shape as
well as colour, so the chart also reads in greyscale print.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from matplotlib.collections import LineCollection, PathCollection
from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import Formatter, Locator

from casereview.casefile.case_file import CaseFile
from casereview.timeline.chart_layout import (
    BLUE,
    GREEN,
    GREY,
    MAX_KEY_LABELS,
    MONTHS_SHORT,
    NO_PARTY,
    REGIE_LANE,
    SKY,
    VERMILLION,
    lane_label,
    one_line_label,
)
from casereview.timeline.chart_layout import lanes_of as _lanes
from casereview.timeline.events import EventRow, list_events
from casereview.timeline.reassessment import Reassessment, reassessment_moments
from casereview.timeline.responsibility import ResponsibilityMap, responsibility_map, responsibility_of_rows
from casereview.timeline.responsibility_text import duration_label
from casereview.vocabulary import DatePrecision, KeyMoment

MAX_UNKNOWN_LISTED = 15
_MONTHS_SHORT = MONTHS_SHORT


@dataclass
class TimelineArtists:
    """What :func:`draw_timeline` drew, with enough to map a click back to an event.

    ``collections`` pairs every pickable collection with the event ids of its
    points, in offset order; ``positions`` gives each plotted event's (x, y).
    """

    ax: object
    lanes: list[str]
    collections: list[tuple[PathCollection, np.ndarray]] = field(default_factory=list)
    spans: LineCollection | None = None
    selection: PathCollection | None = None
    positions: dict[int, tuple[float, float]] = field(default_factory=dict)
    unknown_ids: list[int] = field(default_factory=list)
    numbers: dict[int, int] = field(default_factory=dict)
    # markers of an event with several parties on its further parties' lanes, linked to the first by a line
    linked: list[tuple[PathCollection, np.ndarray]] = field(default_factory=list)
    links: LineCollection | None = None
    # the responsibility lane (the last one): a bar per period a party held the child, a hatched bar per gap
    regie_lane: int | None = None
    period_bars: list[object] = field(default_factory=list)
    gap_bars: list[object] = field(default_factory=list)
    reassessment_marks: PathCollection | None = None  # changes in the family: moments to weigh the risks again

    def event_id(self, artist: object, index: int) -> int | None:
        """The event id behind point ``index`` of a picked collection."""
        for collection, ids in (*self.collections, *self.linked):
            if collection is artist and 0 <= index < len(ids):
                return int(ids[index])
        return None

    def pick(self, pick_event: object) -> int | None:
        """The event of a matplotlib ``PickEvent`` (the nearest point if several were hit)."""
        indices = getattr(pick_event, "ind", None)
        if indices is None or len(indices) == 0:
            return None
        return self.event_id(getattr(pick_event, "artist", None), int(indices[0]))

    def nearest(self, x: float, y: float, *, max_distance: float | None = None) -> int | None:
        """The event closest to a point in data coordinates (lanes count as one unit high)."""
        if not self.positions:
            return None
        ids = np.fromiter(self.positions.keys(), dtype=np.int64)
        xy = np.array(list(self.positions.values()))
        x0, x1 = self.ax.get_xlim()  # type: ignore[attr-defined]
        scale = (x1 - x0) or 1.0
        dist = ((xy[:, 0] - x) / scale * 20) ** 2 + (xy[:, 1] - y) ** 2
        best = int(np.argmin(dist))
        if max_distance is not None and dist[best] > max_distance ** 2:
            return None
        return int(ids[best])

    def set_selected(self, event_id: int | None) -> None:
        """Move the selection ring without redrawing everything else."""
        if self.selection is None:
            return
        if event_id is None or event_id not in self.positions:
            self.selection.set_offsets(np.empty((0, 2)))
        else:
            self.selection.set_offsets(np.array([self.positions[event_id]]))


_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20)


class DutchDateLocator(Locator):
    """Ticks on whole days, months or years, as many as fit (at most ``maxticks``), from the visible span.

    Every tick is at a distinct calendar unit and :class:`DutchDateFormatter` labels it with that unit
    in full ("12 mrt", "mrt 2019", "2019"), so two ticks never carry the same label; a span of a few
    years gets month ticks ("jan 2019", "jul 2019") rather than one bare year per tick.
    """

    def __init__(self, maxticks: int = 9) -> None:
        self.maxticks = maxticks
        self.unit = "year"

    def __call__(self) -> list[float]:
        lo, hi = self.axis.get_view_interval() if self.axis is not None else (0.0, 1.0)
        return self.tick_values(lo, hi)

    def tick_values(self, vmin: float, vmax: float) -> list[float]:
        lo, hi = sorted((vmin, vmax))
        first, last = num2date(lo).date(), num2date(hi).date()
        days = (last - first).days
        for step in _DAY_STEPS:
            if days // step + 1 <= self.maxticks:
                self.unit = "day"
                start = first.toordinal() + (-first.toordinal()) % step if step < 7 else first.toordinal()
                return [float(date2num(date.fromordinal(o))) for o in range(start, last.toordinal() + 1, step)
                        if lo <= date2num(date.fromordinal(o)) <= hi]
        months = (last.year - first.year) * 12 + last.month - first.month
        for step in _MONTH_STEPS:
            if months // step + 1 <= self.maxticks:
                self.unit = "month"
                return self._months(first, last, step, lo, hi)
        self.unit = "year"
        years = last.year - first.year
        step = next((s for s in _YEAR_STEPS if years // s + 1 <= self.maxticks), _YEAR_STEPS[-1])
        return [float(date2num(date(y, 1, 1))) for y in range(first.year, last.year + 1)
                if y % step == 0 and lo <= date2num(date(y, 1, 1)) <= hi]

    @staticmethod
    def _months(first: date, last: date, step: int, lo: float, hi: float) -> list[float]:
        out = []
        index = first.year * 12 + first.month - 1
        while index <= last.year * 12 + last.month - 1:
            year, month = divmod(index, 12)
            if month % step == 0:
                value = float(date2num(date(year, month + 1, 1)))
                if lo <= value <= hi:
                    out.append(value)
            index += 1
        return out


class DutchDateFormatter(Formatter):
    """Date ticks in Dutch, in the unit the :class:`DutchDateLocator` chose ("12 mrt", "mrt 2019", "2019").

    Reads the axis' current view, so zooming in a canvas refines the labels.
    """

    def __init__(self, locator: DutchDateLocator | None = None) -> None:
        self.locator = locator

    def __call__(self, value: float, pos: int | None = None) -> str:
        d = num2date(value)
        unit = self.locator.unit if self.locator is not None else "month"
        if unit == "year":
            return str(d.year)
        if unit == "month":
            return f"{_MONTHS_SHORT[d.month - 1]} {d.year}"
        return f"{d.day} {_MONTHS_SHORT[d.month - 1]}"


MIN_LANE_FONT = 6.5  # points: smaller than this a lane's name is no longer read from a printed page


def chart_labels(rows: Sequence[EventRow]) -> list[str]:
    """Every text the chart shows that comes from the case (for the name-leak check)."""
    return _lanes(rows)


def draw_timeline(fig: Figure, rows: list[EventRow], *, selected_id: int | None = None,
                  large: bool = True, responsibility: ResponsibilityMap | None = None) -> TimelineArtists:
    """Draw ``rows`` (chronological, as from ``list_events``) into ``fig``; the figure is cleared first.

    With ``responsibility`` (of the whole timeline, not just the rows shown) a last lane shows who
    held the child and the gaps; a map without periods or gaps adds no lane.
    """
    fig.clear()
    fig.set_layout_engine("constrained")
    base = 15 if large else 10
    ax = fig.add_subplot(1, 1, 1)
    lanes = _lanes(rows)
    changes = reassessment_moments(rows) if responsibility is not None else []
    if responsibility is not None and (responsibility.periods or responsibility.gaps or changes):
        lanes.append(REGIE_LANE)
    lane_of = {name: i for i, name in enumerate(lanes)}
    artists = TimelineArtists(ax=ax, lanes=lanes)
    artists.numbers = {r.event.id: i for i, r in enumerate(rows, start=1) if r.event.id is not None}

    n = len(rows)
    ids = np.zeros(n, dtype=np.int64)
    x = np.zeros(n)
    x0 = np.zeros(n)
    x1 = np.zeros(n)
    y = np.zeros(n)
    exact = np.zeros(n, dtype=bool)
    key = np.zeros(n, dtype="<U7")
    dated = np.zeros(n, dtype=bool)
    starts: list[date] = []
    ends: list[date] = []
    for i, row in enumerate(rows):
        e = row.event
        ids[i] = e.id or 0
        key[i] = e.key_moment
        if e.date_start is None:
            artists.unknown_ids.append(int(e.id or 0))
            continue
        dated[i] = True
        end = e.date_end or e.date_start
        starts.append(e.date_start)
        ends.append(end)
        y[i] = lane_of[row.party_name or NO_PARTY]
        exact[i] = e.date_precision == DatePrecision.DAY
    if starts:
        s_num = date2num(np.array(starts, dtype="datetime64[D]"))
        e_num = date2num(np.array(ends, dtype="datetime64[D]") + np.timedelta64(1, "D"))
        x0[dated], x1[dated] = s_num, e_num
        x[dated] = np.where(exact[dated], s_num, (s_num + e_num) / 2)

    marker_size = (9 if large else 5.5) ** 2
    pick = dict(picker=True, pickradius=6)

    def scatter(mask: np.ndarray, **style: object) -> None:
        if not mask.any():
            return
        coll = ax.scatter(x[mask], y[mask], **style, **pick)
        artists.collections.append((coll, ids[mask]))

    plain = dated & (key == KeyMoment.NONE)
    spans = dated & ~exact
    if spans.any():
        segs = np.stack([np.column_stack([x0[spans], y[spans]]), np.column_stack([x1[spans], y[spans]])], axis=1)
        artists.spans = LineCollection(segs, colors=SKY, linewidths=5 if large else 3.5, alpha=0.55,
                                       capstyle="butt", zorder=2)
        ax.add_collection(artists.spans)
    scatter(plain & exact, s=marker_size, c=BLUE, marker="o", edgecolors="white", linewidths=0.6, zorder=3)
    scatter(plain & ~exact, s=marker_size, facecolors="white", edgecolors=BLUE, marker="o", linewidths=1.6,
            zorder=3)
    key_size = (13 if large else 8.5) ** 2
    for moment, colour, marker in ((KeyMoment.GOOD, GREEN, "^"), (KeyMoment.CONCERN, VERMILLION, "D")):
        mask = dated & (key == moment)
        scatter(mask & exact, s=key_size, c=colour, marker=marker, edgecolors="black", linewidths=0.9, zorder=4)
        scatter(mask & ~exact, s=key_size, facecolors="white", edgecolors=colour, marker=marker, linewidths=2.2,
                zorder=4)
    for i in np.flatnonzero(dated):
        artists.positions[int(ids[i])] = (float(x[i]), float(y[i]))
    _linked_lanes(ax, artists, rows, lane_of, x, dated, exact, marker_size, large)

    keyed = np.flatnonzero(dated & (key != KeyMoment.NONE))
    if 0 < len(keyed) <= MAX_KEY_LABELS:
        for i in keyed:
            ax.annotate(str(artists.numbers.get(int(ids[i]), "")), (x[i], y[i]), xytext=(0, 9 if large else 6),
                        textcoords="offset points", ha="center", va="bottom", fontsize=base - 2, color="black",
                        zorder=5)

    artists.selection = ax.scatter([], [], s=(22 if large else 14) ** 2, facecolors="none", edgecolors="black",
                                   linewidths=2.5, zorder=6)
    artists.set_selected(selected_id)

    lo, hi = x0[dated], x1[dated]
    lo_hi = None
    if lanes and lanes[-1] == REGIE_LANE and responsibility is not None:
        artists.regie_lane = len(lanes) - 1
        lo_hi = _regie_lane(ax, artists, responsibility, base, large, float(hi.max()) if len(hi) else None)
        _reassessment_marks(ax, artists, changes, large)
    if lo_hi is not None:
        lo, hi = np.append(lo, lo_hi[0]), np.append(hi, lo_hi[1])
    _style_axes(ax, lanes, lo, hi, base, large)
    shown = {str(k) for k in key[dated]} | ({"span"} if spans.any() else set())
    if artists.period_bars:
        shown.add("period")
    if artists.gap_bars:
        shown.add("gap")
    if artists.reassessment_marks is not None:
        shown.add("reassess")
    _legend(fig, ax, base, large, shown=shown)
    _unknown_note(fig, artists, base)
    return artists


def _regie_lane(ax, artists: TimelineArtists, found: ResponsibilityMap, base: int, large: bool,
                last_event: float | None) -> tuple[float, float] | None:
    """Periods as bars stacked within the lane (parties overlap), gaps as hatched bars across it.

    A period or gap still open at the end runs to the last event of the chart.
    """
    lane = artists.regie_lane
    assert lane is not None
    if not found.periods and not found.gaps:
        return None
    last_day = max([p.end.day for p in found.periods if p.end] + [p.start.day for p in found.periods]
                   + [g.start.day for g in found.gaps] + [g.end.day for g in found.gaps if g.end])
    open_end = max(float(date2num(last_day)) + 1, last_event or 0.0)
    rows_end: list[float] = []  # per stacked row, where its last bar ends
    height = 0.8 / 3
    edges: list[float] = []
    for period in found.periods:
        start = float(date2num(period.start.day))
        end = float(date2num(period.end.day)) + 1 if period.end else open_end
        row = next((i for i, taken in enumerate(rows_end) if taken <= start), len(rows_end))
        if row == len(rows_end):
            rows_end.append(end)
        rows_end[row] = end
        top = lane - 0.4 + (row % 3) * height
        bar = ax.broken_barh([(start, max(end - start, 1.0))], (top, height * 0.9), facecolors=BLUE, alpha=0.75,
                             edgecolor="white", zorder=2)
        artists.period_bars.append(bar)
        ax.text(start, top + height * 0.45, f" {one_line_label(period.party, 18)}", fontsize=base - 4,
                color="white", va="center", ha="left", clip_on=True, zorder=3)
        edges += [start, end]
    for gap in found.gaps:
        start = float(date2num(gap.start.day))
        end = float(date2num(gap.end.day)) if gap.end else open_end
        bar = ax.broken_barh([(start, max(end - start, 1.0))], (lane - 0.45, 0.9), facecolors="white",
                             edgecolor=VERMILLION, hatch="///", linewidth=1.8 if large else 1.2, zorder=4)
        artists.gap_bars.append(bar)
        ax.annotate(f"gat: {duration_label(gap)}", (start, lane - 0.45), xytext=(0, 2), textcoords="offset points",
                    fontsize=base - 3, color=VERMILLION, ha="left", va="bottom", zorder=5)
        edges += [start, end]
    return (min(edges), max(edges)) if edges else None


def _reassessment_marks(ax, artists: TimelineArtists, changes: Sequence[Reassessment], large: bool) -> None:
    """A downward triangle at the top of the lane for each dated change in the family."""
    lane = artists.regie_lane
    days = [float(date2num(c.moment.day)) for c in changes if c.moment is not None]
    if lane is None or not days:
        return
    artists.reassessment_marks = ax.scatter(days, [lane - 0.42] * len(days), s=(8 if large else 5.5) ** 2,
                                            marker="v", c="black", zorder=6)


def _linked_lanes(ax, artists: TimelineArtists, rows: Sequence[EventRow], lane_of: dict[str, int], x: np.ndarray,
                  dated: np.ndarray, exact: np.ndarray, marker_size: float, large: bool) -> None:
    """An event with several parties: a marker on each further party's lane, joined to the first by a line."""
    point_ids: list[int] = []
    points: list[tuple[float, float]] = []
    hollow: list[bool] = []
    segments = []
    for i, row in enumerate(rows):
        if not row.other_parties or not dated[i]:
            continue
        first = lane_of[row.party_name or NO_PARTY]
        lanes = [lane_of[name] for name in row.other_parties]
        for lane in lanes:
            point_ids.append(int(row.event.id or 0))
            points.append((float(x[i]), float(lane)))
            hollow.append(not exact[i])
        segments.append([(x[i], min(first, *lanes)), (x[i], max(first, *lanes))])
    if not points:
        return
    artists.links = LineCollection(segments, colors=BLUE, linewidths=1.6 if large else 1.1, linestyles="dashed",
                                   zorder=2.5)
    ax.add_collection(artists.links)
    xy = np.array(points)
    faces = ["white" if h else BLUE for h in hollow]
    coll = ax.scatter(xy[:, 0], xy[:, 1], s=marker_size, facecolors=faces, edgecolors=BLUE, marker="o",
                      linewidths=1.6, zorder=3, picker=True, pickradius=6)
    artists.linked.append((coll, np.array(point_ids, dtype=np.int64)))


def _style_axes(ax, lanes: list[str], lo: np.ndarray, hi: np.ndarray, base: int, large: bool) -> None:
    for i in range(0, len(lanes), 2):
        ax.axhspan(i - 0.5, i + 0.5, color="#F2F2F2", zorder=0, linewidth=0)
    ax.set_yticks(range(len(lanes)))
    lane_points = ax.get_position().height * ax.figure.get_figheight() * 72 / max(len(lanes), 1)
    # Two lines per name at the base size when the lanes are high enough; a squeezed chart sets the names
    # smaller rather than cutting them, and only below a legible size falls back to one shortened line.
    size = min(float(base), lane_points / 2.3)
    two_lines = size >= MIN_LANE_FONT
    ax.set_yticklabels([lane_label(name) if two_lines else one_line_label(name) for name in lanes],
                       fontsize=size if two_lines else base, linespacing=1.0)
    ax.set_ylim(len(lanes) - 0.5 if lanes else 0.5, -0.5)
    if len(lo):
        start, end = float(lo.min()), float(hi.max())
    else:
        today = date2num(date.today())
        start, end = today - 30, today + 30
    pad = max((end - start) * 0.03, 5)
    ax.set_xlim(start - pad, end + pad)
    locator = DutchDateLocator(maxticks=9 if large else 10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(DutchDateFormatter(locator))
    ax.tick_params(axis="x", labelsize=base - 1)
    ax.tick_params(axis="y", length=0)
    ax.grid(axis="x", color="#CCCCCC", linewidth=0.6, zorder=1)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)


def _legend(fig: Figure, ax, base: int, large: bool, shown: set[str]) -> None:
    """A legend of what the chart actually shows: no key-moment symbols when there are none."""
    size = 9 if large else 6
    candidates = [
        Line2D([], [], linestyle="none", marker="o", color=BLUE, markersize=size, label="gebeurtenis"),
        Line2D([], [], linestyle="-", marker="o", color=SKY, markerfacecolor="white", markeredgecolor=BLUE,
               linewidth=4, markersize=size, label="alleen maand of jaar bekend"),
        Line2D([], [], linestyle="none", marker="^", color=GREEN, markeredgecolor="black", markersize=size + 3,
               label="sleutelmoment: ging goed"),
        Line2D([], [], linestyle="none", marker="D", color=VERMILLION, markeredgecolor="black",
               markersize=size + 1, label="sleutelmoment: zorgelijk"),
        Line2D([], [], linestyle="-", color=BLUE, linewidth=6, alpha=0.75, label="had de regie"),
        Line2D([], [], linestyle="--", color=VERMILLION, linewidth=2, label="niemand had de regie"),
        Line2D([], [], linestyle="none", marker="v", color="black", markersize=size,
               label="verandering in het gezin: opnieuw wegen"),
    ]
    needed = ("", "span", KeyMoment.GOOD, KeyMoment.CONCERN, "period", "gap", "reassess")
    handles = [h for h, need in zip(candidates, needed, strict=True) if not need or need in shown]
    fig.legend(handles=handles, loc="outside lower center", ncol=4, fontsize=base - 1, frameon=False,
               handlelength=2.4, handletextpad=0.6, columnspacing=1.8)


def _unknown_note(fig: Figure, artists: TimelineArtists, base: int) -> None:
    if not artists.unknown_ids:
        return
    numbers = [artists.numbers.get(i, 0) for i in artists.unknown_ids]
    shown = ", ".join(str(n) for n in numbers[:MAX_UNKNOWN_LISTED])
    more = f" en {len(numbers) - MAX_UNKNOWN_LISTED} andere" if len(numbers) > MAX_UNKNOWN_LISTED else ""
    artists.ax.set_xlabel(f"Zonder datum, niet in de grafiek: nr. {shown}{more}",  # type: ignore[attr-defined]
                          fontsize=base - 2, color=GREY, loc="left")


def render_timeline_png(case: CaseFile, *, width_in: float = 9.5, height_in: float | None = None, dpi: int = 200,
                        rows: list[EventRow] | None = None, max_height_in: float = 9.0) -> bytes:
    """The chart as PNG for a document; ``rows`` lets an export pass pseudonymised party names."""
    found = responsibility_map(case) if rows is None else responsibility_of_rows(case, rows)
    rows = list_events(case) if rows is None else rows
    lanes = max(len(_lanes(rows)) + (1 if found.periods or found.gaps else 0), 1)
    if height_in is None:
        height_in = min(max(2.6, 1.5 + 0.42 * lanes), max_height_in)
    fig = Figure(figsize=(width_in, height_in), dpi=dpi)
    draw_timeline(fig, rows, large=False, responsibility=found)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
