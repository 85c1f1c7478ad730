"""The leerbrief document, and the leak check every leerbrief passes before it leaves.

The check is stricter than for the other documents, because a leerbrief goes
to people outside the review: no listed real name or surname, no participant
or owner name, no party name, address, or person, place or institution found
by detection (:mod:`casereview.privacy.outsider_check`), and no date finer
than a quarter (:mod:`casereview.privacy.date_leaks`), in any text, theme
name or theme code. Nothing is pseudonymised on the way: what leaves is exactly what
the chair wrote and reviewed, so a hit refuses the leerbrief with the places.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from casereview.casefile.case_file import CaseFile
from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.findings.leerbrief import (
    FIELD_LABELS,
    NO_OWNER_LEVEL,
    TEXT_FIELDS,
    LeerbriefContent,
    event_dates,
    leerbrief_content,
    names_in_case,
    quarter_of,
)
from casereview.privacy.date_leaks import find_fine_dates
from casereview.privacy.detection.candidates import Candidate, ensure_searched, group_candidates
from casereview.privacy.detection.case_texts import Place
from casereview.privacy.detection.decisions import name_states, undecided_blocking
from casereview.privacy.detection.gate import UndecidedNamesError, undecided_finder
from casereview.privacy.ordinary_words import STANDARD_WORDS, words_of
from casereview.privacy.outsider_check import leak, outsider_finders
from casereview.privacy.pseudonyms import NameFinder
from casereview.reports.safe_write import ExportError, check_target, write_atomically
from casereview.vocabulary import (
    AGREEMENT_KIND_LABELS,
    AGREEMENT_LEVEL_LABELS,
    DEFAULT_THEMES,
    LEERBRIEF_PLACE_LABELS,
    PARTY_CATEGORY_LABELS,
)
from casereview.vocabulary.error_catalog import Message, Messages

if TYPE_CHECKING:  # python-docx loads only when a document is built: the Leerbrief pane checks without it
    from casereview.reports.docx_builder import DocumentBuilder

LEVEL_LABELS = {**AGREEMENT_LEVEL_LABELS, NO_OWNER_LEVEL: "niveau niet aangegeven"}
_FIXED_WORDS = words_of("\n".join([*FIELD_LABELS.values(), *LEVEL_LABELS.values(), *AGREEMENT_KIND_LABELS.values(),
                                   "Leerbrief Context Soorten organisaties Kwartaal Thema's Verbeterafspraken "
                                   "Soort Niveau Aantal Concept nog niet klaar om te delen niet aangegeven"]))


class LeerbriefLeakError(ExportError):
    """The leerbrief holds a name or a fine date; nothing was written or published."""

    def __init__(self, problems: list[Message]) -> None:
        self.problems = problems
        super().__init__(code="leerbrief.leak", problems=Messages(problems))


_THEME_NAMES, _THEME_CODES = LEERBRIEF_PLACE_LABELS["theme_names"], LEERBRIEF_PLACE_LABELS["theme_codes"]


def _places(content: LeerbriefContent) -> list[tuple[str, str]]:
    places = [(FIELD_LABELS[key], content.texts.get(key, "")) for key in TEXT_FIELDS]
    return places + [(_THEME_NAMES, " ".join(content.theme_names.values())), (_THEME_CODES, " ".join(content.themes))]


def _searched_places(content: LeerbriefContent) -> list[Place]:
    """The places the detector reads: the built-in theme names are the project's own words, not the case's.

    The detector takes a capitalised word in them for a name ("Scholing en kennis"), which would hold
    back every leerbrief that uses that theme; a theme a quality officer named is still searched.
    """
    own = [name for name in content.theme_names.values() if name not in DEFAULT_THEMES]
    places = [(place, " ".join(own) if place == _THEME_NAMES else text) for place, text in _places(content)]
    return [Place(place, text) for place, text in places if text.strip()]


def leerbrief_key(content: LeerbriefContent) -> tuple[str, ...]:
    """What a search of the leerbrief depends on: its texts, theme names and codes as they are now."""
    return tuple(text for _place, text in _places(content))


def search_leerbrief(case: CaseFile, progress: Progress = NO_PROGRESS) -> tuple[tuple[str, ...], list[Candidate]]:
    """Search the leerbrief as it is now for personal data (a worker process, seconds: not on the GUI thread).

    The case's stored search covers the texts as they were when it ran; the
    Leerbrief pane checks the text being written. Nothing is stored: returns
    the :func:`leerbrief_key` searched and the candidates, for
    :func:`leerbrief_problems` ``found=``.
    """
    from casereview.privacy.detection import client

    content = leerbrief_content(case)
    places = _searched_places(content)
    spans = client.detect([p.text for p in places], progress=progress) if places else []
    return leerbrief_key(content), group_candidates(places, spans)


def leerbrief_problems(case: CaseFile, content: LeerbriefContent | None = None, *,
                       found: Sequence[Candidate] = ()) -> list[Message]:
    """What the leak check finds, one message per place and kind (empty: the leerbrief may leave).

    ``found``: candidates of a fresh search (:func:`search_leerbrief`); the open
    ones count besides those the case's stored search left open.
    """
    content = content or leerbrief_content(case)
    finders = outsider_finders(case, names_in_case(case), _FIXED_WORDS)
    undecided = undecided_finder(case)
    fresh = [st.text for st in name_states(case, found) if st.blocks_export] if found else []
    if fresh:
        stored = [st.text for st in undecided_blocking(case)]
        undecided = NameFinder(dict.fromkeys([*stored, *fresh]), STANDARD_WORDS)
    days = event_dates(case)
    problems: list[Message] = []
    for place, text in _places(content):
        problems += finders.problems(place, text, names_only=place == _THEME_CODES)
        open_ones = undecided(text) if undecided is not None else []
        if open_ones:
            problems.append(leak("undecided", place, open_ones))
        dates = find_fine_dates(text, days)
        if dates:
            problems.append(leak("fine_date", place, dates))
    return problems


def checked_content(case: CaseFile, *, require_ready: bool) -> LeerbriefContent:
    """The leerbrief content after the leak check; raises with a Dutch message when it may not leave."""
    content = leerbrief_content(case)
    if not any(content.texts.values()):
        raise ExportError(code="leerbrief.empty")
    if require_ready and not content.ready:
        raise ExportError(code="leerbrief.not_ready")
    problems = leerbrief_problems(case, content)
    if problems:
        raise LeerbriefLeakError(problems)
    return content


def build_leerbrief(b: DocumentBuilder, content: LeerbriefContent) -> None:
    b.place("titel")
    b.paragraph("Leerbrief", style="Title")  # no title page: the leerbrief is meant to fit on two pages
    b.paragraph("Wat we leerden van een calamiteitenreview", style="Subtitle")
    if content.quarter:
        b.paragraph(content.quarter, bold="Kwartaal van de review: ")
    if not content.ready:
        b.paragraph("Concept — nog niet klaar om te delen.", italic=True)
    b.place("context")
    b.heading("Context", 1)
    kinds = ", ".join(PARTY_CATEGORY_LABELS.get(k, k) for k in content.organisation_kinds)
    if kinds:
        b.paragraph(kinds, bold="Soorten organisaties: ")
    for key in ("target_group", "circumstances"):
        if content.texts.get(key):
            b.paragraph(content.texts[key], bold=f"{FIELD_LABELS[key]}: ")
    for key in ("story", "mechanisms", "went_well"):
        if content.texts.get(key):
            b.place(FIELD_LABELS[key].lower())
            b.heading(FIELD_LABELS[key], 1)
            for part in content.texts[key].split("\n\n"):
                b.paragraph(part.strip())
    b.place("lessen")
    b.heading(FIELD_LABELS["lessons"], 1)
    for n, lesson in enumerate(content.lessons, start=1):
        b.numbered(lesson, n)
    b.place("thema's")
    b.heading("Thema's", 1)
    for code in content.themes:  # the code is the register's key; a reader sees the theme's name
        b.bullet(content.theme_names.get(code, "") or code)
    b.place("verbeterafspraken")
    b.heading("Verbeterafspraken", 1)
    if content.agreements:
        rows = [[AGREEMENT_KIND_LABELS.get(a.kind, a.kind), LEVEL_LABELS.get(a.level, a.level), str(a.count)]
                for a in content.agreements]
        b.table(["Soort", "Niveau", "Aantal"], rows, [7.0, 6.0, 2.5], label="verbeterafspraken")
    else:
        b.paragraph("Er zijn geen verbeterafspraken gemaakt.", italic=True)


def export_leerbrief(case: CaseFile, out: Path, *, today: date | None = None, template: Path | None = None,
                     file_format: str | None = None) -> Path:
    """Write the leerbrief (after the leak check on every text and on the finished document).

    ``file_format`` ("docx", "pdf" or "odt"; default from the file name) as for the other documents.
    """
    from casereview.reports.office_convert import convert_docx, format_of

    out = Path(out)
    check_target(out)
    target_format = format_of(out, file_format)
    ensure_searched(case)  # a new or changed case is searched for names before the check
    from casereview.reports.docx_builder import DocumentBuilder

    content = checked_content(case, require_ready=False)
    builder = DocumentBuilder(template)
    build_leerbrief(builder, content)
    builder.finish(title="Leerbrief", date_text=quarter_of(today or date.today()))
    finder = NameFinder(names_in_case(case), STANDARD_WORDS | _FIXED_WORDS)
    if finder:
        names, places = builder.find_places(finder)
        if places:
            raise LeerbriefLeakError([leak("real_name", place, names) for place in places])
    undecided = undecided_finder(case)
    if undecided is not None:
        found, _places = builder.find_places(undecided)
        if found:
            raise UndecidedNamesError(found)
    dates = find_fine_dates(builder.all_text(), event_dates(case))
    if dates:
        raise LeerbriefLeakError([leak("fine_date", LEERBRIEF_PLACE_LABELS["document"], dates)])
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
        with case.write("export", "export", f"leerbrief → {out.name}"):
            pass
    return out
