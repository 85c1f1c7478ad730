"""On PostgreSQL each organisation's role may read everything but change or delete only its own rows."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
import sqlalchemy as sa
from postgres_cluster import Cluster
from register_cases import imported_case

from casereview.register.connection import RegisterError
from casereview.register.service import (
    init_register,
    list_lessons,
    open_register,
    organisation_roles,
    publish,
    role_name,
    withdraw,
)

_databases = itertools.count(1)


def _fresh_register(postgres: Cluster, *organisations: str) -> tuple[str, list[str]]:
    """A new register database with these organisations: the administrator's URL and each one's own."""
    name = f"register_rls_{next(_databases)}"
    url = postgres.create_database(name)
    init_register(url, organisations).close()
    return url, [postgres.url(name, role_name(org)) for org in organisations]


@pytest.fixture
def two_organisations(postgres: Cluster) -> tuple[str, str, str]:
    url, (oost, vt) = _fresh_register(postgres, "Wijkteam Oost", "Veilig Thuis")
    return url, oost, vt


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


def _publish_as(url: str, case_path: Path, organisation: str) -> None:
    case = imported_case(case_path)
    try:
        with open_register(url) as register:
            publish(case, register, organisation)
    finally:
        case.close()


def _current(admin_url: str) -> dict[str, tuple[int, str]]:
    with open_register(admin_url) as register:
        return {item["organisation"]: (item["version"], item["case"]) for item in list_lessons(register)}


def test_another_role_cannot_hide_or_forge_a_lesson_with_a_high_version(two_organisations: tuple[str, str, str],
                                                                       tmp_path: Path) -> None:
    """The attack of issue 22: B inserts a withdrawal at version 50 for A's case, then renames it to A."""
    admin, oost_url, vt_url = two_organisations
    _publish_as(oost_url, tmp_path / "bakker.casereview", "Wijkteam Oost")
    before = _current(admin)
    case_uuid = before["Wijkteam Oost"][1]
    vt = sa.create_engine(vt_url, poolclass=sa.pool.NullPool)
    try:
        with pytest.raises(sa.exc.DBAPIError, match="not the next one"):
            _rows(vt, "INSERT INTO register_lesson (case_uuid, organisation, version, status, published_quarter) "
                      f"VALUES ('{case_uuid}', 'Veilig Thuis', 50, 'withdrawn', '2026-K1')")
        # Its own next version it may write (as 1), but never move it under A's name.
        assert _rows(vt, "INSERT INTO register_lesson (case_uuid, organisation, version, status, published_quarter) "
                         f"VALUES ('{case_uuid}', 'Veilig Thuis', 1, 'withdrawn', '2026-K1')") == 1
        with pytest.raises(sa.exc.DBAPIError, match="never change|row-level security"):
            _rows(vt, "UPDATE register_lesson SET organisation = 'Wijkteam Oost' WHERE owner_role = current_user")
        with pytest.raises(sa.exc.DBAPIError, match="never change|row-level security"):
            _rows(vt, "UPDATE register_lesson SET version = 50 WHERE owner_role = current_user")
        # The writer's role is the database's word, not the client's: a forged owner_role is overwritten.
        assert _rows(vt, "INSERT INTO register_lesson (case_uuid, organisation, version, status, published_quarter,"
                         f" owner_role) VALUES ('{case_uuid}', 'Veilig Thuis', 2, 'withdrawn', '2026-K1', "
                         f"'{role_name('Wijkteam Oost')}')") == 1
        with vt.begin() as conn:
            assert conn.execute(sa.text("SELECT DISTINCT owner_role FROM register_lesson WHERE "
                                        "organisation = 'Veilig Thuis'")).scalars().all() == [role_name("Veilig Thuis")]
    finally:
        vt.dispose()
    after = _current(admin)
    assert after["Wijkteam Oost"] == before["Wijkteam Oost"]  # A's lesson is still shown, unchanged


