"""The tables of a case file.

One SQLite file holds exactly one review. Enumerated values are stored as the
English keys of :mod:`casereview.vocabulary`; dates as ISO text so that a file
stays readable with any SQLite tool.

The annotations are evaluated when the module loads (no ``from __future__ import annotations``):
as strings, pydantic and SQLAlchemy would each compile and evaluate all ~260 of them again, at start-up.

This module maps the tables the window needs to show a case. The other groups (the analysis' further
records, the merge, the follow-up, the names, the round after the meeting) live in their own modules
and are mapped when a name of theirs is first asked for here: ``from casereview.model.tables import
Reaction`` works as for any table, and mapping 21 tables that opening a case never reads no longer
delays the first paint. Whatever needs the whole schema (creating or migrating a file, undo's search for
rows that point at a row) calls :func:`load_all_tables` first; opening a file checks it against
:mod:`casereview.model.schema_description`.
"""

import importlib
import uuid as uuid_module
from datetime import date
from typing import TYPE_CHECKING, Any

from pydantic import NaiveDatetime
from sqlmodel import Field

from casereview.model.table_base import Table, now_to_the_second
from casereview.vocabulary import (
    AgreementKind,
    AgreementStatus,
    Attribution,
    ContributionKind,
    DatePrecision,
    KeyMoment,
    PartyCategory,
    ReportStatus,
    StepState,
)


class Case(Table, table=True):
    """The review itself; a case file has exactly one row here."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=lambda: str(uuid_module.uuid4()), index=True)
    title: str = ""
    incident: str = ""
    goal: str = ""
    questions: str = ""  # one review question per line
    incident_date: date | None = None
    review_date: date | None = None
    followup_date: date | None = None
    terugkommoment_date: date | None = None  # about a year after the review: does what was agreed work?
    attribution: str = Attribution.PARTY
    # A practice review (the demo, a worst-case exercise): the overview leaves it out of its figures.
    exercise: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    session_closed_at: NaiveDatetime | None = None
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)
    # The verslag's colophon: who owns the report and what state it is in.
    commissioner: str = Field(default="", sa_column_kwargs={"server_default": ""})  # opdrachtgever
    chair_name: str = Field(default="", sa_column_kwargs={"server_default": ""})
    chair_contact: str = Field(default="", sa_column_kwargs={"server_default": ""})  # how the family reaches them
    authors: str = Field(default="", sa_column_kwargs={"server_default": ""})  # one per line
    report_version: str = Field(default="", sa_column_kwargs={"server_default": ""})
    report_status: str = Field(default=ReportStatus.CONCEPT, sa_column_kwargs={"server_default": "concept"})
    adopted_on: date | None = None  # the day the verslag was adopted (vastgesteld)
    distribution: str = Field(default="", sa_column_kwargs={"server_default": ""})  # one recipient per line
    followup_time: str = Field(default="", sa_column_kwargs={"server_default": ""})  # "14:00", for the calendar
    followup_place: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Party(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    category: str = PartyCategory.ORGANISATION
    involvement: str | None = None  # family/client: comma separated Involvement keys
    contact_person: str | None = None  # family/client: who the review keeps in touch with


class Participant(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = ""
    party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")


class TimelineEvent(Table, table=True):
    """One line of the feitenrelaas.

    ``date_start``/``date_end`` bound the period the written date can mean
    (a month spans its days); ``date_text`` keeps what the source said.
    """

    id: int | None = Field(default=None, primary_key=True)
    date_start: date | None = Field(default=None, index=True)
    date_end: date | None = None
    date_precision: str = DatePrecision.UNKNOWN
    date_text: str = ""
    time: str = ""
    party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")
    description: str = ""
    source: str = ""
    key_moment: str = KeyMoment.NONE
    import_batch: int | None = Field(default=None, index=True)
    from_family: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    event_type: str = Field(default="", sa_column_kwargs={"server_default": ""})  # signaal, overdracht, ...
    # For a hand-over: did the sending party make sure the follow-up care really started? "", "yes", "no".
    followup_confirmed: str = Field(default="", sa_column_kwargs={"server_default": ""})
    origin_file: str = Field(default="", sa_column_kwargs={"server_default": ""})  # the imported file's name
    origin_row: int | None = None  # its row there
    # For a hand-over, referral, closure, move or refusal: the party that takes over (``party_id`` hands over).
    receiving_party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")


class EventPartyLink(Table, table=True):
    """A further party an event involves (a hand-over, a joint meeting); the first is ``TimelineEvent.party_id``."""

    event_id: int = Field(foreign_key="timelineevent.id", primary_key=True, ondelete="CASCADE")
    party_id: int = Field(foreign_key="party.id", primary_key=True, ondelete="CASCADE")


class Step(Table, table=True):
    """A phase of the session procedure (the agenda)."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    title: str
    rules: str = ""  # comma separated rule numbers this phase serves
    prompt: str = ""
    timebox_minutes: int = 15
    state: str = StepState.PENDING
    notes: str = ""
    elapsed_seconds: int = 0


class Contribution(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    step_id: int | None = Field(default=None, foreign_key="step.id", ondelete="SET NULL", index=True)
    party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")
    participant_id: int | None = Field(default=None, foreign_key="participant.id", ondelete="SET NULL")
    kind: str = ContributionKind.OBSERVATION
    text: str
    event_id: int | None = Field(default=None, foreign_key="timelineevent.id", ondelete="SET NULL")
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)


