"""Rule 5 at a glance: contributions per party present, quiet parties marked.

Painted with QPainter (no matplotlib figure) and redrawn at most a few times a
second after a change, so typing in the capture bar never waits for it.

Every party keeps a row the height of a line of text, however many parties there
are: the chart grows and its scroll area scrolls (a chair on a projector reads
fourteen names better one under the other than squeezed over each other). In a
narrow column a row takes two lines, the name above its bar, so neither the name
nor "nog niet gehoord" is cut; a name longer than the column wraps.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from casereview.session.rules_check import PartyBalance, party_balance
from casereview.ui.case_context import CaseContext
from casereview.ui.style.palette import colours
from casereview.ui.widgets.scrolling import scrolling

REDRAW_MS = 250
ROW_PADDING = 6  # pixels above and below a line of text in a row
GAP = 4
WRAP = Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class RowLayout:
    """Where one party's name, bar and count go, in widget coordinates."""

    bar: PartyBalance
    name: QRect
    track: QRect  # the room for the bar and its count (or the "nog niet gehoord" box)


class PartyBalanceChart(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyBalanceChart")
        self.context = context
        self.bars: list[PartyBalance] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._pending = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._pending.timeout.connect(self.reload)
        context.changed.connect(self._on_changed)
        self.reload()

    def in_scroll_area(self) -> QScrollArea:
        """The chart in a frameless scroll area (its place in the window); it scrolls when rows outgrow it."""
        area = scrolling(self, "partyBalanceScroll")
        area.setMinimumHeight(self.row_height() * 3 + self.header_height(260))
        return area

    def _on_changed(self, entity: str) -> None:
        if entity in ("contribution", "party", "participant", "import", "event"):
            self._pending.start()

    def reload(self) -> None:
        self._pending.stop()
        self.bars = party_balance(self.context.case)
        quiet = [b.name for b in self.bars if not b.heard]
        tip = self.tr("Aanwezige categorieën: {0}").format(", ".join(self.categories()) or "—")
        if quiet:
            tip += "\n" + self.tr("Nog niet gehoord: {0}").format(", ".join(quiet))
        self.setToolTip(tip)
        self._fit_height()
        self.update()

    def counts(self) -> dict[str, int]:
        return {b.name: b.count for b in self.bars}

    def quiet_parties(self) -> list[str]:
        return [b.name for b in self.bars if not b.heard]

    def categories(self) -> list[str]:
        return sorted({b.category for b in self.bars})

    @staticmethod
    def label(bar: PartyBalance) -> str:
        """The party with its number, the Ctrl+number that picks it in the capture bar."""
        return f"{bar.number}  {bar.name}" if bar.number else bar.name

    # -- layout ----------------------------------------------------------------

    def row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 2 * ROW_PADDING

    def header_text(self) -> str:
        return self.tr("Categorieën: {0}").format(", ".join(self.categories()) or "—")

    def header_height(self, width: int) -> int:
        metrics = QFontMetrics(self.font())
        return metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), WRAP, self.header_text()).height() + GAP

    def quiet_label(self) -> str:
        return self.tr("nog niet gehoord")

    def _track_least(self, metrics: QFontMetrics) -> int:
        """The narrowest room a bar needs: the "nog niet gehoord" box, or a short bar and its count."""
        return max(metrics.horizontalAdvance(self.quiet_label()) + 14, metrics.horizontalAdvance("999") + 40)

    def rows(self, width: int) -> list[RowLayout]:
        """One row per party: name and bar side by side when both fit whole, else the name above its bar."""
        metrics = QFontMetrics(self.font())
        line = self.row_height()
        top = self.header_height(width)
        widest = max((metrics.horizontalAdvance(self.label(b)) for b in self.bars), default=0) + 8
        side_by_side = widest + self._track_least(metrics) <= width
        layouts = []
        for bar in self.bars:
            if side_by_side:
                layouts.append(RowLayout(bar, QRect(0, top, widest, line), QRect(widest, top, width - widest, line)))
                top += line
                continue
            wrapped = metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), WRAP, self.label(bar)).height()
            name = QRect(0, top, width, wrapped + 2)
            track = QRect(0, name.bottom() + 1, width, metrics.height() + ROW_PADDING)
            layouts.append(RowLayout(bar, name, track))
            top += name.height() + track.height() + GAP
        return layouts

    def content_height(self, width: int) -> int:
        rows = self.rows(width)
        return (rows[-1].track.bottom() + 1 if rows else self.header_height(width) + self.row_height()) + GAP

    def _fit_height(self) -> None:
        """As high as the rows need at this width; the scroll area around the chart scrolls the rest."""
        self.setMinimumHeight(self.content_height(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, self.content_height(max(self.width(), 260)))

    # -- painting --------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        palette = colours()  # read now: the window may have changed theme since the chart was made
        text, muted, quiet_colour = QColor(palette.text), QColor(palette.muted), QColor(palette.warning)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        painter.setPen(muted)
        painter.drawText(QRect(0, 0, width, self.header_height(width)), WRAP, self.header_text())
        if not self.bars:
            painter.drawText(QRect(0, self.header_height(width), width, self.row_height()),
                             Qt.AlignmentFlag.AlignVCenter, self.tr("Nog geen partijen"))
            painter.end()
            return
        count_w = metrics.horizontalAdvance("999") + 8
        most = max(1, max(b.count for b in self.bars))
        for row in self.rows(width):
            bar, track = row.bar, row.track
            painter.setPen(text if bar.heard else quiet_colour)
            painter.drawText(row.name, WRAP | Qt.AlignmentFlag.AlignVCenter, self.label(bar))
            if bar.heard:
                room = max(4, track.width() - count_w - GAP)
                rect = QRectF(track.left(), track.top() + 3, max(2.0, room * bar.count / most), track.height() - 6)
                painter.fillRect(rect, QColor(palette.accent))
                painter.setPen(text)
                painter.drawText(QRectF(rect.right() + GAP, track.top(), count_w, track.height()),
                                 Qt.AlignmentFlag.AlignVCenter, str(bar.count))
            else:
                label = self.quiet_label()
                box = QRectF(track.left(), track.top() + 3, min(track.width() - 1, metrics.horizontalAdvance(label) + 12),
                             track.height() - 6)
                painter.setPen(QPen(quiet_colour, 1, Qt.PenStyle.DashLine))
                painter.drawRect(box)
                painter.drawText(box.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()
