"""The reaction log: what each organisation said about the concept, and what the review did with it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.consent.concept_reader import CommentFound, read_concept
from casereview.consent.drafts import find_version, paragraphs_of
from casereview.model import CaseFileError
from casereview.model.tables import Case, DraftVersion, Party, PartyResponse, Reaction
from casereview.vocabulary.after_meeting import (
    ReactionChannel,
    ReactionDecision,
    ReactionKind,
    ResponseStatus,
)

MAX_TEXT = 10_000


@dataclass
class ReadingReport:
    """What reading one returned concept did (or would do, on a dry run)."""

    file_name: str
    party: str
    version: int
    added: list[Reaction] = field(default_factory=list)
    already_read: int = 0
    dry_run: bool = False

    def summary(self) -> str:
        verb = "zou toevoegen" if self.dry_run else "toegevoegd"
        if self.dry_run and len(self.added) != 1:
            verb = "zouden toevoegen"
        reactions = "1 reactie" if len(self.added) == 1 else f"{len(self.added)} reacties"
        lines = [f"{self.file_name}: concept versie {self.version} van {self.party}.",
                 f"{reactions} {verb}" + (f", {self.already_read} al eerder ingelezen." if
                                                         self.already_read else ".")]
        for r in self.added:
            where = f"alinea {r.paragraph}" if r.paragraph else "hele document"
            lines.append(f"  [{where}] {r.author or 'onbekend'}: {r.text}")
        return "\n".join(lines)


# Codes of the errors that ask which organisation the reactions are from: the window asks, the command line
# tells the user to pass --party.
PARTY_QUESTIONS = frozenset({"reactions.party_needed", "reactions.party_gone"})


def _source_key(case_id: str, version: int, party_id: int, found: CommentFound) -> str:
    """What makes a comment the same comment again, also after Word or LibreOffice re-saved the file.

    The date is left out: editors write it back with or without seconds and time zone.
    """
    text = " ".join(found.text.split())
    raw = f"{case_id}|{version}|{party_id}|{found.author.strip()}|{found.paragraph}|{found.tracked_change}|{text}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def find_party(case: CaseFile, name: str) -> Party:
    with case.read() as s:
        parties = list(s.exec(select(Party)))
    clean = " ".join(name.split()).lower()
    for party in parties:
        if party.name.lower() == clean:
            return party
    known = ", ".join(sorted(p.name for p in parties)) or "geen"
    raise CaseFileError(code="reactions.unknown_party", name=name, known=known)


def read_reactions(case: CaseFile, path: Path, *, party: str | None = None, dry_run: bool = False) -> ReadingReport:
    """Read every comment of a returned concept into the log; all or nothing, and never twice.

    Refused with a Dutch message (nothing written): a file that is not a concept of this case
    (another case file, even one with the same story, has another UUID), a concept of a version
    that no longer exists here, and a file whose reactions were all read before.
    """
    path = Path(path)
    concept = read_concept(path)
    own = case.case()
    if concept.case_id != own.uuid:
        raise CaseFileError(code="reactions.other_review", name=path.name, name2=case.path.name)
    version = find_version(case, concept.version)
    if version is None or (concept.content_hash and concept.content_hash != version.content_hash):
        raise CaseFileError(code="reactions.version_gone", name=path.name, version=concept.version)
    if concept.party_id is not None and party:
        named = find_party(case, party)
        if named.id != concept.party_id:
            raise CaseFileError(code="reactions.other_party", name=path.name, party=named.name)
    if concept.party_id is None and party:
        who = find_party(case, party)
    elif concept.party_id is not None:
        with case.read() as s:
            who = s.get(Party, concept.party_id)
        if who is None:
            raise CaseFileError(code="reactions.party_gone", name=path.name)
    else:
        raise CaseFileError(code="reactions.party_needed", name=path.name)
    texts = paragraphs_of(version)
    report = ReadingReport(file_name=path.name, party=who.name, version=version.number, dry_run=dry_run)
    with case.read() as s:
        known = set(s.exec(select(col(Reaction.source_key)).where(col(Reaction.source_key).is_not(None))))
        responded = s.get(PartyResponse, (version.id, who.id)) is not None
    for found in concept.comments:
        key = _source_key(own.uuid, version.number, who.id, found)
        if key in known:
            report.already_read += 1
            continue
        known.add(key)
        report.added.append(Reaction(
            version_id=version.id, party_id=who.id, paragraph=found.paragraph,
            paragraph_text=texts.get(found.paragraph or -1, ""), text=found.text[:MAX_TEXT], author=found.author,
            received_at=found.date, channel=ReactionChannel.WORD,
            kind=ReactionKind.FACTUAL_CORRECTION if found.tracked_change else ReactionKind.ADDITION,
            source_key=key))
    if not report.added and (report.already_read or responded):
        raise CaseFileError(code="reactions.already_read", name=path.name, number=version.number, name2=who.name)
    if dry_run or case.read_only:
        if not dry_run:
            raise case.read_only_refusal()
        return report
    status = ResponseStatus.AGREED_WITH_REMARKS if concept.comments else ResponseStatus.AGREED
    with case.write("reaction", "import", f"versie {version.number}: {len(report.added)} reacties") as s:
        for reaction in report.added:
            s.add(reaction)
        _record_response(s, version.id, who.id, status)
    return report


def _record_response(s, version_id: int, party_id: int, status: str) -> None:
    existing = s.get(PartyResponse, (version_id, party_id))
    if existing is None:
        s.add(PartyResponse(version_id=version_id, party_id=party_id, status=status))
    elif status == ResponseStatus.AGREED_WITH_REMARKS and existing.status != status:
        existing.status = status
        s.add(existing)


def set_response(case: CaseFile, party_id: int, status: str, *, version: int | None = None) -> None:
    """Note that an organisation agreed (with or without remarks), e.g. after a phone call."""
    if status not in ResponseStatus.__members__.values():
        raise CaseFileError(code="reactions.unknown_status", status=status)
    target = _version_or_latest(case, version)
    with case.write("reaction", "response", f"versie {target.number}") as s:
        existing = s.get(PartyResponse, (target.id, party_id))
        if existing is None:
            s.add(PartyResponse(version_id=target.id, party_id=party_id, status=status))
        else:
            existing.status = status
            existing.noted_at = datetime.now().replace(microsecond=0)
            s.add(existing)


def _version_or_latest(case: CaseFile, number: int | None) -> DraftVersion:
    with case.read() as s:
        query = select(DraftVersion).order_by(col(DraftVersion.number).desc())
        if number is not None:
            query = select(DraftVersion).where(DraftVersion.number == number)
        version = s.exec(query).first()
    if version is None:
        raise CaseFileError(code="concept.none_sent") if number is None else \
            CaseFileError(code="concept.version_gone", number=number)
    return version


def add_reaction(case: CaseFile, *, party_id: int, text: str, channel: str = ReactionChannel.PHONE,
                 kind: str = ReactionKind.ADDITION, paragraph: int | None = None, author: str = "",
                 version: int | None = None) -> Reaction:
    """A reaction that came by phone or e-mail, typed by the chair; it counts as a response with remarks."""
    clean = text.strip()
    if not clean:
        raise CaseFileError(code="contribution.empty")
    if len(clean) > MAX_TEXT:
        raise CaseFileError(code="reactions.too_long", max_text=MAX_TEXT)
    if channel not in ReactionChannel.__members__.values():
        raise CaseFileError(code="reactions.unknown_channel", channel=channel)
    if kind not in ReactionKind.__members__.values():
        raise CaseFileError(code="reactions.unknown_kind", kind=kind)
    target = _version_or_latest(case, version)
    texts = paragraphs_of(target)
    if paragraph is not None and paragraph not in texts:
        raise CaseFileError(code="reactions.no_such_paragraph", paragraph=paragraph, number=target.number)
    reaction = Reaction(version_id=target.id, party_id=party_id, paragraph=paragraph,
                        paragraph_text=texts.get(paragraph or -1, ""), text=clean, author=author.strip(),
                        received_at=datetime.now().replace(microsecond=0), channel=channel, kind=kind)
    with case.write("reaction", "add", f"versie {target.number}") as s:
        s.add(reaction)
        _record_response(s, target.id, party_id, ResponseStatus.AGREED_WITH_REMARKS)
    return reaction


def decide(case: CaseFile, reaction_id: int, decision: str, *, reason: str = "", decided_by: str = "",
           kind: str | None = None) -> None:
    """Take a reaction over or not; not taking it over needs a reason (it goes into the appendix)."""
    if decision not in ReactionDecision.__members__.values():
        raise CaseFileError(code="reactions.unknown_decision", decision=decision)
    if decision == ReactionDecision.NOT_ADOPTED and not reason.strip():
        raise CaseFileError(code="reactions.rejection_reason")
    if decision != ReactionDecision.PENDING and not decided_by.strip():
        raise CaseFileError(code="reactions.decided_by")
    if kind is not None and kind not in ReactionKind.__members__.values():
        raise CaseFileError(code="reactions.unknown_kind", kind=kind)
    with case.write("reaction", "decide", f"#{reaction_id}") as s:
        row = s.get(Reaction, reaction_id)
        if row is None:
            raise CaseFileError(code="reactions.gone")
        row.decision = decision
        row.decision_reason = reason.strip()
        row.decided_by = decided_by.strip()
        if kind is not None:
            row.kind = kind
        s.add(row)


def set_kind(case: CaseFile, reaction_id: int, kind: str) -> None:
    if kind not in ReactionKind.__members__.values():
        raise CaseFileError(code="reactions.unknown_kind", kind=kind)
    with case.write("reaction", "edit", f"#{reaction_id}") as s:
        row = s.get(Reaction, reaction_id)
        if row is None:
            raise CaseFileError(code="reactions.gone")
        row.kind = kind
        s.add(row)


def list_reactions(case: CaseFile) -> list[Reaction]:
    with case.read() as s:
        return list(s.exec(select(Reaction).order_by(col(Reaction.version_id), col(Reaction.paragraph), col(Reaction.id))))


def count_reactions(case: CaseFile) -> int:
    with case.read() as s:
        return int(s.exec(select(func.count()).select_from(Reaction)).one())


def list_responses(case: CaseFile) -> list[PartyResponse]:
    with case.read() as s:
        return list(s.exec(select(PartyResponse)))


def case_uuid(case: CaseFile) -> str:
    with case.read() as s:
        return s.exec(select(Case.uuid)).one()
