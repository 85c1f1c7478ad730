"""The palette meets WCAG 2.1 AA: text 4.5:1 on every background it is shown on, focus rings 3:1."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from casereview.ui.style import palette
from casereview.ui.style.palette import LIGHT, PROJECTOR, TEXT_PAIRS, UI_PAIRS, contrast_ratio

UI_ROOT = Path(palette.__file__).resolve().parents[1]


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", [LIGHT, PROJECTOR], ids=["light", "projector"])
def test_every_text_pair_reaches_aa(theme: palette.Palette) -> None:
    failing = [(fg, bg, round(contrast_ratio(getattr(theme, fg), getattr(theme, bg)), 2))
               for fg, bg in TEXT_PAIRS if contrast_ratio(getattr(theme, fg), getattr(theme, bg)) < 4.5]
    assert failing == []


@pytest.mark.parametrize("theme", [LIGHT, PROJECTOR], ids=["light", "projector"])
def test_focus_ring_and_cues_reach_non_text_contrast(theme: palette.Palette) -> None:
    failing = [(fg, bg) for fg, bg in UI_PAIRS if contrast_ratio(getattr(theme, fg), getattr(theme, bg)) < 3.0]
    assert failing == []


def test_chart_legend_colours_are_the_charts_own() -> None:
    from casereview.timeline import chart

    assert (palette.CHART_BLUE, palette.CHART_SKY, palette.CHART_GREEN, palette.CHART_VERMILLION) == \
        (chart.BLUE, chart.SKY, chart.GREEN, chart.VERMILLION)


def test_no_colour_literal_outside_the_style_package() -> None:
    """Every colour comes from the palette, so one change restyles the whole UI."""
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b")
    found = [f"{path.relative_to(UI_ROOT)}:{n}" for path in UI_ROOT.rglob("*.py") if "style" not in path.parts
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if literal.search(line)]
    assert found == []
