"""The timeline chart inside the window, painted with Qt from :func:`casereview.timeline.chart_layout.chart_layout`.

Painted by QPainter, not matplotlib: opening a case must not import matplotlib (≈ 0.8 s
on a laptop); the Word report's picture stays matplotlib (:mod:`casereview.timeline.chart`)
with the same colours, lanes and date ticks. Changes to the case or the filter are coalesced
into one new layout by a single-shot timer; a new selection or a zoom only repaints. The wheel
zooms the time axis around the pointer, dragging pans it, hovering shows the event and a click
selects it in the table (through the case context).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QToolTip, QVBoxLayout, QWidget

from casereview.timeline.chart_layout import (
    BLUE,
    SKY,
    VERMILLION,
    ChartLayout,
    Marker,
    chart_layout,
    date_ticks,
    lane_label,
    one_line_label,
    tick_label,
)
from casereview.timeline.events import EventRow
from casereview.ui.case_context import CaseContext
from casereview.ui.language.dates import event_date
from casereview.ui.style.palette import (
    CHART_BAND,
    CHART_BLUE,
    CHART_GREEN,
    CHART_GRID,
    CHART_SKY,
    CHART_VERMILLION,
    colours,
)
from casereview.vocabulary import KEY_MOMENT_LABELS, KeyMoment

if TYPE_CHECKING:
    from casereview.timeline.responsibility import ResponsibilityMap

REDRAW_DELAY_MS = 150
HIT_RADIUS_PX = 12
CLICK_SLOP_PX = 5
ZOOM_STEP = 1.25
MIN_SPAN_DAYS = 3.0
# Projector sizes need about this many pixels per lane plus the axis; with less room everything
# (text and markers alike) is scaled down, never below MIN_SCALE.
LANE_PX = 32
AXIS_PX = 80
MIN_SCALE = 0.5
PT = 100 / 72  # pixels per point at full scale: the sizes of the projector drawing, in points
BASE_PT = 15
# Lane names in screen pixels, whatever the chart's scale: two lines only when each is at least
# MIN_TWO_LINE_PX, else one line, never below MIN_LANE_PX (below that it is not read on a projector).
MIN_TWO_LINE_PX = 12.0
MIN_LANE_PX = 9.0
ONE_LINE_CHARS = 34  # one-line names whole up to "Raad voor de Kinderbescherming" (the label column allows it)

# The legend sits in the bar above the canvas, where it costs no plot height; shapes as in the chart.
LEGEND_SYMBOLS = (f'<span style="color:{CHART_BLUE}; font-size:14pt;">●</span>',
                  f'<span style="color:{CHART_SKY}; font-size:14pt;">━</span>'
                  f'<span style="color:{CHART_BLUE}; font-size:14pt;">○</span>',
                  f'<span style="color:{CHART_GREEN}; font-size:14pt;">▲</span>',
                  f'<span style="color:{CHART_VERMILLION}; font-size:14pt;">◆</span>')


class ChartCanvas(QWidget):
    """The painted area; its owner :class:`TimelineChart` does the drawing and the mouse."""

    painted = Signal()

    def __init__(self, chart: TimelineChart) -> None:
        super().__init__(chart)
        self.chart = chart
        self.setObjectName("timelineCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.paint_count = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.chart.paint(painter)
        finally:
            painter.end()
        self.paint_count += 1
        self.painted.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.chart.on_press(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.chart.on_release(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.chart.on_motion(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.chart.on_wheel(event)

    def leaveEvent(self, event: Any) -> None:
        self.chart.hide_tip()
        super().leaveEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: paper and ink with it
            self.update()
        super().changeEvent(event)


class TimelineChart(QWidget):
    """One lane per party, events as markers; ``rows`` gives the (filtered, chronological) events."""

    def __init__(self, context: CaseContext, rows: Callable[[], list[EventRow]],
                 numbers: Callable[[], dict[int, int]] | None = None, *, parent: QWidget | None = None,
                 responsibility: Callable[[], ResponsibilityMap] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineChart")
        self.context = context
        self._rows_provider = rows
        self._responsibility_provider = responsibility
        self._numbers_provider = numbers
        self.artists: ChartLayout | None = None
        self._rows_by_id: dict[int, EventRow] = {}
        self._dirty = True
        self._view: tuple[float, float] | None = None
        self._user_xlim: tuple[float, float] | None = None
        self._press: tuple[float, tuple[float, float]] | None = None
        self._press_point = QPointF()
        self._dragged = False
        self._hover_id = 0
        self._selected = 0
        self.draw_count = 0

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._redraw_if_visible)

        self._layout = QVBoxLayout(self)  # first, so each widget below has its parent from the start
        self._placeholder = QLabel(self.tr("De grafiek wordt geladen…"), self, alignment=Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setStyleSheet(f"color: {colours().muted}; font-size: 14pt;")
        self._empty = QLabel(self.tr("Geen gebeurtenissen met een datum om te tonen."), self,
                             alignment=Qt.AlignmentFlag.AlignCenter)
        self._empty.setStyleSheet(f"color: {colours().muted}; font-size: 14pt;")
        self._empty.hide()

        self.zoom_in_button = self._tool_button("+", self.tr("Inzoomen (of scrollen boven de grafiek)"),
                                                "timelineZoomIn", lambda: self.zoom(ZOOM_STEP))
        self.zoom_out_button = self._tool_button("−", self.tr("Uitzoomen"), "timelineZoomOut",
                                                 lambda: self.zoom(1 / ZOOM_STEP))
        self.reset_button = self._tool_button(self.tr("Alles"), self.tr("De hele tijdlijn tonen"),
                                              "timelineZoomReset", self.reset_view)
        words = (self.tr("gebeurtenis"), self.tr("alleen maand of jaar bekend"), self.tr("ging goed"),
                 self.tr("zorgelijk"))
        self.legend = QLabel(" &nbsp;&nbsp;".join(f"{symbol} {word}" for symbol, word in zip(LEGEND_SYMBOLS, words)),
                             self, objectName="timelineLegend")
        self.legend.setToolTip(self.tr("Scrollen: zoomen · slepen: schuiven · klikken: in de tabel tonen"))
        self.undated_label = QLabel(self, objectName="timelineUndated")
        self.undated_label.setStyleSheet(f"color: {colours().muted};")
        for label in (self.legend, self.undated_label):
            # Clip rather than force the window wider than a 1366-pixel laptop screen.
            label.setMinimumWidth(1)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.addWidget(self.legend)
        bar.addStretch(1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.reset_button):
            bar.addWidget(button)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(bar)
        self._layout.addWidget(self.undated_label)  # its own line: on a laptop it would be cut off in the bar
        self._layout.addWidget(self._placeholder, 1)
        self._layout.addWidget(self._empty, 1)
        self.setMinimumHeight(180)
        self.canvas = ChartCanvas(self)
        self.canvas.hide()
        self._layout.addWidget(self.canvas, 1)
        self.setMinimumHeight(180)
        context.selectedEventChanged.connect(self._on_selected)

    def _tool_button(self, text: str, tip: str, name: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self, objectName=name, text=text, toolTip=tip)
        button.setMinimumWidth(34)
        button.clicked.connect(slot)
        return button

    # -- layout ---------------------------------------------------------------------

    def schedule_redraw(self) -> None:
        """Ask for a redraw; many requests in a short time give one redraw."""
        self._dirty = True
        self._timer.start()

    def _redraw_if_visible(self) -> None:
        if self.isVisible() and self._dirty:
            self.redraw()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            # Laid out in the same pass, so the chart is painted with the window, not one paint later.
            self.redraw()

    def redraw(self, *, now: bool = False) -> None:
        """Lay out the current rows; ``now`` paints at once instead of at the next event-loop pass."""
        self._timer.stop()
        self._dirty = False
        rows = self._rows_provider()
        self._rows_by_id = {r.event.id: r for r in rows if r.event.id is not None}
        found = self._responsibility_provider() if self._responsibility_provider else None
        layout = chart_layout(rows, found)
        numbers = self._numbers_provider() if self._numbers_provider else None
        if numbers is not None:
            # A filtered chart keeps each event's number in the whole chronology, as the table shows it.
            layout.numbers = numbers
            layout.labels = [(event_id, str(numbers.get(event_id, ""))) for event_id, _text in layout.labels]
        self.artists = layout
        self._selected = self.context.selected_event_id or 0
        self._view = self._user_xlim or layout.x_range
        self._show_undated()
        has_points = bool(layout.positions)
        self._placeholder.hide()
        self.canvas.setVisible(has_points)
        self._empty.setVisible(not has_points)
        self.draw_count += 1
        if now:
            self.canvas.repaint()
        else:
            self.canvas.update()

    def _show_undated(self) -> None:
        assert self.artists is not None
        numbers = [self.artists.numbers.get(i, 0) for i in self.artists.unknown_ids]
        if not numbers:
            self.undated_label.clear()
            return
        shown = ", ".join(str(n) for n in numbers[:12]) + (" …" if len(numbers) > 12 else "")
        self.undated_label.setText(self.tr("Zonder datum (niet getekend): nr. {0}").format(shown))

    # -- geometry ---------------------------------------------------------------------

    def scale(self) -> float:
        """Text and markers shrink together when the lanes would not fit at projector size."""
        lanes = len(self.artists.lanes) if self.artists else 1
        return max(MIN_SCALE, min(1.0, self.canvas.height() / (AXIS_PX + LANE_PX * max(lanes, 1))))

    def px(self, points: float) -> float:
        return points * PT * self.scale()

    def _font(self, points: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(1, round(points * PT * self.scale())))
        return font

    def _lane_font_pt(self, plot_height: float) -> tuple[float, bool]:
        """The lane names' size (in the chart's points) and whether they take two lines.

        Judged in screen pixels: with fifteen lanes in the shared view the scaled chart
        made two-line names of five pixels. Two lines while each is readable; else one
        line as large as the lane allows, not smaller than ``MIN_LANE_PX``.
        """
        lanes = max(len(self.artists.lanes) if self.artists else 1, 1)
        unit = PT * self.scale()  # screen pixels per chart point
        lane_px = plot_height / lanes
        two_lines = min(BASE_PT * unit, lane_px / 2.3)
        if two_lines >= MIN_TWO_LINE_PX:
            return two_lines / unit, True
        one_line = max(MIN_LANE_PX, min(BASE_PT * 0.8 * PT, lane_px / 1.2))
        return one_line / unit, False

    def lane_font(self) -> tuple[QFont, bool]:
        """The font the lane names are painted in now, and whether they take two lines."""
        size, two_lines = self._lane_font_pt(self.plot_rect().height())
        return self._font(size), two_lines

    def plot_rect(self) -> QRectF:
        """Where lanes and markers are drawn, inside the canvas (room for lane names and dates around it)."""
        width, height = max(self.canvas.width(), 1), max(self.canvas.height(), 1)
        size = self.px(BASE_PT)
        bottom = min(0.4 * height, size * 2.2 + 6)
        top = min(0.2 * height, size * 0.9 + self.px(13))  # the numbers above a key moment in the first lane
        right = min(0.1 * width, size * 2.2)  # half a date label sticks out past the last tick
        lanes = self.artists.lanes if self.artists else []
        plot_height = max(height - top - bottom, 1.0)
        lane_pt, two_lines = self._lane_font_pt(plot_height)
        font = self._font(lane_pt)
        metrics = QFontMetricsF(font)
        names = [lane_label(n) if two_lines else one_line_label(n, ONE_LINE_CHARS) for n in lanes]
        longest = max((metrics.horizontalAdvance(line) for n in names for line in n.split("\n")), default=40.0)
        left = min(0.45 * width, longest + 14)
        return QRectF(left, top, max(width - left - right, 1.0), plot_height)

    def _x(self, value: float, rect: QRectF) -> float:
        lo, hi = self.visible_span() or (0.0, 1.0)
        return rect.left() + (value - lo) / ((hi - lo) or 1.0) * rect.width()

    def _y(self, lane: float, rect: QRectF) -> float:
        lanes = max(len(self.artists.lanes) if self.artists else 1, 1)
        return rect.top() + (lane + 0.5) * rect.height() / lanes

    def _lane_height(self, rect: QRectF) -> float:
        return rect.height() / max(len(self.artists.lanes) if self.artists else 1, 1)

    def display_point(self, event_id: int) -> QPoint | None:
        """Canvas coordinates of an event's marker (for tests and tooltips)."""
        if self.artists is None or event_id not in self.artists.positions:
            return None
        x, lane = self.artists.positions[event_id]
        rect = self.plot_rect()
        return QPoint(round(self._x(x, rect)), round(self._y(lane, rect)))

    def event_at(self, x: float, y: float) -> int | None:
        """The event whose marker (on any of its lanes) is nearest to canvas point (x, y), within a finger's width."""
        if self.artists is None or not self.artists.markers:
            return None
        rect = self.plot_rect()
        best, best_distance = None, math.inf
        for marker in self.artists.markers:
            distance = math.hypot(self._x(marker.x, rect) - x, self._y(marker.lane, rect) - y)
            if distance < best_distance:
                best, best_distance = marker.event_id, distance
        return best if best_distance <= HIT_RADIUS_PX else None

    def selected_position(self) -> tuple[float, float] | None:
        """Where the selection ring is drawn (days, lane), or None."""
        if self.artists is None:
            return None
        return self.artists.positions.get(self._selected)

    def lane_rect(self, lane: int) -> QRectF:
        """A lane's band on the canvas."""
        rect = self.plot_rect()
        height = self._lane_height(rect)
        return QRectF(rect.left(), rect.top() + lane * height, rect.width(), height)

    # -- painting ---------------------------------------------------------------------

    # Paper and ink follow the window's theme: a white chart in the dark theme glared on the projector.
    # The data colours (blue, sky, green, vermillion) read on both.
    def _paper(self) -> QColor:
        return QColor(colours().surface)

    def _ink(self) -> QColor:
        return QColor(colours().text)

    def _dark(self) -> bool:
        return self._paper().lightness() < 128

    def _band(self) -> QColor:
        return QColor(colours().panel if self._dark() else CHART_BAND)

    def _grid(self) -> QColor:
        return QColor(colours().border if self._dark() else CHART_GRID)

    def paint(self, painter: QPainter) -> None:
        painter.fillRect(self.canvas.rect(), self._paper())
        if self.artists is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.plot_rect()
        lanes = self.artists.lanes
        lane_h = self._lane_height(rect)
        for i in range(0, len(lanes), 2):
            painter.fillRect(QRectF(rect.left(), rect.top() + i * lane_h, rect.width(), lane_h), self._band())
        self._paint_axis(painter, rect)
        self._paint_lane_names(painter, rect)
        painter.save()
        painter.setClipRect(rect.adjusted(-self.px(12), -self.px(30), self.px(12), 0))
        self._paint_regie(painter, rect)
        self._paint_events(painter, rect)
        painter.restore()

    def _paint_axis(self, painter: QPainter, rect: QRectF) -> None:
        lo, hi = self.visible_span() or (0.0, 1.0)
        ticks, unit = date_ticks(lo, hi, maxticks=9)
        painter.setFont(self._font(BASE_PT - 1))
        metrics = painter.fontMetrics()
        for value in ticks:
            x = self._x(value, rect)
            painter.setPen(QPen(self._grid(), max(1.0, self.px(0.6))))
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            painter.setPen(QPen(self._ink(), max(1.0, self.px(0.8))))
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + self.px(3.5)))
            text = tick_label(value, unit)
            width = metrics.horizontalAdvance(text)
            painter.drawText(QPointF(x - width / 2, rect.bottom() + self.px(5) + metrics.ascent()), text)
        painter.setPen(QPen(self._ink(), max(1.0, self.px(0.8))))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def _paint_lane_names(self, painter: QPainter, rect: QRectF) -> None:
        assert self.artists is not None
        size, two_lines = self._lane_font_pt(rect.height())
        painter.setFont(self._font(size))
        painter.setPen(self._ink())
        for i, name in enumerate(self.artists.lanes):
            text = lane_label(name) if two_lines else one_line_label(name, ONE_LINE_CHARS)
            box = QRectF(0, rect.top() + i * self._lane_height(rect), rect.left() - 8, self._lane_height(rect))
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_regie(self, painter: QPainter, rect: QRectF) -> None:
        assert self.artists is not None
        lane = self.artists.regie_lane
        if lane is None:
            return
        centre, lane_h = self._y(lane, rect), self._lane_height(rect)
        painter.setFont(self._font(BASE_PT - 4))
        for bar in self.artists.period_bars:
            box = QRectF(QPointF(self._x(bar.start, rect), centre + bar.top * lane_h),
                         QPointF(self._x(bar.end, rect), centre + (bar.top + bar.height) * lane_h))
            fill = QColor(BLUE)
            fill.setAlphaF(0.75)
            painter.setPen(QPen(QColor("white"), 1))
            painter.setBrush(fill)
            painter.drawRect(box)
            painter.setPen(QColor("white"))
            painter.drawText(box.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             bar.label)
        for bar in self.artists.gap_bars:
            box = QRectF(QPointF(self._x(bar.start, rect), centre + bar.top * lane_h),
                         QPointF(self._x(bar.end, rect), centre + (bar.top + bar.height) * lane_h))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._paper())
            painter.drawRect(box)
            painter.setBrush(QBrush(QColor(VERMILLION), Qt.BrushStyle.BDiagPattern))
            painter.setPen(QPen(QColor(VERMILLION), self.px(1.8)))
            painter.drawRect(box)
            painter.setFont(self._font(BASE_PT - 3))
            painter.setPen(QColor(VERMILLION))
            painter.drawText(QPointF(box.left(), box.top() - self.px(2)), bar.label)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._ink())
        for day in self.artists.reassessments:
            self._shape(painter, "down", QPointF(self._x(day, rect), centre - 0.42 * lane_h), self.px(8))

    def _paint_events(self, painter: QPainter, rect: QRectF) -> None:
        assert self.artists is not None
        span_pen = QPen(QColor(SKY), self.px(5), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap)
        sky = QColor(SKY)
        sky.setAlphaF(0.55)
        span_pen.setColor(sky)
        painter.setPen(span_pen)
        for start, end, lane in self.artists.spans:
            y = self._y(lane, rect)
            painter.drawLine(QPointF(self._x(start, rect), y), QPointF(self._x(end, rect), y))
        painter.setPen(QPen(QColor(BLUE), self.px(1.6), Qt.PenStyle.DashLine))
        for x, top, bottom in self.artists.links:
            painter.drawLine(QPointF(self._x(x, rect), self._y(top, rect)),
                             QPointF(self._x(x, rect), self._y(bottom, rect)))
        # Key moments on top of plain events, as in the report's picture.
        for marker in sorted(self.artists.markers, key=lambda m: m.shape != "circle"):
            self._paint_marker(painter, marker, rect)
        painter.setFont(self._font(BASE_PT - 2))
        painter.setPen(self._ink())
        metrics = painter.fontMetrics()
        for event_id, text in self.artists.labels:
            day, row = self.artists.positions[event_id]
            centre = QPointF(self._x(day, rect), self._y(row, rect) - self.px(9) - metrics.descent())
            painter.drawText(QPointF(centre.x() - metrics.horizontalAdvance(text) / 2, centre.y()), text)
        position = self.selected_position()
        if position is not None:
            painter.setPen(QPen(self._ink(), self.px(2.5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            radius = self.px(22) / 2
            painter.drawEllipse(QPointF(self._x(position[0], rect), self._y(position[1], rect)), radius, radius)

    def _paint_marker(self, painter: QPainter, marker: Marker, rect: QRectF) -> None:
        centre = QPointF(self._x(marker.x, rect), self._y(marker.lane, rect))
        if marker.shape == "circle":
            if marker.filled and not marker.linked:
                painter.setPen(QPen(QColor("white"), self.px(0.6)))
                painter.setBrush(QColor(BLUE))
            else:
                painter.setPen(QPen(QColor(BLUE), self.px(1.6)))
                painter.setBrush(QColor(BLUE) if marker.filled else self._paper())
            self._shape(painter, "circle", centre, self.px(9))
            return
        if marker.filled:
            painter.setPen(QPen(self._ink(), self.px(0.9)))
            painter.setBrush(QColor(marker.colour))
        else:
            painter.setPen(QPen(QColor(marker.colour), self.px(2.2)))
            painter.setBrush(self._paper())
        self._shape(painter, marker.shape, centre, self.px(13))

    @staticmethod
    def _shape(painter: QPainter, shape: str, centre: QPointF, size: float) -> None:
        half = size / 2
        if shape == "circle":
            painter.drawEllipse(centre, half, half)
            return
        cx, cy = centre.x(), centre.y()
        points = {"triangle": [(cx, cy - half * 1.15), (cx + half, cy + half * 0.75), (cx - half, cy + half * 0.75)],
                  "down": [(cx, cy + half * 1.15), (cx + half, cy - half * 0.75), (cx - half, cy - half * 0.75)],
                  "diamond": [(cx, cy - half), (cx + half * 0.8, cy), (cx, cy + half), (cx - half * 0.8, cy)]}[shape]
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(px, py) for px, py in points]))
        path.closeSubpath()
        painter.drawPath(path)

    # -- selection -----------------------------------------------------------------

    def _on_selected(self, event_id: int) -> None:
        self._selected = event_id or 0
        if self.artists is None:
            return
        position = self.artists.positions.get(event_id)
        span = self.visible_span()
        if position is not None and span is not None and not span[0] <= position[0] <= span[1]:
            half = (span[1] - span[0]) / 2
            self._set_xlim(position[0] - half, position[0] + half)
        self.canvas.update()

    # -- mouse ------------------------------------------------------------------------

    def on_press(self, event: QMouseEvent) -> None:
        span = self.visible_span()
        if event.button() != Qt.MouseButton.LeftButton or span is None:
            return
        self._press = (event.position().x(), span)
        self._press_point = event.position()
        self._dragged = False

    def on_release(self, event: QMouseEvent) -> None:
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if not self._dragged:
            hit = self.event_at(self._press_point.x(), self._press_point.y())
            if hit is not None:
                self.context.select_event(hit)

    def on_motion(self, event: QMouseEvent) -> None:
        point = event.position()
        if self._press is not None:
            x0, (lo, hi) = self._press
            if abs(point.x() - x0) > CLICK_SLOP_PX:
                self._dragged = True
            if self._dragged:
                shift = (x0 - point.x()) * (hi - lo) / (self.plot_rect().width() or 1.0)
                self._set_xlim(lo + shift, hi + shift)
            return
        hit = self.event_at(point.x(), point.y())
        if hit is None:
            self.hide_tip()
        elif hit != self._hover_id:
            self._hover_id = hit
            QToolTip.showText(self.canvas.mapToGlobal(point.toPoint()), self.describe(hit), self.canvas)

    def hide_tip(self) -> None:
        if self._hover_id:
            self._hover_id = 0
            QToolTip.hideText()

    def describe(self, event_id: int) -> str:
        """The hover text of an event: number, date, party, key moment and description."""
        row = self._rows_by_id.get(event_id)
        if row is None:
            return ""
        event = row.event
        number = self.artists.numbers.get(event_id, 0) if self.artists else 0
        when = event_date(event.date_start, event.date_precision, event.date_text)
        head = self.tr("nr. {0}").format(number) + f" · {when}" + (f" {event.time}" if event.time else "")
        if row.parties_label:
            head += f" · {row.parties_label}"
        if event.key_moment != KeyMoment.NONE:
            head += f" · {self.tr('sleutelmoment')}: {self.tr(KEY_MOMENT_LABELS[event.key_moment])}"
        body = "\n".join(textwrap.wrap(event.description, 70)[:8])
        return f"{head}\n{body}"

    def on_wheel(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps:
            return
        rect = self.plot_rect()
        lo, hi = self.visible_span() or (0.0, 1.0)
        centre = lo + (event.position().x() - rect.left()) / (rect.width() or 1.0) * (hi - lo)
        self.zoom(ZOOM_STEP ** steps, centre)

    # -- zoom and pan ----------------------------------------------------------------------

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """Zoom the time axis by ``factor`` (> 1 zooms in) around ``centre`` (a day)."""
        span = self.visible_span()
        if span is None or self.artists is None or factor <= 0:
            return
        lo, hi = span
        centre = (lo + hi) / 2 if centre is None else centre
        full = self.artists.x_range
        width = min(max((hi - lo) / factor, MIN_SPAN_DAYS), (full[1] - full[0]) * 4)
        ratio = (centre - lo) / ((hi - lo) or 1.0)
        self._set_xlim(centre - width * ratio, centre + width * (1 - ratio))

    def reset_view(self) -> None:
        self._user_xlim = None
        if self.artists is not None:
            self._view = self.artists.x_range
            self.canvas.update()

    def _set_xlim(self, lo: float, hi: float) -> None:
        self._view = self._user_xlim = (lo, hi)
        self.canvas.update()

    def visible_span(self) -> tuple[float, float] | None:
        return self._view if self.artists is not None else None
