"""The tables of a case file.

One SQLite file holds exactly one review. Enumerated values are stored as the
English keys of :mod:`casereview.vocabulary`; dates as ISO text so that a file
stays readable with any SQLite tool.

The annotations are evaluated when the module loads (no ``from __future__ import annotations``):
as strings, pydantic and SQLAlchemy would each compile and evaluate all ~260 of them again, at start-up.
"""


import uuid as uuid_module
from datetime import date, datetime

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel
from sqlmodel._compat import SQLModelConfig  # the type SQLModel gives model_config

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


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


class Table(SQLModel):
    """The base of every table: pydantic builds a table's validator when one is first needed.

    Rows are made by SQLAlchemy and our services, not validated, so building 37 validators while
    the module loads was start-up time (~10 ms) that opening a case never used.
    """

    model_config = SQLModelConfig(defer_build=True)


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
    created_at: NaiveDatetime = Field(default_factory=_now)
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


class GreyArea(Table, table=True):
    """The schemergebied: an uncertainty, a dilemma or a risk the group accepted, in the analysis."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str  # GreyAreaKind key
    text: str
    position: int = 0


class StaffAftercare(Table, table=True):
    """Zorg voor personeel: what the incident did to a party's professionals and what aftercare they get.

    Internal by default: a document for outside recipients carries it only when the chair ticks ``share``.
    """

    party_id: int = Field(foreign_key="party.id", primary_key=True, ondelete="CASCADE")
    impact: str = ""
    aftercare: str = ""
    share: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})


class Incident(Table, table=True):
    """A further incident the same review looks at ("vijf meldingen in één onderzoek"), with its own date.

    The first incident stays in ``Case.incident`` and ``Case.incident_date``.
    """

    id: int | None = Field(default=None, primary_key=True)
    date_start: date | None = None
    date_precision: str = DatePrecision.UNKNOWN
    date_text: str = ""
    description: str
    position: int = 0


class EventPartyLink(Table, table=True):
    """A further party an event involves (a hand-over, a joint meeting); the first is ``TimelineEvent.party_id``."""

    event_id: int = Field(foreign_key="timelineevent.id", primary_key=True, ondelete="CASCADE")
    party_id: int = Field(foreign_key="party.id", primary_key=True, ondelete="CASCADE")


class MergeRejection(Table, table=True):
    """Two events the chair kept apart: never proposed as one fact again, also after reopening or a new import.

    Events are known by a fingerprint of party, written date and text (``first`` < ``second``), not by id,
    because a new import of the same file makes new rows.
    """

    first: str = Field(primary_key=True)
    second: str = Field(primary_key=True)


class EventPart(Table, table=True):
    """One party's account of an event that was merged from several: its text, source, file and row."""

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="timelineevent.id", ondelete="CASCADE", index=True)
    party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")
    date_text: str = ""
    time: str = ""
    description: str = ""
    source: str = ""
    origin_file: str = ""
    origin_row: int | None = None


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
    created_at: NaiveDatetime = Field(default_factory=_now)


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
    created_at: NaiveDatetime = Field(default_factory=_now)
    # The review questions (their numbers, comma separated) this conclusion answers.
    answers: str = Field(default="", sa_column_kwargs={"server_default": ""})


class ConclusionEventLink(Table, table=True):
    conclusion_id: int = Field(foreign_key="conclusion.id", primary_key=True, ondelete="CASCADE")
    event_id: int = Field(foreign_key="timelineevent.id", primary_key=True, ondelete="CASCADE")


class ConclusionContributionLink(Table, table=True):
    conclusion_id: int = Field(foreign_key="conclusion.id", primary_key=True, ondelete="CASCADE")
    contribution_id: int = Field(foreign_key="contribution.id", primary_key=True, ondelete="CASCADE")


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
    created_at: NaiveDatetime = Field(default_factory=_now)


class EffectCheck(Table, table=True):
    """On a date, against the success check: does the agreement work? Several over time; the latest counts."""

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    checked_on: date = Field(default_factory=date.today)
    result: str  # EffectResult key
    note: str = ""
    created_at: NaiveDatetime = Field(default_factory=_now)


class FollowUpDecision(Table, table=True):
    """An overdue agreement carried forward to a new date, or stopped, at a follow-up meeting; never edited."""

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    decided_on: date = Field(default_factory=date.today)
    decision: str  # FollowUpDecisionKind key
    previous_due_date: date | None = None
    new_due_date: date | None = None
    reason: str
    created_at: NaiveDatetime = Field(default_factory=_now)


class AgreementThemeLink(Table, table=True):
    agreement_id: int = Field(foreign_key="agreement.id", primary_key=True, ondelete="CASCADE")
    theme_id: int = Field(foreign_key="theme.id", primary_key=True, ondelete="CASCADE")


