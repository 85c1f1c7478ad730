"""On PostgreSQL each organisation's role may read everything but change or delete only its own rows."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from postgres_cluster import Cluster
from register_cases import imported_case

from casereview.register.connection import RegisterError
from casereview.register.service import init_register, list_lessons, open_register, publish, role_name


@pytest.fixture
def two_organisations(postgres: Cluster) -> tuple[str, str, str]:
    url = postgres.create_database("register_rls")
    init_register(url, ["Wijkteam Oost", "Veilig Thuis"]).close()
    return (url, postgres.url("register_rls", role_name("Wijkteam Oost")),
            postgres.url("register_rls", role_name("Veilig Thuis")))


def _rows(engine: sa.Engine, sql: str) -> int:
    with engine.begin() as conn:
        return conn.execute(sa.text(sql)).rowcount


def test_roles_cannot_change_each_others_rows(two_organisations: tuple[str, str, str], tmp_path: Path) -> None:
    _admin, oost_url, vt_url = two_organisations
    case = imported_case(tmp_path / "bakker.casereview")
    try:
        with open_register(oost_url) as register:
            publish(case, register, "Wijkteam Oost")
        with open_register(vt_url) as register:
            publish(case, register, "Veilig Thuis")
            assert {item["organisation"] for item in list_lessons(register)} == {"Wijkteam Oost", "Veilig Thuis"}
            with pytest.raises(RegisterError):  # the policy refuses a row in another organisation's name
                publish(case, register, "Wijkteam Oost")
    finally:
        case.close()
    vt = sa.create_engine(vt_url, poolclass=sa.pool.NullPool)
    oost = sa.create_engine(oost_url, poolclass=sa.pool.NullPool)
    try:
        others = "organisation = 'Wijkteam Oost'"
        assert _rows(vt, f"UPDATE register_lesson SET story = 'overschreven' WHERE {others}") == 0
        assert _rows(vt, f"DELETE FROM register_lesson WHERE {others}") == 0
        assert _rows(vt, "DELETE FROM register_lesson_theme WHERE lesson_id IN "
                         f"(SELECT id FROM register_lesson WHERE {others})") == 0
        assert _rows(vt, "UPDATE register_agreement SET count = 99 WHERE lesson_id IN "
                         f"(SELECT id FROM register_lesson WHERE {others})") == 0
        with pytest.raises(sa.exc.DBAPIError, match="row-level security"):
            _rows(vt, "INSERT INTO register_lesson (case_uuid, organisation, version, status, published_quarter) "
                      "VALUES ('x', 'Wijkteam Oost', 9, 'published', '2026-K1')")
        with pytest.raises(sa.exc.DBAPIError, match="permission denied"):
            _rows(vt, "UPDATE register_organisation SET role_name = 'crv_veilig_thuis'")
        # The rows are untouched, and an organisation can still correct its own (an erasure request).
        with oost.begin() as conn:
            stories = conn.execute(sa.text(f"SELECT story FROM register_lesson WHERE {others}")).scalars().all()
        assert stories and "overschreven" not in stories
        assert _rows(oost, f"UPDATE register_lesson SET story = story WHERE {others}") == len(stories)
    finally:
        vt.dispose()
        oost.dispose()
