"""Every document kind as a recipient sees it: through LibreOffice, page by page, and inside the package.

These tests need LibreOffice, which the README's test command installs; they do not skip without it.
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from matplotlib.figure import Figure

from casereview import libreoffice
from casereview.casefile.case_file import create_case, open_case
from casereview.cli import main
from casereview.demo.demo_case import write_demo_case
from casereview.privacy.pseudonyms import list_pseudonyms
from casereview.reports.documents import KINDS, export_document
from casereview.reports.safe_write import ExportError
from casereview.reports.sections import timeline_intro
from casereview.reports.verslag import procedure_intro
from casereview.timeline.chart import draw_timeline
from casereview.timeline.events import add_event, list_events
from casereview.vocabulary import StepState

HEADER_OR_FOOTER = re.compile(r"Vertrouwelijk|^Pagina \d+ van \d+")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.casereview"
    with write_demo_case(path):
        pass
    return path


@pytest.fixture(scope="module")
def pdfs(demo: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every kind of the demo as PDF, made through the command line's --format pdf."""
    folder = tmp_path_factory.mktemp("pdf")
    made = {}
    for kind in KINDS:
        out = folder / f"{kind}.pdf"
        assert main(["export", str(demo), "-o", str(out), "--kind", kind, "--format", "pdf", "--pseudonymise"]) == 0
        made[kind] = out
    return made


def _page_texts(pdf: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(pdf), "-"],
                           capture_output=True, text=True, check=True).stdout for n in range(1, pages + 1)]


def _body_lines(page: str) -> list[str]:
    return [line for line in (raw.strip() for raw in page.splitlines()) if line and not HEADER_OR_FOOTER.search(line)]


def _docx(demo: Path, tmp_path: Path, kind: str) -> zipfile.ZipFile:
    out = tmp_path / f"{kind}.docx"
    with open_case(demo, read_only=True) as case:
        export_document(case, out, kind=kind, pseudonymise=True)
    return zipfile.ZipFile(out)


@pytest.mark.libreoffice
@pytest.mark.parametrize("kind", KINDS)
def test_no_page_holds_only_header_and_footer(pdfs: dict[str, Path], kind: str) -> None:
    pages = _page_texts(pdfs[kind])
    assert len(pages) >= 3
    empty = [n for n, page in enumerate(pages, start=1) if not _body_lines(page)]
    assert empty == [], f"{kind}: pages {empty} hold only header and footer"


@pytest.mark.libreoffice
def test_pdf_is_pdf_a_for_archiving(pdfs: dict[str, Path]) -> None:
    data = pdfs["verslag"].read_bytes()
    assert data.startswith(b"%PDF")
    assert b"<pdfaid:part>2</pdfaid:part>" in data


@pytest.mark.libreoffice
def test_source_words_are_never_broken_in_the_middle(pdfs: dict[str, Path], demo: Path) -> None:
    with open_case(demo, read_only=True) as case:
        sources = {e.event.source for e in list_events(case) if e.event.source}
    long_words = {w.strip("(),.") for s in sources for w in s.split() if len(w.strip("(),.")) >= 10}
    assert "huisartsenpraktijk" in long_words
    text = "\n".join(_page_texts(pdfs["verslag"]))
    missing = sorted(w for w in long_words if w not in text)
    assert missing == [], f"broken over two lines in the Bron column: {missing}"


@pytest.mark.libreoffice
def test_partial_dates_are_marked_in_the_timeline_table(pdfs: dict[str, Path], demo: Path, tmp_path: Path) -> None:
    text = "\n".join(_page_texts(pdfs["verslag"])).replace("\u00a0", " ")
    assert "≈ februari 2024" in text and "≈ zomer 2024" in text
    assert not re.search(r"\b\d{2}-\d{2}-\d{4}\b", text), "one date style: '14 mei 2024', not '14-05-2024'"
    body = _docx(demo, tmp_path, "verslag").read("word/document.xml").decode()
    run = re.search(r"<w:r><w:rPr>(.*?)</w:rPr><w:t[^>]*>≈\u00a0februari\u00a02024</w:t>", body)
    assert run is not None and "<w:i/>" in run.group(1)


