"""Short choice lists open with every item in view, so the last choice is never hidden behind a scroll.

Qt shows ten rows by default and styles differ in how they count the popup's frame; a
list of a few fixed choices (kind, level, language) or of this case's conclusions is
asked to show all of them, and follows when items are added or removed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

MOST_ROWS = 20  # longer lists scroll: a popup taller than a laptop screen helps nobody


def show_every_item(combo: QComboBox) -> None:
    def fit() -> None:
        combo.setMaxVisibleItems(max(1, min(MOST_ROWS, combo.count())))

    model = combo.model()
    model.rowsInserted.connect(fit)
    model.rowsRemoved.connect(fit)
    model.modelReset.connect(fit)
    fit()
