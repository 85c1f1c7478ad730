"""The leerbrief: the chair's anonymised learning note, and the coded facts that go with it.

The chair writes the texts for outsiders (no names, no places, no dates finer
than a quarter); everything else is derived from the case as codes: the kinds
of organisations involved, the quarter, the theme codes and the agreements by
kind and level. Owners' names, participants and event dates never enter the
content, so what leaves is the chair's words plus codes. The leak check runs on
top of this in :mod:`casereview.reports.leerbrief`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlmodel import select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import (
    Agreement,
    AgreementThemeLink,
    ConclusionThemeLink,
    Leerbrief,
    Participant,
    Party,
    Pseudonym,
    Theme,
    TimelineEvent,
)
from casereview.vocabulary import LEERBRIEF_PLACE_LABELS, DatePrecision, PartyCategory

TEXT_FIELDS = ("target_group", "circumstances", "story", "mechanisms", "went_well", "lessons")
FIELD_LABELS = {key: LEERBRIEF_PLACE_LABELS[key] for key in TEXT_FIELDS}
NO_OWNER_LEVEL = "unassigned"


def theme_code(theme: Theme) -> str:
    """The theme's stable code, or its name folded to a code when the case has none yet."""
    if theme.code:
        return theme.code
    folded = unicodedata.normalize("NFKD", theme.name).encode("ascii", "ignore").decode().lower()
    code = re.sub(r"[^a-z0-9]+", "-", folded).strip("-")
    if len(code) > 40:
        code = code[:41].rsplit("-", 1)[0]
    return code or "thema"


@dataclass(frozen=True)
class AgreementCount:
    kind: str
    level: str  # where it lands (AgreementLevel: team, organisation, chain, ...), never an owner
    count: int


@dataclass
class LeerbriefContent:
    """Everything a leerbrief or a register row holds: texts plus codes, nothing else."""

    case_uuid: str
    ready: bool
    quarter: str
    organisation_kinds: list[str]
    texts: dict[str, str]
    themes: list[str]
    theme_names: dict[str, str] = field(default_factory=dict)
    agreements: list[AgreementCount] = field(default_factory=list)

    @property
    def lessons(self) -> list[str]:
        return [line.strip() for line in self.texts.get("lessons", "").splitlines() if line.strip()]


def quarter_of(day: date | None) -> str:
    """``"2026-K2"`` for a date in April–June 2026; empty without a date. No finer date ever leaves."""
    if day is None:
        return ""
    return f"{day.year}-K{(day.month - 1) // 3 + 1}"


def load_leerbrief(case: CaseFile) -> Leerbrief:
    """The case's leerbrief; an empty, unsaved one when the chair has not started it."""
    with case.read() as s:
        return s.exec(select(Leerbrief)).first() or Leerbrief()


def save_leerbrief(case: CaseFile, **values: str | bool) -> Leerbrief:
    """Store changed fields at once; any change to a text takes the "klaar om te delen" mark away."""
    unknown = set(values) - set(TEXT_FIELDS) - {"ready"}
    if unknown:
        raise CaseFileError(code="leerbrief.unknown_part", items=', '.join(sorted(unknown)))
    with case.write("leerbrief", "edit", ", ".join(sorted(values))) as s:
        row = s.exec(select(Leerbrief)).first() or Leerbrief()
        changed_text = False
        for key, value in values.items():
            if key == "ready":
                continue
            text = str(value).strip()
            if text != getattr(row, key):
                setattr(row, key, text)
                changed_text = True
        if "ready" in values:
            row.ready = bool(values["ready"])
        elif changed_text:
            row.ready = False
        row.updated_at = datetime.now().replace(microsecond=0)
        s.add(row)
    return row


def leerbrief_content(case: CaseFile) -> LeerbriefContent:
    """The leerbrief's texts and the coded facts from the case."""
    brief = load_leerbrief(case)
    with case.read() as s:
        review = case.case()
        categories = sorted({p.category for p in s.exec(select(Party))
                             if p.category not in (PartyCategory.CLIENT, PartyCategory.EXPERT)})
        themes = {t.id: t for t in s.exec(select(Theme))}
        used = {link.theme_id for link in s.exec(select(ConclusionThemeLink))}
        used |= {link.theme_id for link in s.exec(select(AgreementThemeLink))}
        counts: dict[tuple[str, str], int] = {}
        for a in s.exec(select(Agreement)):
            key = (str(a.kind), str(a.level or NO_OWNER_LEVEL))
            counts[key] = counts.get(key, 0) + 1
    return LeerbriefContent(
        case_uuid=review.uuid,
        ready=brief.ready,
        quarter=quarter_of(review.review_date or review.incident_date),
        organisation_kinds=categories,
        texts={key: getattr(brief, key) for key in TEXT_FIELDS},
        themes=sorted({theme_code(themes[i]) for i in used if i in themes}),
        theme_names={theme_code(themes[i]): themes[i].name for i in used if i in themes},
        agreements=[AgreementCount(kind, level, n) for (kind, level), n in sorted(counts.items())],
    )


def names_in_case(case: CaseFile) -> list[str]:
    """Every real name the case knows: the pseudonym list, participants and agreement owners."""
    with case.read() as s:
        names = [p.real_name for p in s.exec(select(Pseudonym))]
        names += [p.name for p in s.exec(select(Participant))]
        names += [a.owner_person for a in s.exec(select(Agreement)) if a.owner_person.strip()]
    return names


def event_dates(case: CaseFile) -> list[date]:
    """The exact days of the timeline, which the leak check looks for in the leerbrief."""
    with case.read() as s:
        return sorted({e.date_start for e in s.exec(select(TimelineEvent))
                       if e.date_start is not None and e.date_precision == DatePrecision.DAY})
