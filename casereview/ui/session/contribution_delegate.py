"""Draws a contribution as a readable item: a chip with the kind's label, who said it, the
linked event's number and the time on one line, the text wrapped below, and a phase heading
above the first contribution of each phase.

The kind is always written out in its chip, so colour never carries the meaning alone.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from casereview.ui.session.contribution_model import (
    EVENT_NUMBER_ROLE,
    GROUP_START_ROLE,
    KIND_LABEL_ROLE,
    KIND_ROLE,
    PHASE_ROLE,
    TEXT_ROLE,
    TIME_ROLE,
    WHO_ROLE,
)
from casereview.ui.style.metrics import SPACE
from casereview.ui.style.palette import chip_colour, colours

Index = QModelIndex | QPersistentModelIndex
PAD = SPACE.medium
CHIP_PAD = 6
MAX_REMEMBERED = 4000  # row heights kept (a few widths of a long meeting's contributions)


class ContributionDelegate(QStyledItemDelegate):
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view
        self._heights: dict[tuple[str, int, int, str], int] = {}

    def measured_widths(self) -> set[int]:
        """The widths rows were measured at (and are remembered for)."""
        return {width for _font, width, _heading, _text in self._heights}

    # --- geometry -------------------------------------------------------------------
    def _width(self, option: QStyleOptionViewItem) -> int:
        viewport = getattr(self._view, "viewport", None)
        width = viewport().width() if viewport else option.rect.width()
        return max(120, width - 2)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        body = QFont(option.font)
        bold = QFont(body)
        bold.setBold(True)
        small = QFont(body)
        small.setPointSizeF(max(body.pointSizeF() - 1, 9.0))
        return body, bold, small

    def _header_height(self, option: QStyleOptionViewItem, index: Index) -> int:
        if not index.data(GROUP_START_ROLE):
            return 0
        _body, bold, _small = self._fonts(option)
        return QFontMetrics(bold).height() + PAD + (PAD if index.row() else 0)

    def _text_rect(self, option: QStyleOptionViewItem, width: int) -> QRect:
        return QRect(0, 0, width - 2 * PAD, 100000)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        """Remembered per font, width, text and heading: a list lays out every row again on each resize,
        and while the window finds its size that is the same few widths several times."""
        width = self._width(option)
        text = str(index.data(TEXT_ROLE) or "")
        heading = (2 if index.row() else 1) if index.data(GROUP_START_ROLE) else 0
        key = (option.font.key(), width, heading, text)
        height = self._heights.get(key)
        if height is None:
            body, bold, _small = self._fonts(option)
            line = max(QFontMetrics(bold).height(), QFontMetrics(body).height()) + 4
            wrapped = QFontMetrics(body).boundingRect(self._text_rect(option, width), Qt.TextFlag.TextWordWrap, text)
            height = self._header_height(option, index) + PAD + line + 2 + wrapped.height() + PAD
            if len(self._heights) >= MAX_REMEMBERED:
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    # --- painting --------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        p = colours()
        body, bold, small = self._fonts(option)
        painter.save()
        rect = QRect(option.rect)
        header = self._header_height(option, index)
        if header:
            head = QRect(rect.left() + PAD, rect.top() + (PAD if index.row() else 0), rect.width() - 2 * PAD,
                         header - (PAD if index.row() else 0))
            painter.setFont(bold)
            painter.setPen(QColor(p.accent))
            painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(index.data(PHASE_ROLE) or ""))
            painter.setPen(QPen(QColor(p.border), 1))
            painter.drawLine(head.left(), head.bottom(), head.right(), head.bottom())
            rect.setTop(rect.top() + header)

        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.rect = rect
        item.text = ""
        style = (option.widget.style() if option.widget else QApplication.style())
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, item, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(QColor(p.focus), SPACE.focus_width))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))

        x, y = rect.left() + PAD, rect.top() + PAD
        line = max(QFontMetrics(bold).height(), QFontMetrics(body).height()) + 4
        # the chip: label on a tint, with a border so it reads on any row colour
        label = str(index.data(KIND_LABEL_ROLE) or "")
        painter.setFont(small)
        chip_w = QFontMetrics(small).horizontalAdvance(label) + 2 * CHIP_PAD
        chip = QRect(x, y, chip_w, line)
        painter.setPen(QPen(QColor(p.border), 1))
        painter.setBrush(QColor(chip_colour(p, str(index.data(KIND_ROLE) or ""))))
        painter.drawRoundedRect(chip, SPACE.radius + 4, SPACE.radius + 4)
        painter.setPen(QColor(p.chip_text))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label)
        x = chip.right() + PAD

        text_colour = QColor(p.selection_text if selected else p.text)
        muted = QColor(p.selection_text if selected else p.muted)
        time_text = str(index.data(TIME_ROLE) or "")
        painter.setFont(small)
        time_w = QFontMetrics(small).horizontalAdvance(time_text)
        right = rect.right() - PAD
        painter.setPen(muted)
        painter.drawText(QRect(right - time_w, y, time_w, line), Qt.AlignmentFlag.AlignVCenter, time_text)
        right -= time_w + PAD
        number = int(index.data(EVENT_NUMBER_ROLE) or 0)
        if number:
            event_text = self.tr("gebeurtenis {0}").format(number)
            event_w = QFontMetrics(small).horizontalAdvance(event_text)
            painter.drawText(QRect(right - event_w, y, event_w, line), Qt.AlignmentFlag.AlignVCenter, event_text)
            right -= event_w + PAD
        who = str(index.data(WHO_ROLE) or "")
        if who:
            painter.setFont(bold)
            painter.setPen(text_colour)
            metrics = QFontMetrics(bold)
            painter.drawText(QRect(x, y, max(0, right - x), line), Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(who, Qt.TextElideMode.ElideRight, max(0, right - x)))

        painter.setFont(body)
        painter.setPen(text_colour)
        text_rect = QRect(rect.left() + PAD, y + line + 2, rect.width() - 2 * PAD, rect.bottom() - y - line)
        painter.drawText(text_rect, int(Qt.TextFlag.TextWordWrap), str(index.data(TEXT_ROLE) or ""))
        painter.restore()
