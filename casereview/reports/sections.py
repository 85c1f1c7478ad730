"""What the Word documents share: the case data read once, and sections used by several kinds.

Every text that comes from the case passes through :attr:`ExportContext.p`,
the pseudonymiser (identity when pseudonyms are off), so no section can
forget it; the leak check afterwards proves it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlmodel import col, select

from casereview.casefile.case_file import CaseFile
from casereview.findings.agreements import list_agreements
from casereview.findings.conclusions import review_questions
from casereview.model.tables import Agreement, Case, Party, ProgressNote
from casereview.privacy.pseudonyms import Pseudonymiser, pairs_of
from casereview.reports.docx_builder import Cell, DocumentBuilder
from casereview.timeline.dates import format_dutch
from casereview.timeline.events import EventRow, list_events
from casereview.vocabulary import KEY_MOMENT_LABELS, DatePrecision, KeyMoment

GOOD_FILL = "D5EFE6"  # light Okabe-Ito bluish green
CONCERN_FILL = "F8DCCB"  # light Okabe-Ito vermillion
OVERDUE_FILL = "F8DCCB"


@dataclass
class ExportContext:
    """The case as one export sees it."""

    case_file: CaseFile
    case: Case
    today: date
    p: Callable[[str], str]
    events: list[EventRow]
    parties: dict[int, Party]
    agreements: list[Agreement]
    chart: bool = True
    final: bool = False  # the final verslag, after the consent round: carries the appendix on the reactions
    # "Uit de regio" for the preparation pack: lessons read from the register because the user asked (as JSON)
    regional_lessons: list[dict[str, Any]] | None = None

    @property
    def title(self) -> str:
        return self.p(self.case.title)

    def party_name(self, party_id: int | None) -> str:
        party = self.parties.get(party_id or -1)
        return self.p(party.name) if party else ""

    def event_numbers(self) -> dict[int, int]:
        """Event id → its number in the timeline table (chronological, from 1)."""
        return {row.event.id: i for i, row in enumerate(self.events, start=1) if row.event.id is not None}

    def progress_notes(self) -> dict[int, list[ProgressNote]]:
        with self.case_file.read() as s:
            notes = list(s.exec(select(ProgressNote).order_by(col(ProgressNote.noted_on), col(ProgressNote.id))))
        grouped: dict[int, list[ProgressNote]] = {}
        for note in notes:
            grouped.setdefault(note.agreement_id, []).append(note)
        return grouped


def load_context(case_file: CaseFile, *, pseudonymise: bool, today: date | None,
                 keep_words: Iterable[str] = (), blank: bool = False) -> ExportContext:
    """Read the case once. ``blank`` empties every case text: the document that is left is the
    app's own wording, from which the leak check learns which words are not names."""
    if blank:
        p: Callable[[str], str] = lambda _text: ""  # noqa: E731
    else:
        pairs = pairs_of(case_file) if pseudonymise else []
        p = Pseudonymiser(pairs, keep_words) if pairs else (lambda text: text)
    with case_file.read() as s:
        parties = {party.id: party for party in s.exec(select(Party)) if party.id is not None}
    return ExportContext(case_file=case_file, case=case_file.case(), today=today or date.today(), p=p,
                         events=list_events(case_file), parties=parties, agreements=list_agreements(case_file),
                         chart=not blank)


def title_page(b: DocumentBuilder, ctx: ExportContext, kind_title: str, extra: list[str] | None = None) -> None:
    b.place("titelpagina")
    lines = [("Title", ctx.title), ("Subtitle", kind_title)]
    case = ctx.case
    if case.review_date:
        lines.append(("Normal", f"Reviewbijeenkomst: {format_dutch(case.review_date)}"))
    if case.incident_date:
        lines.append(("Normal", f"Datum incident: {format_dutch(case.incident_date)}"))
    lines += [("Normal", line) for line in extra or []]
    lines.append(("Normal", f"Opgesteld op {format_dutch(ctx.today)}"))
    lines.append(("Normal", "Vertrouwelijk — alleen voor de deelnemers aan de review en hun organisaties."))
    b.title_page(lines)


def goal_and_questions(b: DocumentBuilder, ctx: ExportContext, heading: str = "Doel en reviewvragen") -> None:
    b.place("doel en vragen")
    b.heading(heading, 1)
    case = ctx.case
    if case.incident.strip():
        b.paragraph(ctx.p(case.incident), bold="Aanleiding: ")
    if case.goal.strip():
        b.paragraph(ctx.p(case.goal), bold="Doel: ")
    else:
        b.paragraph("Het doel van de review is niet beschreven.", italic=True)
    questions = review_questions(case)
    if questions:
        b.paragraph(bold="Reviewvragen", keep_with_next=True)
        for n, q in enumerate(questions, start=1):
            b.numbered(ctx.p(q), n)
    else:
        b.paragraph("Er zijn geen reviewvragen vastgelegd.", italic=True)


PARTIAL_DATE_MARK = "≈"
NO_BREAK = "\u00a0"


