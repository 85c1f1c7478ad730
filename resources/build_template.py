"""Build ``verslag-sjabloon.docx``, the house style every Word export starts from.

Run ``python resources/build_template.py`` after changing it and commit the
.docx. An organisation can replace the .docx with its own Word template: the
exports use the built-in style names (Title, Subtitle, Heading 1-3, List
Bullet, List Number, TOC 1-2), the paragraph style "Table Text" and the table
style "Casereview Tabel" when present, and fill ``{titel}`` and ``{datum}`` in
headers and footers.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(__file__).resolve().parent / "verslag-sjabloon.docx"
FONT = "Calibri"
NAVY = RGBColor(0x1F, 0x38, 0x64)
GREY = RGBColor(0x59, 0x59, 0x59)

TABLE_STYLE = f"""<w:style {nsdecls('w')} w:type="table" w:customStyle="1" w:styleId="CasereviewTabel">
  <w:name w:val="Casereview Tabel"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>
  <w:tblPr>
    <w:tblBorders>
      <w:top w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:left w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:right w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="A6A6A6"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="45" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>
      <w:bottom w:w="45" w:type="dxa"/><w:right w:w="85" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>
  </w:tblStylePr>
</w:style>"""


def _field(paragraph, instr: str, placeholder: str) -> None:
    """A simple field (PAGE, NUMPAGES) with a cached value so viewers show something before updating."""
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instr} "><w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>'))


def _styles(document) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.widow_control = True
    for level, size, before in ((1, 16, 18), (2, 13, 12), (3, 11.5, 10)):
        style = styles[f"Heading {level}"]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = NAVY
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(4)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.keep_together = True
    title = styles["Title"]
    title.font.name = FONT
    title.font.size = Pt(30)
    title.font.color.rgb = NAVY
    title.paragraph_format.space_after = Pt(12)
    subtitle = styles["Subtitle"]
    subtitle.font.name = FONT
    subtitle.font.size = Pt(16)
    subtitle.font.italic = False
    subtitle.font.color.rgb = GREY
    subtitle.paragraph_format.space_after = Pt(36)
    for name in ("List Bullet", "List Number"):
        styles[name].paragraph_format.space_after = Pt(3)
    table_text = styles.add_style("Table Text", WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.paragraph_format.space_before = Pt(0)
    table_text.paragraph_format.space_after = Pt(0)
    table_text.paragraph_format.line_spacing = 1.0
    for level in (1, 2):
        toc = styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = normal
        toc.paragraph_format.space_after = Pt(2)
        toc.paragraph_format.left_indent = Cm(0 if level == 1 else 0.6)
        toc.font.bold = level == 1
        # Word's own name for its built-in style, so Word uses it when it rebuilds the contents.
        toc.element.name_val = f"toc {level}"
        toc.element.attrib.pop(qn("w:customStyle"), None)
    for name in ("Header", "Footer"):
        styles[name].font.size = Pt(9)
        styles[name].font.color.rgb = GREY
    caption = styles["Caption"]
    caption.font.size = Pt(9)
    caption.font.color.rgb = GREY
    styles.element.append(parse_xml(TABLE_STYLE))


def _header_footer(document) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.3), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)

    header = section.header.paragraphs[0]
    header.add_run("{titel}  \u2014  ")
    confidential = header.add_run("Vertrouwelijk")
    confidential.bold = True
    confidential.font.color.rgb = RGBColor(0xD5, 0x5E, 0x00)

    footer = section.footer.paragraphs[0]
    footer.add_run("Pagina ")
    _field(footer, "PAGE", "1")
    footer.add_run(" van ")
    _field(footer, "NUMPAGES", "1")
    footer.add_run("  \u00b7  {datum}")

    # The title page carries no running header; it says "Vertrouwelijk" itself.
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    first.add_run("Vertrouwelijk").bold = True


def build(out: Path = OUT) -> Path:
    document = docx.Document()
    _styles(document)
    _header_footer(document)
    props = document.core_properties
    props.title, props.author, props.comments = "", "casereview", "Sjabloon voor casereview-documenten"
    document.save(str(out))
    return out


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT))
