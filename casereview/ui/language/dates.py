"""Dates as the window shows them, in the interface language.

The services word dates in Dutch for the documents ("1 februari 2027", "ca. mei 2024"); the window
passes the month names and the words before a rough date through the shared translation context,
so the English window reads "1 February 2027". What the source wrote ("zomer 2024") stays as written.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from casereview.timeline.dates import format_dutch, format_event_date
from casereview.ui.language.translation import SHARED_CONTEXT


def _word(text: str) -> str:
    return QCoreApplication.translate(SHARED_CONTEXT, text)


def long_date(day: date | None) -> str:
    """'1 februari 2027' in Dutch, '1 February 2027' in English; empty for no date."""
    return format_dutch(day, _word)


def event_date(start: date | None, precision: str, text: str) -> str:
    """An event's date as the timeline shows it, its month and rough-date word in the interface language."""
    return format_event_date(start, precision, text, _word)
