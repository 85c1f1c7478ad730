"""A Word document built on the house template, with every piece of text traceable.

Each paragraph and table the builder adds carries a place label ("tijdlijn",
"conclusie 2"), so the name-leak check can say *where* a name was found.
Tables are written as one block of WordprocessingML: python-docx's row-by-row
API is far too slow for a feitenrelaas of thousands of events.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.text.paragraph import Paragraph

from casereview.casefile.text_cleaning import clean_text
from casereview.model import CaseFileError
from casereview.paths import config_dir, resources_dir
from casereview.reports.safe_write import ExportError
from casereview.timeline.importing.archive_limits import check_archive

if TYPE_CHECKING:
    from PIL.ImageFont import FreeTypeFont

TEMPLATE_NAME = "verslag-sjabloon.docx"
DOCUMENT_LANGUAGE = "nl-NL"  # every exported document is written in Dutch
TITLE_TOKEN = "{titel}"
NAMED_HEADER = "Vertrouwelijk — bevat namen"
DATE_TOKEN = "{datum}"
HEADER_FILL = "1F3864"
_TWIPS_PER_CM = 567
TABLE_FONT_PT = 10.5  # the bundled template's "Table Text" (its Normal size)


def template_path() -> Path:
    """The organisation's own template in the settings folder if there is one, else the bundled one."""
    for own in (config_dir() / TEMPLATE_NAME, config_dir() / TEMPLATE_NAME.replace(".docx", ".dotx")):
        if own.is_file():
            return own
    return resources_dir() / TEMPLATE_NAME


def xml_text(text: str) -> str:
    """Text safe for a w:t element: control characters and lone surrogates dropped, markup escaped."""
    return escape(clean_text(text))


_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def open_template(path: Path) -> Document:
    """Open a .docx or a Word template (.dotx); a file Word cannot have made gives a Dutch ExportError."""
    try:
        check_archive(path, what="Het sjabloon")
    except CaseFileError as exc:
        raise ExportError(str(exc), code=exc.code, **exc.params) from exc
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            types = archive.read("[Content_Types].xml")
            if _TEMPLATE_TYPE in types:
                buffer = io.BytesIO()
                with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
                    for item in archive.infolist():
                        content = archive.read(item.filename)
                        if item.filename == "[Content_Types].xml":
                            content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                        out.writestr(item, content)
                data = buffer.getvalue()
        return docx.Document(io.BytesIO(data))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ExportError(code="export.template_unusable", name=path.name) from exc


@dataclass(frozen=True)
class TocEntry:
    level: int
    text: str
    bookmark: str


@dataclass(frozen=True)
class Cell:
    """A table cell with emphasis; plain ``str`` cells are the common case."""

    text: str
    bold: bool = False
    fill: str = ""
    italic: bool = False


