"""Publishing leerbrieven to a region's register and withdrawing them.

Every publication is a new row: publishing again adds the next version, a
withdrawal adds a row marked ``withdrawn``, so the history stays in the
register. Only the leak-checked leerbrief text and codes are written; the
preview (:func:`prepare_publication`) is exactly the set of values
:func:`publish` inserts.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, func, insert, select

from casereview.casefile.case_file import CaseFile
from casereview.findings.leerbrief import quarter_of
from casereview.register.connection import RegisterError
from casereview.register.names import clean_organisation
from casereview.register.opening import Register
from casereview.register.organisations import check_organisation, signing_key
from casereview.register.schema import RegisterAgreement, RegisterLesson, RegisterLessonTheme
from casereview.register.signing import payload, sign
from casereview.reports.leerbrief import checked_content

PUBLISHED = "published"
WITHDRAWN = "withdrawn"
LESSON = RegisterLesson.__table__  # type: ignore[attr-defined]
_THEME = RegisterLessonTheme.__table__  # type: ignore[attr-defined]
_AGREEMENT = RegisterAgreement.__table__  # type: ignore[attr-defined]


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
    top = conn.execute(select(func.max(LESSON.c.version)).where(
        LESSON.c.case_uuid == case_uuid, LESSON.c.organisation == organisation)).scalar()
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
        check_organisation(conn, register, publication.organisation)
        signer = signing_key(conn, publication.organisation) if register.target.is_sqlite else None
        publication.version = next_version(conn, publication.case, publication.organisation)
        write_publication(conn, publication, signer)
    return publication


def record_in_case(case: CaseFile, action: str, detail: str) -> None:
    """Note in the case's change log what went to the register (not possible in a read-only case)."""
    if not case.read_only:
        with case.write("register", action, detail):
            pass


def write_publication(conn: Connection, p: Publication, signer: Ed25519PrivateKey | None = None) -> int:
    """Insert the rows of one publication; with ``signer`` (a SQLite register) the lesson row carries its signature."""
    values: dict[str, Any] = {
        "case_uuid": p.case, "organisation": p.organisation, "version": p.version, "status": p.status,
        "published_quarter": p.published_quarter, "review_quarter": p.review_quarter, "year": p.year,
        "organisation_kinds": ",".join(p.organisation_kinds), **p.texts}
    if signer is not None:
        values["signature"] = sign(signer, payload(values, p.themes, p.agreements))
    lesson_id = conn.execute(insert(LESSON).values(**values)).inserted_primary_key[0]  # type: ignore[index]
    if p.themes:
        conn.execute(insert(_THEME), [{"lesson_id": lesson_id, "code": code} for code in p.themes])
    if p.agreements:
        conn.execute(insert(_AGREEMENT), [{"lesson_id": lesson_id, **a} for a in p.agreements])
    return int(lesson_id)


def withdraw(case: CaseFile, register: Register, organisation: str, *, today: date | None = None) -> int:
    """Add a withdrawal as the next version; the earlier versions stay as history. Returns its version."""
    version = withdraw_lesson(register, case.case().uuid, organisation, today=today)
    record_in_case(case, "withdraw", f"leerbrief ingetrokken (versie {version})")
    return version


def withdraw_lesson(register: Register, case_uuid: str, organisation: str, *, today: date | None = None) -> int:
    """The register part of :func:`withdraw` (safe off the GUI thread)."""
    org = clean_organisation(organisation)
    with register.writing() as conn:
        check_organisation(conn, register, org)
        signer = signing_key(conn, org) if register.target.is_sqlite else None
        latest = conn.execute(select(LESSON.c.status).where(
            LESSON.c.case_uuid == case_uuid, LESSON.c.organisation == org)
            .order_by(LESSON.c.version.desc())).first()
        if latest is None:
            raise RegisterError(code="register.not_published", organisation=org)
        if latest[0] == WITHDRAWN:
            raise RegisterError(code="register.already_withdrawn", organisation=org)
        quarter = quarter_of(today or date.today())
        version = next_version(conn, case_uuid, org)
        write_publication(conn, Publication(case=case_uuid, organisation=org, version=version,
                                            published_quarter=quarter, review_quarter="", year=int(quarter[:4]),
                                            organisation_kinds=[], themes=[], agreements=[], texts={},
                                            status=WITHDRAWN), signer)
    return version
