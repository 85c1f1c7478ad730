"""The organisations that publish: their names, and on PostgreSQL their database roles and grants."""

from __future__ import annotations

from collections.abc import Iterable

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Connection, insert, select, text

from casereview.register.connection import RegisterError
from casereview.register.migrations.env_settings import VERSION_TABLE
from casereview.register.names import clean_organisation, role_name, shown_organisation
from casereview.register.opening import Register, open_register
from casereview.register.schema import RegisterOrganisation
from casereview.register.signing import local_key, public_text

PUBLISHER_ROLE = "casereview_publisher"
ORGANISATION = RegisterOrganisation.__table__  # type: ignore[attr-defined]


def init_register(raw: str, organisations: Iterable[str] = ()) -> Register:
    """Create (or bring up to date) a register; on PostgreSQL also the publishers' roles and grants."""
    orgs = [clean_organisation(o) for o in organisations]
    register = open_register(raw, create=True)
    try:
        with register.writing() as conn:
            if register.target.is_sqlite:
                for org in orgs:
                    ensure_organisation(conn, org, None)
            else:
                _postgres_roles(conn, orgs)
    except BaseException:
        register.close()
        raise
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
        role = _role_for(conn, org)
        conn.execute(text(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                          f"THEN CREATE ROLE {role} LOGIN; END IF; END $$"))
        conn.execute(text(f"GRANT {PUBLISHER_ROLE} TO {role}"))
        ensure_organisation(conn, org, role)


def _role_for(conn: Connection, organisation: str) -> str:
    """The organisation's role: the one it already has, or one derived from its name; never another's."""
    known = conn.execute(select(ORGANISATION.c.role_name).where(ORGANISATION.c.name == organisation)).scalar()
    role = known or role_name(organisation)
    holder = conn.execute(select(ORGANISATION.c.name).where(ORGANISATION.c.role_name == role,
                                                            ORGANISATION.c.name != organisation)).scalar()
    if holder is not None:
        raise RegisterError(code="register.role_taken", role=role, holder=shown_organisation(holder),
                            organisation=organisation)
    return role


def ensure_organisation(conn: Connection, name: str, role: str | None) -> None:
    known = conn.execute(select(ORGANISATION.c.name).where(ORGANISATION.c.name == name)).first()
    if known is None:
        conn.execute(insert(ORGANISATION).values(name=name, role_name=role))
    elif role is not None:
        conn.execute(ORGANISATION.update().where(ORGANISATION.c.name == name).values(role_name=role))


def organisation_roles(register: Register) -> dict[str, str]:
    """Each organisation and the database role it logs in as (PostgreSQL; empty on SQLite)."""
    with register.reading() as conn:
        rows = conn.execute(select(ORGANISATION.c.name, ORGANISATION.c.role_name)
                            .where(ORGANISATION.c.role_name.is_not(None)).order_by(ORGANISATION.c.name)).all()
    return {name: role for name, role in rows}


def signing_key(conn: Connection, organisation: str) -> Ed25519PrivateKey:
    """This computer's key for the organisation, registered on first use; refused when the register holds another.

    The organisation's row must exist (:func:`check_organisation`).
    """
    registered = conn.execute(select(ORGANISATION.c.public_key).where(ORGANISATION.c.name == organisation)).scalar()
    key = local_key(organisation, create=registered is None)
    if registered is None and key is not None:
        conn.execute(ORGANISATION.update().where(ORGANISATION.c.name == organisation)
                     .values(public_key=public_text(key)))
        return key
    if key is None or public_text(key) != registered:
        raise RegisterError(code="register.other_key", organisation=organisation)
    return key


def check_organisation(conn: Connection, register: Register, organisation: str) -> None:
    """SQLite: an organisation joins by publishing. PostgreSQL: the administrator gave it a role."""
    if register.target.is_sqlite:
        ensure_organisation(conn, organisation, None)
        return
    known = conn.execute(select(ORGANISATION.c.role_name).where(ORGANISATION.c.name == organisation)).first()
    if known is None:
        raise RegisterError(code="register.unknown_organisation", organisation=organisation)