def _runs_xml(text: str, bold: bool, color: str = "", italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "") + (f'<w:color w:val="{color}"/>' if color else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    parts = xml_text(text).split("\n")
    inner = "<w:br/>".join(f'<w:t xml:space="preserve">{part}</w:t>' for part in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


class DocumentBuilder:
    """Builds one export on top of the template and remembers where each text came from."""

    def __init__(self, template: Path | None = None) -> None:
        path = template or template_path()
        self.doc: Document = open_template(path) if path.exists() else docx.Document()
        self._clear_body()
        self._labels: dict[object, str] = {}
        self._label = "titelpagina"
        self._toc_anchor: Paragraph | None = None
        self._abbreviations_anchor: Paragraph | None = None
        self._headings: list[TocEntry] = []
        self.number_headings = False  # "3 Werkwijze", "3.1 Hoe de zeven regels ..." (the verslag)
        self._numbers = [0, 0]
        self._appendix = 0
        self.toc_pages: dict[str, int] = {}  # bookmark → page, found by rendering (see reports.pagination)
        self._break_before_next = False
        self.extra_texts: list[tuple[str, str]] = []  # text drawn into images, for the leak check
        self._table_style = self._style_id("Casereview Tabel", "table") or self._style_id("Table Grid", "table")
        self._cell_style = self._style_id("Table Text", "paragraph")
        self._ensure_styles()
        self.set_language(DOCUMENT_LANGUAGE)

    # -- structure -----------------------------------------------------------------------------------

    def _clear_body(self) -> None:
        body = self.doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)

    def _style_id(self, name: str, kind: str) -> str:
        for style in self.doc.styles:
            same_name = (style.name or "").lower() == name.lower()
            if same_name and style.type is not None and kind in str(style.type).lower():
                return style.style_id
        return ""

    def _ensure_styles(self) -> None:
        """An organisation's template made in Word often lacks the heading styles until used; add plain ones."""
        sizes = {"Title": 26, "Subtitle": 15, "Heading 1": 16, "Heading 2": 13, "Heading 3": 11.5}
        for name, size in sizes.items():
            if self.has_style(name):
                continue
            style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.doc.styles["Normal"] if self.has_style("Normal") else None
            style.font.size = Pt(size)
            style.font.bold = name.startswith("Heading")
            style.paragraph_format.keep_with_next = True

    def set_language(self, tag: str) -> None:
        """Tag the text's language everywhere Word and LibreOffice look: the defaults, every style, the theme.

        Word spell-checks by it and a PDF export takes its /Lang from it; a
        template saved on an English machine otherwise says en-US.
        """
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
            styles.insert(0, defaults)
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = parse_xml(f"<w:rPrDefault {nsdecls('w')}/>")
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
            rpr_default.append(rpr)
        for holder in [rpr, *styles.iter(qn("w:rPr"))]:
            for old in holder.findall(qn("w:lang")):
                holder.remove(old)
        rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{tag}" w:eastAsia="{tag}" w:bidi="ar-SA"/>'))
        settings = self.doc.settings.element
        for theme_lang in settings.findall(qn("w:themeFontLang")):
            theme_lang.set(qn("w:val"), tag)
        self.doc.core_properties.language = tag
        self.language = tag

    def set_text_size(self, points: float) -> None:
        """Body text, lists and table text at least ``points`` (the family's summary reads at 12 pt)."""
        for name in ("Normal", "List Bullet", "Table Text", "Subtitle"):
            if self.has_style(name):
                font = self.doc.styles[name].font
                if font.size is None or font.size.pt < points:
                    font.size = Pt(points)

    def has_style(self, name: str) -> bool:
        return any((s.name or "").lower() == name.lower() for s in self.doc.styles)

    def _mark(self, element: object, label: str | None = None) -> None:
        self._labels[element] = label or self._label

    def place(self, label: str) -> None:
        """Label everything added from now on (until the next call)."""
        self._label = label

    @property
    def text_width_cm(self) -> float:
        section = self.doc.sections[-1]
        width = section.page_width - section.left_margin - section.right_margin
        return Emu(width).cm

    def new_section(self, *, landscape: bool) -> None:
        """Start a new page; landscape for wide tables, portrait again after them."""
        current = self.doc.sections[-1]
        if (current.orientation == WD_ORIENT.LANDSCAPE) == landscape:
            self.page_break()
            return
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        width, height = current.page_width, current.page_height
        section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
        if (width < height) == landscape:
            section.page_width, section.page_height = height, width
        section.different_first_page_header_footer = False

    def new_page_at_next_heading(self) -> None:
        """Start the next heading on a new page, by its paragraph property rather than a break paragraph:
        a break paragraph that lands at the top of a page that is already new prints an empty page."""
        self._break_before_next = True

    def _take_page_break(self, p: Paragraph) -> None:
        if self._break_before_next:
            p.paragraph_format.page_break_before = True
            self._break_before_next = False

    def page_break(self) -> None:
        p = self.doc.add_paragraph()
        p.add_run().add_break(WD_BREAK.PAGE)
        self._mark(p._p, "pagina-einde")

    # -- text ----------------------------------------------------------------------------------------

    def heading(self, text: str, level: int = 1, *, toc: bool = True) -> Paragraph:
        """A heading; numbered when :attr:`number_headings` is on, bookmarked when it goes into the contents."""
        text = clean_text(text)
        if self.number_headings and toc and level <= 2:
            text = f"{self._next_number(level)} {text}"
        p = self.doc.add_heading(text, level)
        p.paragraph_format.keep_with_next = True
        self._take_page_break(p)
        self._mark(p._p)
        if toc and level <= 2:
            self._add_bookmark(p, level, text)
        return p

    def appendix(self, title: str) -> Paragraph:
        """A level-1 heading "Bijlage A  Deelnemers"; its sections number A.1, A.2."""
        self._appendix += 1
        letter = chr(ord("A") + self._appendix - 1)
        self._numbers = [0, 0]
        p = self.doc.add_heading(clean_text(f"Bijlage {letter}  {title}"), 1)
        p.paragraph_format.keep_with_next = True
        self._take_page_break(p)
        self._mark(p._p)
        self._add_bookmark(p, 1, p.text)
        return p

    def _next_number(self, level: int) -> str:
        prefix = chr(ord("A") + self._appendix - 1) if self._appendix else ""
        if level == 1:
            self._numbers = [self._numbers[0] + 1, 0]
            return prefix or str(self._numbers[0])
        self._numbers[1] += 1
        return f"{prefix or self._numbers[0]}.{self._numbers[1]}"

    def _add_bookmark(self, p: Paragraph, level: int, text: str) -> None:
        name = f"toc{len(self._headings) + 1:04d}"  # no "_": LibreOffice would escape it in the PDF
        ident = str(len(self._headings) + 1)
        p._p.insert(1 if p._p.pPr is not None else 0,
                    parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{ident}" w:name="{name}"/>'))
        p._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{ident}"/>'))
        self._headings.append(TocEntry(level, text, name))

    def paragraph(self, text: str = "", *, style: str | None = None, label: str = "", bold: str = "",
                  keep_with_next: bool = False, italic: bool = False) -> Paragraph:
        """A paragraph, optionally starting with a bold lead ("Doel: ...")."""
        p = self.doc.add_paragraph(style=style if style and self.has_style(style) else None)
        if bold:
            p.add_run(clean_text(bold)).bold = True
        if text:
            run = p.add_run(clean_text(text))
            run.italic = italic
        if keep_with_next:
            p.paragraph_format.keep_with_next = True
        self._mark(p._p, label or None)
        return p

    def bullet(self, text: str, *, bold: str = "", label: str = "") -> Paragraph:
        if self.has_style("List Bullet"):
            return self.paragraph(text, style="List Bullet", bold=bold, label=label)
        p = self.paragraph(text, bold=f"•\t{bold}", label=label)
        fmt = p.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Cm(0.63), Cm(-0.63)
        fmt.tab_stops.add_tab_stop(Cm(0.63))
        return p

    def numbered(self, text: str, number: int, *, label: str = "") -> Paragraph:
        """A numbered item; numbers are written out so every list starts at 1 in any viewer."""
        p = self.paragraph(text, bold=f"{number}.\t", label=label)
        fmt = p.paragraph_format
        fmt.left_indent, fmt.first_line_indent = Cm(0.63), Cm(-0.63)
        fmt.tab_stops.add_tab_stop(Cm(0.63))
        fmt.space_after = Cm(0.1)
        return p

    def title_page(self, lines: Sequence[tuple[str, str]]) -> None:
        """Title-page paragraphs as (style, text); the page ends with a break."""
        for style, text in lines:
            p = self.paragraph(text, style=style)
            if style == "Title":
                p.paragraph_format.space_before = Cm(6)
        self.page_break()

    def contents(self) -> None:
        """Where the table of contents goes; filled by :meth:`finish` once all headings are known."""
        self.heading("Inhoud", 1, toc=False)
        self._toc_anchor = self.paragraph(label="inhoud")

    def abbreviations(self) -> None:
        """Where the list of abbreviations goes: those of the field that occur in the text, filled at the end."""
        self._abbreviations_anchor = self.paragraph(label="afkortingen")

    def picture(self, png: bytes, width_cm: float, *, label: str, alt_text: str,
                page_break_after: bool = False) -> None:
        """An image on its own line, described for screen readers (public bodies must be accessible).

        The page break, if any, rides in the same paragraph so a page-filling chart
        does not push an empty paragraph onto a page of its own.
        """
        shape = self.doc.add_picture(io.BytesIO(png), width=Cm(width_cm))
        doc_pr = shape._inline.docPr
        doc_pr.set("descr", clean_text(alt_text))
        doc_pr.set("title", label)
        p = self.doc.paragraphs[-1]
        p.paragraph_format.space_after = Cm(0)
        if page_break_after:
            p.add_run().add_break(WD_BREAK.PAGE)
        self._mark(p._p, label)

    # -- tables --------------------------------------------------------------------------------------

    def table(self, headers: Sequence[str], rows: Sequence[Sequence[str | Cell]], widths_cm: Sequence[float], *,
              label: str, keep_together: bool | None = None) -> None:
        """A fixed-width table whose header row repeats on every page; rows may not split.

        A short table is kept on one page (keep-with-next on every row but the last);
        a long one keeps its last two rows together, so no page holds a single row.
        """
        widths_cm = fit_widths_to_words(headers, rows, widths_cm, points=self.table_text_points)
        scale = min(1.0, self.text_width_cm / sum(widths_cm))
        widths = [int(w * scale * _TWIPS_PER_CM) for w in widths_cm]
        style = f'<w:tblStyle w:val="{self._table_style}"/>' if self._table_style else ""
        if keep_together is None:
            keep_together = len(rows) <= 12
        style_xml = f'<w:pStyle w:val="{self._cell_style}"/>' if self._cell_style else ""
        spacing = "" if self._cell_style else '<w:spacing w:before="0" w:after="0"/>'
        keep_ppr = f"<w:pPr>{style_xml}<w:keepNext/>{spacing}</w:pPr>"
        last_ppr = f"<w:pPr>{style_xml}{spacing}</w:pPr>"
        pstyle = keep_ppr
        head_cells = "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
            f'w:fill="{HEADER_FILL}"/></w:tcPr><w:p>{pstyle}{_runs_xml(h, True, "FFFFFF")}</w:p></w:tc>'
            for h, w in zip(headers, widths, strict=True))
        parts = [
            f"<w:tbl {nsdecls('w')}><w:tblPr>{style}"
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>',
            "".join(f'<w:gridCol w:w="{w}"/>' for w in widths),
            "</w:tblGrid>",
            f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{head_cells}</w:tr>",
        ]
        tc_props = [f'<w:tcW w:w="{w}" w:type="dxa"/>' for w in widths]
        for index, row in enumerate(rows):
            # A long table may split between rows, but its last row never stands alone on a page.
            keep = index < len(rows) - 1 and (keep_together or index == len(rows) - 2)
            pstyle = keep_ppr if keep else last_ppr
            cells = []
            for cell, props in zip(row, tc_props, strict=True):
                if isinstance(cell, Cell):
                    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill}"/>' if cell.fill else ""
                    cells.append(f"<w:tc><w:tcPr>{props}{shade}</w:tcPr><w:p>{pstyle}"
                                 f"{_runs_xml(cell.text, cell.bold, italic=cell.italic)}</w:p></w:tc>")
                else:
                    cells.append(f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{pstyle}{_runs_xml(cell, False)}</w:p></w:tc>")
            parts.append(f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{"".join(cells)}</w:tr>')
        parts.append("</w:tbl>")
        tbl = parse_xml("".join(parts))
        self._keep_lead_in_with_table()
        self._body_append(tbl)
        self._mark(tbl, label)
        spacer = self.paragraph(label=label)
        spacer.paragraph_format.space_after = Cm(0.2)

    @property
    def table_text_points(self) -> float:
        """The size table text prints at: the cell style's, else the style it is based on (Word's default 11)."""
        style = self.doc.styles["Table Text"] if self._cell_style else None
        while style is not None:
            if style.font.size is not None:
                return style.font.size.pt
            style = style.base_style
        return 11.0

    def key_value_table(self, title: tuple[str, str], pairs: Sequence[tuple[str, str | Cell]], *,
                        label: str) -> None:
        """One record as a two-column table under a header row (``title``), kept on one page."""
        self.table(list(title), [[Cell(key, bold=True), value] for key, value in pairs], [4.5, 12.5],
                   label=label, keep_together=True)

    def _keep_lead_in_with_table(self) -> None:
        """The sentence that introduces a table goes to the next page with it rather than stay behind alone."""
        body = self.doc.element.body
        sect = body.find(qn("w:sectPr"))
        children = [c for c in body if c is not sect]
        last = children[-1] if children else None
        if last is None or last.tag != qn("w:p") or not _has_content(last):
            return
        if last.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            return
        Paragraph(last, self.doc._body).paragraph_format.keep_with_next = True

    def _body_append(self, element: object) -> None:
        body = self.doc.element.body
        sect = body.find(qn("w:sectPr"))
        if sect is not None:
            sect.addprevious(element)
        else:
            body.append(element)

    # -- finishing -----------------------------------------------------------------------------------

    def finish(self, *, title: str, date_text: str, named: bool = False) -> None:
        """Fill the header/footer tokens, the document properties and the table of contents.

        ``named`` marks an internal document that keeps real names: every
        header says so, and so do the document properties.
        """
        title, date_text = clean_text(title), clean_text(date_text)
        self._fill_tokens(title, date_text)
        if named:
            self._mark_named()
        props = self.doc.core_properties
        props.title = title
        props.subject = "Casusreview"
        props.author = "casereview"
        props.last_modified_by = "casereview"
        props.comments = ""
        props.keywords = f"vertrouwelijk, {NAMED_HEADER.split(' — ')[1]}" if named else "vertrouwelijk"
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        props.created = now
        props.modified = now
        for stale in props._element.findall(qn("cp:lastPrinted")):
            props._element.remove(stale)
        props.revision = 1
        props.category = ""
        if self._abbreviations_anchor is not None:
            self._write_abbreviations(self._abbreviations_anchor)
        if self._toc_anchor is not None:
            self._write_toc(self._toc_anchor)
        self._no_update_fields()
        self._drop_trailing_empty_page()

    def _mark_named(self) -> None:
        """Put the warning above everything else in each header, in bold dark red."""
        for part in self._header_footer_parts():
            if "header" not in type(part).__name__.lower():
                continue
            first = part.paragraphs[0] if part.paragraphs else part.add_paragraph()
            p = first.insert_paragraph_before()
            run = p.add_run(NAMED_HEADER)
            run.bold = True
            run.font.color.rgb = RGBColor(0x9C, 0x00, 0x06)

    def _fill_tokens(self, title: str, date_text: str) -> None:
        found_title = False
        for part in self._header_footer_parts():
            for p in part.paragraphs:
                text = p.text
                if TITLE_TOKEN not in text and DATE_TOKEN not in text:
                    continue
                found_title = found_title or TITLE_TOKEN in text
                self._replace_in_paragraph(p, {TITLE_TOKEN: title, DATE_TOKEN: date_text})
        if not found_title:
            header = self.doc.sections[0].header
            header.add_paragraph(f"{title} — Vertrouwelijk")

    @staticmethod
    def _replace_in_paragraph(p: Paragraph, values: dict[str, str]) -> None:
        """Replace tokens even when Word split them over several runs."""
        for run in p.runs:
            for token, value in values.items():
                if token in run.text:
                    run.text = run.text.replace(token, value)
        text = p.text
        if any(token in text for token in values) and p.runs:
            for token, value in values.items():
                text = text.replace(token, value)
            p.runs[0].text = text
            for run in p.runs[1:]:
                run.text = ""

    def _header_footer_parts(self) -> list:
        parts = []
        for section in self.doc.sections:
            for part in (section.header, section.first_page_header, section.even_page_header,
                         section.footer, section.first_page_footer, section.even_page_footer):
                if not part.is_linked_to_previous:
                    parts.append(part)
        return parts

    def _write_toc(self, anchor: Paragraph) -> None:
        """The contents as plain paragraphs, not a TOC field: each entry links to its heading.

        A field needs Word to refresh it on opening, and Word then asks whether to
        update the fields: a prompt that worries people who receive a confidential
        report, while LibreOffice shows the stale field without page numbers. So the
        entries are written as text, each a link to its heading's bookmark (a PDF
        keeps those links), with the page number after a dotted tab once
        :func:`casereview.reports.pagination.number_the_contents` has found it.
        """
        entries = self._headings or [TocEntry(1, "", "")]
        previous = anchor._p
        tab = int(self.text_width_cm * _TWIPS_PER_CM) - 10
        self._toc_paragraphs: dict[str, object] = {}
        for entry in entries:
            style = self._style_id(f"TOC {entry.level}", "paragraph") or self._style_id("Normal", "paragraph")
            indent = "" if entry.level == 1 else '<w:ind w:left="440"/>'
            ppr = (f'<w:pPr><w:pStyle w:val="{style}"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{tab}"/>'
                   f'</w:tabs><w:spacing w:after="60"/>{indent}</w:pPr>')
            page = self.toc_pages.get(entry.bookmark)
            number = f'<w:r><w:tab/></w:r>{_runs_xml(str(page), entry.level == 1)}' if page else ""
            body = f"{_runs_xml(entry.text, entry.level == 1)}{number}"
            if entry.bookmark:
                body = f'<w:hyperlink w:anchor="{entry.bookmark}" w:history="1">{body}</w:hyperlink>'
            p = parse_xml(f"<w:p {nsdecls('w')}>{ppr}{body}</w:p>")
            previous.addnext(p)
            self._mark(p, "inhoud")
            self._toc_paragraphs[entry.bookmark] = p
            previous = p
        anchor._p.getparent().remove(anchor._p)

    def set_toc_pages(self, pages: dict[str, int]) -> None:
        """Write the page numbers found by rendering into the finished contents (text only: nothing reflows)."""
        self.toc_pages = dict(pages)
        for bookmark, p in getattr(self, "_toc_paragraphs", {}).items():
            page = pages.get(bookmark)
            if page is None:
                continue
            entry = next(e for e in self._headings if e.bookmark == bookmark)
            container = p.find(qn("w:hyperlink"))
            target = container if container is not None else p
            runs = target.findall(qn("w:r"))
            for run in runs[1:]:
                target.remove(run)
            target.append(parse_xml(f"<w:r {nsdecls('w')}><w:tab/></w:r>"))
            target.append(parse_xml(_runs_xml(str(page), entry.level == 1).replace("<w:r>", f"<w:r {nsdecls('w')}>", 1)))

    @property
    def toc_entries(self) -> list[TocEntry]:
        return list(self._headings)

    def _write_abbreviations(self, anchor: Paragraph) -> None:
        """Heading and a two-column table of the abbreviations the body uses; nothing when it uses none."""
        from casereview.vocabulary.abbreviations import abbreviations_in

        found = abbreviations_in(_text_of(self.doc.element.body))
        previous = anchor._p
        if found:
            heading_style = self._style_id("Heading 2", "paragraph")
            head = parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{heading_style}"/><w:keepNext/></w:pPr>'
                             f'{_runs_xml("Afkortingen", False)}</w:p>')
            previous.addnext(head)
            self._mark(head, "afkortingen")
            previous = head
            for key, meaning in found:
                p = parse_xml(f'<w:p {nsdecls("w")}><w:pPr><w:tabs><w:tab w:val="left" w:pos="1300"/></w:tabs>'
                              f'<w:ind w:left="1300" w:hanging="1300"/><w:spacing w:after="0"/></w:pPr>'
                              f'{_runs_xml(key, True)}<w:r><w:tab/></w:r>{_runs_xml(meaning, False)}</w:p>')
                previous.addnext(p)
                self._mark(p, "afkortingen")
                previous = p
        anchor._p.getparent().remove(anchor._p)

    def _no_update_fields(self) -> None:
        """A template may ask Word to refresh fields on opening; nothing here needs it, so no prompt."""
        settings = self.doc.settings.element
        for element in settings.findall(qn("w:updateFields")):
            settings.remove(element)

    def _drop_trailing_empty_page(self) -> None:
        """Remove what would print as a last page with only header and footer.

        Sections end with a section break kept in a paragraph; when nothing but empty
        paragraphs follows the last one (a table section closed at the very end of a
        document), the final section is empty. Its break moves to the body's end, so
        the last real section is also the last page. A page break at the very end goes too.
        """
        body = self.doc.element.body
        final = body.find(qn("w:sectPr"))
        children = [c for c in body if c is not final]
        trailing: list = []
        for child in reversed(children):
            if child.tag == qn("w:p") and not _has_content(child):
                trailing.append(child)
                inner = child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}")
                if inner is not None:
                    for element in trailing:
                        if element is not child:
                            body.remove(element)
                    inner.getparent().remove(inner)
                    body.remove(child)
                    if final is not None:
                        final.addprevious(inner)
                        body.remove(final)
                    else:
                        body.append(inner)
                    return
                continue
            break
        for element in trailing:
            if element.find(f".//{qn('w:br')}") is not None:
                body.remove(element)

    # -- the leak check ------------------------------------------------------------------------------

    def find_places(self, finder: Callable[[str], list[str]]) -> tuple[list[str], list[str]]:
        """Every place in the whole document (body, tables, headers, footers, properties, images) with a name."""
        places: list[str] = []
        names: list[str] = []

        def check(text: str, place: str) -> None:
            hits = finder(text)
            if hits:
                names.extend(h for h in hits if h not in names)
                if place not in places:
                    places.append(place)

        current = "sjabloon"
        for child in self.doc.element.body:
            label = self._labels.get(child)
            if label is not None:
                current = label
            if child.tag == qn("w:tbl"):
                for i, tr in enumerate(child.iter(qn("w:tr"))):
                    check(_text_of(tr, " | "), f"{current} kop" if i == 0 else f"{current} rij {i}")
            else:
                check(_text_of(child), current)
        for part in self._header_footer_parts():
            place = "kop" if "header" in type(part).__name__.lower() else "voettekst"
            check(_text_of(part._element, "\n"), place)
        props = self.doc.core_properties
        check("\n".join([props.title or "", props.subject or "", props.author or "", props.keywords or "",
                         props.comments or "", props.last_modified_by or "", props.category or ""]),
              "documenteigenschappen")
        for place, text in self.extra_texts:
            check(text, place)
        return names, places

    def body_text(self) -> str:
        """The text a reader reads on the pages, without headers and footers."""
        return _text_of(self.doc.element.body)

    def all_text(self) -> str:
        """Body, headers and footers as one text (for collecting the app's own words)."""
        parts = [_text_of(self.doc.element.body)]
        parts += [_text_of(part._element) for part in self._header_footer_parts()]
        return "\n".join(parts)

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        Path(path).write_bytes(clean_package(buffer.getvalue(), language=self.language))


_THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_APP_PROPERTIES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Template></Template><Application>casereview</Application><DocSecurity>0</DocSecurity>"
    "<AppVersion>{version}</AppVersion></Properties>")


def clean_package(data: bytes, *, language: str = DOCUMENT_LANGUAGE) -> bytes:
    """The saved package without what the template brought along that is not ours.

    The template's thumbnail (a picture of another document's first page) is
    dropped, and the extended properties name casereview as the application
    instead of the word processor the template was once saved with. Every
    language tag left in a part python-docx does not model (Word 2010's
    ``stylesWithEffects.xml``, a run in a template's header) says ``language``
    too: Word would otherwise spell-check that text as the template's en-US.
    """
    from casereview import __version__

    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    thumbnails = {info.filename for info in source.infolist() if info.filename.startswith("docProps/thumbnail")}
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in thumbnails:
                continue
            content = source.read(info.filename)
            if info.filename == "_rels/.rels":
                content = re.sub(rb'<Relationship [^>]*Type="' + re.escape(_THUMBNAIL_REL.encode()) + rb'"[^>]*/>',
                                 b"", content)
            elif info.filename == "[Content_Types].xml":
                for name in thumbnails:
                    content = re.sub(rb'<Override [^>]*PartName="/' + re.escape(name.encode()) + rb'"[^>]*/>',
                                     b"", content)
            elif info.filename == "docProps/app.xml":
                major_minor = ".".join((__version__.split(".") + ["0"])[:2])
                content = _APP_PROPERTIES.format(version=f"{major_minor.zfill(5)}").encode()
            elif info.filename.startswith("word/") and info.filename.endswith(".xml"):
                content = _retag_language(content, language)
            target.writestr(info, content)
    return out.getvalue()


