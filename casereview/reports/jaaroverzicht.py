"""The jaaroverzicht: what the reviews of a period taught, across cases, as a Word document.

Number of reviews, recurring themes (two or more cases) with their counts and
the theme × year chart, the state of the agreements (by status and by kind:
rule 4 across cases), themes that came back after an agreement was done,
conclusions per recurring theme and what went well. Cases are cited by title
or by a neutral number; every text goes through its own case's pseudonyms and
the whole document through the leak check with every case's list.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from casereview.casefile.progress import NO_PROGRESS, Progress
from casereview.overview.chart import render_theme_years_png, short_label
from casereview.overview.figures import Overview
from casereview.reports.docx_builder import Cell, DocumentBuilder
from casereview.reports.effect_section import effect_section, exercises_left_out
from casereview.reports.overview_texts import OverviewNameLeakError, OverviewTexts
from casereview.reports.safe_write import check_target, write_atomically
from casereview.reports.sections import OVERDUE_FILL
from casereview.timeline.dates import format_dutch
from casereview.vocabulary import AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS, AgreementKind, AgreementStatus

TITLE = "Jaaroverzicht casusreviews"
OWN_WORDS = ("Jaaroverzicht casusreviews Overzicht over dossiers heen Reviews in deze periode Terugkerende thema's "
             "Stand van de afspraken Soort afspraak Terug na afronding Conclusies per terugkerend thema "
             "Wat ging goed Thema Dossiers Conclusies Afspraken Totaal Te laat Review Stand op Periode "
             "Vertrouwelijk dossiers genoemd bij titel nummer niet meegeteld")


def period_text(overview: Overview) -> str:
    years = sorted({c.year for c in overview.cases if c.year is not None})
    if not years:
        return "geen reviews"
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def build_jaaroverzicht(overview: Overview, *, cite: str = "nummer", template: Path | None = None,
                        progress: Progress = NO_PROGRESS) -> DocumentBuilder:
    """Build in memory and run the checks for listed and undecided names; raises before anything is written."""
    texts = OverviewTexts(overview, cite=cite, own_words=OWN_WORDS)
    texts.search(progress)
    b = DocumentBuilder(template)
    b.place("titelpagina")
    b.title_page([("Title", TITLE), ("Subtitle", f"Periode: {period_text(overview)}"),
                  ("Normal", f"Stand op {format_dutch(overview.as_of)}"),
                  ("Normal", f"Dossiers genoemd bij {'titel' if cite == 'titel' else 'een neutraal nummer'}."),
                  ("Normal", "Vertrouwelijk — voor het kwaliteitsoverleg van de organisatie.")])
    _reviews(b, overview, texts)
    if overview.exercises:
        b.paragraph(exercises_left_out(len(overview.exercises)), italic=True)
    _themes(b, overview)
    _agreements(b, overview)
    effect_section(b, overview)
    _recurrence(b, overview, texts)
    _conclusions(b, overview, texts)
    _went_well(b, overview, texts)
    b.finish(title=TITLE, date_text=format_dutch(overview.as_of))
    if texts.finder:
        found, places = b.find_places(texts.finder)
        if places:
            raise OverviewNameLeakError(found, places)
    if texts.undecided is not None:
        found, _places = b.find_places(texts.undecided)
        texts.refuse_undecided(found)
    return b


def _reviews(b: DocumentBuilder, overview: Overview, texts: OverviewTexts) -> None:
    b.place("reviews")
    b.heading("Reviews in deze periode", 1)
    per_year = Counter(c.year for c in overview.cases)
    years = ", ".join(f"{n} in {y}" for y, n in sorted(per_year.items(), key=lambda i: i[0] or 0) if y)
    b.paragraph(f"{len(overview.cases)} reviews" + (f" ({years})." if years else "."))
    rows = [[texts.label(c), str(c.year or ""), str(len(c.conclusions)), str(len(c.agreements))]
            for c in overview.cases]
    if rows:
        b.table(["Review", "Jaar", "Conclusies", "Afspraken"], rows, [8.0, 2.0, 3.0, 3.0], label="reviews")
    if overview.skipped:
        b.paragraph(f"{len(overview.skipped)} bestanden zijn niet meegeteld (geen dossier, versleuteld, "
                    "beschadigd of van een nieuwere versie).", italic=True)


def _themes(b: DocumentBuilder, overview: Overview) -> None:
    b.place("thema's")
    b.heading("Terugkerende thema's", 1)
    recurring = [t for t in overview.themes if t.recurring]
    if not recurring:
        b.paragraph("Geen thema kwam in twee of meer reviews terug.", italic=True)
    else:
        b.paragraph("Een thema telt als terugkerend wanneer het in twee of meer reviews voorkomt.")
        b.table(["Thema", "Dossiers", "Conclusies", "Afspraken"],
                [[t.name, str(t.cases), str(t.conclusions), str(t.agreements)] for t in recurring],
                [9.0, 2.2, 2.7, 2.7], label="thema's")
    once = len(overview.themes) - len(recurring)
    if once:
        b.paragraph(f"{once} andere thema's kwamen in één review voor.")
    if overview.themes:
        b.picture(render_theme_years_png(overview.themes, width_in=b.text_width_cm / 2.54), b.text_width_cm,
                  label="themagrafiek", alt_text=_chart_description(overview))
        b.extra_texts.extend(("themagrafiek", t.name) for t in overview.themes)


def _chart_description(overview: Overview) -> str:
    """The chart in words, for screen readers: per theme the number of cases per year."""
    parts = []
    for theme in overview.themes[:15]:
        years = ", ".join(f"{n} in {y}" for y, n in sorted(theme.years.items()))
        parts.append(f"{theme.name}: {years}")
    return "Aantal dossiers per thema en jaar. " + "; ".join(parts) + "."


def _agreements(b: DocumentBuilder, overview: Overview) -> None:
    b.place("afspraken")
    b.heading("Stand van de afspraken", 1)
    counts = overview.status_counts()
    overdue = sum(1 for r in overview.agreements if r.overdue)
    total = len(overview.agreements)
    if not total:
        b.paragraph("Er zijn geen verbeterafspraken gemaakt.", italic=True)
        return
    b.paragraph(f"{total} afspraken; stand op {format_dutch(overview.as_of)}.", keep_with_next=True)
    rows: list[list[str | Cell]] = [[AGREEMENT_STATUS_LABELS[s], str(counts[s])] for s in AgreementStatus]
    rows.append([Cell("te laat (open of in uitvoering, datum verstreken)", bold=True, fill=OVERDUE_FILL if overdue else ""),
                 Cell(str(overdue), bold=True, fill=OVERDUE_FILL if overdue else "")])
    b.table(["Status", "Afspraken"], rows, [10.0, 3.0], label="afspraken status")
    b.heading("Soort afspraak", 2)
    by_kind = Counter((r.agreement.kind, r.agreement.status) for r in overview.agreements)
    kind_rows = []
    for kind in AgreementKind:
        cells = [str(by_kind[(kind, s)]) for s in AgreementStatus]
        kind_rows.append([AGREEMENT_KIND_LABELS[kind], *cells, str(sum(by_kind[(kind, s)] for s in AgreementStatus))])
    b.table(["Soort", *(AGREEMENT_STATUS_LABELS[s] for s in AgreementStatus), "Totaal"], kind_rows,
            [4.4, 1.7, 2.8, 1.9, 2.9, 1.9], label="afspraken soort")
    kinds = Counter(r.agreement.kind for r in overview.agreements)
    new, improve = kinds[AgreementKind.NEW_MEASURE], kinds[AgreementKind.IMPROVE_EXISTING]
    if new > improve:
        b.paragraph(f"Er staan meer nieuwe maatregelen ({new}) dan verbeteringen van bestaande werkwijzen "
                    f"({improve}). Regel 4: kan een bestaande werkwijze het ook oplossen?", bold="Let op: ")


def _recurrence(b: DocumentBuilder, overview: Overview, texts: OverviewTexts) -> None:
    b.place("terug na afronding")
    b.heading("Terug na afronding", 1)
    if not overview.recurrences:
        b.paragraph("Geen thema kwam terug in een latere review nadat een afspraak erover was afgerond.", italic=True)
        return
    b.paragraph("Een thema dat in een latere review terugkomt nadat een afspraak met dat thema als gereed was "
                "gemeld: werkte de afspraak, of kwam het probleem langs een andere weg terug?")
    rows = [[short_label(r.theme, 60), f"{texts.label(r.done_case)}: {texts.p(r.done_case, r.done_agreement.action)}",
             format_dutch(_day(r.done_on)) or "datum onbekend", texts.label(r.later_case)]
            for r in overview.recurrences]
    b.table(["Thema", "Afgeronde afspraak", "Gereed gemeld", "Later terug in"], rows, [5.0, 6.0, 3.0, 3.0],
            label="terug na afronding")


def _day(iso: str | None):
    from datetime import date

    return date.fromisoformat(iso) if iso else None


def _conclusions(b: DocumentBuilder, overview: Overview, texts: OverviewTexts) -> None:
    b.place("conclusies")
    b.heading("Conclusies per terugkerend thema", 1)
    recurring = [t for t in overview.themes if t.recurring]
    if not recurring:
        b.paragraph("Geen terugkerende thema's.", italic=True)
    for theme in recurring:
        b.heading(theme.name, 2, toc=False)
        for passage in overview.conclusions_by_theme.get(theme.key, []):
            b.bullet(texts.p(passage.case, passage.text), bold=f"{texts.label(passage.case)}: ",
                     label=f"conclusie {texts.label(passage.case)}")


def _went_well(b: DocumentBuilder, overview: Overview, texts: OverviewTexts) -> None:
    b.place("wat ging goed")
    b.heading("Wat ging goed", 1)
    if not overview.went_well:
        b.paragraph("Er is niets vastgelegd als 'ging goed'.", italic=True)
    for passage in overview.went_well:
        b.bullet(texts.p(passage.case, passage.text), bold=f"{texts.label(passage.case)}: ",
                 label=f"ging goed {texts.label(passage.case)}")


def export_jaaroverzicht(overview: Overview, out: Path, *, cite: str = "nummer", template: Path | None = None,
                         progress: Progress = NO_PROGRESS) -> Path:
    """Write the jaaroverzicht to ``out`` (all or nothing)."""
    out = Path(out)
    check_target(out)
    builder = build_jaaroverzicht(overview, cite=cite, template=template, progress=progress)
    write_atomically(out, builder.save)
    return out
