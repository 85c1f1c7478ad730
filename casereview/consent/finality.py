"""The finality gate: the verslag is final only after the consent round has run its course."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import col, select

from casereview.casefile.case_file import CaseFile
from casereview.model.tables import DraftVersion, Party, PartyResponse, Reaction
from casereview.vocabulary import PartyCategory
from casereview.vocabulary.after_meeting import Involvement, ReactionDecision


@dataclass(frozen=True)
class PartyState:
    party: Party
    status: str  # a ResponseStatus key, or "" when it has not reacted
    deadline_passed: bool


@dataclass
class Finality:
    """Where the consent round stands for the latest draft version."""

    version: DraftVersion | None
    parties: list[PartyState] = field(default_factory=list)
    undecided: int = 0

    @property
    def waiting(self) -> list[str]:
        """The parties still within their term that have not reacted, by name."""
        return sorted(p.party.name for p in self.parties if not p.status and not p.deadline_passed)

    @property
    def blockers(self) -> list[str]:
        """What keeps the verslag from being final, in Dutch (the window words the same facts itself)."""
        if self.version is None:
            return ["Er is nog geen concept verstuurd (Concept versturen)."]
        lines = []
        waiting = self.waiting
        if waiting:
            deadline = self.version.deadline.strftime("%d-%m-%Y") if self.version.deadline else "—"
            lines.append(f"Nog geen reactie op concept versie {self.version.number} (termijn tot {deadline}): "
                         + ", ".join(waiting) + ".")
        if self.undecided:
            reactions = "1 reactie" if self.undecided == 1 else f"{self.undecided} reacties"
            lines.append(f"Over {reactions} is nog niet besloten (overgenomen of niet).")
        return lines

    @property
    def final_allowed(self) -> bool:
        return not self.blockers


def consulted(party: Party) -> bool:
    """Every organisation is asked; the family or client only when they read the draft."""
    if party.category != PartyCategory.CLIENT:
        return True
    return Involvement.READS_DRAFT in (party.involvement or "").split(",")


def finality(case: CaseFile, today: date | None = None) -> Finality:
    today = today or date.today()
    with case.read() as s:
        version = s.exec(select(DraftVersion).order_by(col(DraftVersion.number).desc())).first()
        undecided = len(list(s.exec(select(Reaction.id).where(Reaction.decision == ReactionDecision.PENDING))))
        if version is None:
            return Finality(None, undecided=undecided)
        responses = {r.party_id: r.status for r in
                     s.exec(select(PartyResponse).where(PartyResponse.version_id == version.id))}
        parties = [p for p in s.exec(select(Party).order_by(Party.name)) if consulted(p)]
    passed = version.deadline is not None and today > version.deadline
    return Finality(version, [PartyState(p, responses.get(p.id, ""), passed) for p in parties], undecided)