_LANG_ELEMENT = re.compile(rb"<w:(lang|themeFontLang)\b[^>]*>")
_LANG_VALUE = re.compile(rb'(w:(?:val|eastAsia))="[^"]*"')


def _retag_language(content: bytes, language: str) -> bytes:
    """Every ``w:lang`` and ``w:themeFontLang`` in one XML part set to ``language`` (the bidi tag stays)."""
    tag = language.encode()
    return _LANG_ELEMENT.sub(lambda m: _LANG_VALUE.sub(lambda v: v.group(1) + b'="' + tag + b'"', m.group(0)),
                             content)


def _has_content(paragraph) -> bool:
    """Text, a picture or a field: anything a reader would see on the page."""
    return any((node.text or "").strip() for node in paragraph.iter(qn("w:t"))) or \
        paragraph.find(f".//{qn('w:drawing')}") is not None


def fit_widths_to_words(headers: Sequence[str], rows: Sequence[Sequence[str | Cell]],
                        widths_cm: Sequence[float], *, points: float = TABLE_FONT_PT) -> list[float]:
    """Widen columns whose longest word would otherwise break mid-word ("huisartsenpraktij k").

    Words are measured in DejaVu Sans (bold where the cell is), the widest font a recipient's viewer
    is likely to put in Calibri's place; a word that fits there fits in Calibri
    too. The extra room is taken from the columns with the most slack beyond
    their own longest word, usually the description; the total stays the same.
    """
    need = []
    for i in range(len(widths_cm)):
        cells = [row[i] for row in rows]
        plain = [c if isinstance(c, str) else c.text for c in cells if isinstance(c, str) or not (c.bold or c.italic)]
        bold = [headers[i]] + [c.text for c in cells if isinstance(c, Cell) and (c.bold or c.italic)]
        widest = max(longest_word_cm(plain, points), longest_word_cm(bold, points, bold=True))
        need.append(min(widest + CELL_PADDING_CM, MAX_WORD_WIDTH_CM))
    widths = [max(width, n) for width, n in zip(widths_cm, need, strict=True)]
    excess = sum(widths) - sum(widths_cm)
    while excess > 0.01:
        room, donor = max((widths[i] - max(need[i], 1.0), i) for i in range(len(widths)))
        if room <= 0.01:
            break
        take = min(room, excess)
        widths[donor] -= take
        excess -= take
    return widths


