"""The responsibility map: who held the child, period by period, and the gaps between hand-overs."""

from __future__ import annotations

from datetime import date

from casereview.timeline.dates import parse_date
from casereview.timeline.events import EventData, EventRow, event_sort_key
from casereview.timeline.responsibility import Moment, derive_responsibility
from casereview.timeline.responsibility_text import gap_line
from casereview.vocabulary import DatePrecision, EventType, GapReason

NAMES = {1: "Wijkteam", 2: "Jeugdbescherming", 3: "Veilig Thuis", 4: "Raad", 5: "Familie", 6: "Wijkteam Utrecht"}
FAMILY = 5


def event(event_id: int, when: str, party: int | None, event_type: str = "", *, receiver: int | None = None,
          confirmed: str = "", others: tuple[int, ...] = ()) -> EventRow:
    parsed = parse_date(when)
    data = EventData(id=event_id, date_start=parsed.start, date_end=parsed.end, date_precision=parsed.precision,
                     date_text=parsed.text, time="", party_id=party, description=f"gebeurtenis {event_id}",
                     source="", key_moment="none", import_batch=None, event_type=event_type,
                     followup_confirmed=confirmed, receiving_party_id=receiver)
    return EventRow(data, NAMES.get(party or 0, ""), tuple(NAMES[o] for o in others), others)


def derive(*rows: EventRow):  # type: ignore[no-untyped-def]
    return derive_responsibility(sorted(rows, key=lambda r: event_sort_key(r.event)), NAMES, [FAMILY])


def spans(found) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(p.party, p.start.day.isoformat(), p.end.day.isoformat() if p.end else None) for p in found.periods]


def test_a_confirmed_handover_passes_responsibility_on_without_a_gap() -> None:
    found = derive(event(1, "01-02-2025", 1),
                   event(2, "10-03-2025", 1, EventType.HANDOVER, receiver=2, confirmed="yes"),
                   event(3, "20-04-2025", 2))
    assert spans(found) == [("Wijkteam", "2025-02-01", "2025-03-10"), ("Jeugdbescherming", "2025-03-10", None)]
    assert found.gaps == ()


def test_an_unconfirmed_handover_leaves_a_gap_until_the_receiver_is_first_seen() -> None:
    found = derive(event(1, "01-02-2025", 1),
                   event(2, "10-03-2025", 1, EventType.HANDOVER, receiver=2, confirmed="no"),
                   event(3, "10-03-2025", 2),  # the same day's paperwork is no start
                   event(4, "21-04-2025", 2))
    assert spans(found) == [("Wijkteam", "2025-02-01", "2025-03-10"), ("Jeugdbescherming", "2025-04-21", None)]
    [gap] = found.gaps
    assert (gap.start.day, gap.end and gap.end.day) == (date(2025, 3, 10), date(2025, 4, 21))
    assert (gap.after, gap.receiver, gap.reason, gap.days) == ("Wijkteam", "Jeugdbescherming",
                                                               GapReason.HANDOVER_UNCONFIRMED, 42)
    assert gap_line(gap) == ("Gat 10 maart 2025 – 21 april 2025 (6 weken) na Wijkteam: overdracht zonder "
                             "bevestigde start (naar Jeugdbescherming).")


def test_a_receiver_that_never_starts_leaves_the_gap_open() -> None:
    found = derive(event(1, "01-02-2025", 1, EventType.CLOSURE, receiver=2))
    [gap] = found.gaps
    assert gap.end is None and gap.reason == GapReason.HANDOVER_UNCONFIRMED
    assert spans(found) == [("Wijkteam", "2025-02-01", "2025-02-01")]


