"""Issue 11 §3: suggested file names carry pseudonyms, never a listed real name, and no unsafe characters."""

from __future__ import annotations

from pathlib import Path

from casereview.casefile.case_file import CaseFile
from casereview.privacy.detection.candidates import ensure_searched
from casereview.privacy.file_names import export_file_name, new_case_file_name
from casereview.privacy.pseudonyms import set_pseudonym
from casereview.session.procedure import update_case_details


def test_the_title_goes_through_the_pseudonyms(case: CaseFile) -> None:
    update_case_details(case, title="Review Zoë Müller: 2026/2027?")
    set_pseudonym(case, "Zoë Müller", "kind 1")
    ensure_searched(case)
    assert export_file_name(case, "verslag", ".docx") == "Review kind 1 2026 2027 - verslag.docx"


def test_without_pseudonyms_the_title_is_used_safely(case: CaseFile) -> None:
    update_case_details(case, title='Review "Oost" <2026>')
    ensure_searched(case)
    assert export_file_name(case, "afspraken", ".xlsx") == "Review Oost 2026 - afspraken.xlsx"


def test_a_title_not_searched_as_it_is_now_is_not_suggested(case: CaseFile) -> None:
    """Imported and exported straight away: the save dialog opens before the export searches."""
    update_case_details(case, title="Review Sanne Bakker juni")
    assert export_file_name(case, "verslag", ".docx") == "review - verslag.docx"
    ensure_searched(case)
    assert export_file_name(case, "verslag", ".docx") == "Review Sanne Bakker juni - verslag.docx"  # searched: safe
    update_case_details(case, title="Review Sanne Bakker juni (2)")
    assert export_file_name(case, "verslag", ".docx") == "review - verslag.docx"  # changed since: not yet


def test_a_new_case_gets_a_neutral_unused_name(tmp_path: Path) -> None:
    first = new_case_file_name(tmp_path, "dossier 2026-12-01")
    assert first.name == "dossier 2026-12-01.casereview"
    first.touch()
    assert new_case_file_name(tmp_path, "dossier 2026-12-01").name == "dossier 2026-12-01 (2).casereview"
    assert new_case_file_name(tmp_path, 'case: "1"/2').name == "case 1 2.casereview"  # a stem made safe
