"""The layout of the per-owner "afsprakenlijst" workbook, shared by its export and its import.

The owner may only fill in the last columns; everything the import needs to spot a
changed or foreign sheet sits in a hidden id column and a hidden sheet with the values
as exported (the base of the three-way comparison that finds conflicts).
"""

from __future__ import annotations

from casereview.vocabulary import (
    AGREEMENT_LEVEL_LABELS,
    AGREEMENT_STATUS_LABELS,
    EFFECT_RESULT_LABELS,
    AgreementStatus,
)

SHEET = "Afspraken"
META_SHEET = "casereview"
MARKER = "casereview-afsprakenlijst"
HEADERS = ("Nr", "Afspraak", "Uiterlijk", "Hoe weten we dat het gewerkt heeft", "Niveau",
           "Status", "Effect", "Voortgang", "Datum", "id")
COL_ACTION, COL_STATUS, COL_EFFECT, COL_NOTE, COL_DATE, COL_ID = 2, 6, 7, 8, 9, 10
FILL_IN_COLUMNS = (COL_STATUS, COL_EFFECT, COL_NOTE, COL_DATE)
META_HEADER_ROW = 5  # rows 1-4: marker, case uuid, party, export time; then id / action / status / effect id
LEVEL_LABELS = AGREEMENT_LEVEL_LABELS


def status_from_label(text: str) -> str | None:
    """The status key for a Dutch label (or key) typed in the sheet; "gereed" means uitgevoerd too."""
    clean = " ".join(text.lower().split())
    if clean == "gereed":
        return AgreementStatus.DONE
    for key, label in AGREEMENT_STATUS_LABELS.items():
        if clean in (label, str(key)):
            return str(key)
    return None


def effect_from_label(text: str) -> str | None:
    clean = " ".join(text.lower().split())
    for key, label in EFFECT_RESULT_LABELS.items():
        if clean in (label, str(key)):
            return str(key)
    return None