def test_partial_dates_count_from_their_first_day_and_keep_their_precision() -> None:
    found = derive(event(1, "2024", 1),
                   event(2, "03-2025", 1, EventType.HANDOVER, receiver=2),
                   event(3, "05-2025", 2))
    assert spans(found) == [("Wijkteam", "2024-01-01", "2025-03-01"), ("Jeugdbescherming", "2025-05-01", None)]
    assert found.periods[0].precision == DatePrecision.YEAR
    [gap] = found.gaps
    assert gap.start == Moment(date(2025, 3, 1), DatePrecision.MONTH)
    assert gap.precision == DatePrecision.MONTH
    assert found.to_json()["gaps"] == [{"from": "2025-03-01", "to": "2025-05-01", "after": "Wijkteam",
                                        "reason": "handover_unconfirmed", "receiver": "Jeugdbescherming",
                                        "precision": "month"}]


def test_events_without_a_date_are_left_out() -> None:
    found = derive(event(1, "", 1, EventType.HANDOVER, receiver=2), event(2, "01-01-2025", 3))
    assert found.periods == () and found.gaps == ()


def test_overlapping_parties_hold_together_and_a_closure_while_another_holds_is_no_gap() -> None:
    found = derive(event(1, "01-01-2025", 1),
                   event(2, "15-01-2025", 1, EventType.REFERRAL, receiver=4, confirmed="yes"),
                   event(3, "26-02-2025", 4, EventType.CLOSURE),
                   event(4, "01-03-2025", 3),
                   event(5, "20-03-2025", 3, EventType.HANDOVER, receiver=1))
    assert spans(found) == [("Wijkteam", "2025-01-01", None), ("Raad", "2025-01-15", "2025-02-26"),
                            ("Veilig Thuis", "2025-03-01", "2025-03-20")]
    assert found.gaps == ()  # the wijkteam held the child all along, and was already working with it


def test_a_closure_without_a_next_party_is_a_gap_until_someone_holds_again() -> None:
    found = derive(event(1, "01-01-2025", 3),
                   event(2, "01-02-2025", 3, EventType.CLOSURE),
                   event(3, "01-05-2025", 1, EventType.REFERRAL, receiver=2, confirmed="yes"))
    [gap] = found.gaps
    assert (gap.reason, gap.after, gap.start.day, gap.end and gap.end.day) == (
        GapReason.CLOSURE_WITHOUT_NEXT_PARTY, "Veilig Thuis", date(2025, 2, 1), date(2025, 5, 1))


def test_a_move_without_warm_transfer_is_one_gap_even_when_the_old_party_closes_the_same_day() -> None:
    found = derive(event(1, "01-01-2025", 1),
                   event(2, "01-03-2025", FAMILY, EventType.MOVE, receiver=6),
                   event(3, "01-03-2025", 1, EventType.CLOSURE),
                   event(4, "15-04-2025", 6))
    [gap] = found.gaps
    assert (gap.reason, gap.start.day, gap.end and gap.end.day) == (
        GapReason.MOVE_WITHOUT_WARM_TRANSFER, date(2025, 3, 1), date(2025, 4, 15))
    assert gap.after == "Wijkteam"  # the family moved; the party holding it then should have passed it on


def test_a_refusal_without_fallback_is_a_gap_that_stays_open() -> None:
    found = derive(event(1, "01-06-2025", 4), event(2, "01-07-2025", 4, EventType.REFUSAL))
    [gap] = found.gaps
    assert (gap.reason, gap.after, gap.end) == (GapReason.REFUSAL_WITHOUT_FALLBACK, "Raad", None)
    assert "nog steeds open" in gap_line(gap)


def test_a_refusal_with_a_confirmed_fallback_is_no_gap() -> None:
    found = derive(event(1, "01-06-2025", 4),
                   event(2, "01-07-2025", 4, EventType.REFUSAL, receiver=3, confirmed="yes"))
    assert found.gaps == ()
    assert spans(found) == [("Raad", "2025-06-01", "2025-07-01"), ("Veilig Thuis", "2025-07-01", None)]


def test_the_family_never_holds_responsibility_itself() -> None:
    found = derive(event(1, "01-01-2025", FAMILY, EventType.HANDOVER, receiver=1, confirmed="yes"))
    assert spans(found) == [("Wijkteam", "2025-01-01", None)]
