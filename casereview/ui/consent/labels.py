"""Dutch labels of the after-meeting vocabularies, marked for translation (services hold no Qt)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casereview.vocabulary.after_meeting import (
    Involvement,
    ReactionChannel,
    ReactionDecision,
    ReactionKind,
    ResponseStatus,
)

KIND = {
    ReactionKind.FACTUAL_CORRECTION: QT_TRANSLATE_NOOP("shared", "feitelijke correctie"),
    ReactionKind.ADDITION: QT_TRANSLATE_NOOP("shared", "aanvulling"),
    ReactionKind.OTHER_VIEW: QT_TRANSLATE_NOOP("shared", "andere zienswijze"),
}
DECISION = {
    ReactionDecision.PENDING: QT_TRANSLATE_NOOP("shared", "nog niet besloten"),
    ReactionDecision.ADOPTED: QT_TRANSLATE_NOOP("shared", "overgenomen"),
    ReactionDecision.NOT_ADOPTED: QT_TRANSLATE_NOOP("shared", "niet overgenomen"),
}
CHANNEL = {
    ReactionChannel.WORD: QT_TRANSLATE_NOOP("shared", "opmerking in Word"),
    ReactionChannel.PHONE: QT_TRANSLATE_NOOP("shared", "telefonisch"),
    ReactionChannel.EMAIL: QT_TRANSLATE_NOOP("shared", "per e-mail"),
}
RESPONSE = {
    ResponseStatus.AGREED: QT_TRANSLATE_NOOP("shared", "akkoord"),
    ResponseStatus.AGREED_WITH_REMARKS: QT_TRANSLATE_NOOP("shared", "akkoord met opmerkingen"),
}
INVOLVEMENT = {
    Involvement.INFORMED: QT_TRANSLATE_NOOP("shared", "geïnformeerd"),
    Involvement.INTERVIEWED: QT_TRANSLATE_NOOP("shared", "gesproken"),
    Involvement.PRESENT: QT_TRANSLATE_NOOP("shared", "aanwezig"),
    Involvement.READS_DRAFT: QT_TRANSLATE_NOOP("shared", "leest het concept"),
}


def label(table: dict[str, str], key: str) -> str:
    text = table.get(key)
    return QCoreApplication.translate("shared", text) if text else key
