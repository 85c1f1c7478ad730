"""The error catalog: one wording per interface, no command-line flag in the window, codes raise their text."""

from __future__ import annotations

import re

import pytest

from casereview.model import CaseFileError
from casereview.model.errors import MESSAGES
from casereview.vocabulary.error_catalog import (
    CATALOG,
    CLAUSE,
    PART,
    CodedError,
    Labels,
    Message,
    Wording,
    compose,
    placeholders,
    source_texts,
    wording,
)

FLAG = re.compile(r"(?:^|[\s'\"(])-[a-zA-Z]\b")  # a short flag such as -o; "--" is caught as it is


def test_no_window_message_names_a_command_line_flag() -> None:
    flags = [f"{code}: {text!r}" for code, text in source_texts("window") if "--" in text or FLAG.search(text)]
    assert not flags, "A window wording names a flag (give the entry a Wording with a window text):\n" + \
        "\n".join(flags)


def test_a_two_sided_entry_differs_and_asks_for_the_same_parameters() -> None:
    for code, entry in CATALOG.items():
        if isinstance(entry, Wording):
            assert entry.cli != entry.window, code
            assert (wording(code, "cli"), wording(code, "window")) == (entry.cli, entry.window)
            assert placeholders(entry.window) <= placeholders(entry.cli) | placeholders(entry.window), code


def test_every_code_is_dotted_lowercase_and_its_text_a_sentence() -> None:
    clauses = 0
    for code, text in source_texts():
        assert re.fullmatch(r"[a-z_]+(\.[a-z_]+)*", code), code
        assert text.strip() == text, f"{code}: {text!r}"
        if code.startswith(CLAUSE):  # a clause: compose() gives the capital and the full stop
            clauses += 1
            assert text[0] == text[0].lower() and text[-1] not in ".;", f"{code}: {text!r}"
        elif code.startswith(PART):  # a part another wording embeds: no capital, no full stop of its own
            assert text[0] == text[0].lower() or text[0] in "'{", f"{code}: {text!r}"
            assert text[-1] not in ".;", f"{code}: {text!r}"
        else:
            assert text[-1] in ".?!)}", f"{code}: {text!r}"
    assert clauses


def test_messages_compose_clauses_into_one_sentence_and_keep_their_dutch_text() -> None:
    one = Message("rules.clause.no_owner_one", {"count": 1})
    assert str(one) == "1 afspraak zonder eigenaar"
    assert compose([one, Message("rules.clause.plan_followup")]) == \
        "1 afspraak zonder eigenaar; plan de datum van de vervolgbijeenkomst over de afspraken."
    assert compose([Message("rules.goal.written")]) == "Doel en reviewvragen staan op papier."
    assert compose([]) == ""
    labels = Message("rules.parties.heard", {"parties": 3, "count": 2, "labels": Labels(["Professional", "Cliënt/burger"])})
    assert str(labels) == "3 partijen uit 2 categorieën (Cliënt/burger, Professional) hebben bijgedragen."
    assert compose([one], lambda m: m.code) == "Rules.clause.no_owner_one."
    with pytest.raises(KeyError):
        Message("rules.no_such_note")


def test_the_command_line_gets_the_cli_wording_and_the_old_api_still_works() -> None:
    assert MESSAGES is CATALOG
    error = CaseFileError(code="passphrase.too_short", minimum=8)
    assert (str(error), error.code, error.params) == ("Kies een wachtwoord van minstens 8 tekens.",
                                                      "passphrase.too_short", {"minimum": 8})
    assert isinstance(error, CodedError)
    plain = CaseFileError("Iets eigens.")
    assert (str(plain), plain.code) == ("Iets eigens.", "")
    with pytest.raises(KeyError):
        CaseFileError(code="no.such.code")


def test_a_missing_parameter_stays_visible_instead_of_raising() -> None:
    assert str(CaseFileError(code="case.exists")) == "Het bestand '{name}' bestaat al; kies een andere naam."


def test_command_line_only_codes_stay_out_of_the_window_wordings() -> None:
    cli_only = {code for code in CATALOG if code.startswith("cli.")}
    assert cli_only and any("--" in wording(code) for code in cli_only)
    assert not cli_only & {code for code, _text in source_texts("window")}
