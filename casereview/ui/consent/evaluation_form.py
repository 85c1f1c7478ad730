"""The two-minute evaluation on the chair's laptop: one form per participant, no name, totals only."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casereview.session.evaluation import add_evaluation, summarise_evaluations
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.runner import attempt
from casereview.vocabulary.after_meeting import EVALUATION_QUESTIONS, MIN_EVALUATIONS_SHOWN

STATEMENTS = {
    "safe": QT_TRANSLATE_NOOP("shared", "Ik voelde me veilig om te zeggen wat ik dacht."),
    "goal": QT_TRANSLATE_NOOP("shared", "Het doel van de review was mij duidelijk."),
    "procedure": QT_TRANSLATE_NOOP("shared", "Ik wist wat er ging gebeuren."),
    "heard": QT_TRANSLATE_NOOP("shared", "Iedereen kwam aan het woord."),
    "preparation": QT_TRANSLATE_NOOP("shared", "De voorbereiding hielp mij."),
    "conclusions": QT_TRANSLATE_NOOP("shared", "De review eindigde met heldere conclusies."),
    "worth": QT_TRANSLATE_NOOP("shared", "De review was de tijd waard."),
    "again": QT_TRANSLATE_NOOP("shared", "Ik zou weer meedoen aan een review."),
}
SCALE = (
    QT_TRANSLATE_NOOP("shared", "helemaal oneens"),
    QT_TRANSLATE_NOOP("shared", "oneens"),
    QT_TRANSLATE_NOOP("shared", "neutraal"),
    QT_TRANSLATE_NOOP("shared", "eens"),
    QT_TRANSLATE_NOOP("shared", "helemaal eens"),
)


class EvaluationForm(QWidget):
    """Eight statements, five choices each; saving stores one anonymous form and clears for the next person."""

    saved = Signal()

    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("evaluationForm")
        grid = QGridLayout()
        for column, text in enumerate(SCALE, start=1):
            head = QLabel(QCoreApplication.translate("shared", text))
            head.setWordWrap(True)
            grid.addWidget(head, 0, column)
        self.groups: list[QButtonGroup] = []
        for row, (key, _statement) in enumerate(EVALUATION_QUESTIONS, start=1):
            text = QLabel(f"{row}. " + QCoreApplication.translate("shared", STATEMENTS[key]))
            text.setWordWrap(True)
            grid.addWidget(text, row, 0)
            group = QButtonGroup(self)
            for score in range(1, 6):
                button = QRadioButton(str(score), objectName=f"evaluation_{key}_{score}")
                group.addButton(button, score)
                grid.addWidget(button, row, score)
            self.groups.append(group)
        grid.setColumnStretch(0, 1)
        for column in range(1, 6):
            grid.setColumnMinimumWidth(column, 110)
        self.save_button = QPushButton(self.tr("Opslaan en volgende deelnemer"), objectName="saveEvaluationButton")
        self.count_label = QLabel(objectName="evaluationCount")
        self.summary_label = QLabel(objectName="evaluationSummary", wordWrap=True)
        note = QLabel(self.tr("Anoniem: er wordt geen naam opgeslagen. Uitkomsten alleen als totaal, "
                              "vanaf drie formulieren."))
        note.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addLayout(bottom)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(not context.case.read_only)
        self.refresh()

    def answers(self) -> list[int | None]:
        return [group.checkedId() if group.checkedId() > 0 else None for group in self.groups]

    def clear(self) -> None:
        for group in self.groups:
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)

    def save(self) -> None:
        outcome = attempt(lambda: add_evaluation(self.context.case, self.answers()),
                          parent=self, title=self.tr("Evaluatie"))
        if not outcome.ok:
            return
        self.clear()
        self.refresh()
        self.saved.emit()

    def refresh(self) -> None:
        summary = summarise_evaluations(self.context.case)
        self.count_label.setText(self.tr("%n formulieren ingevoerd", "", summary.count))
        if not summary.shown:
            self.summary_label.setText(self.tr("Uitkomsten worden getoond vanaf {0} formulieren.").format(
                MIN_EVALUATIONS_SHOWN))
            return
        lines = []
        for result in summary.questions:
            statement = QCoreApplication.translate("shared", STATEMENTS[result.key])
            value = f"{result.mean:.1f}" if result.mean is not None else self.tr("te weinig antwoorden")
            lines.append(f"{statement}  {value}")
        self.summary_label.setText(self.tr("Gemiddeld (1–5):") + "\n" + "\n".join(lines))


class EvaluationDialog(QDialog):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationDialog")
        self.setWindowTitle(self.tr("Evaluatie door de deelnemers"))
        self.resize(900, 560)
        self.form = EvaluationForm(context, parent=self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
