"""Rule 5 at a glance: contributions per party present, quiet parties marked.

Painted with QPainter (no matplotlib figure) and redrawn at most a few times a
second after a change, so typing in the capture bar never waits for it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from casereview.session.rules_check import PartyBalance, party_balance
from casereview.ui.case_context import CaseContext
from casereview.ui.style.palette import colours

REDRAW_MS = 250
BAR_COLOUR = QColor(colours().accent)
QUIET_COLOUR = QColor(colours().warning)
TEXT_COLOUR = QColor(colours().text)
MUTED_COLOUR = QColor(colours().muted)
ROW_HEIGHT = 20


class PartyBalanceChart(QWidget):
    def __init__(self, context: CaseContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyBalanceChart")
        self.context = context
        self.bars: list[PartyBalance] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._pending = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._pending.timeout.connect(self.reload)
        context.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, entity: str) -> None:
        if entity in ("contribution", "party", "participant", "import", "event"):
            self._pending.start()

    def reload(self) -> None:
        self._pending.stop()
        self.bars = party_balance(self.context.case)
        quiet = [b.name for b in self.bars if not b.heard]
        categories = sorted({b.category for b in self.bars})
        tip = self.tr("Aanwezige categorieën: {0}").format(", ".join(categories) or "—")
        if quiet:
            tip += "\n" + self.tr("Nog niet gehoord: {0}").format(", ".join(quiet))
        self.setToolTip(tip)
        self.setMinimumHeight(min(8, len(self.bars)) * ROW_HEIGHT // 2 + 40)
        self.update()

    def counts(self) -> dict[str, int]:
        return {b.name: b.count for b in self.bars}

    def quiet_parties(self) -> list[str]:
        return [b.name for b in self.bars if not b.heard]

    @staticmethod
    def label(bar: PartyBalance) -> str:
        """The party with its number, the Ctrl+number that picks it in the capture bar."""
        return f"{bar.number}  {bar.name}" if bar.number else bar.name

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, 28 + ROW_HEIGHT * max(3, len(self.bars)))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        categories = sorted({b.category for b in self.bars})
        painter.setPen(MUTED_COLOUR)
        header = self.tr("Categorieën: {0}").format(", ".join(categories) or "—")
        painter.drawText(QRectF(0, 0, width, metrics.height() + 4), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(header, Qt.TextElideMode.ElideRight, width))
        if not self.bars:
            painter.drawText(QRectF(0, metrics.height() + 8, width, ROW_HEIGHT), Qt.AlignmentFlag.AlignLeft,
                             self.tr("Nog geen partijen"))
            painter.end()
            return
        top = metrics.height() + 8
        row_h = max(14, min(ROW_HEIGHT, (self.height() - top) // len(self.bars)))
        name_w = min(int(width * 0.55), max(metrics.horizontalAdvance(self.label(b)) for b in self.bars) + 8)
        count_w = metrics.horizontalAdvance("999") + 6
        bar_w = max(10, width - name_w - count_w - 4)
        most = max(1, max(b.count for b in self.bars))
        for i, bar in enumerate(self.bars):
            y = top + i * row_h
            if y + row_h > self.height():
                painter.setPen(MUTED_COLOUR)
                painter.drawText(QRectF(0, y, width, row_h), Qt.AlignmentFlag.AlignLeft,
                                 self.tr("… en {0} meer").format(len(self.bars) - i))
                break
            painter.setPen(TEXT_COLOUR if bar.heard else QUIET_COLOUR)
            name = metrics.elidedText(self.label(bar), Qt.TextElideMode.ElideRight, name_w - 6)
            painter.drawText(QRectF(0, y, name_w - 4, row_h), Qt.AlignmentFlag.AlignVCenter, name)
            rect = QRectF(name_w, y + 3, bar_w * bar.count / most, row_h - 6)
            if bar.heard:
                painter.fillRect(rect, BAR_COLOUR)
                painter.setPen(TEXT_COLOUR)
                painter.drawText(QRectF(rect.right() + 4, y, count_w, row_h), Qt.AlignmentFlag.AlignVCenter,
                                 str(bar.count))
            else:
                painter.setPen(QPen(QUIET_COLOUR, 1, Qt.PenStyle.DashLine))
                label = self.tr("nog niet gehoord")
                painter.drawRect(QRectF(name_w, y + 2, min(bar_w, metrics.horizontalAdvance(label) + 10), row_h - 4))
                painter.drawText(QRectF(name_w + 5, y, bar_w, row_h), Qt.AlignmentFlag.AlignVCenter, label)
        painter.end()
