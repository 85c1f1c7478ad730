"""Reading other organisations' lessons from the region's register: by theme, level and year.

The register holds only leak-checked leerbrief text and codes, so what is read
here can be shown as it is. Each case counts once per organisation (its latest
version); withdrawn lessons stay out. Reading connects to the register, so it
is only called when the user asks for it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, select

from casereview.casefile.case_file import CaseFile
from casereview.register.schema import RegisterAgreement, RegisterLesson, RegisterLessonTheme
from casereview.register.service import Register, open_register

_LESSON = RegisterLesson.__table__  # type: ignore[attr-defined]
_THEME = RegisterLessonTheme.__table__  # type: ignore[attr-defined]
_AGREEMENT = RegisterAgreement.__table__  # type: ignore[attr-defined]
_PUBLISHED = "published"
CONTINUITY_CODE = "rd-continuiteit"  # the rode draad of hand-overs and gaps in who held the child


@dataclass
class RegionalLesson:
    """One organisation's current lesson about one case, as the register holds it."""

    organisation: str
    year: int | None
    quarter: str
    themes: list[str]
    story: str
    circumstances: str
    mechanisms: str
    went_well: str
    lessons: str
    agreements: list[dict[str, Any]] = field(default_factory=list)  # {"kind", "level", "count"}

    def to_json(self) -> dict[str, Any]:
        return {"organisation": self.organisation, "year": self.year, "quarter": self.quarter,
                "themes": self.themes, "story": self.story, "circumstances": self.circumstances,
                "mechanisms": self.mechanisms, "went_well": self.went_well,
                "lessons": [line for line in self.lessons.splitlines() if line.strip()],
                "agreements": self.agreements}


def _current():  # noqa: ANN202  (a SQLAlchemy subquery: each case's latest version per organisation)
    latest = (select(_LESSON.c.case_uuid, _LESSON.c.organisation, func.max(_LESSON.c.version).label("version"))
              .group_by(_LESSON.c.case_uuid, _LESSON.c.organisation).subquery())
    return (select(_LESSON).join(latest, and_(_LESSON.c.case_uuid == latest.c.case_uuid,
                                              _LESSON.c.organisation == latest.c.organisation,
                                              _LESSON.c.version == latest.c.version))
            .where(_LESSON.c.status == _PUBLISHED)).subquery()


def read_lessons(register: Register, *, themes: Iterable[str] = (), level: str | None = None,
                 year: int | None = None, leave_out_case: str | None = None) -> list[RegionalLesson]:
    """Current lessons with any of ``themes`` (all when none given), with an agreement at ``level``, of ``year``.

    ``leave_out_case`` (a case UUID) keeps a case's own lessons out of "lessons from the region".
    """
    wanted = set(themes)
    current = _current()
    with register.reading() as conn:
        rows = conn.execute(select(current).order_by(current.c.year.desc(), current.c.organisation,
                                                     current.c.id)).mappings().all()
        codes: dict[int, list[str]] = {}
        for lesson_id, code in conn.execute(select(_THEME.c.lesson_id, _THEME.c.code)
                                            .join(current, current.c.id == _THEME.c.lesson_id)
                                            .order_by(_THEME.c.code)):
            codes.setdefault(lesson_id, []).append(code)
        agreements: dict[int, list[dict[str, Any]]] = {}
        for a in conn.execute(select(_AGREEMENT).join(current, current.c.id == _AGREEMENT.c.lesson_id)
                              .order_by(_AGREEMENT.c.kind, _AGREEMENT.c.level)).mappings():
            agreements.setdefault(a["lesson_id"], []).append({"kind": a["kind"], "level": a["level"],
                                                              "count": a["count"]})
    out = []
    for r in rows:
        lesson_codes = codes.get(r["id"], [])
        kinds = agreements.get(r["id"], [])
        if wanted and not wanted & set(lesson_codes):
            continue
        if level is not None and not any(a["level"] == level for a in kinds):
            continue
        if year is not None and r["year"] != year:
            continue
        if leave_out_case is not None and r["case_uuid"] == leave_out_case:
            continue
        out.append(RegionalLesson(r["organisation"], r["year"], r["review_quarter"] or r["published_quarter"],
                                  lesson_codes, r["story"], r["circumstances"], r["mechanisms"], r["went_well"],
                                  r["lessons"], kinds))
    return out


def regional_lessons(raw: str, *, themes: Iterable[str] = (), leave_out_case: str | None = None,
                     limit: int = 5) -> list[RegionalLesson]:
    """For the preparation pack: a few current lessons sharing the case's themes, most recent first."""
    with open_register(raw) as register:
        return read_lessons(register, themes=themes, leave_out_case=leave_out_case)[:limit]


def case_theme_codes(case: CaseFile) -> list[str]:
    """The theme codes a case is about, to find similar lessons: those of its conclusions and agreements, and
    continuity of care when its timeline shows a gap in who held the child (so a pack sent before the
    meeting, with no conclusions yet, still finds lessons about hand-overs)."""
    from casereview.model.tables import AgreementThemeLink, ConclusionThemeLink, Theme
    from casereview.timeline.responsibility import responsibility_map

    with case.read() as s:
        conn = s.connection()
        links = (ConclusionThemeLink.__table__, AgreementThemeLink.__table__)  # type: ignore[attr-defined]
        linked = {theme_id for table in links for theme_id in conn.execute(select(table.c.theme_id)).scalars()}
        themes = Theme.__table__  # type: ignore[attr-defined]
        codes = [code for theme_id, code in conn.execute(select(themes.c.id, themes.c.code).order_by(themes.c.id))
                 if theme_id in linked and code]
    if responsibility_map(case).gaps and CONTINUITY_CODE not in codes:
        codes.append(CONTINUITY_CODE)
    return codes