def longest_word_cm(texts: Iterable[str], points: float = TABLE_FONT_PT, *, bold: bool = False) -> float:
    """Printed width of the widest unbreakable run in ``texts``; a soft hyphen is a place the word may break.

    Italic is measured as bold: DejaVu's oblique is no narrower than its regular, and bold is the safe side.
    """
    words = {part for text in texts for word in _WORD_BREAKS.split(text) for part in word.split("\u00ad") if part}
    if not words:
        return 0.0
    longest = max(len(w) for w in words)
    font = _measuring_font(bold)
    try:
        widest = max(font.getlength(w) for w in words if len(w) >= longest - 4)  # only the long ones can be widest
    except (RuntimeError, ValueError, OSError):  # a glyph the font cannot lay out: estimate by letters instead
        widest = longest * _FALLBACK_EM_PER_CHAR * _MEASURE_SIZE
    return widest / _MEASURE_SIZE * points * 2.54 / 72


_MEASURE_SIZE = 100
_FALLBACK_EM_PER_CHAR = 0.75  # wider than DejaVu Sans Bold's average letter: the safe side


@functools.lru_cache(maxsize=2)
def _measuring_font(bold: bool) -> FreeTypeFont:
    """DejaVu Sans (Bold) as matplotlib ships it (the charts already need it), at a size for exact lengths."""
    import matplotlib
    from PIL import ImageFont

    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / f"DejaVuSans{'-Bold' if bold else ''}.ttf"
    # The basic layout, not raqm: no shaping is needed for a width, and raqm failed in a worker thread.
    return ImageFont.truetype(str(path), _MEASURE_SIZE, layout_engine=ImageFont.Layout.BASIC)


_WORD_BREAKS = re.compile(r"[ \t\n]+")  # a no-break space keeps "≈ mei 2024" together
CELL_PADDING_CM = 0.45  # LibreOffice's and Word's cell margins, with a little to spare
MAX_WORD_WIDTH_CM = 7.0


_T = qn("w:t")
_INSTR = qn("w:instrText")
_P = qn("w:p")
_TC = qn("w:tc")


def _text_of(element, sep: str = "\n") -> str:
    """Text of an element with paragraphs and cells kept apart, runs joined as Word shows them."""
    chunks: list[str] = []
    for node in element.iter(_T, _INSTR, _P, _TC):
        if node.tag in (_T, _INSTR):
            chunks.append(node.text or "")
        else:
            chunks.append(sep)
    return "".join(chunks)
