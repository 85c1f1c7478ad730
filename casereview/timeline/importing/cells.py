"""Cells as the readers hand them over: text for messages, and the checks every step needs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from casereview.timeline.dates import from_value


def cell_text(value: object) -> str:
    """A cell as text: numbers without a spurious '.0', dates as dd-mm-jjjj."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.strftime("%d-%m-%Y")
        return value.strftime("%d-%m-%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return str(value).strip()


def is_empty(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def is_blank(cells: Sequence[object]) -> bool:
    return all(is_empty(c) for c in cells)


def trimmed(cells: Sequence[object]) -> list[object]:
    end = len(cells)
    while end and is_empty(cells[end - 1]):
        end -= 1
    return list(cells[:end])


def date_like(value: object) -> bool:
    if isinstance(value, (date, datetime)):
        return True
    if cell_text(value) == "":
        return False
    return from_value(value).start is not None




def shorten(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"

