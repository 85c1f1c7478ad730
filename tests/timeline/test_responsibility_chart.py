"""The responsibility lane of the timeline chart: a bar per period, a hatched bar per gap."""

from __future__ import annotations

from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure

from casereview.casefile.case_file import CaseFile
from casereview.session.parties import add_party
from casereview.timeline.chart import REGIE_LANE, draw_timeline, render_timeline_png
from casereview.timeline.events import add_event, edit_values, list_events, update_event
from casereview.timeline.responsibility import responsibility_map


def _case_with_a_gap(case: CaseFile) -> None:
    team = add_party(case, "Wijkteam")
    gi = add_party(case, "GI")
    add_event(case, date_text="15-01-2026", description="Eerste gesprek", party_id=team.id)
    closure = add_event(case, date_text="12-03-2026", description="Afgesloten", party_id=team.id)
    assert closure.id is not None
    update_event(case, closure.id, **edit_values("event_type", "closure"), **edit_values("receiving_party_id", gi.id))
    add_event(case, date_text="23-04-2026", description="Eerste huisbezoek", party_id=gi.id)


def test_the_lane_shows_each_period_and_the_gap_at_their_dates(case: CaseFile) -> None:
    _case_with_a_gap(case)
    fig = Figure(figsize=(10, 5))
    artists = draw_timeline(fig, list_events(case), responsibility=responsibility_map(case))
    FigureCanvasAgg(fig).draw()
    assert artists.lanes[-1] == REGIE_LANE and artists.regie_lane == len(artists.lanes) - 1
    assert len(artists.period_bars) == 2
    [gap] = artists.gap_bars
    xs = gap.get_paths()[0].vertices[:, 0]  # type: ignore[attr-defined]
    assert xs.min() == date2num(date(2026, 3, 12)) and xs.max() == date2num(date(2026, 4, 23))
    labels = [t.get_text() for t in artists.ax.texts]  # type: ignore[attr-defined]
    assert "gat: 6 weken" in labels
    assert REGIE_LANE in [t.get_text() for t in artists.ax.get_yticklabels()]  # type: ignore[attr-defined]
    legend = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "niemand had de regie" in legend and "had de regie" in legend


def test_without_hand_overs_there_is_no_lane(case: CaseFile) -> None:
    team = add_party(case, "Wijkteam")
    add_event(case, date_text="15-01-2026", description="Eerste gesprek", party_id=team.id)
    artists = draw_timeline(Figure(), list_events(case), responsibility=responsibility_map(case))
    assert REGIE_LANE not in artists.lanes and artists.regie_lane is None


def test_the_report_picture_carries_the_lane(case: CaseFile) -> None:
    _case_with_a_gap(case)
    with_lane = render_timeline_png(case, dpi=60)
    without = render_timeline_png(case, dpi=60, rows=[r for r in list_events(case) if r.event.event_type == ""])
    assert with_lane.startswith(b"\x89PNG") and with_lane != without


def test_changes_in_the_family_are_marked_on_the_lane(case: CaseFile) -> None:
    team = add_party(case, "Wijkteam")
    add_event(case, date_text="01-03-2025", description="Moeder heeft een nieuwe partner", party_id=team.id)
    add_event(case, date_text="01-06-2025", description="Huisbezoek", party_id=team.id)
    fig = Figure(figsize=(10, 5))
    artists = draw_timeline(fig, list_events(case), responsibility=responsibility_map(case))
    assert artists.lanes[-1] == REGIE_LANE and artists.period_bars == [] and artists.gap_bars == []
    assert artists.reassessment_marks is not None
    assert artists.reassessment_marks.get_offsets()[0][0] == date2num(date(2025, 3, 1))
    assert "verandering in het gezin: opnieuw wegen" in [t.get_text() for t in fig.legends[0].get_texts()]
