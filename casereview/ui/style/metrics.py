"""Type sizes and spacing, so every pane uses the same few steps instead of its own numbers.

Sizes are in points and grow with the screen's logical DPI through Qt, so they
stay sharp and in proportion on a high-DPI laptop or a projector.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TypeScale:
    base: float = 11.0      # body text everywhere
    small: float = 10.0     # hints under a field; never smaller
    heading: float = 11.5   # pane headings (bold)
    phase: float = 14.0     # the current phase in the header
    timer: float = 14.5
    title: float = 28.0     # the start screen


@dataclass(frozen=True)
class Spacing:
    tight: int = 2
    small: int = 4
    medium: int = 8
    large: int = 12
    radius: int = 4         # corners of buttons, inputs and chips
    focus_width: int = 2    # the focus ring


TYPE = TypeScale()
SPACE = Spacing()
