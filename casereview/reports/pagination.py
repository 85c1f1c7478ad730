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
