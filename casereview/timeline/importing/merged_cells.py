"""Cells merged down over several rows, repeated into every row they cover.

Shared by the workbook reader (.xlsx, .xls, .ods) and the ODF document reader
(.odt tables), so that neither needs the other.
"""

from __future__ import annotations

Merge = tuple[int, int, int, int]  # (first row, first column, last row, last column), 0-based


def fill_merged(rows: list[list[object]], merges: list[Merge]) -> None:
    """Copy the top value of every range merged down into the rows below it (first column only)."""
    for first_row, first_col, last_row, _last_col in merges:
        if first_row >= len(rows) or first_row == last_row:
            continue
        top = rows[first_row]
        value = top[first_col] if first_col < len(top) else None
        for r in range(first_row + 1, min(last_row, len(rows) - 1) + 1):
            row = rows[r]
            if len(row) <= first_col:
                row.extend([None] * (first_col + 1 - len(row)))
            row[first_col] = value