class Theme(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    is_default: bool = False
    code: str | None = Field(default=None, index=True)  # stable across files: relabelling keeps the counts


class Conclusion(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    text: str
    no_change: bool = False  # "er hoeft niets te veranderen"
    no_change_reason: str = ""
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)
    # The review questions (their numbers, comma separated) this conclusion answers.
    answers: str = Field(default="", sa_column_kwargs={"server_default": ""})


class ConclusionThemeLink(Table, table=True):
    conclusion_id: int = Field(foreign_key="conclusion.id", primary_key=True, ondelete="CASCADE")
    theme_id: int = Field(foreign_key="theme.id", primary_key=True, ondelete="CASCADE")


class Agreement(Table, table=True):
    """A verbeterafspraak, carried from the meeting to its follow-up."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    action: str
    owner_party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")
    owner_person: str = ""
    due_date: date | None = None
    success_check: str = ""
    kind: str = AgreementKind.IMPROVE_EXISTING
    kind_reason: str = ""
    status: str = AgreementStatus.OPEN
    status_reason: str = ""
    conclusion_id: int | None = Field(default=None, foreign_key="conclusion.id", ondelete="SET NULL")
    level: str | None = None  # AgreementLevel key; None until the chair says where it lands
    programme: str | None = None  # the existing way of working or programme it belongs to (rule 4)
    created_at: NaiveDatetime = Field(default_factory=now_to_the_second)


class GroundRule(Table, table=True):
    """Rule 1: a ground rule the group agrees to at the opening."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    text: str
    agreed: bool = False


class PreparationQuestion(Table, table=True):
    """Rule 6: a question a party thinks about before the meeting (no party: all)."""

    id: int | None = Field(default=None, primary_key=True)
    party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="CASCADE")
    text: str


class RuleWaiver(Table, table=True):
    """A rule of the seven the chair marked "n.v.t.", with the reason."""

    rule: int = Field(primary_key=True)
    reason: str


class ChangeLog(Table, table=True):
    """What changed and when, for accountability."""

    id: int | None = Field(default=None, primary_key=True)
    at: NaiveDatetime = Field(default_factory=now_to_the_second)
    action: str  # add / edit / delete / import / export / ...
    entity: str
    entity_id: int | None = None
    detail: str = ""


class Holder(Table, table=True):
    """Who has this file open for editing, inside the file itself.

    The lock file next to a case is found by its path; a hard link, a second
    share name or a copy-on-sync client reaches the same file by another path.
    This row travels with the file, so every path sees it. ``heartbeat`` is
    refreshed while the holder runs; a row whose heartbeat stopped is a dead
    holder.
    """

    id: int | None = Field(default=None, primary_key=True)
    token: str = Field(unique=True)
    user: str
    machine: str
    pid: int
    since: NaiveDatetime
    heartbeat: NaiveDatetime


class DetectionRun(Table, table=True):
    """When detection last ran and over which texts (a hash): newer texts mean the list may be incomplete."""

    id: int | None = Field(default=None, primary_key=True)
    texts_hash: str
    detected_at: NaiveDatetime = Field(default_factory=now_to_the_second)


_GROUPS: dict[str, tuple[str, ...]] = {
    "casereview.model.analysis_tables": (
        "GreyArea", "StaffAftercare", "Incident", "ConclusionEventLink", "ConclusionContributionLink"),
    "casereview.model.merge_tables": ("MergeRejection", "EventPart"),
    "casereview.model.follow_up_tables": ("EffectCheck", "FollowUpDecision", "AgreementThemeLink", "ProgressNote"),
    "casereview.model.name_tables": ("Pseudonym", "DetectedName", "NameDecision"),
    "casereview.model.report_round_tables": (
        "DraftVersion", "PartyResponse", "Reaction", "Evaluation", "FamilyQuestion", "Leerbrief"),
}
_GROUP_OF = {name: module for module, names in _GROUPS.items() for name in names}


def __getattr__(name: str) -> Any:
    """A table of a later group, mapped on first use (PEP 562)."""
    module = _GROUP_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def load_all_tables() -> None:
    """Map every table, so ``SQLModel.metadata`` holds the whole schema."""
    for module in _GROUPS:
        importlib.import_module(module)


if TYPE_CHECKING:
    from casereview.model.analysis_tables import (
        ConclusionContributionLink as ConclusionContributionLink,
    )
    from casereview.model.analysis_tables import ConclusionEventLink as ConclusionEventLink
    from casereview.model.analysis_tables import GreyArea as GreyArea
    from casereview.model.analysis_tables import Incident as Incident
    from casereview.model.analysis_tables import StaffAftercare as StaffAftercare
    from casereview.model.follow_up_tables import AgreementThemeLink as AgreementThemeLink
    from casereview.model.follow_up_tables import EffectCheck as EffectCheck
    from casereview.model.follow_up_tables import FollowUpDecision as FollowUpDecision
    from casereview.model.follow_up_tables import ProgressNote as ProgressNote
    from casereview.model.merge_tables import EventPart as EventPart
    from casereview.model.merge_tables import MergeRejection as MergeRejection
    from casereview.model.name_tables import DetectedName as DetectedName
    from casereview.model.name_tables import NameDecision as NameDecision
    from casereview.model.name_tables import Pseudonym as Pseudonym
    from casereview.model.report_round_tables import DraftVersion as DraftVersion
    from casereview.model.report_round_tables import Evaluation as Evaluation
    from casereview.model.report_round_tables import FamilyQuestion as FamilyQuestion
    from casereview.model.report_round_tables import Leerbrief as Leerbrief
    from casereview.model.report_round_tables import PartyResponse as PartyResponse
    from casereview.model.report_round_tables import Reaction as Reaction
