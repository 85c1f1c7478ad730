"""Every colour the UI uses, by the role it plays, for the light theme and the dark projector theme.

Widgets ask for a role (``colours().muted``), never for a hex literal, so the
look changes in one place and the contrast test checks every pair of text and
background the screens actually show (``TEXT_PAIRS``). No Qt here: the values
are plain ``#rrggbb`` strings that style sheets, ``QColor`` and HTML all accept.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Palette:
    window: str        # the window behind everything
    surface: str       # lists, tables, cards, inputs
    panel: str         # the phase header band, calm tinted panels
    text: str          # body text
    muted: str         # hints, counts, secondary text (still AA on window, surface and panel)
    accent: str        # headings, bars, accent borders
    accent_strong: str  # the start-screen title, checked buttons' border
    focus: str         # the focus ring (non-text contrast ≥ 3:1 against window and surface)
    border: str        # quiet borders of inputs and buttons (decoration only)
    selection: str     # selected rows
    selection_text: str
    warning: str       # amber text: overrun, "over datum", notes
    warning_bg: str
    warning_border: str
    concern: str       # vermilion-brown text for concerns and overdue items
    concern_bg: str
    good: str          # green text for what went well
    good_bg: str
    error: str         # form errors
    error_bg: str
    quiet: str         # closed or skipped rows: still readable
    lane: str          # subtle lane stripes and neutral accent borders
    chip_observation: str
    chip_went_well: str
    chip_concern: str
    chip_question: str
    chip_lesson: str
    chip_preparation: str
    chip_text: str     # text on every chip


LIGHT = Palette(
    window="#f6f5f1", surface="#ffffff", panel="#eaeff3", text="#26323b", muted="#55606a",
    accent="#3f5f80", accent_strong="#1f3a5f", focus="#1f5fa8", border="#b9c2ca",
    selection="#cfe0f5", selection_text="#111111",
    warning="#7a5200", warning_bg="#fdf6e3", warning_border="#e8c4a4",
    concern="#a33f00", concern_bg="#fbeadb", good="#1d6b45", good_bg="#e3f1ea",
    error="#a32020", error_bg="#fbe3e3", quiet="#636363", lane="#8a9aa8",
    chip_observation="#e4ebf2", chip_went_well="#dcefe4", chip_concern="#fbe3d3", chip_question="#ece4f4",
    chip_lesson="#f6efcf", chip_preparation="#e9e9e9", chip_text="#1f2a33",
)

# The dark theme for a projector in a bright room is not darker everywhere: it keeps the same roles,
# so a widget that follows the palette needs no change of its own.
PROJECTOR = Palette(
    window="#1c2227", surface="#242b31", panel="#2c353d", text="#eef1f3", muted="#b7c0c8",
    accent="#9cc1e6", accent_strong="#c5dcf2", focus="#7fb6ee", border="#4c5863",
    selection="#35516e", selection_text="#ffffff",
    warning="#f0c36a", warning_bg="#3a3220", warning_border="#6b5a33",
    concern="#f5a36f", concern_bg="#3d2a20", good="#8fd6ae", good_bg="#1f3a2c",
    error="#ff9a9a", error_bg="#402424", quiet="#a9b0b6", lane="#6f7f8c",
    chip_observation="#34424f", chip_went_well="#27443a", chip_concern="#4a3225", chip_question="#3d3450",
    chip_lesson="#474024", chip_preparation="#3a3f44", chip_text="#f2f4f6",
)

THEMES = {"light": LIGHT, "projector": PROJECTOR}

_current: Palette = LIGHT


def colours() -> Palette:
    """The palette in use now."""
    return _current


def use_theme(name: str) -> Palette:
    """Switch the palette (unknown names fall back to the light theme)."""
    global _current
    _current = THEMES.get(name, LIGHT)
    return _current


def chip_colour(palette: Palette, kind: str) -> str:
    """The background of a contribution-kind chip; the chip always carries its label too."""
    return getattr(palette, f"chip_{kind}", palette.chip_observation)


# (text role, background role) pairs that appear on screen; each must reach WCAG AA (4.5:1).
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *((fg, bg) for fg in ("text", "muted", "accent", "accent_strong", "quiet", "warning", "concern", "good",
                          "error")
      for bg in ("window", "surface", "panel")),
    ("selection_text", "selection"),
    ("warning", "warning_bg"), ("concern", "concern_bg"), ("good", "good_bg"), ("error", "error_bg"),
    ("text", "good_bg"), ("text", "concern_bg"), ("text", "error_bg"), ("text", "selection"),
    *(("chip_text", f.name) for f in fields(Palette) if f.name.startswith("chip_") and f.name != "chip_text"),
)
# (role, background role) pairs for focus rings and other non-text cues; WCAG 1.4.11 asks 3:1.
UI_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus", "window"), ("focus", "surface"), ("focus", "panel"), ("focus", "selection"),
    ("accent", "surface"),
)


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of ``#rrggbb``."""
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"expected #rrggbb, got {colour!r}")
    r, g, b = (int(value[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two colours, from 1 to 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# The timeline chart's Okabe-Ito colours (colour-blind safe; drawn by ``casereview.timeline.chart``,
# which must not import the UI). The legend above the chart uses these; a test keeps both equal.
CHART_BLUE, CHART_SKY, CHART_GREEN, CHART_VERMILLION = "#0072B2", "#56B4E9", "#009E73", "#D55E00"
# The chart's alternate-lane band and its date grid, as in the report's picture (``timeline.chart``).
CHART_BAND, CHART_GRID = "#F2F2F2", "#CCCCCC"
