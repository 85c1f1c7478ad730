"""The fictional demo review that the app opens on first start.

The story lives in ``resources/demo/demo_case.json`` so it can be reworded
without touching code. It is written through the same services the chair
uses, so the demo shows exactly what a real, half-finished session looks like.
Due dates and progress notes are relative to today, so the demo always has
one overdue agreement and the rest in the future.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlmodel import select

from casereview.casefile.case_file import CaseFile, create_case
from casereview.findings import agreements, conclusions, effect_checks, grey_area, leerbrief
from casereview.model import EXTENSION, CaseFileError
from casereview.model.tables import AgreementThemeLink, GroundRule, NameDecision, PreparationQuestion, Pseudonym, Step
from casereview.paths import demo_case_path, resources_dir
from casereview.session import contributions, parties, procedure
from casereview.timeline import events as timeline

DEMO_FILE_NAME = f"demo{EXTENSION}"


def demo_json_path() -> Path:
    return resources_dir() / "demo" / "demo_case.json"


def default_demo_path() -> Path:
    """Where the app keeps its own copy of the demo review."""
    return demo_case_path()


def load_demo_content(source: Path | None = None) -> dict[str, Any]:
    path = source or demo_json_path()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CaseFileError(code="demo.not_installed", path=path) from exc
    except json.JSONDecodeError as exc:
        raise CaseFileError(code="demo.unreadable", name=path.name, lineno=exc.lineno, colno=exc.colno, msg=exc.msg) from exc


def write_demo_case(path: Path, *, today: date | None = None, source: Path | None = None) -> CaseFile:
    """Create the demo case file at ``path`` and return it open.

    Refuses an existing file: whether to overwrite is the caller's decision.
    If anything fails halfway, the half-written file is removed again.
    """
    path = Path(path)
    if path.exists():
        raise CaseFileError(code="demo.exists", name=path.name)
    content = load_demo_content(source)
    case = create_case(path, _text(content.get("case", {}), "title", "case"))
    # A half-built demo is thrown away anyway, so the ~200 small commits need not
    # each wait for the disk; full durability returns before the file is handed over.
    event.listen(case.store.engine, "connect", _skip_fsync)
    try:
        _DemoWriter(case, content, today or date.today()).write_all()
    except Exception:
        case.close()
        path.unlink(missing_ok=True)
        raise
    finally:
        event.remove(case.store.engine, "connect", _skip_fsync)
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())
    return case


def _skip_fsync(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    dbapi_conn.execute("PRAGMA synchronous = OFF")


def _text(item: Mapping[str, Any], key: str, where: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value.strip():
        raise CaseFileError(code="demo.missing_key", key=key, where=where)
    return value


def _iso(value: str | None, where: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise CaseFileError(code="demo.bad_date", value=value, where=where) from exc


class _DemoWriter:
    """Translates the keys in the JSON (party keys, event refs, ...) to row ids while writing."""

    def __init__(self, case: CaseFile, content: Mapping[str, Any], today: date) -> None:
        self.case = case
        self.content = content
        self.today = today
        self.party_ids: dict[str, int] = {}
        self.first_participant: dict[str, int] = {}
        self.event_ids: dict[str, int] = {}
        self.contribution_ids: dict[str, int] = {}
        self.step_ids: dict[int, int] = {}
        self.theme_ids: dict[str, int] = {}
        self.conclusion_ids: list[int] = []

    def write_all(self) -> None:
        self._case_details()
        self._parties()
        self._pseudonyms()
        self._events()
        self._procedure()
        self._preparation_questions()
        self._contributions()
        self._conclusions()
        self._agreements()
        self._grey_area()
        self._leerbrief()

    def _party(self, key: str | None, where: str) -> int | None:
        if key is None:
            return None
        if key not in self.party_ids:
            raise CaseFileError(code="demo.unknown_party", key=key, where=where)
        return self.party_ids[key]

    def _ref(self, table: Mapping[str, int], ref: str, what: str, where: str) -> int:
        if ref not in table:
            raise CaseFileError(code="demo.unknown_reference", what=what, ref=ref, where=where)
        return table[ref]

    def _step(self, position: int, where: str) -> int:
        if position not in self.step_ids:
            raise CaseFileError(code="demo.phase_not_on_agenda", position=position, where=where)
        return self.step_ids[position]

    def _themes(self, prefixes: list[str], where: str) -> list[int]:
        ids = []
        for prefix in prefixes:
            matches = [tid for name, tid in self.theme_ids.items() if name.startswith(prefix)]
            if len(matches) != 1:
                raise CaseFileError(code="demo.theme_ambiguous", prefix=prefix, where=where)
            ids.append(matches[0])
        return ids

    def _case_details(self) -> None:
        data = self.content.get("case", {})
        procedure.update_case_details(
            self.case,
            incident=_text(data, "incident", "de review"),
            goal=_text(data, "goal", "de review"),
            questions="\n".join(data.get("questions", [])),
            incident_date=_iso(data.get("incident_date"), "incidentdatum"),
            review_date=_iso(data.get("review_date"), "reviewdatum"),
            followup_date=_iso(data.get("followup_date"), "datum vervolgbijeenkomst"),
            attribution=data.get("attribution", "party"),
            exercise=bool(data.get("exercise", False)),
        )

    def _parties(self) -> None:
        for i, item in enumerate(self.content.get("parties", []), start=1):
            where = f"partij {i}"
            key = _text(item, "key", where)
            party = parties.add_party(self.case, _text(item, "name", where), item.get("category", "organisation"))
            assert party.id is not None
            self.party_ids[key] = party.id
            for person in item.get("participants", []):
                participant = parties.add_participant(self.case, _text(person, "name", where),
                                                      person.get("role", ""), party.id)
                assert participant.id is not None
                self.first_participant.setdefault(key, participant.id)

    def _pseudonyms(self) -> None:
        rows = self.content.get("pseudonyms", [])
        with self.case.write("pseudonym", "add", f"{len(rows)} pseudoniemen") as s:
            for i, item in enumerate(rows, start=1):
                where = f"pseudoniem {i}"
                s.add(Pseudonym(real_name=_text(item, "real_name", where), pseudonym=_text(item, "pseudonym", where)))
        # The chair's "geen naam" decisions on what detection finds besides the pseudonyms: the professionals
        # (owners and participants), words the detector takes for a name ("Pas", "Buren") and two dates.
        # Without them the demo's first export would be refused and its status bar would count twelve open
        # names; "Huisartsenpraktijk De Linde" is left open for the chair to try (the README's example).
        kept = [str(text) for text in self.content.get("kept_as_written", [])]
        with self.case.write("names", "keep", f"{len(kept)} geen naam") as s:
            for text in kept:
                s.add(NameDecision(text=text))

    def _events(self) -> None:
        for i, item in enumerate(self.content.get("events", []), start=1):
            where = f"gebeurtenis {i}"
            event = timeline.add_event(
                self.case, date_text=item.get("date", ""), description=_text(item, "text", where),
                party_id=self._party(item.get("party"), where), time=item.get("time", ""),
                source=item.get("source", ""), key_moment=item.get("key", "none"),
            )
            assert event.id is not None
            if "type" in item:
                timeline.update_event(self.case, event.id, **self._responsibility(item, where))
            if "ref" in item:
                self.event_ids[item["ref"]] = event.id

    def _responsibility(self, item: Mapping[str, Any], where: str) -> dict[str, Any]:
        """Type, receiving party and confirmed start of an event that passes responsibility on."""
        values = timeline.edit_values("event_type", item["type"])
        values |= timeline.edit_values("followup_confirmed", item.get("confirmed", ""))
        values |= timeline.edit_values("receiving_party_id", self._party(item.get("receiver"), where))
        return values

    def _procedure(self) -> None:
        steps = procedure.list_steps(self.case)
        self.step_ids = {position: step.id for position, step in enumerate(steps, start=1) if step.id is not None}
        with self.case.write("ground_rule", "agree", "alle spelregels") as s:
            for rule in s.exec(select(GroundRule)):
                rule.agreed = True
                s.add(rule)
        active: int | None = None
        for item in self.content.get("steps", []):
            step_id = self._step(int(item.get("position", 0)), "de agenda")
            if item.get("notes"):
                procedure.set_step_notes(self.case, step_id, item["notes"])
            with self.case.write("step", "timer", f"#{step_id}") as s:
                step = s.get(Step, step_id)
                assert step is not None
                step.elapsed_seconds = int(item.get("minutes", 0)) * 60
                s.add(step)
            if item.get("active"):
                active = step_id
        if active is not None:
            procedure.activate_step(self.case, active)
        self.theme_ids = {t.name: t.id for t in conclusions.list_themes(self.case) if t.id is not None}

    def _preparation_questions(self) -> None:
        rows = self.content.get("preparation_questions", [])
        with self.case.write("preparation_question", "add", f"{len(rows)} vragen") as s:
            for i, item in enumerate(rows, start=1):
                where = f"voorbereidingsvraag {i}"
                s.add(PreparationQuestion(party_id=self._party(item.get("party"), where),
                                          text=_text(item, "text", where)))

    def _contributions(self) -> None:
        for i, item in enumerate(self.content.get("contributions", []), start=1):
            where = f"bijdrage {i}"
            key = item.get("party")
            step = item.get("step")
            event_ref = item.get("event")
            added = contributions.add_contribution(
                self.case, text=_text(item, "text", where), party_id=self._party(key, where),
                kind=item.get("kind", "observation"),
                step_id=None if step is None else self._step(int(step), where),
                event_id=None if event_ref is None else self._ref(self.event_ids, event_ref, "gebeurtenis", where),
                participant_id=self.first_participant.get(key or ""),
            )
            if "ref" in item:
                assert added.id is not None
                self.contribution_ids[item["ref"]] = added.id

    def _conclusions(self) -> None:
        for i, item in enumerate(self.content.get("conclusions", []), start=1):
            where = f"conclusie {i}"
            reason = item.get("no_change_reason", "")
            added = conclusions.add_conclusion(
                self.case, _text(item, "text", where), no_change=bool(reason), no_change_reason=reason,
                event_ids=[self._ref(self.event_ids, r, "gebeurtenis", where) for r in item.get("events", [])],
                contribution_ids=[self._ref(self.contribution_ids, r, "bijdrage", where)
                                  for r in item.get("contributions", [])],
                theme_ids=self._themes(item.get("themes", []), where),
            )
            assert added.id is not None
            if item.get("answers"):
                conclusions.set_answered_questions(self.case, added.id, item["answers"])
            self.conclusion_ids.append(added.id)

    def _agreements(self) -> None:
        for i, item in enumerate(self.content.get("agreements", []), start=1):
            where = f"afspraak {i}"
            number = item.get("conclusion")
            if number is not None and not 1 <= number <= len(self.conclusion_ids):
                raise CaseFileError(code="demo.no_such_conclusion", number=number, where=where)
            due = item.get("due_in_days")
            added = agreements.add_agreement(
                self.case, action=_text(item, "action", where),
                owner_party_id=self._party(item.get("owner"), where), owner_person=item.get("owner_person", ""),
                due_date=None if due is None else self.today + timedelta(days=int(due)),
                success_check=item.get("success_check", ""), kind=item.get("kind", "improve_existing"),
                kind_reason=item.get("kind_reason", ""),
                conclusion_id=None if number is None else self.conclusion_ids[number - 1],
                level=item.get("level"),
            )
            assert added.id is not None
            for check in item.get("effect_checks", []):
                effect_checks.add_effect_check(self.case, added.id, _text(check, "result", where),
                                               check.get("note", ""),
                                               on=self.today - timedelta(days=int(check.get("days_ago", 0))))
            theme_ids = self._themes(item.get("themes", []), where)
            if theme_ids:
                with self.case.write("agreement", "themes", f"#{added.id}") as s:
                    for tid in theme_ids:
                        s.add(AgreementThemeLink(agreement_id=added.id, theme_id=tid))
            for note in item.get("notes", []):
                agreements.add_progress_note(self.case, added.id, _text(note, "text", where),
                                             on=self.today - timedelta(days=int(note.get("days_ago", 0))))
            status = item.get("status", "open")
            if status != "open":
                agreements.set_status(self.case, added.id, status, item.get("status_reason", ""))

    def _grey_area(self) -> None:
        for i, item in enumerate(self.content.get("grey_area", []), start=1):
            grey_area.add_grey_area(self.case, _text(item, "kind", f"schemergebied {i}"),
                                    _text(item, "text", f"schemergebied {i}"))

    def _leerbrief(self) -> None:
        item = self.content.get("leerbrief")
        if not item:
            return
        texts = {key: str(item.get(key, "")) for key in leerbrief.TEXT_FIELDS}
        leerbrief.save_leerbrief(self.case, **texts, ready=bool(item.get("ready", False)))
