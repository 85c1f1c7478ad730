"""Contributions: what each party brings in, captured live during the session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import col, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import Removed, put_back, remove_rows, update_fields
from casereview.model import CaseFileError
from casereview.model.tables import Contribution, Participant, Party, Step
from casereview.vocabulary import Attribution, ContributionKind

MAX_TEXT = 10_000


def add_contribution(case: CaseFile, *, text: str, party_id: int | None, kind: str = ContributionKind.OBSERVATION,
                     step_id: int | None = None, event_id: int | None = None,
                     participant_id: int | None = None) -> Contribution:
    """Store one contribution at once (the chair pressed Enter)."""
    clean = text.strip()
    if not clean:
        raise CaseFileError(code="contribution.empty")
    if len(clean) > MAX_TEXT:
        raise CaseFileError(code="contribution.too_long", maximum=MAX_TEXT)
    if kind not in ContributionKind.__members__.values():
        raise CaseFileError(code="contribution.unknown_kind", kind=kind)
    item = Contribution(text=clean, party_id=party_id, kind=kind, step_id=step_id, event_id=event_id,
                        participant_id=participant_id)
    with case.write("contribution", "add", clean[:60]) as s:
        s.add(item)
    return item


def update_contribution(case: CaseFile, contribution_id: int, **values: Any) -> dict[str, Any]:
    """Reword, re-attribute or move a contribution; returns the previous values (for undo)."""
    unknown = set(values) - {"text", "kind", "party_id", "participant_id", "step_id", "event_id"}
    if unknown:
        raise CaseFileError(code="agreement.unknown_field", items=', '.join(sorted(unknown)))
    if "text" in values:
        values["text"] = str(values["text"]).strip()
        if not values["text"]:
            raise CaseFileError(code="contribution.empty")
        if len(values["text"]) > MAX_TEXT:
            raise CaseFileError(code="contribution.too_long", maximum=MAX_TEXT)
    if "kind" in values and values["kind"] not in ContributionKind.__members__.values():
        raise CaseFileError(code="contribution.unknown_kinds", values=values['kind'])
    return update_fields(case, Contribution, contribution_id, "contribution", **values)


def delete_contribution(case: CaseFile, contribution_id: int) -> Removed:
    """Delete a contribution with its links to conclusions; :func:`restore_contribution` brings all back."""
    return remove_rows(case, Contribution, [contribution_id], "contribution")


def restore_contribution(case: CaseFile, removed: Removed) -> None:
    put_back(case, removed)


def list_contributions(case: CaseFile, *, step_id: int | None = None) -> list[Contribution]:
    with case.read() as s:
        query = select(Contribution).order_by(col(Contribution.created_at), col(Contribution.id))
        if step_id is not None:
            query = query.where(Contribution.step_id == step_id)
        return list(s.exec(query))


@dataclass(frozen=True)
class Names:
    """Lookup tables for showing contributions without a query per row."""

    parties: dict[int, str]
    participants: dict[int, str]
    steps: dict[int, str]


def load_names(case: CaseFile) -> Names:
    with case.read() as s:
        return Names(
            parties={p.id: p.name for p in s.exec(select(Party))},
            participants={p.id: p.name for p in s.exec(select(Participant))},
            steps={st.id: st.title for st in s.exec(select(Step))},
        )


def attribution_label(item: Contribution, names: Names, attribution: str) -> str:
    """Who said it, as rule 1 allows: the party, nobody, or the named person."""
    if attribution == Attribution.ANONYMOUS:
        return ""
    party = names.parties.get(item.party_id or -1, "")
    if attribution == Attribution.NAMED and item.participant_id in names.participants:
        person = names.participants[item.participant_id]
        return f"{person} ({party})" if party else person
    return party
