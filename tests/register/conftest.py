"""Registers for the tests: every register test runs on a SQLite file and on a real PostgreSQL."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from postgres_cluster import Cluster, PostgresUnavailable, start_cluster

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def postgres() -> Iterator[Cluster]:
    """One throwaway cluster for the whole run, stopped at the end; failing to start fails the tests."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as exc:
        pytest.fail(f"De registertests hebben een echte PostgreSQL nodig: {exc}", pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def register_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh, empty place for a register: a file path, or a new PostgreSQL database."""
    if backend == "sqlite":
        return str(tmp_path / "regio-register.db")
    cluster: Cluster = request.getfixturevalue("postgres")
    return cluster.create_database(f"register_{next(_numbers)}")


class Region:
    """A fresh register and its organisations: each publishes through its own connection (its own role on
    PostgreSQL, as in production); ``admin()`` opens it as whoever created it."""

    def __init__(self, url: str, backend: str) -> None:
        from casereview.register.service import init_register

        self.url = url
        self.backend = backend
        init_register(url).close()

    def url_for(self, organisation: str) -> str:
        if self.backend == "sqlite":
            return self.url
        from sqlalchemy.engine import make_url

        from casereview.register.service import init_register, role_name

        init_register(self.url, [organisation]).close()
        return make_url(self.url).set(username=role_name(organisation)).render_as_string(hide_password=False)

    def as_org(self, organisation: str):  # noqa: ANN201
        from casereview.register.service import open_register

        return open_register(self.url_for(organisation))

    def admin(self):  # noqa: ANN201
        from casereview.register.service import open_register

        return open_register(self.url)


@pytest.fixture
def region(register_url: str, backend: str) -> Region:
    return Region(register_url, backend)
