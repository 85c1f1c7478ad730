"""What the overview keeps of one case file: plain data, cached as JSON in the index."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from casereview.vocabulary.error_catalog import Message


@dataclass(slots=True)
class ThemeRef:
    id: int
    name: str
    code: str | None
    default: bool


@dataclass(slots=True)
class ConclusionRef:
    id: int
    text: str
    no_change: bool
    theme_ids: list[int] = field(default_factory=list)


@dataclass(slots=True)
class AgreementRef:
    id: int
    action: str
    owner_party: str
    owner_person: str
    due_date: str | None  # ISO
    status: str
    kind: str
    theme_ids: list[int] = field(default_factory=list)
    done_on: str | None = None  # ISO date the status last became "done", from the change log
    level: str = ""  # AgreementLevel key (team, organisation, chain, ...); empty when not chosen or older file
    effect: str = ""  # EffectResult key of the latest effect check; empty when never checked


@dataclass
class CaseRecord:
    """One case file as read; ``uuid`` identifies the review across copies."""

    path: str
    uuid: str
    title: str
    schema: int
    case_date: str | None  # ISO: review date, else incident date, else creation date
    encrypted: bool = False
    themes: list[ThemeRef] = field(default_factory=list)
    conclusions: list[ConclusionRef] = field(default_factory=list)
    agreements: list[AgreementRef] = field(default_factory=list)
    went_well: list[str] = field(default_factory=list)
    pseudonyms: list[tuple[str, str]] = field(default_factory=list)
    exercise: bool = False  # a practice review: left out of the overview's figures
    detected: list[tuple[str, str]] = field(default_factory=list)  # (text, kind) the case's last name search found
    kept: list[str] = field(default_factory=list)  # detected texts the chair kept as written ("geen naam")

    @property
    def year(self) -> int | None:
        return int(self.case_date[:4]) if self.case_date else None

    @property
    def themes_by_id(self) -> dict[int, ThemeRef]:
        found = self.__dict__.get("_themes_by_id")
        if found is None:
            found = self.__dict__["_themes_by_id"] = {t.id: t for t in self.themes}
        return found

    def theme(self, theme_id: int) -> ThemeRef | None:
        return self.themes_by_id.get(theme_id)

    def to_dict(self) -> dict[str, Any]:
        """Compact JSON-ready form for the index: the nested rows as positional lists (fast to write and read)."""
        return {"path": self.path, "uuid": self.uuid, "title": self.title, "schema": self.schema,
                "case_date": self.case_date, "encrypted": self.encrypted,
                "themes": [[t.id, t.name, t.code, t.default] for t in self.themes],
                "conclusions": [[c.id, c.text, c.no_change, c.theme_ids] for c in self.conclusions],
                "agreements": [[a.id, a.action, a.owner_party, a.owner_person, a.due_date, a.status, a.kind,
                                a.theme_ids, a.done_on, a.level, a.effect] for a in self.agreements],
                "went_well": self.went_well, "pseudonyms": [list(p) for p in self.pseudonyms],
                "exercise": self.exercise, "detected": [list(d) for d in self.detected], "kept": self.kept}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaseRecord:
        return cls(path=data["path"], uuid=data["uuid"], title=data["title"], schema=data["schema"],
                   case_date=data["case_date"], encrypted=data["encrypted"],
                   themes=[ThemeRef(*t) for t in data["themes"]],
                   conclusions=[ConclusionRef(*c) for c in data["conclusions"]],
                   agreements=[AgreementRef(*a) for a in data["agreements"]],
                   went_well=list(data["went_well"]), pseudonyms=[(p[0], p[1]) for p in data["pseudonyms"]],
                   exercise=bool(data.get("exercise", False)),
                   detected=[(d[0], d[1]) for d in data.get("detected", [])], kept=list(data.get("kept", [])))


ENCRYPTED_REASONS = frozenset({"overview.skip.needs_passphrase", "overview.skip.wrong_passphrase"})
"""The reasons a passphrase can lift: a file skipped for one of them is read again once the user gives one."""


def skip_reason(what: str, **params: Any) -> Message:
    """Why a file was skipped, as a message of the catalog (``overview.skip.<what>``)."""
    return Message(f"overview.skip.{what}", params)


@dataclass(frozen=True)
class Skipped:
    """A file the overview did not read, and why: a message the window words in its own language."""

    path: str
    why: Message
    encrypted: bool = False

    @property
    def reason(self) -> str:
        """The Dutch reason, as the command line and the overview's JSON give it."""
        return str(self.why)
