"""Publishing leerbrieven to a region's register, withdrawing them, and reading the register.

Every publication is a new row: publishing again adds the next version, a
withdrawal adds a row marked ``withdrawn``. Lists show each case's latest row
per organisation and leave out withdrawn ones, so the history stays in the
register while readers only see what is current. Only the leak-checked
leerbrief text and codes are written; the preview (:func:`prepare_publication`)
is exactly the set of values :func:`publish` inserts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine, and_, func, insert, inspect, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, ProgrammingError

from casereview.casefile.case_file import CaseFile
from casereview.findings.leerbrief import quarter_of
from casereview.register.connection import RegisterError, RegisterTarget, make_engine, parse_register
from casereview.register.migrations.env_settings import VERSION_TABLE
from casereview.register.schema import (
    RegisterAgreement,
    RegisterLesson,
    RegisterLessonTheme,
    RegisterModel,
    RegisterOrganisation,
)
from casereview.reports.leerbrief import checked_content

MIN_SHOWN = 3
"""Counts under this are hidden: small numbers can point to one family."""
PUBLISHED = "published"
WITHDRAWN = "withdrawn"
PUBLISHER_ROLE = "casereview_publisher"
CASE_FILE_APPLICATION_ID = 0x43525631
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
_LESSON = RegisterLesson.__table__  # type: ignore[attr-defined]
_THEME = RegisterLessonTheme.__table__  # type: ignore[attr-defined]
_AGREEMENT = RegisterAgreement.__table__  # type: ignore[attr-defined]
_ORGANISATION = RegisterOrganisation.__table__  # type: ignore[attr-defined]


def alembic_config(conn: Connection) -> Config:
    """Alembic's configuration built in code: the steps ship inside the package, no alembic.ini."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config(None)).get_current_head()  # type: ignore[arg-type]
    assert head is not None
    return head


class Register:
    """An open register. Connections are short: one per command, none kept open in between."""

    def __init__(self, target: RegisterTarget, engine: Engine) -> None:
        self.target = target
        self.engine = engine

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        with _translated(self.target), self.engine.connect() as conn:
            conn.execution_options(write=True)
            with conn.begin():
                yield conn

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        with _translated(self.target), self.engine.connect() as conn, conn.begin():
            yield conn

    def revision(self) -> str | None:
        with self.reading() as conn:
            return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Register:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextmanager
def _translated(target: RegisterTarget) -> Iterator[None]:
    """Database errors as a Dutch sentence naming the register (never with its password)."""
    try:
        yield
    except RegisterError:
        raise
    except IntegrityError as exc:
        raise RegisterError(f"Het register {target.describe()} weigerde de gegevens ({_first_line(exc)}).") from exc
    except (OperationalError, ProgrammingError, DBAPIError) as exc:
        raise RegisterError(f"Het register {target.describe()} is niet bruikbaar: {_first_line(exc)}.") from exc


def _first_line(exc: DBAPIError) -> str:
    return str(exc.orig).strip().splitlines()[0] if exc.orig is not None else type(exc).__name__


def _refuse_foreign_sqlite(target: RegisterTarget, *, create: bool) -> None:
    """Never put register tables into a case file or some other database."""
    path = target.path
    if not path.exists() or path.stat().st_size == 0:
        return
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise RegisterError(f"'{path.name}' is geen register ({exc}).") from exc
    if app_id == CASE_FILE_APPLICATION_ID:
        raise RegisterError(f"'{path.name}' is een casereview-dossier, geen register.")
    if tables and VERSION_TABLE not in tables:
        raise RegisterError(f"'{path.name}' is een andere database, geen casereview-register; er is niets veranderd.")
    if not tables and not create:
        raise RegisterError(f"'{path.name}' is een leeg bestand, geen register. Maak het met: casereview register init")


