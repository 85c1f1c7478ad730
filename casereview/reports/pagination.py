"""Page numbers in the table of contents, found by rendering the document once.

Word computes page numbers only by updating a field, and then asks the reader
whether it may: a prompt nobody who receives a confidential report should see.
So the contents are plain text with links, and the numbers are measured: the
finished document goes through LibreOffice to a PDF whose named destinations
(the headings' bookmarks) say on which page each heading landed. The numbers
are written after a right-aligned tab, so nothing reflows. Without LibreOffice
the contents keep their links and go without numbers.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from casereview.libreoffice import find_office
from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.office_convert import convert_docx


def heading_pages(pdf: Path) -> dict[str, int]:
    """Named destination → page (from 1) in a PDF that LibreOffice wrote."""
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    pages: dict[str, int] = {}
    for name, destination in reader.named_destinations.items():
        try:
            page = reader.get_destination_page_number(destination)
        except (KeyError, ValueError, TypeError):
            continue
        if page is not None and page >= 0:
            pages[str(name).lstrip("/")] = page + 1
    return pages


def number_the_contents(builder: DocumentBuilder) -> bool:
    """Fill in the contents' page numbers; False when there is no contents or no LibreOffice to measure with."""
    entries = [e for e in builder.toc_entries if e.bookmark]
    if not entries or find_office() is None:
        return False
    with tempfile.TemporaryDirectory(prefix="casereview-pages-") as work:
        docx_path = Path(work) / "meting.docx"
        pdf_path = Path(work) / "meting.pdf"
        builder.save(docx_path)
        convert_docx(docx_path, "pdf", pdf_path)
        found = heading_pages(pdf_path)
    pages = {e.bookmark: found[e.bookmark] for e in entries if e.bookmark in found}
    if not pages:
        return False
    builder.set_toc_pages(pages)
    return True


def number_the_contents_of(doc: Document) -> dict[str, int]:
    """The same for a finished document outside the builder (the concept, after its own page is added).

    Returns the numbers written (bookmark → page) so that further copies of the
    same text, which differ only in highlighting, can take them over with
    :func:`write_contents_pages` instead of being rendered again.
    """
    if find_office() is None or not _contents_entries(doc):
        return {}
    with tempfile.TemporaryDirectory(prefix="casereview-pages-") as work:
        docx_path = Path(work) / "meting.docx"
        pdf_path = Path(work) / "meting.pdf"
        doc.save(str(docx_path))
        convert_docx(docx_path, "pdf", pdf_path)
        pages = heading_pages(pdf_path)
    write_contents_pages(doc, pages)
    return pages


def write_contents_pages(doc: Document, pages: dict[str, int]) -> None:
    """Put each entry's page after a tab at the end of its link (text only: nothing before it moves)."""
    for p, link in _contents_entries(doc):
        page = pages.get(link.get(qn("w:anchor")) or "")
        if page is None or link.find(f".//{qn('w:tab')}") is not None:
            continue
        bold = '<w:rPr><w:b/></w:rPr>' if _style_name(doc, p).endswith("1") else ""
        link.append(parse_xml(f"<w:r {nsdecls('w')}><w:tab/></w:r>"))
        link.append(parse_xml(f'<w:r {nsdecls("w")}>{bold}<w:t>{page}</w:t></w:r>'))


def _contents_entries(doc: Document) -> list[tuple[Any, Any]]:
    entries = []
    for p in doc.element.body.iter(qn("w:p")):
        link = p.find(qn("w:hyperlink"))
        if link is not None and link.get(qn("w:anchor")) and _style_name(doc, p).startswith("toc"):
            entries.append((p, link))
    return entries


def _style_name(doc: Document, p: Any) -> str:
    style_id = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style_id is None:
        return ""
    for style in doc.styles:
        if style.style_id == style_id.get(qn("w:val")):
            return (style.name or "").lower()
    return ""
