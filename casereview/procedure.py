"""The session procedure: phases (steps), ground rules and the review goal."""

from __future__ import annotations

from sqlmodel import select

from casereview.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import Case, GroundRule, Step
from casereview.vocabulary import StepState


def list_steps(case: CaseFile) -> list[Step]:
    with case.read() as s:
        return list(s.exec(select(Step).order_by(Step.position, Step.id)))


def set_step_state(case: CaseFile, step_id: int, state: str) -> None:
    with case.write("step", "state", f"#{step_id} {state}") as s:
        step = s.get(Step, step_id)
        if step is None:
            raise CaseFileError("Deze fase bestaat niet meer.")
        step.state = state
        s.add(step)


def activate_step(case: CaseFile, step_id: int) -> None:
    """Make one phase the current one; phases before it count as done."""
    with case.write("step", "activate", f"#{step_id}") as s:
        steps = list(s.exec(select(Step).order_by(Step.position, Step.id)))
        ids = [st.id for st in steps]
        if step_id not in ids:
            raise CaseFileError("Deze fase bestaat niet meer.")
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
            raise CaseFileError("Deze fase bestaat niet meer.")
        step.notes = notes
        s.add(step)


def list_ground_rules(case: CaseFile) -> list[GroundRule]:
    with case.read() as s:
        return list(s.exec(select(GroundRule).order_by(GroundRule.position, GroundRule.id)))


def update_case_details(case: CaseFile, **values: object) -> None:
    """Edit title, incident, goal, questions, dates or attribution of the review."""
    allowed = {"title", "incident", "goal", "questions", "incident_date", "review_date", "followup_date",
               "attribution"}
    unknown = set(values) - allowed
    if unknown:
        raise CaseFileError(f"Onbekend veld: {', '.join(sorted(unknown))}.")
    if "title" in values and not str(values["title"]).strip():
        raise CaseFileError("De titel mag niet leeg zijn.")
    with case.write("case", "edit", ", ".join(values)) as s:
        row = s.exec(select(Case)).one()
        for key, value in values.items():
            setattr(row, key, value)
        s.add(row)
