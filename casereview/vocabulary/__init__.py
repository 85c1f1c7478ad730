"""Fixed vocabularies of the domain, stored as stable English keys.

The database keeps the keys; people see the Dutch labels. Keeping the keys
English means a renamed label never invalidates an existing case file.
"""

from __future__ import annotations

from enum import StrEnum


class PartyCategory(StrEnum):
    CLIENT = "client"
    PROFESSIONAL = "professional"
    MANAGER = "manager"
    INSPECTORATE = "inspectorate"
    EXPERT = "expert"
    ORGANISATION = "organisation"
    MUNICIPALITY = "municipality"


PARTY_CATEGORY_LABELS: dict[str, str] = {
    PartyCategory.CLIENT: "Cliënt/burger",
    PartyCategory.PROFESSIONAL: "Professional",
    PartyCategory.MANAGER: "Manager",
    PartyCategory.INSPECTORATE: "Inspectie",
    PartyCategory.EXPERT: "Onafhankelijk expert",
    PartyCategory.ORGANISATION: "Instelling",
    PartyCategory.MUNICIPALITY: "Gemeente",
}


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"


DATE_PRECISION_LABELS: dict[str, str] = {
    DatePrecision.DAY: "dag",
    DatePrecision.MONTH: "maand",
    DatePrecision.YEAR: "jaar",
    DatePrecision.UNKNOWN: "onbekend",
}


class KeyMoment(StrEnum):
    NONE = "none"
    GOOD = "good"
    CONCERN = "concern"


KEY_MOMENT_LABELS: dict[str, str] = {
    KeyMoment.NONE: "",
    KeyMoment.GOOD: "goed",
    KeyMoment.CONCERN: "zorgelijk",
}


class ContributionKind(StrEnum):
    OBSERVATION = "observation"
    WENT_WELL = "went_well"
    CONCERN = "concern"
    QUESTION = "question"
    LESSON = "lesson"
    PREPARATION = "preparation"


CONTRIBUTION_KIND_LABELS: dict[str, str] = {
    ContributionKind.OBSERVATION: "observatie",
    ContributionKind.WENT_WELL: "ging goed",
    ContributionKind.CONCERN: "zorg",
    ContributionKind.QUESTION: "vraag",
    ContributionKind.LESSON: "les",
    ContributionKind.PREPARATION: "voorbereiding",
}


