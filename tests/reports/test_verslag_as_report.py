"""The verslag as a report one signs and that tells the truth, checked in the files themselves.

Language tags, the contents' page numbers, nothing cut with "…", no instruction to the chair and no
placeholder in a recipient's document, rules judged by what happened, the review questions answered,
and the family's summary agreeing with the verslag.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from casereview.casefile.case_file import create_case, open_case
from casereview.demo.demo_case import write_demo_case
from casereview.findings.agreements import add_agreement
from casereview.findings.conclusions import add_conclusion
from casereview.privacy.detection.candidates import ensure_searched
from casereview.reports.colophon import update_colophon
from casereview.reports.documents import KINDS, export_document
from casereview.reports.family_summary_check import summary_language
from casereview.session.parties import add_party
from casereview.session.procedure import update_case_details

# What the chair is told to do, and what stands in for a missing value: neither belongs in a recipient's document.
CHAIR_TEXT = re.compile(r"\b(Schrijf|Plan een|plan die|Leg verbeterafspraken|nodig meer|start de eerste fase|"
                        r"Vul |Kies )|nog niet gekozen|nog niet vastgelegd|betrokkenheid niet vastgelegd|Nog niet vastgelegd|"
                        r"nog niemand|nog geen eigenaar|\(s\)|\(en\)")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.casereview"
    with write_demo_case(path, today=date(2026, 12, 2)) as case:
        ensure_searched(case)  # searched once (the stand-in finds nothing), so the tests may open it read-only
    return path


@pytest.fixture
def bare(tmp_path: Path):
    """A case with almost nothing filled in: where placeholders used to appear."""
    case = create_case(tmp_path / "kaal.casereview", "Review gezin L.")
    team = add_party(case, "Wijkteam Zuid")
    add_party(case, "Familie", "client")
    conclusion = add_conclusion(case, "De overdracht liep via een e-mail.")
    add_agreement(case, action="Overdracht in een gesprek.", owner_party_id=team.id, kind="",
                  conclusion_id=conclusion.id, due_date=date(2026, 1, 1))
    yield case
    case.close()


def _body(path: Path) -> str:
    document = docx.Document(str(path))
    return "\n".join(t.text or "" for t in document.element.body.iter(docx.oxml.ns.qn("w:t")))


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


@pytest.mark.parametrize("kind", [*KINDS, "samenvatting"])
def test_documents_are_tagged_dutch(demo: Path, tmp_path: Path, kind: str) -> None:
    with open_case(demo, read_only=True) as case:
        out = export_document(case, tmp_path / f"{kind}.docx", kind=kind)
    with zipfile.ZipFile(out) as package:
        styles = package.read("word/styles.xml").decode()
        settings = package.read("word/settings.xml").decode()
    assert set(re.findall(r'<w:lang w:val="([^"]+)"', styles)) == {"nl-NL"}
    assert "en-US" not in styles and 'w:themeFontLang w:val="nl-NL"' in settings
    assert docx.Document(str(out)).core_properties.language == "nl-NL"


@pytest.mark.parametrize("kind", [*KINDS, "samenvatting"])
def test_nothing_is_cut_and_nothing_is_meant_for_the_chair(demo: Path, bare, tmp_path: Path, kind: str) -> None:
    with open_case(demo, read_only=True) as case:
        demo_text = _body(export_document(case, tmp_path / f"demo-{kind}.docx", kind=kind))
    bare_text = _body(export_document(bare, tmp_path / f"kaal-{kind}.docx", kind=kind))
    for text in (demo_text, bare_text):
        assert not re.search(r"\w…", text), re.findall(r".{20}\w….{5}", text)
        if kind != "voorbereiding":  # the preparation pack asks its readers to prepare: that is its purpose
            assert not CHAIR_TEXT.search(text), CHAIR_TEXT.findall(text)


def test_rules_are_judged_by_what_happened(demo: Path, tmp_path: Path) -> None:
    with open_case(demo, read_only=True) as case:
        out = export_document(case, tmp_path / "verslag.docx")
    document = docx.Document(str(out))
    rules = next(t for t in document.tables if "Nageleefd" in [c.text for c in t.rows[0].cells])
    state = {r.cells[0].text: r.cells[2].text for r in rules.rows[1:]}
    assert state["6"] == "niet aan toe gekomen" and state["7"] == "niet aan toe gekomen"  # phase 7 never held
    assert state["1"] == "ja"
    text = _body(out)
    assert "Deze conclusies zijn vastgelegd buiten de fase ‘Conclusies en verbeterafspraken’" in text
    assert "Deze afspraken zijn vastgelegd buiten de fase" in text


def test_structure_numbers_abbreviations_and_answers(demo: Path, tmp_path: Path) -> None:
    with open_case(demo, read_only=True) as case:
        out = export_document(case, tmp_path / "verslag.docx")
    paragraphs = _paragraphs(out)
    headings = [text for style, text in paragraphs if style.startswith("Heading")]
    assert sum("Doel en reviewvragen" == re.sub(r"^[\d.]+ ", "", h) for h in headings) == 0
    assert headings.index("1 Samenvatting") < headings.index("2 Aanleiding, doel en reviewvragen")
    assert "3.1 Hoe de zeven regels zijn nageleefd" in headings
    assert headings[-2:] == ["Bijlage A  Deelnemers", "Bijlage B  Tijdlijn"]
    text = "\n".join(t for _s, t in paragraphs)
    assert "GI\tgecertificeerde instelling" in text and "JGZ\tjeugdgezondheidszorg" in text
    assert "RvdK\t" not in text  # listed only when the text uses it
    assert "— Beantwoord in conclusie 3." in text
    analysis = headings.index("4 Analyse")
    assert headings[analysis + 1] == "4.1 Wat de groep samen ziet"  # the chair's synthesis before the quotes


def test_an_unanswered_review_question_stays_open(bare, tmp_path: Path) -> None:
    update_case_details(bare, questions="Wie had de regie?\nWat ging goed?")
    text = _body(export_document(bare, tmp_path / "v.docx"))
    assert text.count("Deze vraag is in de review niet beantwoord; zij blijft open.") == 4  # summary + chapter


def test_family_summary_agrees_with_the_verslag(bare, tmp_path: Path) -> None:
    update_colophon(bare, chair_name="A. de Boer", chair_contact="06-12345678")
    out = export_document(bare, tmp_path / "s.docx", kind="samenvatting", today=date(2026, 3, 1))
    text = _body(out)
    assert "Dit moest klaar zijn op 1 januari 2026. Het is nog niet klaar." in text  # overdue in the verslag too
    assert "Klaar op" not in text
    assert "organisaties en groepen mee" not in text  # nobody recorded as taking part
    assert "Neem contact op met A. de Boer" in text and "06-12345678" in text
    document = docx.Document(str(out))
    assert document.styles["Normal"].font.size.pt >= 12
    measured = summary_language(bare).measure
    assert measured.sentences > 5 and 0 < measured.average_sentence_length < 15
    assert 0 <= measured.outside_share < 0.5


@pytest.mark.libreoffice
def test_contents_have_page_numbers_and_the_pdf_an_outline(demo: Path, tmp_path: Path) -> None:
    with open_case(demo, read_only=True) as case:
        out = export_document(case, tmp_path / "verslag.docx", page_numbers=True)
        pdf = export_document(case, tmp_path / "verslag.pdf", page_numbers=True)
    entries = [text for style, text in _paragraphs(out) if style.lower().startswith("toc")]
    numbers = [int(m.group(1)) for m in (re.search(r"\t(\d+)$", e) for e in entries) if m]
    assert len(numbers) == len(entries) > 10
    assert numbers == sorted(numbers) and numbers[0] >= 3
    with zipfile.ZipFile(out) as package:
        body = package.read("word/document.xml").decode()
        settings = package.read("word/settings.xml").decode()
    assert "updateFields" not in settings and 'w:dirty="true"' not in body and "TOC \\" not in body
    reader = PdfReader(str(pdf))
    assert str(reader.trailer["/Root"]["/Lang"]) == "nl-NL"
    outline = [" ".join(item.title.split()) for item in reader.outline if not isinstance(item, list)]
    assert "1 Samenvatting" in outline and "Bijlage B Tijdlijn" in outline
    pdf_entries = {e.rsplit("\t", 1)[0]: int(e.rsplit("\t", 1)[1])
                   for e in (p.text for p in docx.Document(str(out)).paragraphs if p.style.name.lower().startswith("toc"))}
    pages = [" ".join(page.extract_text().split()) for page in reader.pages]
    for heading in ("5 Conclusies", "6 Verbeterafspraken"):
        assert heading in pages[pdf_entries[heading] - 1]  # the number says where the heading is


def test_overdue_date_in_demo_summary(demo: Path, tmp_path: Path) -> None:
    with open_case(demo, read_only=True) as case:
        text = _body(export_document(case, tmp_path / "s.docx", kind="samenvatting", today=date(2027, 6, 1)))
    assert "Het is nog niet klaar." in text
