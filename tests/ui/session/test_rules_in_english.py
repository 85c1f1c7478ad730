"""The seven rules in the English interface (issue 26 §4): the checklist and the close refusal word the
service's evidence and missing parts in English, while Dutch reads exactly as the service (and the verslag)
words it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from casereview.casefile.case_file import CaseFile, create_case, open_case
from casereview.demo.demo_case import write_demo_case
from casereview.findings.agreements import add_agreement
from casereview.findings.followup_agenda import set_terugkommoment
from casereview.session.parties import add_participant, add_party
from casereview.session.procedure import add_ground_rule, update_case_details
from casereview.session.rules_check import evaluate_rules
from casereview.ui.main_window import MainWindow
from casereview.ui.session.close_refusal import CloseRefusalDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
# Words that give Dutch away; the names of the demo's parties are case data and stay out of these texts.
DUTCH = re.compile(r" (de|het|een|van|en|nog niet|geen|zonder|afspraak|afspraken|regel|partijen) |^Regel |Nog |"
                   r"Let op|spelregel|vervolgbijeenkomst|terugkommoment|gepland|onderschreven", re.IGNORECASE)
NEW_PARTY = "Sportclub Oost"  # a party present that has not spoken: named in rule 5, no Dutch word in it


def _demo_with_open_rules(tmp_path: Path) -> Path:
    """The demo case with rules 1, 2, 5 and 7 open again, and rule 7's every clause and warning in play."""
    case = write_demo_case(tmp_path / "demo.casereview")
    add_ground_rule(case, "Telefoons gaan uit")
    update_case_details(case, goal="", followup_date=None)
    set_terugkommoment(case, None)
    party = add_party(case, NEW_PARTY)
    add_participant(case, "Sam", "trainer", party.id)
    add_agreement(case, action="Een afspraak zonder eigenaar, datum, toetsing of soort")
    path = case.path
    case.close()
    return path


def _fresh_case(tmp_path: Path) -> Path:
    """A new review: nothing done yet, so rules 3, 4, 5 and 6 say what is missing."""
    path = tmp_path / "nieuw.casereview"
    create_case(path, "Review").close()
    return path


def _demo(tmp_path: Path) -> Path:
    case = write_demo_case(tmp_path / "demo.casereview")
    path = case.path
    case.close()
    return path


CASES = {"demo": _demo, "demo with open rules": _demo_with_open_rules, "new review": _fresh_case}


@pytest.fixture(params=list(CASES))
def case_path(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return CASES[request.param](tmp_path)


def _checklist_texts(window: MainWindow) -> list[str]:
    """What the rules column shows: its heading, every rule with its note, and each rule's tooltip."""
    view = window.case_view
    assert view is not None
    rules = view.rules
    rules.refresh()
    items = [rules.list.item(row) for row in range(rules.list.count())]
    assert len(items) == 7
    return [rules.summary.text(), *(i.text() for i in items), *(i.toolTip() for i in items)]


def _refusal_texts(window: MainWindow, qtbot: QtBot) -> list[str]:
    """Close the session: the refusal's message and buttons (empty when the session closed)."""
    window.close_session()
    dialog = window.findChild(CloseRefusalDialog)
    if dialog is None:
        return []
    qtbot.waitExposed(dialog)
    texts = [dialog.windowTitle(), dialog.findChild(QLabel, "closeRefusalMessage").text()]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton)]
    dialog.reject()
    QApplication.processEvents()
    return texts


def test_the_rules_and_the_refusal_read_english(case_path: Path, english: None, open_window, qtbot: QtBot) -> None:  # noqa: ANN001
    case = open_case(case_path)
    checks = evaluate_rules(case)
    case.close()
    window = open_window(case_path, tab="sessionTab")
    texts = _checklist_texts(window)
    refusal = _refusal_texts(window, qtbot)
    if any(not c.settled for c in checks):
        assert refusal and refusal[0] == "Session not finished yet", refusal
    dutch = [text for text in texts + refusal if DUTCH.search(text.replace(NEW_PARTY, ""))]
    assert dutch == []
    # the walk saw the texts it means to check: the notes, not only the titles
    notes = [c.missing for c in checks if not c.settled] + [c.evidence for c in checks if c.met]
    assert notes and all(note not in "\n".join(texts) for note in notes)
    if NEW_PARTY in "\n".join(texts):
        assert any(f"Not heard yet: {NEW_PARTY}." in t for t in texts)
    window.close_case()


def test_dutch_reads_as_the_service_words_it(tmp_path: Path, open_window, qtbot: QtBot) -> None:  # noqa: ANN001
    path = _demo_with_open_rules(tmp_path)
    case: CaseFile = open_case(path)
    checks = evaluate_rules(case)
    case.close()
    rule7 = checks[6]
    assert rule7.missing == ("1 afspraak zonder eigenaar; 1 afspraak zonder datum; 1 afspraak zonder toetsing (hoe "
                             "weten we dat het gewerkt heeft?); 1 afspraak zonder gekozen soort; plan de datum van "
                             "de vervolgbijeenkomst over de afspraken.")
    window = open_window(path, tab="sessionTab")
    texts = _checklist_texts(window)
    assert f"○  7. Maak plaats\n      → {rule7.missing}\n      ⚠ {rule7.warning}" in texts
    assert f"Nog open: {checks[0].missing}" in texts
    assert checks[3].met and checks[3].evidence in texts
    refusal = _refusal_texts(window, qtbot)
    assert f"Regel 7 (Maak plaats): {rule7.missing}" in refusal[1].splitlines()
    assert f"Regel 5 (Gemengde denkkracht en goede leiding): Nog niet gehoord: {NEW_PARTY}." in refusal[1].splitlines()
    assert QCoreApplication.translate("errors", rule7.missing) == rule7.missing
    window.close_case()
