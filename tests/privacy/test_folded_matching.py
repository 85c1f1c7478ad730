"""Issue 11 §1: names spelled the way Word shows them alike are replaced and caught, nothing else changes."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casereview.casefile.case_file import CaseFile, create_case
from casereview.findings.agreements import add_agreement
from casereview.findings.conclusions import add_conclusion
from casereview.privacy.folding import fold
from casereview.privacy.pseudonyms import NameFinder, find_names, pseudonymise_text, set_pseudonym, surname_of
from casereview.reports.documents import build_document
from casereview.reports.safe_write import NameLeakError
from casereview.session.contributions import add_contribution
from casereview.session.parties import add_party
from casereview.session.procedure import update_case_details
from casereview.timeline.events import add_event

PAIRS = [("Zoë Müller", "kind"), ("Lisa de Vries-Çelik", "moeder"), ("Henny", "grootmoeder"),
         ("Ahmed Yıldız", "vader")]
NAMES = [real for real, _ in PAIRS]


@pytest.mark.parametrize("text", [
    "Zoe Muller", "Zoe Mueller", "ZOË MÜLLER", "Zo\u00adë Mül\u00adler", "Zo\u200bë Mül\u200dler",
    "Ｚｏë Ｍüｌｌｅｒ", "Zoë\u00a0Müller", "Zoë\nMüller",
    "Lisa de Vries\u2011Çelik", "Lisa de Vries–Celik", "Lisa de Vries - Celik", "Lisa de\u00a0Vries-Celik",
    "L. de Vries-Çelik", "mevr. De Vries-Celik", "mevrouw de Vries-Çelik", "Mw. de Vries‑Celik",
    "Ahmed Yildiz", "A. Yıldız",
])
def test_ordinary_spellings_are_caught_and_replaced(text: str) -> None:
    sentence = f"Gesprek met {text} op school."
    assert find_names(sentence, NAMES), text
    replaced = pseudonymise_text(sentence, PAIRS)
    assert not find_names(replaced, NAMES), replaced
    assert replaced.startswith("Gesprek met ") and replaced.endswith(" op school.")


def test_the_rest_of_the_text_stays_exactly_as_written() -> None:
    text = "Ｗｉｊｋｔｅａｍ  zag\u00a0Zoe Mu\u00adeller — daarna\tniets."
    assert pseudonymise_text(text, PAIRS) == "Ｗｉｊｋｔｅａｍ  zag\u00a0kind — daarna\tniets."


def test_an_initial_becomes_part_of_the_pseudonym_not_left_in_front() -> None:
    assert pseudonymise_text("L. de Vries-Çelik belde.", PAIRS) == "Moeder belde."


def test_a_pseudonym_never_doubles_the_word_before_it() -> None:
    assert pseudonymise_text("Grootmoeder Henny kwam langs.", PAIRS) == "Grootmoeder kwam langs."
    assert pseudonymise_text("Toen kwam Henny.", PAIRS) == "Toen kwam grootmoeder."


def test_surname_of_a_full_name() -> None:
    assert surname_of("Lisa de Vries") == "de Vries"
    assert surname_of("Henny") == ""


def test_a_surname_on_the_list_keeps_its_own_pseudonym() -> None:
    pairs = [("Sanne de Vries", "moeder"), ("De Vries", "X")]
    assert pseudonymise_text("De familie de Vries en mevr. de Vries.", pairs) == "De familie X en mevr. X."


def test_a_sentence_end_before_a_surname_is_not_an_initial() -> None:
    assert pseudonymise_text("Tot het eind. Daarna niets.", [("Lisa Eind", "moeder")]) == "Tot het eind. Daarna niets."


def test_folded_positions_map_back() -> None:
    folded = fold("a\u00adB\u00a0\u00a0Ç")
    assert folded.text == "ab c"
    assert folded.span(1, 4) == (2, 6)


# -- the fuzz test: any listed name, perturbed as Word users perturb names, never reaches a document ----------

INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
DASHES = ["-", "\u2011", "\u2010", "\u2013", "\u2014", " - ", "\u2212"]
SPACES = [" ", "\u00a0", "\u202f", "\u2009", "  ", "\n"]


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@st.composite
def perturbed(draw: st.DrawFn, name: str) -> str:
    """``name`` with accents, case, width, dashes, spaces and invisible characters changed at random."""
    text = name
    if draw(st.booleans()):
        text = _strip_accents(text)
    text = draw(st.sampled_from([text, text.upper(), text.lower(), text.title()]))
    if draw(st.booleans()):
        text = _fullwidth(text)
    text = text.replace("-", draw(st.sampled_from(DASHES))).replace(" ", draw(st.sampled_from(SPACES)))
    chars = list(text)
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(1, max(1, len(chars) - 1)))
        chars.insert(position, draw(st.sampled_from(INVISIBLE)))
    return "".join(chars)


def _reference_fold(text: str) -> str:
    """An independent, simple fold (no positions) to judge the output by."""
    text = "".join(c for c in text if c != "\u00ad" and unicodedata.category(c) != "Cf")
    text = _strip_accents(unicodedata.normalize("NFKC", text)).casefold()
    for dash in DASHES:
        text = text.replace(dash.strip() or dash, "-")
    text = " ".join(text.split())
    return text.replace(" - ", "-").replace("ı", "i")


FIELD_NAMES = st.sampled_from(NAMES)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), before=st.text(st.characters(categories=["Ll", "Zs"]), max_size=8))
def test_perturbed_names_are_always_replaced(data: st.DataObject, before: str) -> None:
    name = data.draw(FIELD_NAMES)
    variant = data.draw(perturbed(name))
    text = f"Op {before}1 mei zei {variant}, daarna niets."
    out = pseudonymise_text(text, PAIRS)
    assert not NameFinder(NAMES)(out), (variant, out)
    assert _reference_fold(_strip_accents(name)) not in _reference_fold(out), (variant, out)


@pytest.fixture(scope="module")
def fuzz_case(tmp_path_factory: pytest.TempPathFactory) -> CaseFile:
    case = create_case(tmp_path_factory.mktemp("fuzz") / "fuzz.casereview", "Review fuzz")
    for real, alias in PAIRS:
        set_pseudonym(case, real, alias)
    yield case
    case.close()


def _place(case: CaseFile, field: str, text: str) -> None:
    if field == "title":
        update_case_details(case, title=f"Review {text}")
    elif field == "goal":
        update_case_details(case, goal=f"Leren van {text}")
    elif field == "event":
        add_event(case, date_text="01-05-2020", description=f"Gesprek met {text}")
    elif field == "contribution":
        add_contribution(case, text=f"{text} werd niet gehoord.", party_id=None)
    elif field == "party":
        add_event(case, date_text="02-05-2020", description="Huisbezoek",
                  party_id=add_party(case, f"Netwerk {text}").id)
    elif field == "conclusion":
        add_conclusion(case, f"Niemand sprak {text} alleen.")
    else:
        add_agreement(case, action=f"Altijd het kind apart spreken, zoals bij {text}",
                      due_date=date(2027, 1, 1), success_check="audit")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_a_perturbed_name_in_any_field_is_replaced_or_refused(fuzz_case: CaseFile, data: st.DataObject) -> None:
    name = data.draw(FIELD_NAMES)
    variant = data.draw(perturbed(name))
    field = data.draw(st.sampled_from(["title", "goal", "event", "contribution", "party", "conclusion",
                                       "agreement"]))
    kind = data.draw(st.sampled_from(["verslag", "voorbereiding", "voortgang"]))
    _place(fuzz_case, field, variant)
    try:
        builder = build_document(fuzz_case, kind=kind, today=date(2026, 12, 1))
    except NameLeakError:
        return  # refused: nothing written
    text = builder.all_text()
    assert not NameFinder(NAMES)(text), (field, variant)
    assert _reference_fold(_strip_accents(name)) not in _reference_fold(text), (field, variant)


def test_a_written_document_has_no_variant(tmp_path: Path) -> None:
    import docx

    from casereview.reports.documents import export_document

    with create_case(tmp_path / "r.casereview", "Review Zoe Mueller") as case:
        for real, alias in PAIRS:
            set_pseudonym(case, real, alias)
        add_event(case, date_text="01-05-2020", description="Mevrouw de Vries\u2011Celik belt; Zo\u00adë Mül\u00adler blijft thuis.")
        out = export_document(case, tmp_path / "v.docx", today=date(2026, 12, 1))
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells)
    text += "\n".join(p.text for s in document.sections for p in s.header.paragraphs)
    assert "Review kind" in text and "Moeder belt; kind blijft thuis." in text
    assert not find_names(text, NAMES)
