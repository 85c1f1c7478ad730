"""Why the session cannot close yet, and a button that takes the chair to the field that fixes it.

A refusal changes nothing: the clock keeps running and the phase stays where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from casereview.session import rules_check
from casereview.session.rules_check import RuleCheck
from casereview.ui.language.messages import word_all

GO_TO_TEXTS = {
    rules_check.FIELD_GROUND_RULES: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar de spelregels"),
    rules_check.FIELD_GOAL: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar het doel"),
    rules_check.FIELD_QUESTIONS: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar de reviewvragen"),
    rules_check.FIELD_AGENDA: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar de agenda"),
    rules_check.FIELD_AGREEMENTS: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar de verbeterafspraken"),
    rules_check.FIELD_CONCLUSIONS: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar de conclusies"),
    rules_check.FIELD_PREPARATION: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar de voorbereidingsvragen"),
    rules_check.FIELD_PARTIES: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar de partijen"),
    rules_check.FIELD_FOLLOWUP_MEETING: QT_TRANSLATE_NOOP("CloseRefusalDialog",
                                                          "Naar 'Vervolgbijeenkomst gepland op' (Opvolging)"),
    rules_check.FIELD_TERUGKOMMOMENT: QT_TRANSLATE_NOOP("CloseRefusalDialog", "Naar 'Terugkommoment op' (Opvolging)"),
}


class CloseRefusalDialog(QDialog):
    """Lists the open rules; "Naar …" goes to the field of the first one.

    Signals:
        goToField(str): the chair chose to go to this field (a ``rules_check.FIELD_`` name).
    """

    goToField = Signal(str)

    def __init__(self, remaining: list[RuleCheck], *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closeRefusalDialog")
        self.setWindowTitle(self.tr("Sessie nog niet af"))
        lines = [self.tr("De sessie kan nog niet worden afgesloten. Er is nog open:")]
        lines += [self.tr("Regel {0} ({1}): {2}").format(r.rule, self.tr(r.title), word_all(r.missing_notes))
                  for r in remaining]
        self.message = QLabel("\n".join(lines), objectName="closeRefusalMessage")
        self.message.setWordWrap(True)
        self.field = next((r.field for r in remaining if r.field), "")
        buttons = QDialogButtonBox()
        self.back_button = buttons.addButton(self.tr("Terug naar de sessie"), QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.setObjectName("closeRefusalBackButton")
        self.go_button: QPushButton | None = None
        if self.field:
            self.go_button = buttons.addButton(self.tr(GO_TO_TEXTS[self.field]), QDialogButtonBox.ButtonRole.AcceptRole)
            self.go_button.setObjectName("closeRefusalGoButton")
            self.go_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.accepted.connect(lambda: self.goToField.emit(self.field))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