def document_date(row: EventRow) -> tuple[str, bool]:
    """An event's date as the documents write it, and whether only part of it is known.

    Exact days read like every other date in the documents ("14 mei 2024"); a month,
    season or year is marked with ≈ (and set in italics by the table) so that
    "februari 2024" is never mistaken for a known day, as in the window.
    """
    e = row.event
    if e.date_start is not None and e.date_precision == DatePrecision.DAY:
        qualifier = row.date_label.split(" ")[0] if not row.date_label[:1].isdigit() else ""
        text = f"{qualifier} {format_dutch(e.date_start)}".strip()
        return (f"{PARTIAL_DATE_MARK}{NO_BREAK}{text}", True) if qualifier else (text, False)
    if e.date_start is None:
        return row.date_label, True
    return f"{PARTIAL_DATE_MARK}{NO_BREAK}{row.date_label.replace(' ', NO_BREAK)}", True


def timeline_rows(ctx: ExportContext) -> list[list[str | Cell]]:
    rows: list[list[str | Cell]] = []
    p = ctx.p
    for i, row in enumerate(ctx.events, start=1):
        e = row.event
        label = KEY_MOMENT_LABELS.get(e.key_moment, "")
        fill = {KeyMoment.GOOD: GOOD_FILL, KeyMoment.CONCERN: CONCERN_FILL}.get(e.key_moment, "")
        text, partial = document_date(row)
        when = p(text) + (f" {e.time}" if e.time else "")
        parties = " + ".join(p(name) for name in row.party_names)  # an event can involve several parties
        source = (p(e.source) + (" (van de familie)" if e.from_family else "")).strip()
        rows.append([str(i), Cell(when, italic=True) if partial else when, parties, p(e.description),
                     source, Cell(label, bold=bool(label), fill=fill) if label else ""])
    return rows


def timeline_section(b: DocumentBuilder, ctx: ExportContext, *, chart: bool = True, level: int = 1,
                     appendix: bool = False) -> None:
    """The chart (on a landscape page) and the table of every event; key moments shaded."""
    from casereview.timeline.chart import chart_labels, render_timeline_png

    b.new_section(landscape=True)
    b.place("tijdlijn")
    if appendix:
        b.appendix("Tijdlijn")
    else:
        b.heading("Tijdlijn", level)
    if not ctx.events:
        b.paragraph("Er staan geen gebeurtenissen in de tijdlijn.", italic=True)
        b.new_section(landscape=False)
        return
    b.paragraph(timeline_intro(ctx.events))
    if chart and ctx.chart:
        rows = [EventRow(r.event, ctx.p(r.party_name), tuple(ctx.p(n) for n in r.other_parties), r.other_party_ids)
                for r in ctx.events]
        width_in = min(b.text_width_cm / 2.54, 10.0)
        png = render_timeline_png(ctx.case_file, rows=rows, width_in=width_in, max_height_in=5.0)
        b.picture(png, width_in * 2.54, label="tijdlijngrafiek", alt_text=chart_description(ctx, rows),
                  page_break_after=True)
        b.extra_texts.append(("tijdlijngrafiek", "\n".join(chart_labels(rows))))
    b.place("tijdlijn")
    b.table(["Nr", "Datum", "Partij", "Wat er gebeurde", "Bron", "Sleutel­moment"],
            timeline_rows(ctx), [1.0, 2.6, 4.0, 12.0, 3.5, 2.4], label="tijdlijn")
    b.new_section(landscape=False)


def timeline_intro(events: list[EventRow]) -> str:
    """One sentence on the timeline; key moments and the dating mark only when there are any."""
    key = [r for r in events if r.event.key_moment != KeyMoment.NONE]
    partial = sum(1 for r in events if document_date(r)[1])
    count = f"{len(events)} gebeurtenis{'sen' if len(events) != 1 else ''}"
    if key:
        good = sum(1 for r in key if r.event.key_moment == KeyMoment.GOOD)
        text = (f"{count}, waarvan {len(key)} sleutelmoment{'en' if len(key) != 1 else ''} "
                f"({good} ging goed, {len(key) - good} zorgelijk; in de tabel gekleurd en benoemd).")
    else:
        text = f"{count}; er zijn geen sleutelmomenten gemarkeerd."
    text += " De nummers verwijzen naar de tabel."
    if partial:
        text += f" Een datum met {PARTIAL_DATE_MARK} (schuin) is maar voor een deel bekend, zoals alleen de maand."
    return text


def chart_description(ctx: ExportContext, rows: list[EventRow]) -> str:
    """Alt text of the chart: what a reader who cannot see it needs to follow the report."""
    lanes = sorted({r.party_name for r in rows if r.party_name})
    dated = [r.event.date_start for r in rows if r.event.date_start is not None]
    span = (f" van {format_dutch(min(dated))} tot {format_dutch(max(dated))}" if dated else "")
    key = sum(1 for r in rows if r.event.key_moment != KeyMoment.NONE)
    return (f"Tijdlijngrafiek: {len(rows)} gebeurtenissen{span}, één rij per partij "
            f"({', '.join(lanes) if lanes else 'geen partijen'}); {key} sleutelmomenten gemarkeerd. "
            "Dezelfde gebeurtenissen staan genummerd in de tabel hierna.")


def agreement_owner(ctx: ExportContext, a: Agreement) -> str:
    party = ctx.party_name(a.owner_party_id)
    person = ctx.p(a.owner_person)
    return f"{person} ({party})" if person and party else person or party