class ProgressNote(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", ondelete="CASCADE", index=True)
    noted_on: date = Field(default_factory=date.today)
    text: str


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


class Pseudonym(Table, table=True):
    id: int | None = Field(default=None, primary_key=True)
    real_name: str = Field(unique=True)
    pseudonym: str


class ChangeLog(Table, table=True):
    """What changed and when, for accountability."""

    id: int | None = Field(default=None, primary_key=True)
    at: NaiveDatetime = Field(default_factory=_now)
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


class DraftVersion(Table, table=True):
    """A concept of the verslag frozen for the consent round (wederhoor): number, date and content hash.

    ``paragraphs`` keeps the numbered paragraphs as sent (JSON), so a reaction can quote the text it was on.
    """

    id: int | None = Field(default=None, primary_key=True)
    number: int = Field(unique=True)
    created_at: NaiveDatetime = Field(default_factory=_now)
    deadline: date | None = None
    content_hash: str
    paragraphs: str = "[]"


class PartyResponse(Table, table=True):
    """An organisation's answer to a draft version: agreed, or agreed with remarks."""

    version_id: int = Field(foreign_key="draftversion.id", primary_key=True, ondelete="CASCADE")
    party_id: int = Field(foreign_key="party.id", primary_key=True, ondelete="CASCADE")
    status: str
    noted_at: NaiveDatetime = Field(default_factory=_now)


class Reaction(Table, table=True):
    """One reaction on the concept: a Word comment read from a file, or typed after a call or e-mail."""

    id: int | None = Field(default=None, primary_key=True)
    version_id: int | None = Field(default=None, foreign_key="draftversion.id", ondelete="SET NULL")
    party_id: int | None = Field(default=None, foreign_key="party.id", ondelete="SET NULL")
    paragraph: int | None = None
    paragraph_text: str = ""
    text: str
    author: str = ""
    received_at: NaiveDatetime | None = None
    channel: str = "word"
    kind: str = "addition"
    decision: str = "pending"
    decision_reason: str = ""
    decided_by: str = ""
    source_key: str | None = Field(default=None, unique=True)  # a comment read once is never added again
    created_at: NaiveDatetime = Field(default_factory=_now)


class Evaluation(Table, table=True):
    """One participant's anonymous evaluation; no link to a person or party on purpose."""

    id: int | None = Field(default=None, primary_key=True)
    answers: str  # comma separated scores 1-5 (or empty) in the order of EVALUATION_QUESTIONS
    created_at: date = Field(default_factory=date.today)  # a day, not a time: the order must not give people away


class FamilyQuestion(Table, table=True):
    """A question the family (or the young person) asked at the start, tracked to an explicit answer."""

    id: int | None = Field(default=None, primary_key=True)
    position: int = 0
    text: str
    answer: str = ""
    created_at: NaiveDatetime = Field(default_factory=_now)
class Leerbrief(Table, table=True):
    """The anonymised learning note for people outside the review; one row per case file.

    Only the chair's own words for outsiders live here; the coded parts (kinds of
    organisations, themes, agreements by kind and level) are read from the case
    when the leerbrief is exported or published. ``ready`` is the chair's
    "klaar om te delen" mark: nothing leaves without it.
    """

    id: int | None = Field(default=None, primary_key=True)
    target_group: str = Field(default="", sa_column_kwargs={"server_default": ""})
    circumstances: str = Field(default="", sa_column_kwargs={"server_default": ""})
    story: str = Field(default="", sa_column_kwargs={"server_default": ""})
    mechanisms: str = Field(default="", sa_column_kwargs={"server_default": ""})
    went_well: str = Field(default="", sa_column_kwargs={"server_default": ""})
    lessons: str = Field(default="", sa_column_kwargs={"server_default": ""})  # one lesson per line
    ready: bool = Field(default=False, sa_column_kwargs={"server_default": "0"})
    updated_at: NaiveDatetime | None = None


class DetectedName(Table, table=True):
    """Personal data the de-identifier found in the case's texts, grouped by text and kind.

    Replaced whole by each detection run; ``places`` is a JSON list of where it
    occurs ("gebeurtenis 3", "titel"). Whether it is decided lives elsewhere:
    in the pseudonym list, or as a :class:`NameDecision` kept as written.
    """

    id: int | None = Field(default=None, primary_key=True)
    text: str
    kind: str
    count: int = 1
    places: str = "[]"
    detected_at: NaiveDatetime = Field(default_factory=_now)


class NameDecision(Table, table=True):
    """A detected text the chair decided is not a name to hide ("geen naam"): kept as written.

    Kept apart from :class:`DetectedName` so a decision survives the next
    detection run and holds again when the text comes back.
    """

    id: int | None = Field(default=None, primary_key=True)
    text: str = Field(unique=True)
    kind: str = ""
    decided_at: NaiveDatetime = Field(default_factory=_now)


class DetectionRun(Table, table=True):
    """When detection last ran and over which texts (a hash): newer texts mean the list may be incomplete."""

    id: int | None = Field(default=None, primary_key=True)
    texts_hash: str
    detected_at: NaiveDatetime = Field(default_factory=_now)
