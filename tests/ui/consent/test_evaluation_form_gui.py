"""The evaluation form: one anonymous form per participant, totals only from three."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from casereview.session.evaluation import summarise_evaluations
from casereview.ui.case_context import CaseContext
from casereview.ui.consent.evaluation_form import EvaluationDialog
from casereview.vocabulary.after_meeting import EVALUATION_QUESTIONS


def _fill(form: QWidget, qtbot: QtBot, score: int) -> None:
    for key, _ in EVALUATION_QUESTIONS:
        form.findChild(QRadioButton, f"evaluation_{key}_{score}").click()
    qtbot.mouseClick(form.findChild(QPushButton, "saveEvaluationButton"), Qt.MouseButton.LeftButton)


def test_forms_are_stored_anonymously_and_shown_from_three(qtbot: QtBot, case, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **_kwargs) -> None:
        raise AssertionError(args[2])

    monkeypatch.setattr(QMessageBox, "warning", refuse)
    context = CaseContext(case)
    dialog = EvaluationDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.findChild(QWidget, "evaluationForm")
    summary = form.findChild(QLabel, "evaluationSummary")
    _fill(form, qtbot, 5)
    assert form.findChild(QLabel, "evaluationCount").text() == "1 formulier ingevoerd"
    assert not form.findChild(QRadioButton, "evaluation_safe_5").isChecked()  # cleared for the next person
    _fill(form, qtbot, 4)
    assert "vanaf 3 formulieren" in summary.text() and "4,5" not in summary.text()
    _fill(form, qtbot, 3)
    assert form.findChild(QLabel, "evaluationCount").text() == "3 formulieren ingevoerd"
    assert "Ik voelde me veilig om te zeggen wat ik dacht.  4.0" in summary.text()
    stored = summarise_evaluations(case)
    assert stored.count == 3 and stored.questions[0].mean == 4.0
    dialog.resize(1366, 768)
    dialog.grab().save(str(tmp_path / "evaluation.png"))
    context.close()


def test_an_empty_form_is_refused(qtbot: QtBot, case, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: messages.append(a[2]))
    context = CaseContext(case)
    dialog = EvaluationDialog(context)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveEvaluationButton"), Qt.MouseButton.LeftButton)
    assert "leeg" in messages[-1]
    assert summarise_evaluations(case).count == 0
    context.close()
