"""The open case as the services see it: a store, a change log and listeners.

Every write goes through :meth:`CaseFile.write`, which commits at once, adds a
change-log row in the same transaction and then tells listeners which kind of
thing changed. Views subscribe (through a Qt bridge in ``casereview.ui``) and
decide for themselves whether to refresh; services never know about views.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlmodel import Session, select

from casereview.agenda import DEFAULT_AGENDA, DEFAULT_GROUND_RULES
from casereview.model import CaseFileError, CaseStore, ReadOnlyCaseError
from casereview.model.tables import Case, ChangeLog, GroundRule, Step, Theme
from casereview.vocabulary import DEFAULT_THEMES

Listener = Callable[[str], None]


class CaseFile:
    """One open review. Use :func:`create_case` or :func:`open_case` to get one."""

    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self._listeners: list[Listener] = []

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, entity: str) -> None:
        for listener in list(self._listeners):
            listener(entity)

    def read(self) -> Session:
        """A session for reading; use as a context manager."""
        return self.store.session()

    @contextmanager
    def write(self, entity: str, action: str, detail: str = "") -> Iterator[Session]:
        """A session whose changes are committed, logged and announced on exit."""
        if self.read_only:
            raise ReadOnlyCaseError("Dit dossier is alleen-lezen geopend; wijzigingen worden niet opgeslagen.")
        with self.store.session() as session:
            yield session
            session.flush()
            session.add(ChangeLog(action=action, entity=entity, detail=detail[:300]))
            session.commit()
        self.notify(entity)

    def case(self) -> Case:
        with self.read() as s:
            case = s.exec(select(Case)).first()
            if case is None:
                raise CaseFileError(f"Het dossier '{self.path.name}' bevat geen review.")
            return case

    def close(self) -> None:
        self._listeners.clear()
        self.store.close()

    def __enter__(self) -> CaseFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def create_case(path: Path | str, title: str, *, with_defaults: bool = True) -> CaseFile:
    """Create a new case file with the default agenda, ground rules and themes."""
    title = title.strip()
    if not title:
        raise CaseFileError("Geef de review een titel.")
    store = CaseStore.create(path)
    case = CaseFile(store)
    with case.write("case", "create", title) as s:
        s.add(Case(title=title))
        if with_defaults:
            for i, phase in enumerate(DEFAULT_AGENDA):
                s.add(Step(position=i, title=phase.title, rules=phase.rules, prompt=phase.prompt,
                           timebox_minutes=phase.timebox_minutes))
            for i, rule in enumerate(DEFAULT_GROUND_RULES):
                s.add(GroundRule(position=i, text=rule))
            for name in DEFAULT_THEMES:
                s.add(Theme(name=name, is_default=True))
    return case


def open_case(path: Path | str, *, read_only: bool = False) -> CaseFile:
    case = CaseFile(CaseStore.open(path, read_only=read_only))
    case.case()  # refuse a file without a review row early
    return case
