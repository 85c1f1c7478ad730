"""What the overview keeps of one case file: plain data, cached as JSON in the index."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class ThemeRef:
    id: int
    name: str
    code: str | None
    default: bool


@dataclass
class ConclusionRef:
    id: int
    text: str
    no_change: bool
    theme_ids: list[int] = field(default_factory=list)


@dataclass
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

    @property
    def year(self) -> int | None:
        return int(self.case_date[:4]) if self.case_date else None

    def theme(self, theme_id: int) -> ThemeRef | None:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CaseRecord:
        values = dict(data)
        values["themes"] = [ThemeRef(**t) for t in data["themes"]]
        values["conclusions"] = [ConclusionRef(**c) for c in data["conclusions"]]
        values["agreements"] = [AgreementRef(**a) for a in data["agreements"]]
        values["pseudonyms"] = [tuple(p) for p in data["pseudonyms"]]
        return cls(**values)


@dataclass(frozen=True)
class Skipped:
    """A file the overview did not read, with the Dutch reason shown to the user."""

    path: str
    reason: str
    encrypted: bool = False
