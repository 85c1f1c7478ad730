"""Changes in the family that call for a new weighing of the risks: recognised from clear words."""

from __future__ import annotations

import pytest

from casereview.timeline.reassessment import recognise_change


@pytest.mark.parametrize(("text", "change"), [
    ("Moeder heeft sinds de zomer een nieuwe partner", "new_partner"),
    ("Dennis trekt in bij het gezin", "new_partner"),
    ("Het gezin verhuist naar een andere gemeente", "move"),
    ("Lotte wordt na drie weken ontslagen uit het ziekenhuis", "discharge"),
    ("Sandra rondt haar behandeling op eigen verzoek af", "discharge"),
    ("Vader wordt opgenomen in de kliniek", "admission"),
    ("De ontslagbrief wordt in het huisartsdossier opgenomen", ""),  # a letter filed is no change in the family
    ("Huisbezoek; moeder oogt moe", ""),
])
def test_recognised_changes(text: str, change: str) -> None:
    assert recognise_change(text) == change
