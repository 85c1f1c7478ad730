"""Word documents from a case: the verslag, the preparation pack and the follow-up report.

Pseudonyms are applied by default, and the name-leak check runs whenever the
case has a pseudonym list: these documents go to participants, and a document
that would contain a listed real name is refused rather than written. The one
exception is a deliberate ``named`` document for internal use (``--named`` on
the command line, a confirmed choice in the export dialog): it keeps the real
names, skips the check and says "Vertrouwelijk — bevat namen" in every header.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from casereview.casefile.case_file import CaseFile
from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.privacy.detection.candidates import ensure_searched
from casereview.privacy.detection.gate import UndecidedNamesError, check_undecided, undecided_finder
from casereview.privacy.ordinary_words import STANDARD_WORDS, words_of
from casereview.privacy.pseudonyms import NameFinder, names_of
from casereview.reports.docx_builder import DocumentBuilder
from casereview.reports.evaluatieformulier import build_evaluation_form
from casereview.reports.family_summary import build_family_summary
from casereview.reports.office_convert import convert_docx, format_of
from casereview.reports.pagination import number_the_contents
from casereview.reports.safe_write import ExportError, NameLeakError, check_target, write_atomically
from casereview.reports.sections import ExportContext, load_context
from casereview.reports.verslag import build_verslag
from casereview.reports.voorbereiding import build_preparation
from casereview.reports.voortgang import build_progress
from casereview.timeline.dates import format_dutch

__all__ = ["KINDS", "ExportError", "NameLeakError", "export_document", "build_document", "check_names_in", "own_words"]

KINDS = ("verslag", "voorbereiding", "voortgang")
AFTER_MEETING_KINDS = ("samenvatting", "evaluatieformulier")  # the concept has its own module: it freezes a version
KIND_LABELS = {"verslag": "verslag", "voorbereiding": "voorbereiding", "voortgang": "voortgangsrapportage",
               "samenvatting": "samenvatting voor de familie", "evaluatieformulier": "evaluatieformulier",
               "concept": "concept ter wederhoor"}


STEPS = 5  # own words, reading the case, building, the leak check, writing


def build_document(case: CaseFile, *, kind: str = "verslag", party: str | None = None, pseudonymise: bool = True,
                   today: date | None = None, template: Path | None = None,
                   progress: Progress = NO_PROGRESS, named: bool = False, final: bool = False,
                   regional_lessons: list[dict[str, Any]] | None = None) -> DocumentBuilder:
    """Build the document in memory and run the leak check; raises before anything is written.

    ``progress`` hears of each of the first four of :data:`STEPS` and may cancel between them.
    ``named`` builds the internal document with real names: no pseudonyms, no leak check.
    ``final`` adds the appendix on the reactions to the concept (the caller checked the gate).
    ``regional_lessons`` (voorbereiding only): lessons the caller read from the register when the user asked.
    """
    if kind not in KINDS + AFTER_MEETING_KINDS:
        raise ExportError(code="export.unknown_kind", kind=kind, kinds=", ".join(KINDS + AFTER_MEETING_KINDS))
    if not named:
        ensure_searched(case, progress=progress)  # a new or changed case is searched for names first
    progress.step(0, STEPS)
    if named:
        ctx = load_context(case, pseudonymise=False, today=today)
        ctx.final = final
        ctx.regional_lessons = regional_lessons
        progress.step(1, STEPS)
        builder = DocumentBuilder(template)
        _build(builder, ctx, kind, party)
        builder.finish(title=ctx.title, date_text=format_dutch(ctx.today), named=True)
        progress.step(3, STEPS)
        return builder
    undecided = undecided_finder(case)
    names = names_of(case)
    keep = own_words(case, kind, party, today, template, final=final) if names else frozenset()
    progress.step(1, STEPS)
    ctx = load_context(case, pseudonymise=pseudonymise, today=today, keep_words=keep)
    ctx.final = final
    ctx.regional_lessons = regional_lessons
    progress.step(2, STEPS)
    builder = DocumentBuilder(template)
    _build(builder, ctx, kind, party)
    builder.finish(title=ctx.title, date_text=format_dutch(ctx.today))
    progress.step(3, STEPS)
    if names:
        found, places = builder.find_places(NameFinder(names, keep))
        if places:
            raise NameLeakError(found, places)
    if undecided is not None:
        found, _places = builder.find_places(undecided)
        if found:
            raise UndecidedNamesError(found)
    return builder


def own_words(case: CaseFile, kind: str, party: str | None, today: date | None,
              template: Path | None, *, final: bool = False) -> frozenset[str]:
    """Words the app itself writes in this document, plus month and day names and the default texts.

    A listed name hidden inside one of these ("Ina" in "pagina", "Jan" in
    "januari") is a coincidence, not a leak; without this a mother called
    Ina could never get a document. A word equal to the name always counts.
    """
    ctx = load_context(case, pseudonymise=False, today=today, blank=True)
    ctx.final = final
    builder = DocumentBuilder(template)
    _build(builder, ctx, kind, party)
    builder.finish(title="", date_text=format_dutch(ctx.today))
    return STANDARD_WORDS | words_of(builder.all_text())


def _build(builder: DocumentBuilder, ctx: ExportContext, kind: str, party: str | None) -> None:
    if kind == "verslag":
        build_verslag(builder, ctx)
    elif kind == "voorbereiding":
        build_preparation(builder, ctx, party)
    elif kind == "samenvatting":
        build_family_summary(builder, ctx)
    elif kind == "evaluatieformulier":
        build_evaluation_form(builder, ctx)
    else:
        build_progress(builder, ctx)


def check_names_in(case: CaseFile, texts: list[tuple[str, str]], keep_words: frozenset[str] = frozenset()) -> None:
    """The same checks for exports that are not Word documents: ``texts`` are (place, text) pairs.

    Open candidates (:mod:`casereview.privacy.detection.gate`, after searching a new or changed case)
    are checked first, then listed names.
    """
    finder = NameFinder(names_of(case), STANDARD_WORDS | keep_words)
    check_undecided(case, [text for _place, text in texts])
    if not finder:
        return
    names: list[str] = []
    places: list[str] = []
    for place, text in texts:
        hits = finder(text)
        if hits:
            names.extend(h for h in hits if h not in names)
            places.append(place)
    if places:
        raise NameLeakError(names, places)


def export_document(case: CaseFile, out: Path, *, kind: str = "verslag", party: str | None = None,
                    pseudonymise: bool = True, today: date | None = None, template: Path | None = None,
                    file_format: str | None = None, progress: Progress = NO_PROGRESS, named: bool = False,
                    final: bool = False, page_numbers: bool = False,
                    regional_lessons: list[dict[str, Any]] | None = None) -> Path:
    """Write one Word document to ``out`` (all or nothing) and return its path.

    ``party`` (voorbereiding only) limits the pack to one party's questions.
    ``file_format`` ("docx", "pdf" or "odt"; default from the file name) makes
    LibreOffice write a PDF/A or ODF copy of the same document.
    ``template`` replaces the house style (default: the organisation's own
    template in the settings folder, else the bundled one).
    ``page_numbers`` renders the document once through LibreOffice to put the
    page numbers in its table of contents (see :mod:`casereview.reports.pagination`).

    Whenever the case has a pseudonym list the finished document is checked
    for every listed real name, also with ``pseudonymise=False``: a document
    that would contain one raises :class:`NameLeakError` (with the places) and
    nothing is written. So an export without pseudonyms is only possible when
    no listed name occurs in it, or as a deliberate ``named`` document.
    """
    out = Path(out)
    check_target(out)
    target_format = format_of(out, file_format)
    if final:
        from casereview.consent.finality import finality

        state = finality(case, today)
        if not state.final_allowed:
            raise ExportError(code="report.not_final_yet", blockers="\n".join(state.blockers))
    builder = build_document(case, kind=kind, party=party, pseudonymise=pseudonymise, today=today,
                             template=template, progress=progress, named=named, final=final,
                             regional_lessons=regional_lessons)
    if page_numbers:
        number_the_contents(builder)
    progress.step(4, STEPS)  # past the last chance to cancel: the file is written whole
    if target_format == "docx":
        write_atomically(out, builder.save)
    else:
        def convert(tmp: Path) -> None:
            docx_tmp = tmp.with_name(tmp.name + ".docx")
            try:
                builder.save(docx_tmp)
                convert_docx(docx_tmp, target_format, tmp)
            finally:
                docx_tmp.unlink(missing_ok=True)
        write_atomically(out, convert)
    if not case.read_only:
        what = f"{KIND_LABELS[kind]} met namen" if named else KIND_LABELS[kind]
        with case.write("export", "export", f"{what} → {out.name}"):
            pass
    return out
