"""Issue 21 §3: a pseudonym in a possessive still reads as Dutch ("kind 1's wang", never "kind 1s wang")."""

from __future__ import annotations

import pytest

from casereview.privacy.pseudonyms import pseudonymise_text

PAIRS = [("Lotte", "kind 1"), ("Thijs", "partner van moeder"), ("Henny", "grootmoeder"), ("Bram", "opa"),
         ("Ilse", "X")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Zij zag Lottes wang.", "Zij zag kind 1's wang."),
    ("Op Lotte's tweede verjaardag", "Op kind 1's tweede verjaardag"),
    ("Over Thijs' rol", "Over partner van moeders rol"),
    ("Lottes oma en Thijs' oma", "Kind 1's oma en partner van moeders oma"),
    ("Henny, Lotte's oma", "Grootmoeder, kind 1's oma"),
    ("Thijs kwam later.", "Partner van moeder kwam later."),
    ("de fiets van Brams zus", "de fiets van opa's zus"),
    ("Ilses huis", "X's huis"),
    ("Volgens grootmoeder Henny", "Volgens grootmoeder"),
])
def test_possessives_and_doubles_read_as_dutch(text: str, expected: str) -> None:
    assert pseudonymise_text(text, PAIRS) == expected
