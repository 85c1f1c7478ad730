"""Word documents from a case: the verslag, the preparation pack and the follow-up report.

The name-leak check always runs when the case has a pseudonym list, whether or
not ``pseudonymise`` is on: these documents go to participants, and a document
that would contain a listed real name is refused rather than written. Without
pseudonymisation a case whose texts mention listed names therefore cannot be
exported; the message says to switch pseudonymisation on.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casereview.case_file import CaseFile
from casereview.dates import format_dutch
from casereview.docx_document import DocumentBuilder
from casereview.export_sections import ExportContext, load_context
from casereview.export_target import ExportError, NameLeakError, check_target, write_atomically
from casereview.pseudonyms import NameFinder, list_pseudonyms

__all__ = ["KINDS", "ExportError", "NameLeakError", "export_document", "build_document", "check_names_in"]

KINDS = ("verslag", "voorbereiding", "voortgang")
KIND_LABELS = {"verslag": "verslag", "voorbereiding": "voorbereiding", "voortgang": "voortgangsrapportage"}


def build_document(case: CaseFile, *, kind: str = "verslag", party: str | None = None, pseudonymise: bool = False,
                   today: date | None = None, template: Path | None = None) -> DocumentBuilder:
    """Build the document in memory and run the leak check; raises before anything is written."""
    if kind not in KINDS:
        raise ExportError(f"Onbekende soort document '{kind}'; kies uit {', '.join(KINDS)}.")
    ctx = load_context(case, pseudonymise=pseudonymise, today=today)
    builder = DocumentBuilder(template)
    _build(builder, ctx, kind, party)
    builder.finish(title=ctx.title, date_text=format_dutch(ctx.today))
    check_names(case, builder)
    return builder


def _build(builder: DocumentBuilder, ctx: ExportContext, kind: str, party: str | None) -> None:
    if kind == "verslag":
        from casereview.export_verslag import build_verslag
        build_verslag(builder, ctx)
    elif kind == "voorbereiding":
        from casereview.export_preparation import build_preparation
        build_preparation(builder, ctx, party)
    else:
        from casereview.export_progress import build_progress
        build_progress(builder, ctx)


def check_names(case: CaseFile, builder: DocumentBuilder) -> None:
    """Refuse the document when any listed real name is anywhere in it."""
    finder = NameFinder(p.real_name for p in list_pseudonyms(case))
    if not finder:
        return
    names, places = builder.find_places(finder)
    if places:
        raise NameLeakError(names, places)


def check_names_in(case: CaseFile, texts: list[tuple[str, str]]) -> None:
    """The same check for exports that are not Word documents: ``texts`` are (place, text) pairs."""
    finder = NameFinder(p.real_name for p in list_pseudonyms(case))
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
                    pseudonymise: bool = False, today: date | None = None, template: Path | None = None) -> Path:
    """Write one Word document to ``out`` (all or nothing) and return its path.

    ``party`` (voorbereiding only) limits the pack to one party's questions.
    ``template`` replaces the bundled house style, e.g. an organisation's own.
    """
    out = Path(out)
    check_target(out)
    builder = build_document(case, kind=kind, party=party, pseudonymise=pseudonymise, today=today,
                             template=template)
    write_atomically(out, builder.save)
    if not case.read_only:
        with case.write("export", "export", f"{KIND_LABELS[kind]} → {out.name}"):
            pass
    return out
