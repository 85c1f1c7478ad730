"""Counts are worded through Qt's %n in both languages (issue 26 §4): "1 afspraak", "2 afspraken", never
"1 afspraken", "formulier(en)" or "reactie(s)"."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from casereview.ui.language.translation import CaseReviewTranslator, install_translation, remove_translation

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "casereview_en.ts"
HEDGED = re.compile(r"\((en|s|n|sen)\)|/afspraken|\bkopie\(")  # "formulier(en)", "reactie(s)", "Bijdrage(n)"


def _plural_messages() -> list[tuple[str, str]]:
    root = ET.parse(TS).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "")
            for context in root.iter("context") for message in context.iter("message")
            if message.get("numerus") == "yes"]


@pytest.fixture(params=["nl", "en"])
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # noqa: ANN001
    translators = install_translation(qapp, request.param)
    if request.param == "en":
        assert any(isinstance(t, CaseReviewTranslator) for t in translators), "the English .qm did not load"
    yield request.param
    remove_translation(qapp, translators)


def test_no_message_hedges_its_plural() -> None:
    root = ET.parse(TS).getroot()
    hedged = [m.findtext("source") for m in root.iter("message") if HEDGED.search(m.findtext("source") or "")]
    hedged += [t.text for m in root.iter("message") for t in [m.find("translation"), *m.iter("numerusform")]
               if t is not None and t.text and HEDGED.search(t.text)]
    assert hedged == []


def test_every_count_message_has_a_singular_and_a_plural(language: str) -> None:
    messages = _plural_messages()
    assert len(messages) >= 15, "the walk found too few %n messages to mean anything"
    problems = []
    for context, source in messages:
        one = QCoreApplication.translate(context, source, "", 1)
        two = QCoreApplication.translate(context, source, "", 2)
        if "%n" in one or "%n" in two or "1" not in one or "2" not in two or one.replace("1", "2") == two:
            problems.append(f"{context}: {source!r} → {one!r} / {two!r}")
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("context,source,expected", [
    ("OverdueBanner", "%n afspraken zijn over datum — bekijken",
     {"nl": ("1 afspraak is over datum — bekijken", "2 afspraken zijn over datum — bekijken"),
      "en": ("1 agreement is overdue — show", "2 agreements are overdue — show")}),
    ("EvaluationForm", "%n formulieren ingevoerd",
     {"nl": ("1 formulier ingevoerd", "2 formulieren ingevoerd"), "en": ("1 form entered", "2 forms entered")}),
    ("ReactionLogDialog", "%n reacties ingelezen van {0}.",
     {"nl": ("1 reactie ingelezen van {0}.", "2 reacties ingelezen van {0}."),
      "en": ("1 reaction read from {0}.", "2 reactions read from {0}.")}),
    ("OverviewWindow", "%n kopieën één keer geteld",
     {"nl": ("1 kopie één keer geteld", "2 kopieën één keer geteld"),
      "en": ("1 copy counted once", "2 copies counted once")}),
])
def test_counts_read_as_a_person_writes_them(language: str, context: str, source: str,
                                             expected: dict[str, tuple[str, str]]) -> None:
    assert (QCoreApplication.translate(context, source, "", 1),
            QCoreApplication.translate(context, source, "", 2)) == expected[language]
