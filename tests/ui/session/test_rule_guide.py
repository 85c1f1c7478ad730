"""The seven rules as the chair's guide: what the current phase's rule asks, prompts, and the presenter's line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from casereview.casefile.case_file import CaseFile
from casereview.ui.session.rule_guide import RuleGuide
from casereview.vocabulary.rule_guide import RULE_GUIDES, rules_of_phase

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_every_rule_has_what_it_asks_and_two_or_three_prompts() -> None:
    assert sorted(RULE_GUIDES) == list(range(1, 8))
    assert all(g.asks and g.short and 2 <= len(g.prompts) <= 3 for g in RULE_GUIDES.values())
    assert any("er hoeft niets te veranderen" in p.lower() for p in RULE_GUIDES[4].prompts)
    assert rules_of_phase("6,7") == [6, 7] and rules_of_phase(" 5 ; x, 9") == [5]


def test_the_guide_follows_the_phase_and_unfolds_its_prompts(qtbot, open_window, case: CaseFile) -> None:  # type: ignore[no-untyped-def]
    window = open_window(case)
    guide = window.findChild(RuleGuide, "ruleGuide")
    asks = guide.findChild(QLabel, "ruleGuideAsks")
    prompts = guide.findChild(QLabel, "ruleGuidePrompts")
    toggle = guide.findChild(QToolButton, "ruleGuideToggle")
    assert not guide.isVisible()  # before the session starts no phase, no rule
    next_button = window.findChild(QPushButton, "nextPhaseButton")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert guide.isVisible() and "Regel 1 · Veilige setting" in asks.text()
    assert "geen functioneringsgesprek" in asks.text() and not prompts.isVisible()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert prompts.isVisible() and "blijft in deze kamer" in prompts.text()
    while next_button.isVisible() and next_button.isEnabled():
        qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert "Regel 6" in asks.text() and "Regel 7" in asks.text()  # the closing phase serves both
    assert "rode draad" in prompts.text()
    window.presenter_action.trigger()
    line = window.presenter_window.findChild(QLabel, "presenterRuleGuide")
    assert line.text().startswith("Regel 6, Goed voorbereiden en goed afronden: ")
    assert "Regel 7, Maak plaats" in line.text() and "?" not in line.text()  # short: no prompts on the screen
    window.presenter_action.trigger()
    window.close()
