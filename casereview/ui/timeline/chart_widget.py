"""The timeline chart inside the window: the drawing of :mod:`casereview.timeline.chart` on a Qt canvas.

matplotlib is imported only when the chart is first shown, so the window opens
fast. Changes to the case, the filter or the size are coalesced into one redraw
by a single-shot timer; a new selection only moves the selection ring. The
wheel zooms the time axis around the pointer, dragging pans it, hovering shows
the event and a click selects it in the table (through the case context).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QToolTip, QVBoxLayout, QWidget

from casereview.timeline.events import EventRow
from casereview.ui.case_context import CaseContext
from casereview.ui.style.palette import CHART_BLUE, CHART_GREEN, CHART_SKY, CHART_VERMILLION, colours
from casereview.vocabulary import KEY_MOMENT_LABELS, KeyMoment

if TYPE_CHECKING:
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from casereview.timeline.chart import TimelineArtists
    from casereview.timeline.responsibility import ResponsibilityMap

REDRAW_DELAY_MS = 150
HIT_RADIUS_PX = 12
CLICK_SLOP_PX = 5
ZOOM_STEP = 1.25
MIN_SPAN_DAYS = 3.0
# Projector sizes need about this many pixels per lane plus the axis; with less room everything
# (text and markers alike) is scaled down through the figure's dpi, never below MIN_SCALE.
LANE_PX = 32
AXIS_PX = 80
MIN_SCALE = 0.5

# The legend sits in the bar above the canvas, where it costs no plot height; shapes as in the chart.
LEGEND_SYMBOLS = (f'<span style="color:{CHART_BLUE}; font-size:14pt;">●</span>',
                  f'<span style="color:{CHART_SKY}; font-size:14pt;">━</span>'
                  f'<span style="color:{CHART_BLUE}; font-size:14pt;">○</span>',
                  f'<span style="color:{CHART_GREEN}; font-size:14pt;">▲</span>',
                  f'<span style="color:{CHART_VERMILLION}; font-size:14pt;">◆</span>')


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
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.artists: TimelineArtists | None = None
        self._rows_by_id: dict[int, EventRow] = {}
        self._dirty = True
        self._full_xlim: tuple[float, float] | None = None
        self._user_xlim: tuple[float, float] | None = None
        self._press: tuple[float, float, tuple[float, float]] | None = None
        self._dragged = False
        self._hover_id = 0
        self._scale = 1.0
        self._background: Any = None
        self.draw_count = 0

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self._redraw_if_visible)

        self._placeholder = QLabel(self.tr("De grafiek wordt geladen…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setStyleSheet(f"color: {colours().muted}; font-size: 14pt;")
        self._empty = QLabel(self.tr("Geen gebeurtenissen met een datum om te tonen."),
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
                             objectName="timelineLegend")
        self.legend.setToolTip(self.tr("Scrollen: zoomen · slepen: schuiven · klikken: in de tabel tonen"))
        self.undated_label = QLabel(objectName="timelineUndated")
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
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addLayout(bar)
        self._layout.addWidget(self.undated_label)  # its own line: on a laptop it would be cut off in the bar
        self._layout.addWidget(self._placeholder, 1)
        self._layout.addWidget(self._empty, 1)
        self.setMinimumHeight(180)
        context.selectedEventChanged.connect(self._on_selected)

    def _tool_button(self, text: str, tip: str, name: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(objectName=name, text=text, toolTip=tip)
        button.setMinimumWidth(34)
        button.clicked.connect(slot)
        return button

    # -- building and drawing -------------------------------------------------

    def ensure_canvas(self) -> FigureCanvasQTAgg:
        """Create the matplotlib canvas (and import matplotlib) the first time it is needed."""
        if self.canvas is not None:
            return self.canvas
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(facecolor="white")
        canvas = FigureCanvasQTAgg(self.figure)
        canvas.setObjectName("timelineCanvas")
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMouseTracking(True)
        canvas.mpl_connect("button_press_event", self._on_press)
        canvas.mpl_connect("button_release_event", self._on_release)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.mpl_connect("scroll_event", self._on_scroll)
        canvas.mpl_connect("figure_leave_event", lambda _e: self._hide_tip())
        canvas.mpl_connect("draw_event", self._on_drawn)
        canvas.mpl_connect("resize_event", lambda _e: self._on_resized())
        self._placeholder.hide()
        self._layout.addWidget(canvas, 1)
        self.canvas = canvas
        if self.isVisible():
            # Its real size now, before the first drawing: else the layout resizes it right after,
            # and the scale it was drawn for is wrong, which costs a second full redraw.
            canvas.show()
            self._layout.activate()
        return canvas

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
            # Build after this paint so the window appears before matplotlib is imported.
            QTimer.singleShot(0, self._redraw_if_visible)

    def redraw(self, *, now: bool = False) -> None:
        """Draw the current rows; ``now`` paints at once instead of at the next event-loop pass."""
        from casereview.timeline.chart import draw_timeline

        canvas = self.ensure_canvas()
        assert self.figure is not None
        self._timer.stop()
        self._dirty = False
        rows = self._rows_provider()
        self._rows_by_id = {r.event.id: r for r in rows if r.event.id is not None}
        numbers = self._numbers_provider() if self._numbers_provider else None
        selected = self.context.selected_event_id or None
        lanes = len({n for r in rows if r.event.date_start is not None for n in (r.party_name, *r.other_parties)}) or 1
        lanes += 1 if self._responsibility_provider else 0
        self._apply_scale(self._scale_for(lanes))
        found = self._responsibility_provider() if self._responsibility_provider else None
        self.artists = draw_timeline(self.figure, rows, selected_id=selected, large=True, responsibility=found)
        self._adapt_for_window(numbers)
        if self.artists.selection is not None:
            # Drawn by blitting on top of a saved background, so moving it costs no full redraw.
            self.artists.selection.set_animated(True)
        self._fit_margins()
        self._show_undated()
        self._full_xlim = tuple(self.artists.ax.get_xlim())  # type: ignore[attr-defined]
        if self._user_xlim is not None:
            self.artists.ax.set_xlim(*self._user_xlim)  # type: ignore[attr-defined]
        has_points = bool(self.artists.positions)
        canvas.setVisible(has_points)
        self._empty.setVisible(not has_points)
        self.draw_count += 1
        self._background = None
        if now:
            canvas.draw()
        else:
            canvas.draw_idle()

    def _adapt_for_window(self, numbers: dict[int, int] | None) -> None:
        """Turn the report drawing into the window's: legend and undated note go to the Qt bar
        (they cost no plot height there), margins come from :meth:`_fit_margins`, and labels of a
        filtered chart keep the event's number in the whole chronology, as the table shows it.
        """
        assert self.artists is not None and self.figure is not None
        ax = self.artists.ax
        self.figure.set_layout_engine("none")
        for legend in list(self.figure.legends):
            legend.remove()
        if ax.get_legend() is not None:  # type: ignore[attr-defined]
            ax.get_legend().remove()  # type: ignore[attr-defined]
        for text in list(self.figure.texts):
            text.remove()
        ax.set_xlabel("")  # type: ignore[attr-defined]
        if numbers is not None and numbers is not self.artists.numbers:
            local = {number: event_id for event_id, number in self.artists.numbers.items()}
            for annotation in ax.texts:  # type: ignore[attr-defined]
                if not annotation.get_text().isdigit():
                    continue  # a label of the responsibility lane, not an event number
                event_id = local.get(int(annotation.get_text()))
                if event_id is not None:
                    annotation.set_text(str(numbers.get(event_id, "")))
            self.artists.numbers = numbers

    def _fit_margins(self) -> None:
        """Room for the lane names and date labels, worked out from font sizes.

        Cheaper than matplotlib's constrained layout, which measures every label on each draw.
        """
        if self.artists is None or self.figure is None or self.canvas is None:
            return
        width_px = max(self.figure.bbox.width, 1.0)
        height_px = max(self.figure.bbox.height, 1.0)
        points_to_px = self.figure.dpi / 72
        labels = self.artists.ax.get_yticklabels()  # type: ignore[attr-defined]
        size = labels[0].get_fontsize() * points_to_px if labels else 15 * points_to_px
        longest = max((len(t.get_text()) for t in labels), default=4)
        left = min(0.45, (longest * size * 0.6 + 14) / width_px)
        bottom = min(0.4, (size * 2.2 + 6) / height_px)
        top = 1 - min(0.2, (size * 0.9) / height_px)
        right = 1 - min(0.1, (size * 2.2) / width_px)  # half a date label sticks out past the last tick
        top = max(top, bottom + 0.1)
        # Set directly: subplots_adjust is refused once a figure has had a constrained layout.
        self.artists.ax.set_position([left, bottom, right - left, top - bottom])  # type: ignore[attr-defined]

    def _on_drawn(self, _event: Any) -> None:
        """After every full draw: keep the picture without the selection ring, then put the ring on it."""
        if self.canvas is None or self.figure is None:
            return
        self._background = self.canvas.copy_from_bbox(self.figure.bbox)
        if self.artists is not None and self.artists.selection is not None:
            # Into the buffer only: this runs inside a paint, where a blit would repaint recursively.
            self.artists.ax.draw_artist(self.artists.selection)  # type: ignore[attr-defined]

    def _blit_selection(self) -> None:
        if self.canvas is None or self.figure is None or self.artists is None or self.artists.selection is None:
            return
        if self._background is None:
            self.canvas.draw_idle()
            return
        self.canvas.restore_region(self._background)
        self.artists.ax.draw_artist(self.artists.selection)  # type: ignore[attr-defined]
        self.canvas.blit(self.figure.bbox)

    def _show_undated(self) -> None:
        assert self.artists is not None
        numbers = [self.artists.numbers.get(i, 0) for i in self.artists.unknown_ids]
        if not numbers:
            self.undated_label.clear()
            return
        shown = ", ".join(str(n) for n in numbers[:12]) + (" …" if len(numbers) > 12 else "")
        self.undated_label.setText(self.tr("Zonder datum (niet getekend): nr. {0}").format(shown))

    def _scale_for(self, lanes: int) -> float:
        assert self.canvas is not None
        return max(MIN_SCALE, min(1.0, self.canvas.height() / (AXIS_PX + LANE_PX * lanes)))

    def _apply_scale(self, scale: float) -> None:
        """Scale text and markers by changing the dpi while keeping the canvas's pixel size."""
        assert self.canvas is not None and self.figure is not None
        ratio = self.canvas.device_pixel_ratio
        dpi = 100 * ratio * scale
        self._scale = scale
        self.figure.set_dpi(dpi)
        self.figure.set_size_inches(max(self.canvas.width(), 1) * ratio / dpi,
                                    max(self.canvas.height(), 1) * ratio / dpi, forward=False)

    def _on_resized(self) -> None:
        if self.artists is None or self.canvas is None:
            return
        if abs(self._scale_for(len(self.artists.lanes) or 1) - self._scale) > 0.04:
            self.schedule_redraw()
        self._fit_margins()

    # -- selection -----------------------------------------------------------------

    def _on_selected(self, event_id: int) -> None:
        if self.artists is None or self.canvas is None:
            return
        self.artists.set_selected(event_id or None)
        position = self.artists.positions.get(event_id)
        if position is not None:
            ax = self.artists.ax
            lo, hi = ax.get_xlim()  # type: ignore[attr-defined]
            if not lo <= position[0] <= hi:
                half = (hi - lo) / 2
                self._set_xlim(position[0] - half, position[0] + half)
                self.canvas.draw_idle()
                return
        self._blit_selection()

    def selected_position(self) -> tuple[float, float] | None:
        """Where the selection ring is drawn (data coordinates), or None."""
        if self.artists is None or self.artists.selection is None:
            return None
        import numpy as np  # here, not at the top: the window must open before numpy/matplotlib load

        offsets = np.asarray(self.artists.selection.get_offsets())
        return (float(offsets[0][0]), float(offsets[0][1])) if len(offsets) else None

    def event_at(self, x: float, y: float) -> int | None:
        """The event whose marker is nearest to display point (x, y), within a finger's width."""
        if self.artists is None or not self.artists.positions or self.canvas is None:
            return None
        import numpy as np

        ids = np.fromiter(self.artists.positions.keys(), dtype=np.int64, count=len(self.artists.positions))
        xy = np.array(list(self.artists.positions.values()), dtype=float)
        screen = self.artists.ax.transData.transform(xy)  # type: ignore[attr-defined]
        distance = np.hypot(screen[:, 0] - x, screen[:, 1] - y)
        best = int(np.argmin(distance))
        radius = HIT_RADIUS_PX * self.canvas.device_pixel_ratio
        return int(ids[best]) if distance[best] <= radius else None

    def display_point(self, event_id: int) -> QPoint | None:
        """Widget coordinates on the canvas of an event's marker (for tests and tooltips)."""
        if self.artists is None or self.canvas is None or event_id not in self.artists.positions:
            return None
        x, y = self.artists.ax.transData.transform(self.artists.positions[event_id])  # type: ignore[attr-defined]
        ratio = self.canvas.device_pixel_ratio
        return QPoint(round(x / ratio), round(self.canvas.height() - y / ratio))

    # -- mouse ------------------------------------------------------------------------

    def _on_press(self, event: Any) -> None:
        if event.button != 1 or self.artists is None:
            return
        self._press = (event.x, event.y, tuple(self.artists.ax.get_xlim()))  # type: ignore[attr-defined]
        self._dragged = False

    def _on_release(self, event: Any) -> None:
        press, self._press = self._press, None
        if press is None or event.button != 1:
            return
        if not self._dragged:
            hit = self.event_at(press[0], press[1])
            if hit is not None:
                self.context.select_event(hit)

    def _on_motion(self, event: Any) -> None:
        if self._press is not None and self.artists is not None:
            x0, _y0, (lo, hi) = self._press
            if abs(event.x - x0) > CLICK_SLOP_PX * (self.canvas.device_pixel_ratio if self.canvas else 1):
                self._dragged = True
            if self._dragged:
                width = self.artists.ax.bbox.width or 1.0  # type: ignore[attr-defined]
                shift = (x0 - event.x) * (hi - lo) / width
                self._set_xlim(lo + shift, hi + shift)
                self.canvas.draw_idle()  # type: ignore[union-attr]
            return
        hit = self.event_at(event.x, event.y)
        if hit is None:
            self._hide_tip()
        elif hit != self._hover_id and self.canvas is not None:
            self._hover_id = hit
            ratio = self.canvas.device_pixel_ratio
            local = QPoint(round(event.x / ratio), round(self.canvas.height() - event.y / ratio))
            QToolTip.showText(self.canvas.mapToGlobal(local), self.describe(hit), self.canvas)

    def _hide_tip(self) -> None:
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
        head = f"nr. {number} · {row.date_label}" + (f" {event.time}" if event.time else "")
        if row.parties_label:
            head += f" · {row.parties_label}"
        if event.key_moment != KeyMoment.NONE:
            head += f" · {self.tr('sleutelmoment')}: {self.tr(KEY_MOMENT_LABELS[event.key_moment])}"
        body = "\n".join(textwrap.wrap(event.description, 70)[:8])
        return f"{head}\n{body}"

    def _on_scroll(self, event: Any) -> None:
        self.zoom(ZOOM_STEP ** event.step, event.xdata)

    # -- zoom and pan ----------------------------------------------------------------------

    def zoom(self, factor: float, centre: float | None = None) -> None:
        """Zoom the time axis by ``factor`` (> 1 zooms in) around ``centre`` (a date number)."""
        if self.artists is None or self.canvas is None or factor <= 0:
            return
        lo, hi = self.artists.ax.get_xlim()  # type: ignore[attr-defined]
        centre = (lo + hi) / 2 if centre is None else centre
        span = max((hi - lo) / factor, MIN_SPAN_DAYS)
        if self._full_xlim is not None:
            span = min(span, (self._full_xlim[1] - self._full_xlim[0]) * 4)
        ratio = (centre - lo) / ((hi - lo) or 1.0)
        self._set_xlim(centre - span * ratio, centre + span * (1 - ratio))
        self.canvas.draw_idle()

    def reset_view(self) -> None:
        self._user_xlim = None
        if self.artists is not None and self._full_xlim is not None and self.canvas is not None:
            self.artists.ax.set_xlim(*self._full_xlim)  # type: ignore[attr-defined]
            self._background = None
            self.canvas.draw_idle()

    def _set_xlim(self, lo: float, hi: float) -> None:
        assert self.artists is not None
        self.artists.ax.set_xlim(lo, hi)  # type: ignore[attr-defined]
        self._user_xlim = (lo, hi)
        self._background = None

    def visible_span(self) -> tuple[float, float] | None:
        if self.artists is None:
            return None
        lo, hi = self.artists.ax.get_xlim()  # type: ignore[attr-defined]
        return float(lo), float(hi)
