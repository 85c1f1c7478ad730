"""Draft versions: the verslag frozen when the concept goes out, so reactions refer to fixed text."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlmodel import col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import DraftVersion, PartyResponse, Reaction

DEFAULT_REACTION_DAYS = 14


@dataclass(frozen=True)
class NumberedParagraph:
    number: int
    text: str


def content_hash(paragraphs: list[NumberedParagraph]) -> str:
    """SHA-256 over the numbered paragraphs: the same text always gives the same version."""
    payload = json.dumps([[p.number, p.text] for p in paragraphs], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def list_versions(case: CaseFile) -> list[DraftVersion]:
    with case.read() as s:
        return list(s.exec(select(DraftVersion).order_by(col(DraftVersion.number))))


def latest_version(case: CaseFile) -> DraftVersion | None:
    versions = list_versions(case)
    return versions[-1] if versions else None


def find_version(case: CaseFile, number: int) -> DraftVersion | None:
    with case.read() as s:
        return s.exec(select(DraftVersion).where(DraftVersion.number == number)).first()


def paragraphs_of(version: DraftVersion) -> dict[int, str]:
    try:
        return {int(n): str(t) for n, t in json.loads(version.paragraphs or "[]")}
    except (ValueError, TypeError):
        return {}


def freeze_version(case: CaseFile, paragraphs: list[NumberedParagraph], *, deadline: date | None = None,
                   today: date | None = None) -> DraftVersion:
    """The draft version for this text: the latest one when nothing changed since, else a new number.

    Sending the same concept to one organisation after another therefore keeps one version;
    a changed verslag gets the next number. ``deadline`` defaults to two weeks from today and,
    given again for an unchanged text, moves that version's deadline.
    """
    digest = content_hash(paragraphs)
    latest = latest_version(case)
    if latest is not None and latest.content_hash == digest:
        if deadline is not None and deadline != latest.deadline:
            with case.write("draft", "edit", f"versie {latest.number}") as s:
                row = s.get(DraftVersion, latest.id)
                row.deadline = deadline
                s.add(row)
            return find_version(case, latest.number) or latest
        return latest
    if case.read_only:
        raise CaseFileError(code="concept.read_only")
    number = (latest.number if latest else 0) + 1
    version = DraftVersion(
        number=number, content_hash=digest,
        deadline=deadline or (today or date.today()) + timedelta(days=DEFAULT_REACTION_DAYS),
        paragraphs=json.dumps([[p.number, p.text] for p in paragraphs], ensure_ascii=False))
    with case.write("draft", "add", f"versie {number}") as s:
        s.add(version)
    return version


def set_deadline(case: CaseFile, number: int, deadline: date) -> None:
    with case.write("draft", "edit", f"versie {number}") as s:
        row = s.exec(select(DraftVersion).where(DraftVersion.number == number)).first()
        if row is None:
            raise CaseFileError(code="concept.version_gone", number=number)
        row.deadline = deadline
        s.add(row)


def withdraw_version(case: CaseFile, number: int) -> None:
    """Take a concept back; its reactions stay in the log, files of it can no longer be read in."""
    with case.write("draft", "delete", f"versie {number}") as s:
        row = s.exec(select(DraftVersion).where(DraftVersion.number == number)).first()
        if row is None:
            raise CaseFileError(code="concept.version_gone", number=number)
        s.delete(row)


def version_summaries(case: CaseFile) -> list[dict[str, object]]:
    """The draft versions for ``info --json``: number, date, deadline, hash, responses and reactions."""
    with case.read() as s:
        rows = []
        for v in s.exec(select(DraftVersion).order_by(col(DraftVersion.number))):
            responses = int(s.exec(select(func.count()).select_from(PartyResponse)
                                   .where(PartyResponse.version_id == v.id)).one())
            reactions = int(s.exec(select(func.count()).select_from(Reaction)
                                   .where(Reaction.version_id == v.id)).one())
            rows.append({"number": v.number, "created_at": v.created_at.isoformat(),
                         "deadline": v.deadline.isoformat() if v.deadline else None,
                         "content_hash": v.content_hash, "responses": responses, "reactions": reactions})
        return rows
