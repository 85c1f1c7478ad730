"""The concept for the consent round (wederhoor): the verslag frozen, numbered and marked as a draft.

The verslag is built once (pseudonymised and leak-checked like every document),
its paragraphs are numbered "[1]", "[2]" so a Word comment can be tied to one,
and the numbered text is frozen as a draft version. Each organisation's copy
then only differs in the addressee and in the custom document properties that
carry the case UUID, the version and its hash back with the reactions.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, RGBColor

from casereview.casefile.case_file import CaseFile
from casereview.casefile.progress import NO_PROGRESS, Progress, ProgressShare
from casereview.consent.document_identity import identity_properties, write_properties
from casereview.consent.drafts import NumberedParagraph, freeze_version
from casereview.consent.reactions import find_party
from casereview.model.tables import DraftVersion, Party
from casereview.privacy.detection.candidates import detection_state, ensure_searched
from casereview.privacy.file_names import NEUTRAL_STEM, pseudonymised_title, safe_stem
from casereview.privacy.ordinary_words import words_of
from casereview.privacy.pseudonyms import Pseudonymiser, pairs_of
from casereview.reports.documents import build_document, check_names_in
from casereview.reports.docx_builder import DocumentBuilder, clean_package
from casereview.reports.pagination import number_the_contents_of, write_contents_pages
from casereview.reports.safe_write import ExportError, check_target, write_atomically
from casereview.session.parties import list_parties
from casereview.timeline.dates import format_dutch

CONCEPT_HEADER = "CONCEPT — niet verspreiden"
SEARCH_SHARE = 40  # percent of "Concept versturen" given to a name search, when one is needed
_SKIPPED_LABELS = {"titelpagina", "inhoud", "pagina-einde", "colofon", "ondertekening", "afkortingen"}
_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")


@dataclass(frozen=True)
class ConceptFile:
    path: Path
    version: int
    party: str  # "" for the copy for all organisations


def _style_of(p) -> str:
    ppr = p.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return style.get(qn("w:val")) if style is not None else ""


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _prefix(p, number: int, *, in_table: bool = False) -> None:
    """"[12] " before a paragraph; in a table row it stands small on a line of its own above the first cell's
    text, so a narrow number column shows "[12]" over "3" instead of wrapping both."""
    if in_table:
        run = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:b/><w:color w:val="7F7F7F"/><w:sz w:val="14"/></w:rPr>'
                        f'<w:t xml:space="preserve">[{number}]</w:t><w:br/></w:r>')
    else:
        run = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:b/><w:color w:val="7F7F7F"/></w:rPr>'
                        f'<w:t xml:space="preserve">[{number}] </w:t></w:r>')
    ppr = p.find(qn("w:pPr"))
    if ppr is not None:
        ppr.addnext(run)
    else:
        p.insert(0, run)


def number_paragraphs(builder: DocumentBuilder) -> list[NumberedParagraph]:
    """Put a visible number before every paragraph and table row with text; headings stay unnumbered."""
    heading_styles = {builder._style_id(n, "paragraph") for n in
                      ("Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3")} - {""}
    numbered: list[NumberedParagraph] = []
    label = "sjabloon"
    for child in list(builder.doc.element.body):
        label = builder._labels.get(child, label)
        if label in _SKIPPED_LABELS:
            continue
        if child.tag == _P:
            text = _text(child).strip()
            if not text or _style_of(child) in heading_styles or _style_of(child).startswith("Heading"):
                continue
            numbered.append(NumberedParagraph(len(numbered) + 1, text))
            _prefix(child, len(numbered))
        elif child.tag == _TBL:
            for tr in child.iter(_TR):
                trpr = tr.find(qn("w:trPr"))
                if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
                    continue
                cells = [" ".join(_text(tc).split()) for tc in tr.iter(_TC)]
                first = next(tr.iter(_P), None)
                if first is None or not any(cells):
                    continue
                numbered.append(NumberedParagraph(len(numbered) + 1, " | ".join(cells)))
                _prefix(first, len(numbered), in_table=True)
    return numbered


def _frozen_verslag(case: CaseFile, *, deadline: date | None, today: date | None,
                    template: Path | None) -> tuple[bytes, DraftVersion]:
    builder = build_document(case, kind="verslag", pseudonymise=True, today=today, template=template)
    paragraphs = number_paragraphs(builder)
    version = freeze_version(case, paragraphs, deadline=deadline, today=today)
    buffer = io.BytesIO()
    builder.doc.save(buffer)
    return clean_package(buffer.getvalue(), language=builder.language), version


def _intro_lines(version: DraftVersion, addressee: str, marked: int | None = None) -> list[tuple[str, str]]:
    """(bold lead, text) lines of the page that tells the reader what this is and how to react."""
    deadline = format_dutch(version.deadline) if version.deadline else "de afgesproken datum"
    made = format_dutch(version.created_at.date())
    return [
        ("", f"Dit is concept versie {version.number} van het verslag, vastgelegd op {made}. "
             f"Het is bestemd voor {addressee}."),
        ("Reageer uiterlijk op ", f"{deadline}."),
        ("Zo reageert u. ", "Open dit document in Word of LibreOffice. Selecteer de tekst waarop u reageert en "
                            "voeg een opmerking toe (Word: Controleren > Nieuwe opmerking; LibreOffice: "
                            "Invoegen > Opmerking). Zet in de opmerking of het gaat om een feitelijke correctie, "
                            "een aanvulling of een andere zienswijze. Laat de tekst zelf en de nummers tussen "
                            "haken staan. Sla het document op en stuur het terug aan de voorzitter."),
        ("Geen opmerkingen? ", "Laat de voorzitter dan weten dat uw organisatie akkoord is."),
        *([("Over uw organisatie. ", _marked_line(addressee, marked))] if marked is not None else []),
        ("Vertrouwelijk. ", "Verspreid dit concept niet verder. Het verslag is pas definitief na deze ronde."),
        ("Kenmerk: ", f"versie {version.number}, controlegetal {version.content_hash[:12]}."),
    ]


def _marked_line(addressee: str, marked: int) -> str:
    if marked == 0:
        return f"Geen passage noemt {addressee} bij naam; het hele verslag gaat u aan."
    passages = "passage" if marked == 1 else "passages"
    return (f"{marked} {passages} waarin {addressee} genoemd wordt, {'is' if marked == 1 else 'zijn'} geel "
            "gemarkeerd, zodat u snel vindt wat over uw organisatie gaat.")


def _dress(doc: Document, version: DraftVersion, case_uuid: str, party: Party | None, addressee: str,
           marked: int = 0) -> list[str]:
    """Add the concept page, the header and the identity to one copy; returns the texts added."""
    body = doc.element.body
    anchor = next((p for p in body.iter(_P) if _text(p).strip() == "Inhoud"), None)
    added: list[str] = []
    heading = doc.add_heading("Over dit concept", 1)
    elements = [heading._p]
    added.append(heading.text)
    for lead, text in _intro_lines(version, addressee, marked if party is not None else None):
        p = doc.add_paragraph()
        if lead:
            p.add_run(lead).bold = True
        p.add_run(text)
        elements.append(p._p)
        added.append(lead + text)
    brk = parse_xml(f'<w:p {nsdecls("w")}><w:r><w:br w:type="page"/></w:r></w:p>')
    elements.append(brk)
    if anchor is not None:
        for element in elements:
            anchor.addprevious(element)
    header_text = f"{CONCEPT_HEADER} · versie {version.number}"
    for section in doc.sections:
        for header in (section.header, section.first_page_header, section.even_page_header):
            if header.is_linked_to_previous:
                continue
            first = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
            p = first.insert_paragraph_before()
            run = p.add_run(header_text)
            run.bold = True
            run.font.size = Pt(11)
            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    added.append(header_text)
    write_properties(doc, identity_properties(case_uuid, str(version.number), version.content_hash,
                                              str(party.id) if party is not None else ""))
    return added


MARK_FILL = "FFF2CC"  # light yellow: a passage about the organisation this copy is for


def mark_party_passages(doc: Document, name: str) -> int:
    """Shade the paragraphs and table rows that name the organisation, so it finds what concerns it.

    Only shading is added: the text, and so the version's content hash, stays that of every other copy.
    Returns how many passages were marked.
    """
    needle = name.casefold().strip()
    if not needle:
        return 0
    marked = 0
    shade = f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{MARK_FILL}"/>'
    for child in doc.element.body:
        if child.tag == _P:
            if needle in _text(child).casefold() and not _style_of(child).startswith(("Heading", "TOC", "Title")):
                ppr = child.find(qn("w:pPr"))
                if ppr is None:
                    ppr = parse_xml(f"<w:pPr {nsdecls('w')}/>")
                    child.insert(0, ppr)
                for old in ppr.findall(qn("w:shd")):
                    ppr.remove(old)
                ppr.append(parse_xml(shade))
                marked += 1
        elif child.tag == _TBL:
            for tr in child.iter(_TR):
                trpr = tr.find(qn("w:trPr"))
                if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
                    continue
                if needle not in _text(tr).casefold():
                    continue
                for tc in tr.iter(_TC):
                    tcpr = tc.find(qn("w:tcPr"))
                    if tcpr is None:
                        tcpr = parse_xml(f"<w:tcPr {nsdecls('w')}/>")
                        tc.insert(0, tcpr)
                    if tcpr.find(qn("w:shd")) is None:  # a key moment keeps its own colour
                        tcpr.append(parse_xml(shade))
                marked += 1
    return marked


def _addressee(party: Party | None, p) -> str:
    return p(party.name) if party is not None else "alle betrokken organisaties"


def write_concepts(case: CaseFile, targets: list[tuple[Path, Party | None]], *, deadline: date | None = None,
                   today: date | None = None, template: Path | None = None,
                   page_numbers: bool = False, progress: Progress = NO_PROGRESS) -> list[ConceptFile]:
    """Freeze the draft version and write one copy per (path, party); ``None`` is the copy for all.

    ``page_numbers`` renders the first copy once through LibreOffice for the contents' page numbers.
    ``progress`` hears of the frozen verslag and of each copy written.
    """
    for out, _party in targets:
        check_target(out)
    steps = len(targets) + 1
    progress.step(0, steps)
    data, version = _frozen_verslag(case, deadline=deadline, today=today, template=template)
    progress.step(1, steps)
    pairs = pairs_of(case)
    p = Pseudonymiser(pairs) if pairs else (lambda text: text)
    case_uuid = case.case().uuid
    blank_words = words_of("\n".join(lead + text for lead, text in _intro_lines(version, "", 2) + _intro_lines(
        version, "", 1) + _intro_lines(version, "", 0)))
    written: list[ConceptFile] = []
    pages: dict[str, int] | None = None
    for out, party in targets:
        doc = docx.Document(io.BytesIO(data))
        marked = mark_party_passages(doc, p(party.name)) if party is not None else 0
        added = _dress(doc, version, case_uuid, party, _addressee(party, p), marked)
        check_names_in(case, [("conceptpagina", text) for text in added], keep_words=blank_words)
        if page_numbers and pages is None:
            pages = number_the_contents_of(doc)  # rendered once: the copies differ only in highlighting
        elif pages:
            write_contents_pages(doc, pages)
        write_atomically(out, lambda path, doc=doc: doc.save(str(path)))
        written.append(ConceptFile(out, version.number, party.name if party is not None else ""))
        progress.step(len(written) + 1, steps)
    if not case.read_only:
        with case.write("export", "export", f"concept versie {version.number}: {len(written)} "
                        + ("bestand" if len(written) == 1 else "bestanden")):
            pass
    return written


def export_concept(case: CaseFile, out: Path, *, party: str | None = None, deadline: date | None = None,
                   today: date | None = None, template: Path | None = None,
                   page_numbers: bool = False) -> ConceptFile:
    """``casereview export --kind concept``: one concept, for one organisation or for all."""
    who = find_party(case, party) if party else None
    return write_concepts(case, [(Path(out), who)], deadline=deadline, today=today, template=template,
                          page_numbers=page_numbers)[0]


def send_concepts(case: CaseFile, folder: Path, *, per_party: bool, deadline: date | None = None,
                  today: date | None = None, template: Path | None = None,
                  page_numbers: bool = False, progress: Progress = NO_PROGRESS) -> list[ConceptFile]:
    """"Concept versturen": a copy per organisation in ``folder`` (or one for all).

    ``progress`` counts to 100: the name search first when the texts changed since the last one
    (:data:`SEARCH_SHARE`; the first search on a computer builds the lookup lists, minutes), then the files.
    """
    from casereview.consent.finality import consulted

    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(code="case.no_folder", folder=folder)
    searched = 0 if detection_state(case) == "current" else SEARCH_SHARE
    # the file names below pass the check for names found in the texts
    ensure_searched(case, progress=ProgressShare(progress, 0, searched))
    title = safe_stem(pseudonymised_title(case)) or NEUTRAL_STEM
    if per_party:
        parties = [party for party in list_parties(case) if consulted(party)]
        if not parties:
            raise ExportError(code="concept.no_organisations")
        pairs = pairs_of(case)
        names = Pseudonymiser(pairs) if pairs else (lambda text: text)
        targets: list[tuple[Path, Party | None]] = []
        taken: set[str] = set()
        for party in parties:
            safe = safe_stem(names(party.name)) or f"partij {party.id}"
            # two names that differ only in a character a file system refuses must not overwrite each other
            stem, number = safe, 2
            while stem.casefold() in taken:
                stem, number = f"{safe} ({number})", number + 1
            taken.add(stem.casefold())
            targets.append((folder / f"{title} - concept - {stem}.docx", party))
    else:
        targets = [(folder / f"{title} - concept.docx", None)]
    return write_concepts(case, targets, deadline=deadline, today=today, template=template,
                          page_numbers=page_numbers, progress=ProgressShare(progress, searched, 100))
