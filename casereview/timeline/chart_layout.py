"""What the timeline chart shows, worked out without a drawing library.

The window paints this with Qt (so opening a case never imports matplotlib); the report's
picture (:mod:`casereview.timeline.chart`) shares its colours, lanes, lane names and date ticks.
Horizontal positions are days as ``date.toordinal()``; vertical positions are lane numbers,
the first lane on top.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from casereview.timeline.events import EventRow
from casereview.timeline.reassessment import reassessment_moments
from casereview.timeline.responsibility import ResponsibilityMap
from casereview.timeline.responsibility_text import duration_label
from casereview.vocabulary import DatePrecision, KeyMoment

BLUE = "#0072B2"
SKY = "#56B4E9"
GREEN = "#009E73"
VERMILLION = "#D55E00"
GREY = "#555555"
NO_PARTY = "(geen partij)"
REGIE_LANE = "Wie had de regie"
MAX_KEY_LABELS = 40
MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

_DAY_STEPS = (1, 2, 7, 14)
_MONTH_STEPS = (1, 2, 3, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20)


def lanes_of(rows: Sequence[EventRow]) -> list[str]:
    """Parties in order of their first event, so the chart reads top-down like the story."""
    lanes: dict[str, None] = {}
    for row in rows:
        if row.event.date_start is not None:
            lanes.setdefault(row.party_name or NO_PARTY, None)
            for name in row.other_parties:
                lanes.setdefault(name, None)
    return list(lanes)


def lane_label(name: str, short: int = 22, width: int = 26) -> str:
    """A long party name on two lines ('Raad voor de' / 'Kinderbescherming'), shortened only beyond that."""
    if len(name) <= short:
        return name
    words = name.split()
    first, used = "", 0
    while used < len(words) and len(f"{first} {words[used]}".strip()) <= width:
        first = f"{first} {words[used]}".strip()
        used += 1
    if not first:
        first, used = words[0][:width - 1] + "…", 1
    rest = " ".join(words[used:])
    if len(rest) > width:
        rest = rest[:width - 1].rstrip() + "…"
    return f"{first}\n{rest}" if rest else first


def one_line_label(name: str, width: int = 24) -> str:
    """A party name for a lane too low for two lines: cut at a word where possible, marked with '…'."""
    if len(name) <= width:
        return name
    cut = name[:width - 1]
    if " " in cut[width // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip() + "…"


def date_ticks(lo: float, hi: float, maxticks: int = 9) -> tuple[list[float], str]:
    """Ticks on whole days, months or years between two ordinals, as many as fit, and their unit.

    Every tick is at a distinct calendar unit and :func:`tick_label` names it in full ("12 mrt",
    "mrt 2019", "2019"), so two ticks never carry the same label.
    """
    lo, hi = sorted((lo, hi))
    first, last = date.fromordinal(max(int(lo), 1)), date.fromordinal(max(int(hi), 1))
    days = (last - first).days
    for step in _DAY_STEPS:
        if days // step + 1 <= maxticks:
            start = first.toordinal() + (-first.toordinal()) % step if step < 7 else first.toordinal()
            return [float(o) for o in range(start, last.toordinal() + 1, step) if lo <= o <= hi], "day"
    months = (last.year - first.year) * 12 + last.month - first.month
    for step in _MONTH_STEPS:
        if months // step + 1 <= maxticks:
            out = []
            for index in range(first.year * 12 + first.month - 1, last.year * 12 + last.month):
                year, month = divmod(index, 12)
                value = float(date(year, month + 1, 1).toordinal())
                if month % step == 0 and lo <= value <= hi:
                    out.append(value)
            return out, "month"
    years = last.year - first.year
    step = next((s for s in _YEAR_STEPS if years // s + 1 <= maxticks), _YEAR_STEPS[-1])
    return [float(date(y, 1, 1).toordinal()) for y in range(first.year, last.year + 1)
            if y % step == 0 and lo <= date(y, 1, 1).toordinal() <= hi], "year"


def tick_label(value: float, unit: str) -> str:
    """A tick's Dutch label in the unit :func:`date_ticks` chose."""
    d = date.fromordinal(max(int(round(value)), 1))
    if unit == "year":
        return str(d.year)
    if unit == "month":
        return f"{MONTHS_SHORT[d.month - 1]} {d.year}"
    return f"{d.day} {MONTHS_SHORT[d.month - 1]}"


@dataclass(frozen=True, slots=True)
class Marker:
    """One event's marker: ``shape`` is "circle", "triangle" (went well) or "diamond" (concern)."""

    event_id: int
    x: float
    lane: int
    shape: str
    colour: str
    filled: bool  # exact date: filled; only month or year known: hollow
    linked: bool = False  # on a further party's lane of an event with several parties


@dataclass(frozen=True, slots=True)
class Bar:
    """A period someone held the child (``gap`` False) or a time nobody did, within the responsibility lane."""

    start: float
    end: float
    top: float  # in lanes, from the lane's centre
    height: float
    label: str
    gap: bool


