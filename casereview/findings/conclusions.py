"""Conclusions and the events, contributions and themes they rest on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import col, delete, func, select

from casereview.casefile.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import (
    Agreement,
    Case,
    Conclusion,
    ConclusionContributionLink,
    ConclusionEventLink,
    ConclusionThemeLink,
    Theme,
)


@dataclass
class ConclusionView:
    conclusion: Conclusion
    event_ids: list[int] = field(default_factory=list)
    contribution_ids: list[int] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    theme_ids: list[int] = field(default_factory=list)


def list_themes(case: CaseFile) -> list[Theme]:
    with case.read() as s:
        return list(s.exec(select(Theme).order_by(Theme.is_default.desc(), Theme.name)))  # type: ignore[attr-defined]


def add_theme(case: CaseFile, name: str) -> Theme:
    clean = " ".join(name.split())
    if not clean:
        raise CaseFileError(code="theme.no_name")
    with case.write("theme", "add", clean) as s:
        existing = s.exec(select(Theme).where(func.lower(Theme.name) == clean.lower())).first()
        if existing is not None:
            return existing
        theme = Theme(name=clean, is_default=False)
        s.add(theme)
    return theme


def add_conclusion(case: CaseFile, text: str, *, no_change: bool = False, no_change_reason: str = "",
                   event_ids: Iterable[int] = (), contribution_ids: Iterable[int] = (),
                   theme_ids: Iterable[int] = (), answers: Iterable[int] = ()) -> Conclusion:
    """A conclusion with what it rests on; ``answers`` are the numbers of the review questions it answers."""
    clean = _checked_text(text, no_change, no_change_reason)
    with case.write("conclusion", "add", clean[:60]) as s:
        position = s.exec(select(func.count()).select_from(Conclusion)).one()
        item = Conclusion(text=clean, no_change=no_change, no_change_reason=no_change_reason.strip(),
                          position=position, answers=_answers_text(answers))
        s.add(item)
        s.flush()
        _link(s, item.id, event_ids, contribution_ids, theme_ids)
    return item


def _checked_text(text: str, no_change: bool, no_change_reason: str) -> str:
    """"Er hoeft niets te veranderen" is a valid conclusion only with the reason why."""
    clean = text.strip()
    if not clean:
        raise CaseFileError(code="conclusion.empty")
    if no_change and not no_change_reason.strip():
        raise CaseFileError(code="conclusion.no_change_reason")
    return clean


def _link(s, conclusion_id: int | None, event_ids: Iterable[int], contribution_ids: Iterable[int],
          theme_ids: Iterable[int]) -> None:
    assert conclusion_id is not None
    for eid in set(event_ids):
        s.add(ConclusionEventLink(conclusion_id=conclusion_id, event_id=eid))
    for cid in set(contribution_ids):
        s.add(ConclusionContributionLink(conclusion_id=conclusion_id, contribution_id=cid))
    for tid in set(theme_ids):
        s.add(ConclusionThemeLink(conclusion_id=conclusion_id, theme_id=tid))


def list_conclusions(case: CaseFile) -> list[ConclusionView]:
    with case.read() as s:
        items = {c.id: ConclusionView(c) for c in s.exec(select(Conclusion).order_by(col(Conclusion.position),
                                                                                       col(Conclusion.id)))}
        for link in s.exec(select(ConclusionEventLink)):
            items[link.conclusion_id].event_ids.append(link.event_id)
        for clink in s.exec(select(ConclusionContributionLink)):
            items[clink.conclusion_id].contribution_ids.append(clink.contribution_id)
        themes = {t.id: t.name for t in s.exec(select(Theme))}
        for tlink in s.exec(select(ConclusionThemeLink)):
            items[tlink.conclusion_id].themes.append(themes[tlink.theme_id])
            items[tlink.conclusion_id].theme_ids.append(tlink.theme_id)
    return list(items.values())


def get_conclusion(case: CaseFile, conclusion_id: int) -> ConclusionView:
    for view in list_conclusions(case):
        if view.conclusion.id == conclusion_id:
            return view
    raise CaseFileError(code="conclusion.gone")


def update_conclusion(case: CaseFile, conclusion_id: int, *, text: str, no_change: bool = False,
                      no_change_reason: str = "", event_ids: Iterable[int] | None = None,
                      contribution_ids: Iterable[int] | None = None,
                      theme_ids: Iterable[int] | None = None,
                      answers: Iterable[int] | None = None) -> dict[str, Any]:
    """Change the wording and, when given, the links in one write.

    Returns the previous values as keyword arguments, so an edit is undone by
    calling this function again with them.
    """
    clean = _checked_text(text, no_change, no_change_reason)
    with_links = not (event_ids is None and contribution_ids is None and theme_ids is None)
    previous = get_conclusion(case, conclusion_id)
    before: dict[str, Any] = {"text": previous.conclusion.text, "no_change": previous.conclusion.no_change,
                              "no_change_reason": previous.conclusion.no_change_reason}
    if with_links:
        before.update(event_ids=list(previous.event_ids), contribution_ids=list(previous.contribution_ids),
                      theme_ids=list(previous.theme_ids))
    if answers is not None:
        before["answers"] = answered_questions(previous.conclusion)
    with case.write("conclusion", "edit", f"#{conclusion_id}") as s:
        item = s.get(Conclusion, conclusion_id)
        if item is None:
            raise CaseFileError(code="conclusion.gone")
        item.text = clean
        item.no_change = no_change
        item.no_change_reason = no_change_reason.strip() if no_change else ""
        if answers is not None:
            item.answers = _answers_text(answers)
        s.add(item)
        if with_links:
            for model in (ConclusionEventLink, ConclusionContributionLink, ConclusionThemeLink):
                s.exec(delete(model).where(model.conclusion_id == conclusion_id))  # type: ignore[arg-type]
            _link(s, conclusion_id, event_ids or (), contribution_ids or (), theme_ids or ())
    return before


@dataclass
class ConclusionSnapshot:
    """All that a deleted conclusion rested on, so an undo puts it back whole."""

    row: dict[str, Any]
    event_ids: list[int]
    contribution_ids: list[int]
    theme_ids: list[int]
    agreement_ids: list[int]


def delete_conclusion(case: CaseFile, conclusion_id: int) -> ConclusionSnapshot:
    view = get_conclusion(case, conclusion_id)
    with case.write("conclusion", "delete", f"#{conclusion_id}") as s:
        item = s.get(Conclusion, conclusion_id)
        if item is None:
            raise CaseFileError(code="conclusion.gone")
        agreements = list(s.exec(select(Agreement).where(Agreement.conclusion_id == conclusion_id)))
        snapshot = ConclusionSnapshot(item.model_dump(), list(view.event_ids), list(view.contribution_ids),
                                      list(view.theme_ids), [a.id for a in agreements if a.id is not None])
        for agreement in agreements:
            agreement.conclusion_id = None
            s.add(agreement)
        s.delete(item)
    return snapshot


def restore_conclusion(case: CaseFile, snapshot: ConclusionSnapshot) -> Conclusion:
    with case.write("conclusion", "restore", f"#{snapshot.row.get('id')}") as s:
        item = Conclusion.model_validate(snapshot.row)
        s.add(item)
        s.flush()
        _link(s, item.id, snapshot.event_ids, snapshot.contribution_ids, snapshot.theme_ids)
        for agreement_id in snapshot.agreement_ids:
            agreement = s.get(Agreement, agreement_id)
            if agreement is not None:
                agreement.conclusion_id = item.id
                s.add(agreement)
    return item


def review_questions(case: Case) -> list[str]:
    """The review questions, one per line of the case's list; a conclusion refers to them by number from 1."""
    return [q.strip() for q in case.questions.splitlines() if q.strip()]


def _answers_text(numbers: Iterable[int]) -> str:
    return ",".join(str(n) for n in sorted({int(n) for n in numbers if int(n) >= 1}))


def answered_questions(conclusion: Conclusion) -> list[int]:
    """The review questions (numbers from 1, in the order of the case's list) this conclusion answers."""
    return sorted({int(part) for part in conclusion.answers.split(",") if part.strip().isdigit()})


def set_answered_questions(case: CaseFile, conclusion_id: int, numbers: Iterable[int]) -> list[int]:
    """Say which review questions a conclusion answers; returns the previous numbers (for undo)."""
    with case.write("conclusion", "answers", f"#{conclusion_id}") as s:
        row = s.get(Conclusion, conclusion_id)
        if row is None:
            raise CaseFileError(code="conclusion.gone")
        previous = answered_questions(row)
        row.answers = _answers_text(numbers)
        s.add(row)
    return previous
