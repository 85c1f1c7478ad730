"""Conclusions and the events, contributions and themes they rest on."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlmodel import delete, func, select

from casereview.case_file import CaseFile
from casereview.model import CaseFileError
from casereview.model.tables import (
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


def list_themes(case: CaseFile) -> list[Theme]:
    with case.read() as s:
        return list(s.exec(select(Theme).order_by(Theme.is_default.desc(), Theme.name)))  # type: ignore[attr-defined]


def add_theme(case: CaseFile, name: str) -> Theme:
    clean = " ".join(name.split())
    if not clean:
        raise CaseFileError("Geef het thema een naam.")
    with case.write("theme", "add", clean) as s:
        existing = s.exec(select(Theme).where(func.lower(Theme.name) == clean.lower())).first()
        if existing is not None:
            return existing
        theme = Theme(name=clean, is_default=False)
        s.add(theme)
    return theme


def add_conclusion(case: CaseFile, text: str, *, no_change: bool = False, no_change_reason: str = "",
                   event_ids: Iterable[int] = (), contribution_ids: Iterable[int] = (),
                   theme_ids: Iterable[int] = ()) -> Conclusion:
    clean = text.strip()
    if not clean:
        raise CaseFileError("Schrijf de conclusie op.")
    if no_change and not no_change_reason.strip():
        raise CaseFileError("Leg uit waarom er niets hoeft te veranderen.")
    with case.write("conclusion", "add", clean[:60]) as s:
        position = s.exec(select(func.count()).select_from(Conclusion)).one()
        item = Conclusion(text=clean, no_change=no_change, no_change_reason=no_change_reason.strip(),
                          position=position)
        s.add(item)
        s.flush()
        _link(s, item.id, event_ids, contribution_ids, theme_ids)
    return item


def _link(s, conclusion_id: int | None, event_ids: Iterable[int], contribution_ids: Iterable[int],
          theme_ids: Iterable[int]) -> None:
    assert conclusion_id is not None
    for eid in set(event_ids):
        s.add(ConclusionEventLink(conclusion_id=conclusion_id, event_id=eid))
    for cid in set(contribution_ids):
        s.add(ConclusionContributionLink(conclusion_id=conclusion_id, contribution_id=cid))
    for tid in set(theme_ids):
        s.add(ConclusionThemeLink(conclusion_id=conclusion_id, theme_id=tid))


def set_links(case: CaseFile, conclusion_id: int, *, event_ids: Iterable[int], contribution_ids: Iterable[int],
              theme_ids: Iterable[int]) -> None:
    with case.write("conclusion", "link", f"#{conclusion_id}") as s:
        for model in (ConclusionEventLink, ConclusionContributionLink, ConclusionThemeLink):
            s.exec(delete(model).where(model.conclusion_id == conclusion_id))  # type: ignore[arg-type]
        _link(s, conclusion_id, event_ids, contribution_ids, theme_ids)


def list_conclusions(case: CaseFile) -> list[ConclusionView]:
    with case.read() as s:
        items = {c.id: ConclusionView(c) for c in s.exec(select(Conclusion).order_by(Conclusion.position,
                                                                                       Conclusion.id))}
        for link in s.exec(select(ConclusionEventLink)):
            items[link.conclusion_id].event_ids.append(link.event_id)
        for clink in s.exec(select(ConclusionContributionLink)):
            items[clink.conclusion_id].contribution_ids.append(clink.contribution_id)
        themes = {t.id: t.name for t in s.exec(select(Theme))}
        for tlink in s.exec(select(ConclusionThemeLink)):
            items[tlink.conclusion_id].themes.append(themes[tlink.theme_id])
    return list(items.values())
