"""Vocabularies of what happens after the meeting: the consent round, the evaluation, the family.

Stored as English keys like the rest of :mod:`casereview.vocabulary`; people see the Dutch labels.
"""

from __future__ import annotations

from enum import StrEnum


class ReactionKind(StrEnum):
    FACTUAL_CORRECTION = "factual_correction"
    ADDITION = "addition"
    OTHER_VIEW = "other_view"


REACTION_KIND_LABELS: dict[str, str] = {
    ReactionKind.FACTUAL_CORRECTION: "feitelijke correctie",
    ReactionKind.ADDITION: "aanvulling",
    ReactionKind.OTHER_VIEW: "andere zienswijze",
}


class ReactionDecision(StrEnum):
    PENDING = "pending"
    ADOPTED = "adopted"
    NOT_ADOPTED = "not_adopted"


REACTION_DECISION_LABELS: dict[str, str] = {
    ReactionDecision.PENDING: "nog niet besloten",
    ReactionDecision.ADOPTED: "overgenomen",
    ReactionDecision.NOT_ADOPTED: "niet overgenomen",
}


class ReactionChannel(StrEnum):
    WORD = "word"
    PHONE = "phone"
    EMAIL = "email"


REACTION_CHANNEL_LABELS: dict[str, str] = {
    ReactionChannel.WORD: "opmerking in Word",
    ReactionChannel.PHONE: "telefonisch",
    ReactionChannel.EMAIL: "per e-mail",
}


class ResponseStatus(StrEnum):
    AGREED = "agreed"
    AGREED_WITH_REMARKS = "agreed_with_remarks"


RESPONSE_STATUS_LABELS: dict[str, str] = {
    ResponseStatus.AGREED: "akkoord",
    ResponseStatus.AGREED_WITH_REMARKS: "akkoord met opmerkingen",
}


class Involvement(StrEnum):
    """How far the family or young person took part; several can apply."""

    INFORMED = "informed"
    INTERVIEWED = "interviewed"
    PRESENT = "present"
    READS_DRAFT = "reads_draft"


INVOLVEMENT_LABELS: dict[str, str] = {
    Involvement.INFORMED: "geïnformeerd",
    Involvement.INTERVIEWED: "gesproken",
    Involvement.PRESENT: "aanwezig",
    Involvement.READS_DRAFT: "leest het concept",
}

# The participants' evaluation: one statement per question, answered 1 (helemaal oneens) to 5 (helemaal eens).
# The keys are stored; the order is the order of the form. They follow the seven rules.
EVALUATION_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("safe", "Ik voelde me veilig om te zeggen wat ik dacht."),
    ("goal", "Het doel van de review was mij duidelijk."),
    ("procedure", "Ik wist wat er ging gebeuren."),
    ("heard", "Iedereen kwam aan het woord."),
    ("preparation", "De voorbereiding hielp mij."),
    ("conclusions", "De review eindigde met heldere conclusies."),
    ("worth", "De review was de tijd waard."),
    ("again", "Ik zou weer meedoen aan een review."),
)

EVALUATION_SCALE: tuple[str, ...] = ("helemaal oneens", "oneens", "neutraal", "eens", "helemaal eens")

MIN_EVALUATIONS_SHOWN = 3
"""Below this many answers nothing of the evaluation is shown: a small group could be traced to a person."""
