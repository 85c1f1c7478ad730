"""The schemergebied of the analysis: uncertainties, dilemmas and risks the group accepted.

Not everything a review finds is a conclusion or an agreement. Risk cannot be
brought to zero, and a report that says so (what stays unsure, what had to be
weighed, which risk was knowingly accepted) guards against the rule reflex.
"""

from __future__ import annotations

from sqlmodel import col, func, select

from casereview.casefile.case_file import CaseFile
from casereview.casefile.row_history import TableState, capture
from casereview.model import CaseFileError
from casereview.model.tables import GreyArea
from casereview.vocabulary import GREY_AREA_KIND_LABELS


def list_grey_areas(case: CaseFile) -> list[GreyArea]:
    with case.read() as s:
        items = list(s.exec(select(GreyArea).order_by(col(GreyArea.position), col(GreyArea.id))))
        for item in items:
            s.expunge(item)
        return items


def add_grey_area(case: CaseFile, kind: str, text: str) -> GreyArea:
    if kind not in GREY_AREA_KIND_LABELS:
        raise CaseFileError(code="grey_area.unknown_kind", kind=kind)
    clean = " ".join(text.split())
    if not clean:
        raise CaseFileError(code="grey_area.no_text")
    with case.write("greyarea", "add", clean[:60]) as s:
        position = int(s.exec(select(func.count()).select_from(GreyArea)).one())
        item = GreyArea(kind=kind, text=clean, position=position)
        s.add(item)
    return item


def remove_grey_area(case: CaseFile, item_id: int) -> None:
    with case.write("greyarea", "delete", f"#{item_id}") as s:
        item = s.get(GreyArea, item_id)
        if item is None:
            raise CaseFileError(code="grey_area.gone")
        s.delete(item)


def grey_area_state(case: CaseFile) -> TableState:
    """The whole list now, for undo (see :func:`casereview.casefile.row_history.restore_state`)."""
    return capture(case, "greyarea", GreyArea)
