"""Themes × years as a grid of case counts: pure matplotlib on a Figure, for the window and the jaaroverzicht.

A grid with the number in every cell reads in greyscale print as well as on a
projector, and each cell is one click target (theme, year) in the window.
"""

from __future__ import annotations

import io
import textwrap
from dataclasses import dataclass

from matplotlib.figure import Figure

from casereview.overview.themes import ThemeCount

MAX_THEMES = 15
LABEL_WIDTH = 48


@dataclass
class ThemeGrid:
    """What is where in the drawn grid, so a click maps back to (theme key, year)."""

    keys: list[str]
    years: list[int]

    def cell(self, x: float | None, y: float | None) -> tuple[str, int] | None:
        if x is None or y is None:
            return None
        col, row = int(round(x)), int(round(y))
        if 0 <= row < len(self.keys) and 0 <= col < len(self.years):
            return self.keys[row], self.years[col]
        return None


def short_label(name: str, width: int = LABEL_WIDTH) -> str:
    return textwrap.shorten(name, width=width, placeholder="…")


def draw_theme_years(fig: Figure, themes: list[ThemeCount], *, base_font: float = 8.0) -> ThemeGrid:
    """Draw the most frequent themes (rows) against the case years (columns)."""
    fig.clear()
    shown = themes[:MAX_THEMES]
    years = sorted({year for t in shown for year in t.years})
    ax = fig.add_subplot(1, 1, 1)
    if not shown or not years:
        ax.set_axis_off()
        ax.text(0.5, 0.5, "Nog geen thema's bij conclusies of afspraken", ha="center", va="center",
                fontsize=base_font + 1, color="#555555", transform=ax.transAxes)
        return ThemeGrid([], [])
    grid = [[t.years.get(year, 0) for year in years] for t in shown]
    peak = max(max(row) for row in grid) or 1
    ax.imshow(grid, cmap="Blues", vmin=0, vmax=peak * 1.25, aspect="auto")
    for r, row in enumerate(grid):
        for c, value in enumerate(row):
            if value:
                ax.text(c, r, str(value), ha="center", va="center", fontsize=base_font + 1,
                        color="white" if value > peak * 0.6 else "#1F3864", fontweight="bold")
    ax.set_xticks(range(len(years)), [str(y) for y in years], fontsize=base_font)
    labels = [short_label(t.name) + (" ●" if t.recurring else "") for t in shown]
    ax.set_yticks(range(len(shown)), labels, fontsize=base_font)
    ax.tick_params(length=0)
    ax.set_xticks([x - 0.5 for x in range(1, len(years))], minor=True)
    ax.set_yticks([y - 0.5 for y in range(1, len(shown))], minor=True)
    ax.grid(which="minor", color="white", linewidth=2)
    for spine in ax.spines.values():
        spine.set_visible(False)
    fig.suptitle("Aantal dossiers per thema en jaar (● = terugkerend)", fontsize=base_font + 1, x=0.01, ha="left")
    fig.tight_layout()
    return ThemeGrid([t.key for t in shown], years)


def render_theme_years_png(themes: list[ThemeCount], *, width_in: float = 9.0, dpi: int = 200) -> bytes:
    shown = min(len(themes), MAX_THEMES)
    fig = Figure(figsize=(width_in, 1.2 + 0.38 * max(shown, 2)), dpi=dpi)
    draw_theme_years(fig, themes)
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
