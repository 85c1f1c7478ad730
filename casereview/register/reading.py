"""Reading the register: each case's current lesson per organisation, and the region's counts per theme.

Lists show each case's latest row per organisation and leave out withdrawn
ones (on a SQLite register, the latest row whose signature verifies); counts
under :data:`MIN_SHOWN` are hidden.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import RowMapping, Select, and_, func, inspect, select

from casereview.register.opening import Register, open_register
from casereview.register.publishing import LESSON, PUBLISHED, WITHDRAWN
from casereview.register.schema import RegisterAgreement, RegisterLessonTheme, RegisterModel, RegisterOrganisation
from casereview.register.signing import BY_ROLE, INVALID, payload, verify

MIN_SHOWN = 3
"""Counts under this are hidden: small numbers can point to one family."""
_THEME = RegisterLessonTheme.__table__  # type: ignore[attr-defined]
_AGREEMENT = RegisterAgreement.__table__  # type: ignore[attr-defined]
_ORGANISATION = RegisterOrganisation.__table__  # type: ignore[attr-defined]


def _current_lessons() -> Select[Any]:
    latest = (select(LESSON.c.case_uuid, LESSON.c.organisation, func.max(LESSON.c.version).label("version"))
              .group_by(LESSON.c.case_uuid, LESSON.c.organisation).subquery())
    return (select(LESSON).join(latest, and_(LESSON.c.case_uuid == latest.c.case_uuid,
                                              LESSON.c.organisation == latest.c.organisation,
                                              LESSON.c.version == latest.c.version))
            .where(LESSON.c.status == PUBLISHED))


def list_lessons(register: Register) -> list[dict[str, Any]]:
    """The current lessons: each case's latest version per organisation, withdrawn ones left out.

    On a SQLite register each row's signature is checked (:mod:`casereview.register.signing`):
    a newer row that does not verify is not followed (its version is listed under
    ``unverified_versions``), so a forged withdrawal cannot hide a lesson; a lesson with no row
    that verifies is shown marked ``"signature": "invalid"``.
    """
    sqlite = register.target.is_sqlite
    query: Select[Any] = select(LESSON) if sqlite else _current_lessons()
    source = query.subquery()
    with register.reading() as conn:
        rows = conn.execute(select(source).order_by(source.c.organisation, source.c.case_uuid,
                                                    source.c.version.desc())).mappings().all()
        themes: dict[int, list[str]] = {}
        for lesson_id, code in conn.execute(select(_THEME.c.lesson_id, _THEME.c.code)
                                            .join(source, source.c.id == _THEME.c.lesson_id)
                                            .order_by(_THEME.c.code)):
            themes.setdefault(lesson_id, []).append(code)
        agreements: dict[int, list[dict[str, Any]]] = {}
        for a in conn.execute(select(_AGREEMENT).join(source, source.c.id == _AGREEMENT.c.lesson_id)
                              .order_by(_AGREEMENT.c.id)).mappings():
            agreements.setdefault(a["lesson_id"], []).append({"kind": a["kind"], "level": a["level"],
                                                              "count": a["count"]})
        keys: dict[str, str | None] = {name: key for name, key in
                                        conn.execute(select(_ORGANISATION.c.name, _ORGANISATION.c.public_key))}
    if sqlite:
        shown = list(_trusted_current(rows, themes, agreements, keys))
    else:
        shown = [(r, BY_ROLE, []) for r in rows]
    return [{
        "case": r["case_uuid"], "organisation": r["organisation"], "version": r["version"],
        "themes": themes.get(r["id"], []), "quarter": r["review_quarter"], "year": r["year"],
        "published": r["published_quarter"],
        "organisation_kinds": [k for k in r["organisation_kinds"].split(",") if k],
        "agreements": agreements.get(r["id"], []),
        "lessons": [line for line in r["lessons"].splitlines() if line.strip()],
        "status": r["status"], "signature": status, "unverified_versions": skipped,
    } for r, status, skipped in shown]


def _trusted_current(rows: Sequence[RowMapping], themes: dict[int, list[str]],
                     agreements: dict[int, list[dict[str, Any]]],
                     keys: dict[str, str | None]) -> Iterator[tuple[RowMapping, str, list[int]]]:
    """Per case and organisation (rows newest first): the newest row that verifies, and the versions passed over."""
    for _, group in itertools.groupby(rows, key=lambda r: (r["organisation"], r["case_uuid"])):
        versions = list(group)
        skipped: list[int] = []
        chosen, status = versions[0], INVALID
        for row in versions:
            found = verify(keys.get(row["organisation"]),
                           payload(row, themes.get(row["id"], []), agreements.get(row["id"], [])), row["signature"])
            if found != INVALID:
                chosen, status = row, found
                break
            skipped.append(row["version"])
        if status != INVALID and chosen["status"] == WITHDRAWN:
            if not skipped:
                continue
            chosen, status = versions[0], INVALID  # a row passed over after a withdrawal: show it, marked
        yield chosen, status, [v for v in skipped if v != chosen["version"]]


@dataclass
class ThemeCount:
    """Regional counts for one theme code; a count under :data:`MIN_SHOWN` is None (hidden)."""

    code: str
    lessons: int | None
    organisations: int | None
    per_year: dict[str, int | None] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _shown(n: int) -> int | None:
    return n if n >= MIN_SHOWN else None


def theme_counts(register: Register) -> list[ThemeCount]:
    """Per theme code: current lessons, organisations and lessons per year, small counts hidden."""
    current = _current_lessons().subquery()
    with register.reading() as conn:
        rows = conn.execute(select(_THEME.c.code, current.c.organisation, current.c.year)
                            .join(current, current.c.id == _THEME.c.lesson_id)).all()
    lessons: dict[str, int] = {}
    organisations: dict[str, set[str]] = {}
    years: dict[str, dict[str, int]] = {}
    for code, organisation, year in rows:
        lessons[code] = lessons.get(code, 0) + 1
        organisations.setdefault(code, set()).add(organisation)
        per = years.setdefault(code, {})
        per[str(year)] = per.get(str(year), 0) + 1
    return [ThemeCount(code, _shown(lessons[code]), _shown(len(organisations[code])),
                       {y: _shown(n) for y, n in sorted(years[code].items())})
            for code in sorted(lessons)]


def regional_theme_counts(raw: str) -> list[ThemeCount]:
    """For the overview across cases: the region's theme counts from the configured register.

    Connects only now, when the user opens the regional view.
    """
    with open_register(raw) as register:
        return theme_counts(register)


def table_names(register: Register) -> list[str]:
    with register.reading() as conn:
        return sorted(inspect(conn).get_table_names())


def all_metadata_tables() -> list[str]:
    return sorted(RegisterModel.metadata.tables)