def open_register(raw: str | RegisterTarget, *, create: bool = False, upgrade: bool = True) -> Register:
    """Open a register (``create``: make it if it is new) and bring an older one up to this casereview's schema."""
    target = raw if isinstance(raw, RegisterTarget) else parse_register(raw)
    if target.is_sqlite:
        _refuse_foreign_sqlite(target, create=create)
    register = Register(target, make_engine(target, create=create))
    try:
        current = register.revision()
        script = ScriptDirectory.from_config(alembic_config(None))  # type: ignore[arg-type]
        if current is not None:
            try:
                script.get_revision(current)
            except CommandError as exc:
                raise RegisterError(f"Het register {target.describe()} is gemaakt door een nieuwere casereview "
                                    f"(schema {current}); werk casereview bij.") from exc
        elif not create:
            raise RegisterError(f"In {target.describe()} staat nog geen register. Maak het met: casereview register init")
        if current != script.get_current_head() and upgrade:
            migrate(register)
    except BaseException:
        register.close()
        raise
    return register


def migrate(register: Register, revision: str = "head") -> None:
    """Run the register's Alembic steps up to ``revision`` in one transaction."""
    try:
        with register.writing() as conn:
            command.upgrade(alembic_config(conn), revision)
    except RegisterError as exc:
        raise RegisterError(f"{exc} Het register kon niet worden bijgewerkt naar deze versie van casereview; "
                            "vraag de beheerder 'casereview register init' te draaien.") from exc


def role_name(organisation: str) -> str:
    """The PostgreSQL role of an organisation: ``crv_`` and its name folded to letters, digits and ``_``."""
    import unicodedata

    folded = unicodedata.normalize("NFKD", organisation).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "_", folded).strip("_")
    if not slug:
        raise RegisterError(f"'{organisation}' is geen bruikbare naam voor een organisatie.")
    return f"crv_{slug}"[:63]


def clean_organisation(name: str) -> str:
    clean = " ".join(name.split())
    if not clean:
        raise RegisterError("Geef de naam van de organisatie op (--organisation).")
    return clean


def init_register(raw: str, organisations: Iterable[str] = ()) -> Register:
    """Create (or bring up to date) a register; on PostgreSQL also the publishers' roles and grants."""
    register = open_register(raw, create=True)
    orgs = [clean_organisation(o) for o in organisations]
    with register.writing() as conn:
        if register.target.is_sqlite:
            for org in orgs:
                _ensure_organisation(conn, org, None)
        else:
            _postgres_roles(conn, orgs)
    return register


