"""Shared fixtures: offscreen Qt, user folders redirected, a fresh case file per test, and registers."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# In CI the property tests run the same examples every time (and keep no example database), so a
# submission passes or fails on its code, not on the draw; locally they keep exploring new examples.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    hypothesis_settings.load_profile("ci")
from memory_keyring import MemoryKeyring, use_memory_keyring  # noqa: E402
from postgres_cluster import Cluster, PostgresUnavailable, start_cluster  # noqa: E402

from casereview.casefile.case_file import CaseFile, create_case  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def deidentifier_cache() -> Iterator[Path]:
    """One folder for the name detector's lookup data for the whole run (and the next run on this machine).

    The first detection builds it (about a minute); every later one in the session reuses it,
    although each test has its own temporary home.
    """
    import platformdirs

    from casereview.paths import ENV_DEIDENTIFIER_CACHE

    previous = os.environ.get(ENV_DEIDENTIFIER_CACHE)
    folder = Path(previous or Path(platformdirs.user_cache_dir("casereview-tests")) / "deidentifier")
    folder.mkdir(parents=True, exist_ok=True)
    os.environ[ENV_DEIDENTIFIER_CACHE] = str(folder)
    yield folder
    if previous is None:
        os.environ.pop(ENV_DEIDENTIFIER_CACHE, None)


@pytest.fixture(scope="session", autouse=True)
def stand_in_detector() -> Iterator[object]:
    """Detection finds nothing, in no time, for the whole run (module fixtures too), except in tests
    marked ``real_detector`` (see :func:`real_detector_when_marked`).

    Every export searches a new or changed case for names first; with the real
    de-identifier (a worker process, about 7 s a run) every export test would
    wait for it. Tests of what detection finds, and of the gate on real texts, mark
    themselves and run the real one.
    """
    from collections.abc import Sequence

    from casereview.privacy.detection import client

    def finds_nothing(texts: Sequence[str], **_options: object) -> list[list[tuple[str, int, int]]]:
        return [[] for _text in texts]

    real = client.detect
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(client, "detect", finds_nothing)
        yield real


@pytest.fixture(autouse=True)
def real_detector_when_marked(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
                              stand_in_detector: object) -> None:
    """The real detector, for the length of a test marked ``real_detector``."""
    if request.node.get_closest_marker("real_detector") is None:
        return
    from casereview.privacy.detection import client

    monkeypatch.setattr(client, "detect", stand_in_detector)


@pytest.fixture(autouse=True)
def user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, recent files and the demo go to a temporary folder, never the real profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CASEREVIEW_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Register passwords and signing keys go to a keyring in memory, never the real one, fresh per test."""
    import keyring

    saved = keyring.get_keyring()
    yield use_memory_keyring()
    keyring.set_keyring(saved)


@pytest.fixture
def case(tmp_path: Path) -> Iterator[CaseFile]:
    case = create_case(tmp_path / "review.casereview", "Review Testgezin")
    yield case
    case.close()


@pytest.fixture
def open_window(qtbot):  # type: ignore[no-untyped-def]  # noqa: ANN001, ANN201
    """A real main window, shown and active; ``open_window(path, tab="closingTab")`` also opens a case
    (a path as the user opens it, or a CaseFile already open).

    ``tab`` is the object name of a page of the case tabs (openingTab, sessionTab,
    closingTab, followUpView), never its Dutch title.
    """
    from PySide6.QtWidgets import QApplication

    from casereview.ui.main_window import MainWindow

    def make(path: Path | CaseFile | None = None, *, tab: str | None = None) -> MainWindow:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitActive(window)
        if isinstance(path, CaseFile):
            window.show_case(path)
        elif path is not None:
            window.open_path(path)
        if path is not None:
            assert window.context is not None, "the case did not open"
            window.activateWindow()  # opening swaps the central widget; shortcuts need the window active
            QApplication.processEvents()
        if tab is not None:
            select_tab(window, tab)
        return window

    return make


def select_tab(window, name: str) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
    """Show the case tab whose page has object name ``name``."""
    from PySide6.QtWidgets import QTabWidget, QWidget

    tabs = window.findChild(QTabWidget, "caseTabs")
    page = tabs.findChild(QWidget, name)
    assert page is not None and tabs.indexOf(page) >= 0, f"no case tab {name}"
    tabs.setCurrentWidget(page)


@pytest.fixture(scope="session")
def _case_folder_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The overview's folder of cases, built once (it takes seconds) with its own user folders."""
    from overview_fixtures import build_case_folder

    saved = os.environ.get("CASEREVIEW_HOME")
    os.environ["CASEREVIEW_HOME"] = str(tmp_path_factory.mktemp("template-home"))
    try:
        return build_case_folder(tmp_path_factory.mktemp("template"))
    finally:
        if saved is None:
            os.environ.pop("CASEREVIEW_HOME", None)
        else:
            os.environ["CASEREVIEW_HOME"] = saved


@pytest.fixture
def case_folder(_case_folder_template: Path, tmp_path: Path) -> Path:
    """A private copy of the overview's folder of cases (see tests/overview_fixtures.py)."""
    import shutil

    return Path(shutil.copytree(_case_folder_template, tmp_path / "dossiers", copy_function=shutil.copy2))
# --- registers: every register test runs on a SQLite file and on a real PostgreSQL -----------------

_register_numbers = itertools.count(1)


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
def register_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def register_url(register_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh, empty place for a register: a file path, or a new PostgreSQL database."""
    if register_backend == "sqlite":
        return str(tmp_path / "regio-register.db")
    cluster: Cluster = request.getfixturevalue("postgres")
    return cluster.create_database(f"register_{next(_register_numbers)}")


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
def region(register_url: str, register_backend: str) -> Region:
    return Region(register_url, register_backend)
