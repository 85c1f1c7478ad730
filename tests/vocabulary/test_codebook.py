"""The theme codebook as a small JSON file: written, read back, checked, and the start of every new case."""

from __future__ import annotations

from pathlib import Path

import pytest

from casereview import settings
from casereview.casefile.case_file import create_case
from casereview.findings.conclusions import list_themes
from casereview.vocabulary import DEFAULT_THEME_CODES
from casereview.vocabulary.codebook import CodebookEntry, CodebookError, builtin_codebook, dumps, loads, normalised_name


def test_round_trip_keeps_codes_labels_and_defaults() -> None:
    entries = [*builtin_codebook(), CodebookEntry("regio-school", "Samenwerking met school", False)]
    text = dumps(entries)
    assert '"format": "casereview-codeboek"' in text and "Continuïteit" in text  # readable, not escaped
    assert loads(text) == entries


@pytest.mark.parametrize(("text", "message"), [
    ("{", "geen geldig JSON"),
    ('{"themes": []}', "geen lijst 'themes'"),
    ('{"themes": [{"code": "A B", "label": "x"}]}', "thema 1: de code 'A B' is ongeldig"),
    ('{"themes": [{"code": "a", "label": " "}]}', "thema 1: het label ontbreekt"),
    ('{"themes": [{"code": "a", "label": "x"}, {"code": "a", "label": "y"}]}', "thema 2: de code 'a' staat er twee"),
    ('{"themes": [{"code": "a", "label": "Zorg"}, {"code": "b", "label": " zörg "}]}', "thema 2: het label"),
    ('{"themes": [{"code": "a", "label": "x", "default": "ja"}]}', "'default' moet true of false"),
])
def test_a_wrong_codebook_names_the_entry(text: str, message: str) -> None:
    with pytest.raises(CodebookError) as err:
        loads(text, source="'team.json'")
    assert message in str(err.value) and "'team.json'" in str(err.value)


def test_normalised_name_folds_case_accents_and_spacing() -> None:
    assert normalised_name("  Continuïteit   van ZORG ") == normalised_name("continuiteit van zorg")


def test_new_case_starts_from_the_codebook_in_the_settings(tmp_path: Path) -> None:
    with create_case(tmp_path / "standaard.casereview", "Standaard") as case:
        assert {(t.code, t.name) for t in list_themes(case)} == set(DEFAULT_THEME_CODES)
    relabelled = [CodebookEntry("rd-ouders", "Ouders en veiligheid van het kind", True),
                  CodebookEntry("regio-school", "Samenwerking met school", False)]
    settings.set_codebook(relabelled)
    with create_case(tmp_path / "regio.casereview", "Regio") as case:
        themes = {(t.code, t.name, t.is_default) for t in list_themes(case)}
    assert themes == {("rd-ouders", "Ouders en veiligheid van het kind", True),
                      ("regio-school", "Samenwerking met school", False)}


def test_a_damaged_codebook_in_the_settings_falls_back_to_the_builtin_one(tmp_path: Path) -> None:
    settings.put("theme_codebook", [{"code": "Ongeldig!", "label": "x"}])
    assert settings.new_case_codebook() == builtin_codebook()