def test_the_organisation_is_filled_in_from_the_role(two_organisations: tuple[str, str, str]) -> None:
    _admin, _oost, vt_url = two_organisations
    vt = sa.create_engine(vt_url, poolclass=sa.pool.NullPool)
    try:
        assert _rows(vt, "INSERT INTO register_lesson (case_uuid, organisation, version, status, published_quarter) "
                         "VALUES ('c-1', '', 1, 'published', '2026-K1')") == 1
        with vt.begin() as conn:
            assert conn.execute(sa.text("SELECT organisation FROM register_lesson WHERE case_uuid = 'c-1'")
                                ).scalar() == "Veilig Thuis"
    finally:
        vt.dispose()


@pytest.mark.parametrize("first, second", [
    ("Stichting Jeugdbescherming Regio Amsterdam-Amstelland afdeling Noord",
     "Stichting Jeugdbescherming Regio Amsterdam-Amstelland afdeling Zuid"),
    ("Jeugdzorg Noord", "Jeugdzorg-Noord"),
])
def test_names_that_looked_alike_to_a_role_get_roles_of_their_own(postgres: Cluster, tmp_path: Path,
                                                                   first: str, second: str) -> None:
    """Before, both names of a pair got one role, and one organisation withdrew the other's lesson."""
    assert role_name(first) != role_name(second) and len(role_name(first)) <= 63
    admin, (first_url, second_url) = _fresh_register(postgres, first, second)
    _publish_as(first_url, tmp_path / "a.casereview", first)
    case = imported_case(tmp_path / "b.casereview")
    try:
        with open_register(second_url) as register, pytest.raises(RegisterError):
            withdraw(case, register, first)
    finally:
        case.close()
    assert _current(admin)[first][0] == 1


def test_a_role_held_by_another_organisation_is_refused(two_organisations: tuple[str, str, str]) -> None:
    admin, _oost, _vt = two_organisations
    with open_register(admin) as register, register.writing() as conn:
        conn.execute(sa.text("UPDATE register_organisation SET role_name = :role WHERE name = 'Veilig Thuis'"),
                     {"role": role_name("Jeugdzorg Noord")})
    with pytest.raises(RegisterError, match="hoort al bij"):
        init_register(admin, ["Jeugdzorg Noord"])
    with open_register(admin) as register:
        assert organisation_roles(register) == {"Veilig Thuis": role_name("Jeugdzorg Noord"),
                                                "Wijkteam Oost": role_name("Wijkteam Oost")}


def test_organisation_names_are_cleaned_and_bounded(two_organisations: tuple[str, str, str],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    admin, _oost, _vt = two_organisations
    with pytest.raises(RegisterError, match="hoogstens 200"):
        init_register(admin, ["J" * 10_000])
    init_register(admin, ["Jeugd\x1b[2J\x1b[31mzorg\x07 \u202eWest\x00"]).close()
    with open_register(admin) as register:
        assert "JeugdzorgWest" not in organisation_roles(register)
        assert "Jeugdzorg West" in organisation_roles(register)
        # Nor can a raw name reach the table past casereview: the database refuses it.
        with pytest.raises(RegisterError), register.writing() as conn:
            conn.execute(sa.text("INSERT INTO register_organisation (name) VALUES ('Rood\x1b[31m')"))


def test_register_list_prints_an_old_raw_name_without_its_escapes(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """An older register (or a file someone edited) holds a raw name; the terminal gets it cleaned."""
    from casereview.cli import main

    url = str(tmp_path / "regio.db")
    init_register(url).close()
    with open_register(url) as register, register.writing() as conn:
        conn.execute(sa.text("INSERT INTO register_lesson (case_uuid, organisation, version, status, "
                             "published_quarter) VALUES ('c', :org, 1, 'published', '2026-K1')"),
                     {"org": "Oost\x1b]0;gehackt\x07\x1b[2J" + "x" * 5000})
    assert main(["register", "list", "--register", url]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "gehackt" not in out
    assert len(out.splitlines()[-1]) < 260 and out.startswith("Oost")