@dataclass
class ChartLayout:
    """Everything the chart draws, in days and lanes."""

    lanes: list[str]
    markers: list[Marker] = field(default_factory=list)
    positions: dict[int, tuple[float, float]] = field(default_factory=dict)  # event id: its first marker (x, lane)
    spans: list[tuple[float, float, int]] = field(default_factory=list)  # (from, to, lane) of a month or a year
    links: list[tuple[float, int, int]] = field(default_factory=list)  # (x, top lane, bottom lane)
    labels: list[tuple[int, str]] = field(default_factory=list)  # (event id, number) above key moments
    unknown_ids: list[int] = field(default_factory=list)
    numbers: dict[int, int] = field(default_factory=dict)
    regie_lane: int | None = None
    period_bars: list[Bar] = field(default_factory=list)
    gap_bars: list[Bar] = field(default_factory=list)
    reassessments: list[float] = field(default_factory=list)  # days of a change in the family
    x_range: tuple[float, float] = (0.0, 1.0)


KEY_STYLE: dict[str, tuple[str, str]] = {KeyMoment.GOOD: ("triangle", GREEN), KeyMoment.CONCERN: ("diamond", VERMILLION)}


def chart_layout(rows: Sequence[EventRow], responsibility: ResponsibilityMap | None = None) -> ChartLayout:
    """Lay out ``rows`` (chronological); with ``responsibility`` a last lane shows who held the child."""
    lanes = lanes_of(rows)
    changes = reassessment_moments(rows) if responsibility is not None else []
    if responsibility is not None and (responsibility.periods or responsibility.gaps or changes):
        lanes.append(REGIE_LANE)
    lane_of = {name: i for i, name in enumerate(lanes)}
    out = ChartLayout(lanes=lanes)
    out.numbers = {r.event.id: i for i, r in enumerate(rows, start=1) if r.event.id is not None}
    edges: list[float] = []
    for row in rows:
        e = row.event
        event_id = int(e.id or 0)
        if e.date_start is None:
            out.unknown_ids.append(event_id)
            continue
        start = float(e.date_start.toordinal())
        end = float((e.date_end or e.date_start).toordinal() + 1)
        edges += [start, end]
        exact = e.date_precision == DatePrecision.DAY
        x = start if exact else (start + end) / 2
        lane = lane_of[row.party_name or NO_PARTY]
        if not exact:
            out.spans.append((start, end, lane))
        shape, colour = KEY_STYLE.get(e.key_moment, ("circle", BLUE))
        out.markers.append(Marker(event_id, x, lane, shape, colour, exact))
        out.positions[event_id] = (x, float(lane))
        others = [lane_of[name] for name in row.other_parties]
        for other in others:
            out.markers.append(Marker(event_id, x, other, "circle", BLUE, exact, linked=True))
        if others:
            out.links.append((x, min(lane, *others), max(lane, *others)))
        if shape != "circle":
            out.labels.append((event_id, str(out.numbers.get(event_id, ""))))
    if len(out.labels) > MAX_KEY_LABELS:
        out.labels = []
    if lanes and lanes[-1] == REGIE_LANE and responsibility is not None:
        out.regie_lane = len(lanes) - 1
        edges += _regie_lane(out, responsibility, max(edges) if edges else None)
        out.reassessments = [float(c.moment.day.toordinal()) for c in changes if c.moment is not None]
    if edges:
        lo, hi = min(edges), max(edges)
    else:
        today = date.today().toordinal()
        lo, hi = today - 30.0, today + 30.0
    pad = max((hi - lo) * 0.03, 5)
    out.x_range = (lo - pad, hi + pad)
    return out


def _regie_lane(out: ChartLayout, found: ResponsibilityMap, last_event: float | None) -> list[float]:
    """Periods as bars stacked within the lane (parties overlap), gaps as bars across it; their edges.

    A period or gap still open at the end runs to the last event of the chart.
    """
    if not found.periods and not found.gaps:
        return []
    last_day = max([p.end.day for p in found.periods if p.end] + [p.start.day for p in found.periods]
                   + [g.start.day for g in found.gaps] + [g.end.day for g in found.gaps if g.end])
    open_end = max(float((last_day + timedelta(days=1)).toordinal()), last_event or 0.0)
    rows_end: list[float] = []  # per stacked row, where its last bar ends
    height = 0.8 / 3
    edges: list[float] = []
    for period in found.periods:
        start = float(period.start.day.toordinal())
        end = float(period.end.day.toordinal()) + 1 if period.end else open_end
        row = next((i for i, taken in enumerate(rows_end) if taken <= start), len(rows_end))
        if row == len(rows_end):
            rows_end.append(end)
        rows_end[row] = end
        out.period_bars.append(Bar(start, max(end, start + 1), -0.4 + (row % 3) * height, height * 0.9,
                                   one_line_label(period.party, 18), gap=False))
        edges += [start, end]
    for gap in found.gaps:
        start = float(gap.start.day.toordinal())
        end = float(gap.end.day.toordinal()) if gap.end else open_end
        out.gap_bars.append(Bar(start, max(end, start + 1), -0.45, 0.9, f"gat: {duration_label(gap)}", gap=True))
        edges += [start, end]
    return edges
