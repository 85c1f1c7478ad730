"""Editing the agenda of one case, and agenda templates reused across cases.

Rule 3 asks for the same predictable procedure in every review, so a chair who
improves the agenda can save it as a template (JSON in the user's config
folder) and start the next case from it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from sqlmodel import col, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import TableState, capture
from casereview.model import CaseFileError
from casereview.model.tables import Contribution, Step
from casereview.paths import config_dir
from casereview.session.procedure import list_steps
from casereview.vocabulary.default_agenda import DEFAULT_AGENDA, PhaseTemplate

TEMPLATE_FOLDER = "agenda-sjablonen"
MAX_TIMEBOX = 480


def _check(title: str | None, timebox_minutes: int | None, rules: str | None) -> None:
    if title is not None and not title.strip():
        raise CaseFileError(code="phase.no_title")
    if timebox_minutes is not None and not 1 <= timebox_minutes <= MAX_TIMEBOX:
        raise CaseFileError(code="phase.bad_timebox", max_timebox=MAX_TIMEBOX)
    if rules is not None and rules.strip():
        for part in rules.split(","):
            if not part.strip().isdigit() or not 1 <= int(part) <= 7:
                raise CaseFileError(code="agenda_template.bad_rules", rules=rules)


def agenda_state(case: CaseFile) -> TableState:
    """The agenda now (titles, order, time boxes; not the clock), for undo."""
    return capture(case, "step", Step, columns=("position", "title", "rules", "prompt", "timebox_minutes"))


def add_phase(case: CaseFile, title: str, *, timebox_minutes: int = 15, rules: str = "", prompt: str = "",
              after_step_id: int | None = None) -> Step:
    """Insert a phase after ``after_step_id`` (at the end when None)."""
    _check(title, timebox_minutes, rules)
    with case.write("step", "add", title.strip()[:60]) as s:
        steps = list(s.exec(select(Step).order_by(col(Step.position), col(Step.id))))
        ids = [st.id for st in steps]
        index = ids.index(after_step_id) + 1 if after_step_id in ids else len(steps)
        step = Step(title=title.strip(), timebox_minutes=timebox_minutes, rules=rules.replace(" ", ""),
                    prompt=prompt.strip())
        steps.insert(index, step)
        for position, st in enumerate(steps):
            st.position = position
            s.add(st)
    return step


def update_phase(case: CaseFile, step_id: int, *, title: str | None = None, timebox_minutes: int | None = None,
                 rules: str | None = None, prompt: str | None = None) -> None:
    _check(title, timebox_minutes, rules)
    with case.write("step", "edit", f"#{step_id}") as s:
        step = s.get(Step, step_id)
        if step is None:
            raise CaseFileError(code="phase.gone")
        if title is not None:
            step.title = title.strip()
        if timebox_minutes is not None:
            step.timebox_minutes = timebox_minutes
        if rules is not None:
            step.rules = rules.replace(" ", "")
        if prompt is not None:
            step.prompt = prompt.strip()
        s.add(step)


def remove_phase(case: CaseFile, step_id: int) -> None:
    """Remove a phase; refused while it holds contributions, so no input is orphaned."""
    with case.write("step", "delete", f"#{step_id}") as s:
        step = s.get(Step, step_id)
        if step is None:
            return
        used = s.exec(select(Contribution.id).where(Contribution.step_id == step_id)).first()
        if used is not None:
            raise CaseFileError(code="phase.has_contributions", title=step.title)
        s.delete(step)


def move_phase(case: CaseFile, step_id: int, offset: int) -> None:
    """Move a phase up (negative offset) or down in the agenda."""
    with case.write("step", "move", f"#{step_id} {offset:+d}") as s:
        steps = list(s.exec(select(Step).order_by(col(Step.position), col(Step.id))))
        ids = [st.id for st in steps]
        if step_id not in ids:
            raise CaseFileError(code="phase.gone")
        old = ids.index(step_id)
        new = max(0, min(len(steps) - 1, old + offset))
        steps.insert(new, steps.pop(old))
        for position, st in enumerate(steps):
            st.position = position
            s.add(st)


def agenda_of(case: CaseFile) -> list[PhaseTemplate]:
    return [PhaseTemplate(st.title, st.rules, st.prompt, st.timebox_minutes) for st in list_steps(case)]


def _template_dir() -> Path:
    folder = config_dir() / TEMPLATE_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _file_name(name: str) -> str:
    clean = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip()
    if not clean:
        raise CaseFileError(code="agenda_template.no_name")
    return clean + ".json"


def save_template(case: CaseFile, name: str) -> Path:
    """Write the agenda of this case as a named template; returns the file written."""
    path = _template_dir() / _file_name(name)
    data = {"name": name.strip(), "phases": [phase.__dict__ for phase in agenda_of(case)]}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)
    return path


def list_templates() -> list[str]:
    names = []
    for path in sorted(_template_dir().glob("*.json")):
        try:
            names.append(str(json.loads(path.read_text(encoding="utf-8"))["name"]))
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a broken file is reported when it is loaded, not in the list
    return names


def load_template(name: str) -> list[PhaseTemplate]:
    path = _template_dir() / _file_name(name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise CaseFileError(code="agenda_template.gone", name=name) from exc
    except (OSError, ValueError) as exc:
        raise CaseFileError(code="agenda_template.unreadable", name=path.name, reason=exc) from exc
    phases = []
    for number, item in enumerate(data.get("phases", []), start=1):
        try:
            phase = PhaseTemplate(str(item["title"]), str(item.get("rules", "")), str(item.get("prompt", "")),
                                  int(item.get("timebox_minutes", 15)))
            _check(phase.title, phase.timebox_minutes, phase.rules)
        except (KeyError, TypeError, ValueError, CaseFileError) as exc:
            raise CaseFileError(code="agenda_template.bad_phase", name=path.name, number=number, reason=exc) from exc
        phases.append(phase)
    if not phases:
        raise CaseFileError(code="agenda_template.no_phases", name=path.name)
    return phases


def apply_template(case: CaseFile, phases: list[PhaseTemplate] | tuple[PhaseTemplate, ...] = DEFAULT_AGENDA) -> None:
    """Replace the agenda of a case whose session has not started yet."""
    with case.write("step", "template", f"{len(phases)} fasen") as s:
        steps = list(s.exec(select(Step)))
        if any(st.elapsed_seconds or st.state != "pending" for st in steps) or \
                s.exec(select(Contribution.id).where(Contribution.step_id.is_not(None))).first():  # type: ignore[union-attr]
            raise CaseFileError(code="agenda_template.session_started")
        for st in steps:
            s.delete(st)
        s.flush()
        for position, phase in enumerate(phases):
            s.add(Step(position=position, title=phase.title, rules=phase.rules, prompt=phase.prompt,
                       timebox_minutes=phase.timebox_minutes))