class StepState(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    DONE = "done"


STEP_STATE_LABELS: dict[str, str] = {
    StepState.PENDING: "nog niet",
    StepState.ACTIVE: "bezig",
    StepState.DONE: "afgerond",
}


# The parts of a leerbrief, as its leak check names where it found something (the window translates them).
LEERBRIEF_PLACE_LABELS: dict[str, str] = {
    "target_group": "Doelgroep",
    "circumstances": "Omstandigheden",
    "story": "Het verhaal",
    "mechanisms": "Mechanismen",
    "went_well": "Wat ging goed",
    "lessons": "Lessen",
    "theme_names": "thema's",
    "theme_codes": "themacodes",
    "document": "document",
}


class ReportStatus(StrEnum):
    """Where the verslag stands: a concept for wederhoor, or the definitive, adopted version."""

    CONCEPT = "concept"
    FINAL = "final"


REPORT_STATUS_LABELS: dict[str, str] = {
    ReportStatus.CONCEPT: "concept ter wederhoor",
    ReportStatus.FINAL: "definitief",
}


class AgreementKind(StrEnum):
    IMPROVE_EXISTING = "improve_existing"
    NEW_MEASURE = "new_measure"
    NO_MEASURE = "no_measure"


AGREEMENT_KIND_LABELS: dict[str, str] = {
    AgreementKind.IMPROVE_EXISTING: "verbetering bestaande werkwijze",
    AgreementKind.NEW_MEASURE: "nieuwe maatregel",
    AgreementKind.NO_MEASURE: "geen maatregel nodig",
}


class AgreementStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    NOT_DONE = "not_done"


AGREEMENT_STATUS_LABELS: dict[str, str] = {
    AgreementStatus.OPEN: "open",
    AgreementStatus.IN_PROGRESS: "in uitvoering",
    AgreementStatus.DONE: "uitgevoerd",
    AgreementStatus.NOT_DONE: "niet uitgevoerd",
}


class AgreementLevel(StrEnum):
    """Where an agreement lands: who has to change something."""

    TEAM = "team"
    ORGANISATION = "organisation"
    CHAIN = "chain"
    MUNICIPALITY = "municipality"
    NATIONAL = "national"


AGREEMENT_LEVEL_LABELS: dict[str, str] = {
    AgreementLevel.TEAM: "team",
    AgreementLevel.ORGANISATION: "organisatie",
    AgreementLevel.CHAIN: "keten",
    AgreementLevel.MUNICIPALITY: "gemeente",
    AgreementLevel.NATIONAL: "landelijk",
}


class EffectResult(StrEnum):
    WORKS = "works"
    PARTLY = "partly"
    DOES_NOT_WORK = "does_not_work"
    TOO_EARLY = "too_early"


EFFECT_RESULT_LABELS: dict[str, str] = {
    EffectResult.WORKS: "werkt",
    EffectResult.PARTLY: "werkt deels",
    EffectResult.DOES_NOT_WORK: "werkt niet",
    EffectResult.TOO_EARLY: "nog niet te zeggen",
}


class FollowUpDecisionKind(StrEnum):
    CARRY_FORWARD = "carry_forward"
    STOP = "stop"


FOLLOWUP_DECISION_LABELS: dict[str, str] = {
    FollowUpDecisionKind.CARRY_FORWARD: "doorgeschoven",
    FollowUpDecisionKind.STOP: "gestopt",
}


class Attribution(StrEnum):
    """Rule 1: how contributions are attributed when shown or exported."""

    PARTY = "party"
    ANONYMOUS = "anonymous"
    NAMED = "named"


ATTRIBUTION_LABELS: dict[str, str] = {
    Attribution.PARTY: "per partij",
    Attribution.ANONYMOUS: "anoniem",
    Attribution.NAMED: "per persoon (met naam)",
}

# The recurring themes (rode draden) from the inspectorates' overview reports, with
# stable codes: counts across case files follow the code, so relabelling a theme
# does not split them. Codes are never reused or renamed.
DEFAULT_THEME_CODES: tuple[tuple[str, str], ...] = (
    ("rd-ouders", "Rol van de ouders: veiligheid van het kind tegenover de wensen van de ouders"),
    ("rd-signalen", "Signalen bundelen (verwijsindex, gezinsniveau)"),
    ("rd-kennis", "Scholing en kennis: onderbuikgevoel delen, taken van partners kennen"),
    ("rd-risico", "Veiligheidsrisico's opnieuw wegen bij veranderingen in het gezin"),
    ("rd-continuiteit", "Continuïteit van zorg: bij overdracht, na een besluit van rechter of Raad om geen "
                        "maatregel op te leggen, en als intensieve hulp stopt zonder nazorg"),
    ("rd-volwassenen", "Problemen van volwassenen zijn problemen van kinderen"),
    ("rd-opschalen", "Tijdig op- en afschalen van zorg (vrijwillig is niet vrijblijvend)"),
    ("rd-chronisch", "Chronische problematiek: kwetsbare gezinnen hebben blijvende steun nodig"),
)
DEFAULT_THEMES: tuple[str, ...] = tuple(label for _code, label in DEFAULT_THEME_CODES)

# Labels earlier versions gave the default themes, so older files get the right code.
FORMER_THEME_NAMES: dict[str, str] = {
    "Continuïteit van zorg bij overdracht en na een geweigerde maatregel": "rd-continuiteit",
}

THE_SEVEN_RULES: tuple[tuple[int, str, str], ...] = (
    (1, "Veilige setting", "Niemand zit hier voor een beoordeling van zijn functioneren."),
    (2, "Helder doel", "We leren om te verbeteren; het doel staat op papier."),
    (3, "Voorspelbare procedure", "Iedereen weet wat er komt; de procedure leidt waar nodig tot afspraken."),
    (4, "Geen te grote vernieuwingsdrang", "Bestaande werkwijzen verbeteren levert vaak meer op dan iets nieuws."),
    (5, "Gemengde denkkracht en goede leiding", "Alle perspectieven komen aan bod; de voorzitter geeft ieder ruimte."),
    (6, "Goed voorbereiden en goed afronden", "Voorbereid binnenkomen; afsluiten met heldere conclusies en afspraken."),
    (7, "Maak plaats", "De review hoort bij het kwaliteitssysteem; afspraken worden gevolgd."),
)
# The rules' titles and meanings by number, so the window can translate them (update.py reads ``*_LABELS``).
RULE_TITLE_LABELS: dict[int, str] = {number: title for number, title, _meaning in THE_SEVEN_RULES}
RULE_MEANING_LABELS: dict[int, str] = {number: meaning for number, _title, meaning in THE_SEVEN_RULES}

MONTH_NAMES_NL: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli",
    "augustus", "september", "oktober", "november", "december")
