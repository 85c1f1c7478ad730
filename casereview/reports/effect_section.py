"""The jaaroverzicht's "Werken de maatregelen?": effect checks per theme and per level, across cases.

Its own module so the jaaroverzicht calls it in one line. The sources name the gap:
agreements are counted, but not whether they made care safer.
"""

from __future__ import annotations

from casereview.overview.figures import EFFECT_BUCKETS, Overview
from casereview.reports.docx_builder import DocumentBuilder
from casereview.vocabulary import AGREEMENT_LEVEL_LABELS, AgreementLevel

EFFECT_HEADERS = ("werkt", "werkt deels", "werkt niet", "nog niet gemeten")


def _cells(counts: dict[str, int]) -> list[str]:
    return [str(counts[bucket]) for bucket in EFFECT_BUCKETS]


def exercises_left_out(count: int) -> str:
    """The overview leaves practice reviews out of its figures, and says so."""
    cases = "oefendossier is" if count == 1 else "oefendossiers zijn"
    return f"{count} {cases} niet meegeteld (het voorbeelddossier of een oefening telt niet als echte review)."


def effect_intro(overview: Overview) -> str:
    counts = overview.effect()
    measured = counts["works"] + counts["partly"] + counts["not"]
    total = measured + counts["unmeasured"]
    if not total:
        return "Er zijn geen maatregelen om op effect te toetsen."
    return (f"Van de {total} maatregelen is bij {measured} gemeten of ze werken (de laatste meting telt): "
            f"{counts['works']} werkt, {counts['partly']} werkt deels en {counts['not']} werkt niet. "
            "Afspraken 'geen maatregel nodig' tellen hier niet mee.")


def effect_section(b: DocumentBuilder, overview: Overview, *, level: int = 2) -> None:
    b.place("effect")
    b.heading("Werken de maatregelen?", level)
    b.paragraph(effect_intro(overview))
    if not overview.agreements:
        return
    names = {t.key: t.name for t in overview.themes}
    by_theme = overview.effect_by_theme()
    theme_rows = [[names.get(key, key), *_cells(counts)] for key, counts in by_theme.items()
                  if any(counts.values())]
    theme_rows.sort(key=lambda row: (-sum(int(c) for c in row[1:]), row[0]))
    if theme_rows:
        b.table(["Thema", *EFFECT_HEADERS], theme_rows, [7.4, 1.7, 2.1, 1.9, 2.9], label="effect per thema")
    by_level = overview.effect_by_level()
    order = [str(lv) for lv in AgreementLevel] + [""]
    level_rows = [[AGREEMENT_LEVEL_LABELS.get(key, "geen niveau gekozen"), *_cells(by_level[key])]
                  for key in order if key in by_level and any(by_level[key].values())]
    if level_rows:
        b.table(["Niveau", *EFFECT_HEADERS], level_rows, [7.4, 1.7, 2.1, 1.9, 2.9], label="effect per niveau")