@pytest.mark.parametrize("kind", KINDS)
def test_contents_need_no_field_update(demo: Path, tmp_path: Path, kind: str) -> None:
    package = _docx(demo, tmp_path, kind)
    assert "fldChar" not in package.read("word/document.xml").decode()
    assert "updateFields" not in package.read("word/settings.xml").decode()


@pytest.mark.parametrize("kind", KINDS)
def test_document_properties_are_fresh_and_ours(demo: Path, tmp_path: Path, kind: str) -> None:
    package = _docx(demo, tmp_path, kind)
    names = package.namelist()
    assert not [n for n in names if "thumbnail" in n]
    assert "thumbnail" not in package.read("_rels/.rels").decode()
    app = package.read("docProps/app.xml").decode()
    assert "<Application>casereview</Application>" in app and "Microsoft" not in app
    core = package.read("docProps/core.xml").decode()
    created = re.search(r"<dcterms:created[^>]*>([^<]+)<", core).group(1)
    modified = re.search(r"<dcterms:modified[^>]*>([^<]+)<", core).group(1)
    now = datetime.now(UTC).replace(tzinfo=None)
    for stamp in (created, modified):
        assert abs(datetime.fromisoformat(stamp.rstrip("Z")) - now) < timedelta(minutes=5)
    title = re.search(r"<dc:title>([^<]*)<", core).group(1)
    with open_case(demo, read_only=True) as case:
        real = [p.real_name for p in list_pseudonyms(case)]
    assert title and not any(name in title for name in real)


def test_every_picture_has_alt_text(demo: Path, tmp_path: Path) -> None:
    body = _docx(demo, tmp_path, "verslag").read("word/document.xml").decode()
    pictures = re.findall(r"<wp:docPr [^>]*>", body)
    assert pictures
    for tag in pictures:
        descr = re.search(r'descr="([^"]*)"', tag)
        assert descr and len(descr.group(1)) > 40, tag


def test_odt_is_an_open_document(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "verslag.odt"
    assert main(["export", str(demo), "-o", str(out), "--pseudonymise"]) == 0
    with zipfile.ZipFile(out) as package:
        assert package.read("mimetype") == b"application/vnd.oasis.opendocument.text"
        assert b"Verbeterafspraken" in package.read("content.xml")


def test_without_libreoffice_pdf_gets_a_dutch_message_and_no_file(demo: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(libreoffice, "find_office", lambda: None)
    out = tmp_path / "verslag.pdf"
    with open_case(demo, read_only=True) as case, pytest.raises(ExportError, match="LibreOffice nodig"):
        export_document(case, out, file_format="pdf", pseudonymise=True)
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_the_verslag_names_no_internal_categories(demo: Path, tmp_path: Path) -> None:
    body = re.sub(r"<[^>]+>", "", _docx(demo, tmp_path, "verslag").read("word/document.xml").decode())
    assert "Zonder fase" not in body and "Voorbereiding:" not in body
    assert "Ingebracht in de voorbereiding" in body


def test_timeline_wording_without_key_moments(tmp_path: Path) -> None:
    with create_case(tmp_path / "kaal.casereview", "Zonder sleutelmomenten") as case:
        add_event(case, date_text="14-05-2024", description="Gesprek.")
        add_event(case, date_text="14-06-2024", description="Bezoek.")
        rows = list_events(case)
    text = timeline_intro(rows)
    assert "0 sleutelmomenten" not in text and "geen sleutelmomenten" in text and "≈" not in text
    fig = Figure(figsize=(8, 4))
    draw_timeline(fig, rows)
    labels = [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    assert labels == ["gebeurtenis"]


def test_werkwijze_says_how_far_the_meeting_got() -> None:
    assert "nog geen fase afgerond" in procedure_intro([StepState.PENDING] * 7)
    assert "volgde" not in procedure_intro([StepState.PENDING] * 7)
    assert "3 van de 7 fasen" in procedure_intro([StepState.DONE] * 3 + [StepState.PENDING] * 4)
    assert "volgde" in procedure_intro([StepState.DONE] * 7)