# The month names and the words before a rough date, by what the services write, so the window can
# translate the dates it shows (update.py reads ``*_LABELS``); documents keep the Dutch.
MONTH_LABELS: dict[int, str] = dict(enumerate(MONTH_NAMES_NL, start=1))
DATE_QUALIFIER_LABELS: dict[str, str] = {"ca.": "ca.", "begin": "begin", "medio": "medio", "eind": "eind",
                                         "datum onbekend": "datum onbekend"}


# Kinds of timeline event; recognised from clear words in :mod:`casereview.timeline.event_types`.
class EventType(StrEnum):
    NONE = ""
    SIGNAL = "signal"
    CONTACT = "contact"
    DECISION = "decision"
    HANDOVER = "handover"
    REPORT = "report"
    REFERRAL = "referral"
    MEETING = "meeting"
    ASSESSMENT = "assessment"
    INCIDENT = "incident"
    CLOSURE = "closure"
    MOVE = "move"
    REFUSAL = "refusal"
    OTHER = "other"


EVENT_TYPE_LABELS: dict[str, str] = {
    EventType.NONE: "",
    EventType.SIGNAL: "signaal",
    EventType.CONTACT: "contact",
    EventType.DECISION: "besluit",
    EventType.HANDOVER: "overdracht",
    EventType.REPORT: "melding",
    EventType.REFERRAL: "verwijzing",
    EventType.MEETING: "overleg",
    EventType.ASSESSMENT: "onderzoek",
    EventType.INCIDENT: "incident",
    EventType.CLOSURE: "afsluiting",
    EventType.MOVE: "verhuizing",
    EventType.REFUSAL: "afwijzing",
    EventType.OTHER: "overig",
}

# Kinds of event that pass responsibility for the child's safety on (or end it): the responsibility map
# follows them, and for each one asks who takes over and whether that party confirmed it started.
RESPONSIBILITY_EVENT_TYPES: frozenset[str] = frozenset(
    {EventType.HANDOVER, EventType.REFERRAL, EventType.CLOSURE, EventType.MOVE, EventType.REFUSAL})

class GreyAreaKind(StrEnum):
    """The schemergebied: what the review could not settle, had to weigh, or chose to accept."""

    UNCERTAINTY = "uncertainty"
    DILEMMA = "dilemma"
    ACCEPTED_RISK = "accepted_risk"


GREY_AREA_KIND_LABELS: dict[str, str] = {
    GreyAreaKind.UNCERTAINTY: "onzekerheid",
    GreyAreaKind.DILEMMA: "afweging (dilemma)",
    GreyAreaKind.ACCEPTED_RISK: "geaccepteerd risico",
}


class GapReason(StrEnum):
    """Why nobody held the child for a while (the responsibility map's gaps)."""

    HANDOVER_UNCONFIRMED = "handover_unconfirmed"
    CLOSURE_WITHOUT_NEXT_PARTY = "closure_without_next_party"
    MOVE_WITHOUT_WARM_TRANSFER = "move_without_warm_transfer"
    REFUSAL_WITHOUT_FALLBACK = "refusal_without_fallback"


GAP_REASON_LABELS: dict[str, str] = {
    GapReason.HANDOVER_UNCONFIRMED: "overdracht zonder bevestigde start",
    GapReason.CLOSURE_WITHOUT_NEXT_PARTY: "afgesloten zonder volgende partij",
    GapReason.MOVE_WITHOUT_WARM_TRANSFER: "verhuizing zonder warme overdracht",
    GapReason.REFUSAL_WITHOUT_FALLBACK: "afwijzing zonder vangnet",
}

# For a hand-over: was the start of the follow-up care confirmed?
FOLLOWUP_UNKNOWN, FOLLOWUP_YES, FOLLOWUP_NO = "", "yes", "no"
FOLLOWUP_LABELS: dict[str, str] = {FOLLOWUP_UNKNOWN: "onbekend", FOLLOWUP_YES: "bevestigd",
                                   FOLLOWUP_NO: "niet bevestigd"}

# The chair's guide to the seven rules, here so the translation script finds its texts.
from casereview.vocabulary.rule_guide import RULE_GUIDE_LABELS  # noqa: E402, F401
