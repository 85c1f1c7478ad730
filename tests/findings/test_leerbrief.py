"""The leerbrief in the case file: stored as typed, coded content, and older files get the table."""

from __future__ import annotations

import sys
from pathlib import Path

from casereview.casefile.case_file import open_case
from casereview.demo.demo_case import write_demo_case
from casereview.findings.agreements import add_agreement
from casereview.findings.conclusions import add_conclusion, list_themes
from casereview.findings.leerbrief import leerbrief_content, load_leerbrief, save_leerbrief, theme_code
from casereview.model.tables import Theme
from casereview.session.parties import add_party
from casereview.vocabulary import AgreementKind, AgreementLevel, PartyCategory

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "model"))


def test_content_is_texts_and_codes_only(case) -> None:  # noqa: ANN001
    gemeente = add_party(case, "Gemeente Oost", PartyCategory.MUNICIPALITY)
    theme = list_themes(case)[0]
    conclusion = add_conclusion(case, "Iets", theme_ids=[theme.id])
    add_agreement(case, action="Nieuwe afspraak", owner_party_id=gemeente.id, owner_person="Joost Smit",
                  kind=AgreementKind.NEW_MEASURE, kind_reason="Er was nog niets", conclusion_id=conclusion.id,
                  level=AgreementLevel.CHAIN)
    add_agreement(case, action="Zonder eigenaar", kind=AgreementKind.IMPROVE_EXISTING)
    save_leerbrief(case, story="  Het verhaal.  ", lessons="Les een\nLes twee\n")
    content = leerbrief_content(case)
    assert content.texts["story"] == "Het verhaal." and content.lessons == ["Les een", "Les twee"]
    assert content.organisation_kinds == ["municipality"]
    assert content.themes == [theme_code(theme)]
    assert [(a.kind, a.level, a.count) for a in content.agreements] == [
        ("improve_existing", "unassigned", 1), ("new_measure", "chain", 1)]
    assert "Joost" not in repr(content) and "Gemeente Oost" not in repr(content)


def test_theme_code_falls_back_to_a_normalised_name() -> None:
    assert theme_code(Theme(name="Continuïteit van zorg", code=None)) == "continuiteit-van-zorg"
    assert theme_code(Theme(name="Wat dan ook", code="signalen")) == "signalen"


def test_an_older_case_file_gets_an_empty_leerbrief(tmp_path: Path) -> None:
    from test_store_migrations import make_version_1_file

    path = make_version_1_file(tmp_path / "v1.casereview")
    with open_case(path) as case:
        assert load_leerbrief(case).story == "" and not load_leerbrief(case).ready
        save_leerbrief(case, story="Nu wel.")
    with open_case(path, read_only=True) as case:
        assert load_leerbrief(case).story == "Nu wel."


def test_the_demo_carries_a_leerbrief_ready_to_share(tmp_path: Path) -> None:
    from casereview.reports.leerbrief import checked_content, leerbrief_problems

    with write_demo_case(tmp_path / "demo.casereview") as case:
        assert leerbrief_problems(case) == []
        content = checked_content(case, require_ready=True)
    assert content.ready and len(content.lessons) >= 3 and content.themes and content.quarter
