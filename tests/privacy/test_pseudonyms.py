from __future__ import annotations

import pytest

from casereview.casefile.case_file import create_case
from casereview.model import CaseFileError
from casereview.privacy.pseudonyms import (
    find_names,
    list_pseudonyms,
    parse_assignment,
    pseudonymise_text,
    remove_pseudonym,
    set_pseudonym,
)

PAIRS = [("Sanne", "moeder"), ("Sanne de Vries", "moeder"), ("Noor", "kind 1")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sanne belde het wijkteam.", "Moeder belde het wijkteam."),
    ("Gesprek met sanne en Noor.", "Gesprek met moeder en kind 1."),
    ("Sanne's partner", "Moeder's partner"),
    ("het dossier van Sannes dochter", "het dossier van moeders dochter"),
    ("SANNE DE VRIES kwam niet", "Moeder kwam niet"),
    ("Sanne de\nVries belde", "Moeder belde"),
    ("Verwijzing: Noor (6) naar de kinderarts.", "Verwijzing: Kind 1 (6) naar de kinderarts."),
])
def test_pseudonymise_replaces_names_whatever_the_capitals(text: str, expected: str) -> None:
    assert pseudonymise_text(text, PAIRS) == expected


def test_longest_name_wins() -> None:
    assert pseudonymise_text("met Sanne de Vries", [("Sanne", "A"), ("Sanne de Vries", "B")]) == "met B"


def test_find_names_sees_names_inside_longer_words() -> None:
    assert find_names("het dossier van Sannes dochter", ["Sanne", "Noor"]) == ["Sanne"]
    assert find_names("niets bijzonders", ["Sanne"]) == []
    assert sorted(find_names("NOORTJE en sanne", ["Sanne", "Noor"])) == ["Noor", "Sanne"]


def test_parse_assignment() -> None:
    assert parse_assignment(" Sanne  de Vries = moeder ") == ("Sanne de Vries", "moeder")
    for bad in ("Sanne", "=moeder", "Sanne="):
        with pytest.raises(CaseFileError) as err:
            parse_assignment(bad)
        assert bad in str(err.value)


def test_set_list_and_remove(tmp_path) -> None:
    case = create_case(tmp_path / "p.casereview", "Review")
    set_pseudonym(case, "Sanne", "moeder")
    set_pseudonym(case, "noor", "kind 1")
    set_pseudonym(case, "SANNE", "de moeder")  # same name, any capitals: updated, not duplicated
    assert [(p.real_name, p.pseudonym) for p in list_pseudonyms(case)] == [("noor", "kind 1"), ("SANNE", "de moeder")]
    remove_pseudonym(case, "Noor")
    assert [p.real_name for p in list_pseudonyms(case)] == ["SANNE"]
    with pytest.raises(CaseFileError):
        remove_pseudonym(case, "Bram")
    with pytest.raises(CaseFileError):
        set_pseudonym(case, "Bram", "  ")
    with pytest.raises(CaseFileError):
        set_pseudonym(case, "Bram", "Brammetje")  # the pseudonym would leak the name itself
    case.close()


def test_keep_words_are_left_alone_but_the_name_itself_never() -> None:
    keep = ["samen", "pagina"]
    pairs = [("Sam", "broer"), ("Ina", "tante")]
    assert pseudonymise_text("Sam en Ina werkten samen (pagina 3); Sams fiets.", pairs, keep) == (
        "Broer en tante werkten samen (pagina 3); broers fiets.")
    assert find_names("samen op pagina 2", ["Sam", "Ina"], keep) == []
    assert find_names("Samen met Sams oma", ["Sam"], keep) == ["Sam"]
    assert find_names("Sam", ["Sam"], ["sam"]) == ["Sam"]  # a word equal to the name always counts
