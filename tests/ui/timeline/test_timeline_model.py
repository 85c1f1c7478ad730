"""The timeline table model and its filter proxy: Qt contract, chronological sorting, edits with undo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from casereview.casefile.case_file import CaseFile
from casereview.model.tables import TimelineEvent
from casereview.session.parties import add_party
from casereview.timeline.events import NO_PARTY_FILTER, EventFilter, KeyFilter, add_event
from casereview.ui.case_context import CaseContext
from casereview.ui.timeline.filter import TimelineFilterProxy
from casereview.ui.timeline.table_model import (
    COL_DATE,
    COL_DESCRIPTION,
    COL_KEY,
    COL_PARTY,
    COL_TIME,
    EVENT_ID_ROLE,
    SORT_ROLE,
    TimelineTableModel,
)


def _event(case: CaseFile, event_id: int) -> TimelineEvent:
    with case.read() as s:
        event = s.get(TimelineEvent, event_id)
        assert event is not None
        return event


@pytest.fixture
def filled(case: CaseFile) -> dict[str, Any]:
    school = add_party(case, "Basisschool De Linde").id
    team = add_party(case, "Wijkteam Noord").id
    ids = {
        "mar": add_event(case, date_text="03-2019", description="Zorgen over verzuim", party_id=school).id,
        "day": add_event(case, date_text="14-02-2019", description="Huisbezoek", party_id=team,
                         key_moment="concern").id,
        "year": add_event(case, date_text="2018", description="Eerste melding", party_id=team).id,
        "late": add_event(case, date_text="20 januari 2020", description="Afsluitend gesprek", party_id=school,
                          key_moment="good").id,
        "none": add_event(case, date_text="", description="Telefoontje zonder datum").id,
    }
    return {"school": school, "team": team, **ids}


@pytest.fixture
def context(qtbot: Any, case: CaseFile) -> CaseContext:
    return CaseContext(case)


def _column(model: Any, column: int) -> list[Any]:
    return [model.index(r, column).data(EVENT_ID_ROLE) for r in range(model.rowCount())]


def test_model_and_proxy_follow_the_qt_contract(qtmodeltester: Any, context: CaseContext,
                                                  filled: dict[str, Any]) -> None:
    model = TimelineTableModel(context)
    qtmodeltester.check(model, force_py=True)
    proxy = TimelineFilterProxy(model)
    proxy.set_text("gesprek")
    qtmodeltester.check(proxy, force_py=True)


def test_date_column_sorts_chronologically_not_alphabetically(context: CaseContext, filled: dict[str, Any]) -> None:
    model = TimelineTableModel(context)
    proxy = TimelineFilterProxy(model)
    expected = [filled[k] for k in ("year", "day", "mar", "late", "none")]
    proxy.sort(COL_DATE, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, COL_DATE) == expected
    # Alphabetically "14-02-2019" < "2018" < "20 januari 2020" < "maart 2019": the sort role avoids that.
    assert [proxy.index(r, COL_DATE).data(SORT_ROLE) for r in range(5)] == [1, 2, 3, 4, 5]
    proxy.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, COL_DATE) == list(reversed(expected))


def test_other_columns_sort_with_ties_in_time_order_and_blanks_last(context: CaseContext,
                                                                     filled: dict[str, Any]) -> None:
    model = TimelineTableModel(context)
    proxy = TimelineFilterProxy(model)
    proxy.sort(COL_PARTY, Qt.SortOrder.AscendingOrder)
    assert _column(proxy, COL_PARTY) == [filled["mar"], filled["late"], filled["year"], filled["day"],
                                         filled["none"]]
    proxy.sort(COL_KEY, Qt.SortOrder.DescendingOrder)
    assert _column(proxy, COL_KEY)[:2] == [filled["day"], filled["late"]]


def test_filters_by_party_key_moment_and_words(context: CaseContext, filled: dict[str, Any]) -> None:
    proxy = TimelineFilterProxy(TimelineTableModel(context))
    proxy.set_party(filled["school"])
    assert sorted(_column(proxy, 0)) == sorted([filled["mar"], filled["late"]])
    proxy.set_event_filter(EventFilter(party_id=NO_PARTY_FILTER))
    assert _column(proxy, 0) == [filled["none"]]
    proxy.set_event_filter(EventFilter(key=KeyFilter.ANY_KEY))
    assert sorted(_column(proxy, 0)) == sorted([filled["day"], filled["late"]])
    proxy.set_event_filter(EventFilter(key=KeyFilter.CONCERN))
    assert _column(proxy, 0) == [filled["day"]]
    proxy.set_event_filter(EventFilter(text="GESPREK wijk"))
    assert _column(proxy, 0) == []
    proxy.set_event_filter(EventFilter(text="gesprek linde"))  # words match across fields
    assert _column(proxy, 0) == [filled["late"]]
    proxy.set_event_filter(EventFilter(text="maart"))  # the shown date label is searched too
    assert _column(proxy, 0) == [filled["mar"]]
    assert [r.event.id for r in proxy.visible_rows()] == [filled["mar"]]


def test_date_edit_reparses_precision_and_undo_restores_it(context: CaseContext, filled: dict[str, Any]) -> None:
    model = TimelineTableModel(context)
    row = model.row_of_event(filled["day"])
    assert model.setData(model.index(row, COL_DATE), "feb 2021")
    event = _event(context.case, filled["day"])
    assert (event.date_precision, event.date_text, str(event.date_start), str(event.date_end)) == \
        ("month", "feb 2021", "2021-02-01", "2021-02-28")
    assert model.index(model.row_of_event(filled["day"]), COL_DATE).data() == "≈ februari 2021"
    context.undo_stack.undo()
    event = _event(context.case, filled["day"])
    assert (event.date_precision, event.date_text, str(event.date_start)) == ("day", "14-02-2019", "2019-02-14")
    context.undo_stack.redo()
    assert _event(context.case, filled["day"]).date_text == "feb 2021"


def test_refused_edits_are_reported_and_change_nothing(qtbot: Any, context: CaseContext,
                                                        filled: dict[str, Any]) -> None:
    model = TimelineTableModel(context)
    row = model.row_of_event(filled["day"])
    for column, value, fragment in ((COL_DATE, "31-02-2019", "geen bestaande datum"),
                                    (COL_TIME, "25:00", "Tijd"), (COL_DESCRIPTION, "   ", "leeg mag niet")):
        with qtbot.waitSignal(context.errorRaised) as blocker:
            assert not model.setData(model.index(row, column), value)
        assert fragment in blocker.args[0]
    assert context.undo_stack.count() == 0
    event = _event(context.case, filled["day"])
    assert (event.date_text, event.time, event.description) == ("14-02-2019", "", "Huisbezoek")


def test_time_is_normalised_and_unchanged_values_make_no_undo_step(context: CaseContext,
                                                                   filled: dict[str, Any]) -> None:
    model = TimelineTableModel(context)
    row = model.row_of_event(filled["day"])
    assert model.setData(model.index(row, COL_TIME), "9.05 uur")
    assert _event(context.case, filled["day"]).time == "09:05"
    assert not model.setData(model.index(row, COL_DESCRIPTION), "Huisbezoek")
    assert context.undo_stack.count() == 1


def test_an_edit_keeps_persistent_indexes_on_the_same_event(context: CaseContext, filled: dict[str, Any]) -> None:
    """Moving an event in time re-sorts the rows as a layout change, so the selection stays on it."""
    model = TimelineTableModel(context)
    kept = QPersistentModelIndex(model.index(model.row_of_event(filled["year"]), COL_DESCRIPTION))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    assert model.setData(model.index(model.row_of_event(filled["year"]), COL_DATE), "01-01-2021")
    assert not resets
    assert kept.row() == model.row_of_event(filled["year"]) == 3
    assert kept.data() == "Eerste melding"


def test_key_moments_for_several_events_are_one_write_and_one_undo(context: CaseContext,
                                                                   filled: dict[str, Any]) -> None:
    model = TimelineTableModel(context)
    writes: list[str] = []
    context.changed.connect(writes.append)
    model.set_key_moment([filled["mar"], filled["year"], filled["late"]], "concern")
    assert writes == ["event"]
    assert [_event(context.case, filled[k]).key_moment for k in ("mar", "year", "late")] == ["concern"] * 3
    context.undo_stack.undo()
    assert [_event(context.case, filled[k]).key_moment for k in ("mar", "year", "late")] == \
        ["none", "none", "good"]


def test_event_copies_carry_every_column_of_the_table(case: CaseFile) -> None:
    """list_events returns plain copies for speed; a new column must not silently go missing."""
    from dataclasses import fields

    from casereview.timeline.events import EventData, list_events

    assert [f.name for f in fields(EventData)] == [c.name for c in TimelineEvent.__table__.columns]
    event = add_event(case, date_text="feb 2019", description="Gesprek", time="10:00", source="verslag")
    [row] = list_events(case)
    assert row.event == EventData(**event.model_dump())
