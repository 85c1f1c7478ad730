"""Short choice lists open with every item in view, so the last choice is never hidden behind a scroll.

Qt shows ten rows by default and styles differ in how they count the popup's frame; a
list of a few fixed choices (kind, level, language) or of this case's conclusions is
asked to show all of them, and follows when items are added or removed. The popup is
also as wide as its widest item (Qt makes it as narrow as the box, which cut
"verbetering bestaande werkwijze" and every conclusion to "1. De sig…eid over…"),
up to most of the screen; a longer item is cut at its end, never in its middle.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

MOST_ROWS = 20  # longer lists scroll: a popup taller than a laptop screen helps nobody
MOST_WIDTH_SHARE = 0.6  # of the screen: a popup this wide still leaves the form beside it in view
ITEM_PADDING = 40  # the item's margins, the frame and room for a scroll bar


def popup_width(combo: QComboBox) -> int:
    """The width that shows the widest item whole, within MOST_WIDTH_SHARE of the screen."""
    metrics = combo.view().fontMetrics()
    widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    screen = combo.screen().availableGeometry().width()
    return min(widest + ITEM_PADDING, int(screen * MOST_WIDTH_SHARE))


def show_every_item(combo: QComboBox) -> None:
    combo.view().setTextElideMode(Qt.TextElideMode.ElideRight)

    def fit() -> None:
        combo.setMaxVisibleItems(max(1, min(MOST_ROWS, combo.count())))
        combo.view().setMinimumWidth(popup_width(combo))

    model = combo.model()
    model.rowsInserted.connect(fit)
    model.rowsRemoved.connect(fit)
    model.modelReset.connect(fit)
    model.dataChanged.connect(fit)
    fit()
