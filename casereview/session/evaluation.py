"""The participants' evaluation of the review: anonymous, and only ever shown in aggregate.

No answer is linked to a person or a party, and below three answers nothing
is shown at all: in a small group one answer could be traced to its giver.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlmodel import select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import Evaluation
from casereview.vocabulary.after_meeting import EVALUATION_QUESTIONS, MIN_EVALUATIONS_SHOWN


@dataclass(frozen=True)
class QuestionResult:
    key: str
    statement: str
    answered: int
    mean: float | None
    agree_share: float | None  # share answering 4 or 5


@dataclass(frozen=True)
class EvaluationSummary:
    count: int
    questions: list[QuestionResult]  # empty when fewer than MIN_EVALUATIONS_SHOWN answers

    @property
    def shown(self) -> bool:
        return self.count >= MIN_EVALUATIONS_SHOWN

    def as_json(self) -> dict[str, object]:
        """For ``info --json``: the count always, the results only when there are enough answers."""
        if not self.shown:
            return {"count": self.count, "shown": False, "questions": None}
        return {"count": self.count, "shown": True,
                "questions": {q.key: {"mean": q.mean, "answered": q.answered, "agree_share": q.agree_share}
                              for q in self.questions}}


def add_evaluation(case: CaseFile, answers: Sequence[int | None]) -> None:
    """Store one anonymous form: a score 1-5 (or nothing) per question, in the order of the form."""
    if len(answers) != len(EVALUATION_QUESTIONS):
        raise CaseFileError(code="evaluation.answer_count", count=len(EVALUATION_QUESTIONS), count2=len(answers))
    for n, value in enumerate(answers, start=1):
        if value is not None and not 1 <= int(value) <= 5:
            raise CaseFileError(code="evaluation.bad_score", n=n)
    if all(value is None for value in answers):
        raise CaseFileError(code="evaluation.empty")
    text = ",".join("" if value is None else str(int(value)) for value in answers)
    with case.write("evaluation", "add") as s:
        s.add(Evaluation(answers=text))


def _scores(raw: str) -> list[int | None]:
    values = [int(part) if part.strip().isdigit() else None for part in raw.split(",")]
    return (values + [None] * len(EVALUATION_QUESTIONS))[:len(EVALUATION_QUESTIONS)]


def summarise_evaluations(case: CaseFile) -> EvaluationSummary:
    with case.read() as s:
        forms = [_scores(e.answers) for e in s.exec(select(Evaluation))]
    if len(forms) < MIN_EVALUATIONS_SHOWN:
        return EvaluationSummary(len(forms), [])
    results = []
    for index, (key, statement) in enumerate(EVALUATION_QUESTIONS):
        given = [form[index] for form in forms if form[index] is not None]
        if len(given) < MIN_EVALUATIONS_SHOWN:
            results.append(QuestionResult(key, statement, len(given), None, None))
            continue
        mean = round(sum(given) / len(given), 1)
        agree = round(sum(1 for v in given if v >= 4) / len(given), 2)
        results.append(QuestionResult(key, statement, len(given), mean, agree))
    return EvaluationSummary(len(forms), results)
