"""Every failure the window can show, worded in the user's language.

Service errors carry a code and parameters
(:class:`casereview.vocabulary.error_catalog.CodedError`, of which
:class:`casereview.model.CaseFileError` is one); their window wording comes from
the one catalog in :mod:`casereview.vocabulary.error_catalog`, translated in the
``errors`` context of the .qm. Errors the services did not foresee (a full disk,
a database the driver refuses, a file that cannot be read) are classified by
:func:`casereview.model.failures.classify_failure` and become one clear sentence
too, never only a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from casereview.model.failures import classify_failure
from casereview.ui.language.translation import SHARED_CONTEXT
from casereview.vocabulary.error_catalog import (
    CATALOG,
    CONTEXT,
    CodedError,
    Labels,
    Message,
    Messages,
    compose,
    fill,
    wording,
)

log = logging.getLogger(__name__)


def is_expected(exc: BaseException) -> bool:
    """True for failures the window words for the user; anything else is a programming error."""
    return isinstance(exc, CodedError) or classify_failure(exc) is not None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def message(code: str, **params: Any) -> str:
    """The window's sentence for ``code``, in the interface language."""
    return fill(tr(wording(code, "window")), _worded(params))


def word(note: Message) -> str:
    """The window's text of a service's message (a rules checklist note, why a date is unreadable), in the
    interface language."""
    return message(note.code, **note.params)


def _worded(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters as the window shows them: vocabulary labels translated, an embedded message worded."""
    return {key: ", ".join(sorted(QCoreApplication.translate(SHARED_CONTEXT, label) for label in value))
            if isinstance(value, Labels) else word(value) if isinstance(value, Message)
            else "; ".join(word(part) for part in value) if isinstance(value, Messages) else value
            for key, value in params.items()}


def word_all(notes: Sequence[Message]) -> str:
    """Several messages as the window shows them: clauses joined into one sentence, as the documents do."""
    return compose(notes, word)


def describe(exc: BaseException) -> str:
    """The sentence the user sees for ``exc``, in the interface language."""
    if isinstance(exc, CodedError):
        if exc.code in CATALOG:
            return message(exc.code, **exc.params)
        return str(exc)
    classified = classify_failure(exc)
    log.error("Onverwachte fout: %s", type(exc).__name__, exc_info=exc)
    if classified is not None:
        return describe(classified)
    return str(exc)