def _postgres_roles(conn: Connection, organisations: list[str]) -> None:
    conn.execute(text(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PUBLISHER_ROLE}') "
                      f"THEN CREATE ROLE {PUBLISHER_ROLE} NOLOGIN; END IF; END $$"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {PUBLISHER_ROLE}"))
    conn.execute(text(f"GRANT SELECT ON register_organisation, {VERSION_TABLE} TO {PUBLISHER_ROLE}"))
    # Own rows may be corrected or erased (an erasure request); row-level security keeps others' rows safe.
    conn.execute(text("GRANT SELECT, INSERT, UPDATE, DELETE ON register_lesson, register_lesson_theme, "
                      f"register_agreement TO {PUBLISHER_ROLE}"))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {PUBLISHER_ROLE}"))
    for org in organisations:
        role = role_name(org)
        conn.execute(text(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                          f"THEN CREATE ROLE {role} LOGIN; END IF; END $$"))
        conn.execute(text(f"GRANT {PUBLISHER_ROLE} TO {role}"))
        _ensure_organisation(conn, org, role)


def _ensure_organisation(conn: Connection, name: str, role: str | None) -> None:
    known = conn.execute(select(_ORGANISATION.c.name).where(_ORGANISATION.c.name == name)).first()
    if known is None:
        conn.execute(insert(_ORGANISATION).values(name=name, role_name=role))
    elif role is not None:
        conn.execute(_ORGANISATION.update().where(_ORGANISATION.c.name == name).values(role_name=role))


@dataclass
class Publication:
    """Exactly what leaves the organisation: the values of the rows :func:`publish` writes."""

    case: str
    organisation: str
    version: int
    published_quarter: str
    review_quarter: str
    year: int
    organisation_kinds: list[str]
    themes: list[str]
    agreements: list[dict[str, Any]]
    texts: dict[str, str]
    status: str = PUBLISHED

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        """The preview as Dutch text: every value that would be written, nothing left out."""
        from casereview.findings.leerbrief import FIELD_LABELS
        from casereview.vocabulary import AGREEMENT_KIND_LABELS, AGREEMENT_LEVEL_LABELS, PARTY_CATEGORY_LABELS

        kinds = [PARTY_CATEGORY_LABELS.get(k, k) for k in self.organisation_kinds]  # labels, never the stored keys
        agreements = [f"{a['count']}× {AGREEMENT_KIND_LABELS.get(a['kind'], a['kind'])} "
                      f"({AGREEMENT_LEVEL_LABELS.get(a['level'], 'niveau niet aangegeven')})" for a in self.agreements]
        lines = [f"Register: versie {self.version} van deze leerbrief voor {self.organisation}",
                 f"Dossiercode: {self.case}",
                 f"Kwartaal review: {self.review_quarter or '(onbekend)'}; gepubliceerd: {self.published_quarter}",
                 f"Soorten organisaties: {', '.join(kinds) or '-'}",
                 f"Thema's: {', '.join(self.themes) or '-'}",
                 "Verbeterafspraken: " + (", ".join(agreements) or "-")]
        for key, value in self.texts.items():
            if value:
                lines += ["", f"{FIELD_LABELS.get(key, key)}:", value]
        return "\n".join(lines)


def next_version(conn: Connection, case_uuid: str, organisation: str) -> int:
    top = conn.execute(select(func.max(_LESSON.c.version)).where(
        _LESSON.c.case_uuid == case_uuid, _LESSON.c.organisation == organisation)).scalar()
    return int(top or 0) + 1


def prepare_publication(case: CaseFile, organisation: str, register: Register | None = None, *,
                        today: date | None = None) -> Publication:
    """Check the leerbrief (marked ready, leak check passed) and build what would be written."""
    org = clean_organisation(organisation)
    content = checked_content(case, require_ready=True)
    version = 1
    if register is not None:
        with register.reading() as conn:
            version = next_version(conn, content.case_uuid, org)
    published = quarter_of(today or date.today())
    year_source = content.quarter or published
    return Publication(
        case=content.case_uuid, organisation=org, version=version, published_quarter=published,
        review_quarter=content.quarter, year=int(year_source[:4]), organisation_kinds=content.organisation_kinds,
        themes=content.themes, agreements=[{"kind": a.kind, "level": a.level, "count": a.count}
                                           for a in content.agreements],
        texts=dict(content.texts))


def publish(case: CaseFile, register: Register, organisation: str, *, today: date | None = None) -> Publication:
    """Write the leerbrief as the next version; returns what was written."""
    publication = publish_prepared(register, prepare_publication(case, organisation, register, today=today))
    record_in_case(case, "publish", f"leerbrief versie {publication.version} → regioregister")
    return publication


def publish_prepared(register: Register, publication: Publication) -> Publication:
    """Write a publication the user has seen and signed off (touches only the register, safe off the GUI thread).

    Only the version is settled here, inside the write transaction, in case
    someone published the same case in the meantime.
    """
    with register.writing() as conn:
        _check_organisation(conn, register, publication.organisation)
        publication.version = next_version(conn, publication.case, publication.organisation)
        write_publication(conn, publication)
    return publication


def record_in_case(case: CaseFile, action: str, detail: str) -> None:
    """Note in the case's change log what went to the register (not possible in a read-only case)."""
    if not case.read_only:
        with case.write("register", action, detail):
            pass


def write_publication(conn: Connection, p: Publication) -> int:
    values = {"case_uuid": p.case, "organisation": p.organisation, "version": p.version, "status": p.status,
              "published_quarter": p.published_quarter, "review_quarter": p.review_quarter, "year": p.year,
              "organisation_kinds": ",".join(p.organisation_kinds), **p.texts}
    lesson_id = conn.execute(insert(_LESSON).values(**values)).inserted_primary_key[0]  # type: ignore[index]
    if p.themes:
        conn.execute(insert(_THEME), [{"lesson_id": lesson_id, "code": code} for code in p.themes])
    if p.agreements:
        conn.execute(insert(_AGREEMENT), [{"lesson_id": lesson_id, **a} for a in p.agreements])
    return int(lesson_id)


def _check_organisation(conn: Connection, register: Register, organisation: str) -> None:
    """SQLite: an organisation joins by publishing. PostgreSQL: the administrator gave it a role."""
    if register.target.is_sqlite:
        _ensure_organisation(conn, organisation, None)
        return
    known = conn.execute(select(_ORGANISATION.c.role_name).where(_ORGANISATION.c.name == organisation)).first()
    if known is None:
        raise RegisterError(f"De organisatie '{organisation}' is niet bekend in dit register; vraag de beheerder "
                            f"'casereview register init … --organisation \"{organisation}\"' te draaien.")


def withdraw(case: CaseFile, register: Register, organisation: str, *, today: date | None = None) -> int:
    """Add a withdrawal as the next version; the earlier versions stay as history. Returns its version."""
    version = withdraw_lesson(register, case.case().uuid, organisation, today=today)
    record_in_case(case, "withdraw", f"leerbrief ingetrokken (versie {version})")
    return version


def withdraw_lesson(register: Register, case_uuid: str, organisation: str, *, today: date | None = None) -> int:
    """The register part of :func:`withdraw` (safe off the GUI thread)."""
    org = clean_organisation(organisation)
    with register.writing() as conn:
        _check_organisation(conn, register, org)
        latest = conn.execute(select(_LESSON.c.status).where(
            _LESSON.c.case_uuid == case_uuid, _LESSON.c.organisation == org)
            .order_by(_LESSON.c.version.desc())).first()
        if latest is None:
            raise RegisterError(f"Deze leerbrief staat niet in het register voor {org}; er is niets ingetrokken.")
        if latest[0] == WITHDRAWN:
            raise RegisterError(f"Deze leerbrief is voor {org} al ingetrokken.")
        quarter = quarter_of(today or date.today())
        version = next_version(conn, case_uuid, org)
        write_publication(conn, Publication(case=case_uuid, organisation=org, version=version,
                                            published_quarter=quarter, review_quarter="", year=int(quarter[:4]),
                                            organisation_kinds=[], themes=[], agreements=[], texts={},
                                            status=WITHDRAWN))
    return version


def _current_lessons():  # noqa: ANN202  (a SQLAlchemy subquery)
    latest = (select(_LESSON.c.case_uuid, _LESSON.c.organisation, func.max(_LESSON.c.version).label("version"))
              .group_by(_LESSON.c.case_uuid, _LESSON.c.organisation).subquery())
    return (select(_LESSON).join(latest, and_(_LESSON.c.case_uuid == latest.c.case_uuid,
                                              _LESSON.c.organisation == latest.c.organisation,
                                              _LESSON.c.version == latest.c.version))
            .where(_LESSON.c.status == PUBLISHED))


def list_lessons(register: Register) -> list[dict[str, Any]]:
    """The current lessons: each case's latest version per organisation, withdrawn ones left out."""
    current = _current_lessons().subquery()
    with register.reading() as conn:
        rows = conn.execute(select(current).order_by(current.c.organisation, current.c.case_uuid)).mappings().all()
        themes: dict[int, list[str]] = {}
        for lesson_id, code in conn.execute(select(_THEME.c.lesson_id, _THEME.c.code)
                                            .join(current, current.c.id == _THEME.c.lesson_id)
                                            .order_by(_THEME.c.code)):
            themes.setdefault(lesson_id, []).append(code)
        agreements: dict[int, list[dict[str, Any]]] = {}
        for a in conn.execute(select(_AGREEMENT).join(current, current.c.id == _AGREEMENT.c.lesson_id)
                              .order_by(_AGREEMENT.c.id)).mappings():
            agreements.setdefault(a["lesson_id"], []).append({"kind": a["kind"], "level": a["level"],
                                                              "count": a["count"]})
    return [{
        "case": r["case_uuid"], "organisation": r["organisation"], "version": r["version"],
        "themes": themes.get(r["id"], []), "quarter": r["review_quarter"], "year": r["year"],
        "published": r["published_quarter"],
        "organisation_kinds": [k for k in r["organisation_kinds"].split(",") if k],
        "agreements": agreements.get(r["id"], []),
        "lessons": [line for line in r["lessons"].splitlines() if line.strip()],
    } for r in rows]


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
