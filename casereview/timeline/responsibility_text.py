"""The responsibility map in Dutch sentences, one wording for the command line and the verslag."""

from __future__ import annotations

from casereview.timeline.dates import format_dutch
from casereview.timeline.responsibility import Gap, Moment, Period
from casereview.vocabulary import GAP_REASON_LABELS, MONTH_NAMES_NL, DatePrecision


def moment_label(moment: Moment | None) -> str:
    """'12 maart 2026', 'maart 2026' or '2026', as precise as the timeline was; 'nu' for an open end."""
    if moment is None:
        return "nu"
    if moment.precision == DatePrecision.MONTH:
        return f"{MONTH_NAMES_NL[moment.day.month - 1]} {moment.day.year}"
    if moment.precision in (DatePrecision.YEAR, DatePrecision.UNKNOWN):
        return str(moment.day.year)
    return format_dutch(moment.day)


def span_label(start: Moment, end: Moment | None) -> str:
    return f"{moment_label(start)} – {moment_label(end)}"


def duration_label(gap: Gap) -> str:
    """'6 weken' or '10 dagen'; 'nog steeds' when nobody took over at all."""
    days = gap.days
    if days is None:
        return "nog steeds open"
    if days >= 14:
        weeks = round(days / 7)
        return f"{weeks} weken"
    return "1 dag" if days == 1 else f"{days} dagen"


def period_line(period: Period) -> str:
    return f"{span_label(period.start, period.end)}: {period.party}"


def gap_line(gap: Gap) -> str:
    """'Gat 12 maart 2026 – 23 april 2026 (6 weken) na Wijkteam Noord: overdracht zonder bevestigde start.'"""
    after = f" na {gap.after}" if gap.after else ""
    receiver = f" (naar {gap.receiver})" if gap.receiver else ""
    return (f"Gat {span_label(gap.start, gap.end)} ({duration_label(gap)}){after}: "
            f"{GAP_REASON_LABELS[gap.reason]}{receiver}.")
