"""A register made by an older casereview (schema r0001) is brought up to date by opening it."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from register_cases import imported_case

from casereview.register.connection import parse_register
from casereview.register.schema import RegisterModel
from casereview.register.service import Register, head_revision, list_lessons, make_engine, migrate, open_register
from casereview.register.service import publish as publish_lesson


def _old_register(url: str) -> None:
    """Build the first register schema with its own step, and one lesson the way it was written then."""
    target = parse_register(url)
    register = Register(target, make_engine(target, create=True))
    try:
        migrate(register, "r0001")
        with register.writing() as conn:
            conn.execute(sa.text("INSERT INTO register_organisation (name) VALUES ('Wijkteam Oost')"))
            conn.execute(sa.text(
                "INSERT INTO register_lesson (case_uuid, organisation, version, status, published_quarter, "
                "review_quarter, lessons) VALUES ('oud-1', 'Wijkteam Oost', 1, 'published', '2025-K1', "
                "'2024-K3', 'Een oude les')"))
            conn.execute(sa.text("INSERT INTO register_lesson_theme (lesson_id, code) VALUES "
                                 "((SELECT id FROM register_lesson WHERE case_uuid = 'oud-1'), 'signalen')"))
        assert register.revision() == "r0001"
    finally:
        register.close()


def test_an_older_register_is_migrated_and_keeps_its_lessons(register_url: str, register_backend: str,
                                                             tmp_path: Path) -> None:
    _old_register(register_url)
    with open_register(register_url) as register:
        assert register.revision() == head_revision() != "r0001"
        lessons = list_lessons(register)
        assert [(item["case"], item["version"], item["year"], item["themes"]) for item in lessons] == [
            ("oud-1", 1, 2024, ["signalen"])]  # the year came from the review's quarter
        with register.reading() as conn:  # the migrated database has exactly the shape the models describe
            context = MigrationContext.configure(conn)
            differences = [d for d in compare_metadata(context, RegisterModel.metadata)
                           if not (isinstance(d, tuple) and d[0] in ("remove_table",))]
        assert differences == []
        if register_backend == "sqlite":
            case = imported_case(tmp_path / "nieuw.casereview")
            try:
                assert publish_lesson(case, register, "Wijkteam Oost").version == 1
            finally:
                case.close()
            assert len(list_lessons(register)) == 2


def test_a_role_two_organisations_shared_is_taken_from_both(register_url: str) -> None:
    """Names cut to the same 63 characters shared a role; the step takes it from both until init runs again."""
    target = parse_register(register_url)
    register = Register(target, make_engine(target, create=True))
    try:
        migrate(register, "r0002")
        with register.writing() as conn:
            conn.execute(sa.text("INSERT INTO register_organisation (name, role_name) VALUES "
                                 "('Jeugdzorg Noord', 'crv_jeugdzorg_noord'), ('Jeugdzorg-Noord', 'crv_jeugdzorg_noord'),"
                                 " ('Veilig Thuis', 'crv_veilig_thuis')"))
        migrate(register)
        with register.reading() as conn:
            roles = dict(conn.execute(sa.text("SELECT name, role_name FROM register_organisation")).all())
    finally:
        register.close()
    assert roles == {"Jeugdzorg Noord": None, "Jeugdzorg-Noord": None, "Veilig Thuis": "crv_veilig_thuis"}
