"""The session procedure: phases (steps), ground rules and the review goal."""

from __future__ import annotations

from sqlmodel import col, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import TableState, capture
from casereview.model import CaseFileError
from casereview.model.tables import Case, GroundRule, PreparationQuestion, Step
from casereview.vocabulary import StepState


def list_steps(case: CaseFile) -> list[Step]:
    with case.read() as s:
        return list(s.exec(select(Step).order_by(col(Step.position), col(Step.id))))


def set_step_state(case: CaseFile, step_id: int, state: str) -> None:
    with case.write("step", "state", f"#{step_id} {state}") as s:
        step = s.get(Step, step_id)
        if step is None:
            raise CaseFileError(code="phase.gone")
        step.state = state
        s.add(step)


def activate_step(case: CaseFile, step_id: int) -> None:
    """Make one phase the current one; phases before it count as done."""
    with case.write("step", "activate", f"#{step_id}") as s:
        steps = list(s.exec(select(Step).order_by(col(Step.position), col(Step.id))))
        ids = [st.id for st in steps]
        if step_id not in ids:
            raise CaseFileError(code="phase.gone")
        current = ids.index(step_id)
        for i, st in enumerate(steps):
            if i < current:
                st.state = StepState.DONE
            elif i == current:
                st.state = StepState.ACTIVE
            elif st.state == StepState.ACTIVE:
                st.state = StepState.PENDING
            s.add(st)


def set_step_notes(case: CaseFile, step_id: int, notes: str) -> None:
    with case.write("step", "notes", f"#{step_id}") as s:
        step = s.get(Step, step_id)
        if step is None:
            raise CaseFileError(code="phase.gone")
        step.notes = notes
        s.add(step)


def list_ground_rules(case: CaseFile) -> list[GroundRule]:
    with case.read() as s:
        return list(s.exec(select(GroundRule).order_by(col(GroundRule.position), col(GroundRule.id))))


CASE_DETAIL_FIELDS = ("title", "incident", "goal", "questions", "incident_date", "review_date", "followup_date",
                      "attribution", "exercise")


def case_details_state(case: CaseFile) -> TableState:
    """The case details now, for undo (see :func:`casereview.casefile.row_history.restore_state`)."""
    return capture(case, "case", Case, columns=CASE_DETAIL_FIELDS)


def ground_rules_state(case: CaseFile) -> TableState:
    return capture(case, "groundrule", GroundRule)


def preparation_state(case: CaseFile) -> TableState:
    return capture(case, "preparation", PreparationQuestion)


def update_case_details(case: CaseFile, **values: object) -> None:
    """Edit title, incident, goal, questions, dates or attribution of the review."""
    unknown = set(values) - set(CASE_DETAIL_FIELDS)
    if unknown:
        raise CaseFileError(f"Onbekend veld: {', '.join(sorted(unknown))}.")
    if "title" in values and not str(values["title"]).strip():
        raise CaseFileError(code="case.title_empty")
    with case.write("case", "edit", ", ".join(values)) as s:
        row = s.exec(select(Case)).one()
        for key, value in values.items():
            setattr(row, key, value)
        s.add(row)


def current_step(case: CaseFile) -> Step | None:
    """The phase the group is in now, if the session has started."""
    with case.read() as s:
        return s.exec(select(Step).where(Step.state == StepState.ACTIVE)
                      .order_by(col(Step.position), col(Step.id))).first()


def neighbour_step_id(case: CaseFile, step_id: int | None, offset: int) -> int | None:
    """The phase ``offset`` places from ``step_id`` (the first phase when none is current)."""
    ids = [st.id for st in list_steps(case) if st.id is not None]
    if not ids:
        return None
    if step_id not in ids:
        return ids[0] if offset > 0 else None
    target = ids.index(step_id) + offset
    return ids[target] if 0 <= target < len(ids) else None


def add_ground_rule(case: CaseFile, text: str) -> GroundRule:
    clean = " ".join(text.split())
    if not clean:
        raise CaseFileError(code="ground_rule.empty")
    with case.write("groundrule", "add", clean[:60]) as s:
        last = s.exec(select(GroundRule).order_by(col(GroundRule.position).desc())).first()
        rule = GroundRule(text=clean, position=(last.position + 1) if last else 0)
        s.add(rule)
    return rule


def update_ground_rule(case: CaseFile, rule_id: int, *, text: str | None = None,
                       agreed: bool | None = None) -> None:
    """Reword a ground rule or record that the group agreed to it."""
    if text is not None and not text.strip():
        raise CaseFileError(code="ground_rule.empty")
    with case.write("groundrule", "edit", f"#{rule_id}") as s:
        rule = s.get(GroundRule, rule_id)
        if rule is None:
            raise CaseFileError(code="ground_rule.gone")
        if text is not None:
            rule.text = " ".join(text.split())
        if agreed is not None:
            rule.agreed = agreed
        s.add(rule)


def remove_ground_rule(case: CaseFile, rule_id: int) -> None:
    with case.write("groundrule", "delete", f"#{rule_id}") as s:
        rule = s.get(GroundRule, rule_id)
        if rule is not None:
            s.delete(rule)


def list_preparation_questions(case: CaseFile) -> list[PreparationQuestion]:
    with case.read() as s:
        return list(s.exec(select(PreparationQuestion).order_by(col(PreparationQuestion.party_id),
                                                                col(PreparationQuestion.id))))


def add_preparation_question(case: CaseFile, text: str, party_id: int | None = None) -> PreparationQuestion:
    """Rule 6: a question a party (or, without a party, everyone) thinks about beforehand."""
    clean = text.strip()
    if not clean:
        raise CaseFileError(code="question.empty")
    with case.write("preparation", "add", clean[:60]) as s:
        question = PreparationQuestion(text=clean, party_id=party_id)
        s.add(question)
    return question


def remove_preparation_question(case: CaseFile, question_id: int) -> None:
    with case.write("preparation", "delete", f"#{question_id}") as s:
        question = s.get(PreparationQuestion, question_id)
        if question is not None:
            s.delete(question)
