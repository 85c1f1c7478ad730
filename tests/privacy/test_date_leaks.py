"""Dates finer than a quarter are found in text for outsiders; years and quarters are not."""

from __future__ import annotations

from datetime import date

import pytest

from casereview.privacy.date_leaks import find_fine_dates


@pytest.mark.parametrize("text", ["op 14 juni kwam de melding", "sinds maart 2026", "op 2026-06-14",
                                  "op 14-06-2026", "op 14/6/26", "in 06-2026", "vanaf jun. 2025", "3 sept"])
def test_days_and_months_are_found(text: str) -> None:
    assert find_fine_dates(text)


@pytest.mark.parametrize("text", ["in 2026-K2", "sinds begin 2024", "twee jaar lang", "in het voorjaar van 2025",
                                  "één op de 3 gezinnen", "maart is een maand"])
def test_years_quarters_and_plain_words_pass(text: str) -> None:
    assert find_fine_dates(text) == []


def test_an_event_date_is_found_in_any_written_form() -> None:
    assert find_fine_dates("Het gebeurde op 9 mei 2025.", [date(2025, 5, 9)])
