"""The projector view: what the group sees while the chair works in the main window.

Read-only and calm: large type, muted colours, generous margins. It follows
the chair (phase, prompt, goal, timer, the event being discussed and the
contributions of this phase) and attributes contributions exactly as the
rule-1 setting allows, so a name only appears when the chair chose "per persoon".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from casereview import settings
from casereview.session.clock import format_duration
from casereview.session.contributions import attribution_label, list_contributions, load_names
from casereview.session.procedure import list_steps
from casereview.timeline.events import list_events
from casereview.ui.case_context import CaseContext
from casereview.ui.session.phase_panel import PhaseTimer
from casereview.ui.session.rule_guide import RuleGuideLine
from casereview.ui.style.palette import LIGHT, THEMES, Palette
from casereview.vocabulary import CONTRIBUTION_KIND_LABELS

REFRESH_MS = 100
THEME_SETTING = "presenter_theme"  # "light" or "projector" (dark, for a projector in a bright room)


class CardList(QScrollArea):
    """Contributions as wrapped cards; labels wrap reliably where list items would clip."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterContributions")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._inner = QWidget(objectName="presenterCards")
        self._layout = QVBoxLayout(self._inner)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        self.setWidget(self._inner)
        self._labels: list[QLabel] = []

    def set_items(self, texts: list[str]) -> None:
        for label in self._labels:
            self._layout.removeWidget(label)
            label.deleteLater()
        self._labels = []
        for text in texts:
            label = QLabel(text, objectName="presenterCard")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            self._layout.insertWidget(self._layout.count() - 1, label)
            self._labels.append(label)
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def count(self) -> int:
        return len(self._labels)

    def texts(self) -> list[str]:
        return [label.text() for label in self._labels]


class PresenterWindow(QWidget):
    """Esc closes it, F11 toggles full screen.

    Signals: closed() when the window is closed (so the menu check can follow).
    """

    closed = Signal()

    def __init__(self, context: CaseContext, timer: PhaseTimer, *, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setWindowTitle(self.tr("casereview — presentatie"))
        self.context = context
        self._timer = timer
        self.theme: Palette = THEMES.get(settings.get(THEME_SETTING) or "light", LIGHT)
        self.phase_label = QLabel(objectName="presenterPhase")
        self.timer_label = QLabel(objectName="presenterTimer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.countdown_label = QLabel(objectName="presenterCountdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label.setAccessibleName(self.tr("Resterende tijd van deze fase"))
        self.time_up = False
        self.prompt_label = QLabel(objectName="presenterPrompt")
        self.goal_label = QLabel(objectName="presenterGoal")
        self.event_label = QLabel(objectName="presenterEvent")
        self.contributions = CardList(parent=self)
        for label in (self.phase_label, self.prompt_label, self.goal_label, self.event_label):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        # A long goal with its questions gets less height than it needs at 768 px: it is cut at the
        # bottom, never in the middle of its first line (a label centres its text vertically).
        self.goal_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.contributions_heading = QLabel(self.tr("Inbreng in deze fase"), objectName="presenterContributionsHeading")

        top = QHBoxLayout()
        top.addWidget(self.phase_label, 1)
        top.addWidget(self.timer_label)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.countdown_label)
        self.layout_.addWidget(self.prompt_label)
        self.layout_.addWidget(RuleGuideLine(context, parent=self))
        self.layout_.addWidget(self.goal_label)
        self.layout_.addWidget(self.event_label)
        self.layout_.addWidget(self.contributions_heading)
        self.layout_.addWidget(self.contributions, 1)

        self._pending = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._pending.timeout.connect(self.refresh)
        context.changed.connect(self._on_changed)
        context.currentPhaseChanged.connect(lambda _id: self._pending.start())
        context.selectedEventChanged.connect(lambda _id: self._pending.start())
        timer.ticked.connect(self._on_tick)
        self._on_tick(*timer.texts(), timer.overrun())
        self._apply_style()
        self.refresh()

    # --- following the chair -------------------------------------------------------
    def _on_changed(self, entity: str) -> None:
        if entity != "clock":
            self._pending.start()

    def _on_tick(self, phase: str, session: str, overrun: bool) -> None:
        self.timer_label.setText(f"{phase}\n{session}")
        self.timer_label.setStyleSheet(f"color: {self.theme.warning if overrun else self.theme.muted};")
        remaining = self._timer.remaining_seconds()
        self.countdown_label.setVisible(remaining is not None)
        self.time_up = remaining is not None and remaining < 0
        if remaining is None:
            self.countdown_label.clear()
        elif self.time_up:
            self.countdown_label.setText(self.tr("Tijd is om · +{0}").format(format_duration(-remaining)))
        else:
            self.countdown_label.setText(format_duration(remaining))
        self._style_countdown()

    def _style_countdown(self) -> None:
        """Digits readable from the back of the room: scaled to the window, amber on amber once time is up."""
        size = max(40, min(self.height() // 5, self.width() // 8))
        p = self.theme
        if self.time_up:
            look = (f"color: {p.warning}; background: {p.warning_bg}; border: 3px solid {p.warning_border};"
                    " border-radius: 8px;")
            size = size * 3 // 4  # the words need more room than the digits
        else:
            look = f"color: {p.text}; background: transparent; border: none;"
        font = QFont(self.countdown_label.font())
        font.setPixelSize(size)
        font.setBold(True)
        room = self.width() - 2 * max(24, self.width() // 30) - 40  # the window's margins and the box's border
        wide = QFontMetrics(font).horizontalAdvance(self.countdown_label.text())
        if wide > room > 0:  # "+1:05:20" after a long overrun still fits on one line
            size = max(24, size * room // wide)
        self.countdown_label.setStyleSheet(f"#presenterCountdown {{ {look} font-size: {size}px; font-weight: 700; }}")

    def refresh(self) -> None:
        self._pending.stop()
        case_file = self.context.case
        case = case_file.case()
        steps = list_steps(case_file)
        step_id = self.context.current_phase_id
        index = next((i for i, st in enumerate(steps) if st.id == step_id), -1)
        if index >= 0:
            step = steps[index]
            self.phase_label.setText(self.tr("Fase {0} van {1} · {2}").format(index + 1, len(steps), step.title))
            self.prompt_label.setText(step.prompt)
        else:
            self.phase_label.setText(case.title)
            self.prompt_label.setText(self.tr("We beginnen zo."))
        goal = case.goal.strip()
        questions = [q.strip() for q in case.questions.splitlines() if q.strip()]
        goal_text = self.tr("Doel: {0}").format(goal) if goal else ""
        if questions:
            goal_text += ("\n" if goal_text else "") + "\n".join(f"• {q}" for q in questions)
        self.goal_label.setText(goal_text)
        self.goal_label.setVisible(bool(goal_text))
        self.event_label.setText(self._event_text())
        self.event_label.setVisible(bool(self.event_label.text()))
        self._fill_contributions(step_id if index >= 0 else None, case.attribution)

    def _event_text(self) -> str:
        event_id = self.context.selected_event_id
        if not event_id:
            return ""
        row = next((r for r in list_events(self.context.case) if r.event.id == event_id), None)
        if row is None:
            return ""
        parts = [row.date_label, row.party_name, row.event.description]
        return self.tr("In bespreking: {0}").format(" · ".join(p for p in parts if p))

    def _fill_contributions(self, step_id: int | None, attribution: str) -> None:
        texts = []
        if step_id is not None:
            names = load_names(self.context.case)
            for item in list_contributions(self.context.case, step_id=step_id):
                who = attribution_label(item, names, attribution)
                kind = CONTRIBUTION_KIND_LABELS.get(item.kind, item.kind)
                texts.append((f"{who} — {item.text}" if who else item.text) + f"   ({kind})")
        self.contributions.set_items(texts)

    def texts(self) -> list[str]:
        """Everything the group can read, for checks that no name leaks onto the projector."""
        labels = [self.phase_label, self.timer_label, self.countdown_label, self.prompt_label, self.goal_label, self.event_label]
        return [label.text() for label in labels] + self.contributions.texts()

    # --- looks and placement ---------------------------------------------------------
    def _apply_style(self) -> None:
        base = max(15, min(30, self.height() // 36))
        margin = max(24, self.width() // 30)
        self._style_countdown()
        self.layout_.setContentsMargins(margin, margin * 3 // 4, margin, margin * 3 // 4)
        self.layout_.setSpacing(base * 2 // 3)
        self.contributions._layout.setSpacing(base // 2)
        p = self.theme
        BACKGROUND, TEXT, MUTED, ACCENT, CARD, LANE = (p.window, p.text, p.muted, p.accent, p.surface,  # noqa: N806
                                                      p.lane)
        self.setStyleSheet(f"""
            #presenterWindow {{ background: {BACKGROUND}; }}
            QLabel {{ color: {TEXT}; font-size: {base}px; }}
            #presenterPhase {{ font-size: {int(base * 1.9)}px; font-weight: 600; color: {TEXT}; }}
            #presenterTimer {{ font-size: {int(base * 1.2)}px; }}
            #presenterPrompt {{ color: {MUTED}; font-size: {int(base * 1.1)}px; }}
            #presenterGoal {{ background: {CARD}; border-left: 4px solid {ACCENT}; padding: {base // 2}px {base}px; }}
            #presenterEvent {{ background: {CARD}; border-left: 4px solid {LANE}; padding: {base // 2}px {base}px;
                               color: {TEXT}; }}
            #presenterContributionsHeading {{ color: {ACCENT}; font-weight: 600; }}
            #presenterContributions, #presenterCards {{ background: {BACKGROUND}; border: none; }}
            #presenterCard {{ background: {CARD}; color: {TEXT}; font-size: {int(base * 1.25)}px;
                              padding: {base // 2}px {base}px; border-radius: 4px; }}
        """)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def set_theme(self, name: str) -> None:
        """Light, or the dark projector theme; remembered for the next session."""
        self.theme = THEMES.get(name, LIGHT)
        settings.put(THEME_SETTING, name if name in THEMES else "light")
        self._apply_style()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_style()

    def show_on_best_screen(self, chair_screen: QScreen | None) -> None:
        """Full screen on another screen (the projector) when there is one.

        The screen chosen in the settings wins when it exists. On the chair's own screen it opens
        maximised, never as a small window over the chair's work; F11 makes it full screen for a
        laptop that mirrors to the projector.
        """
        screens = QGuiApplication.screens()
        chosen = settings.presenter_screen()
        if 0 <= chosen < len(screens):
            target: QScreen | None = screens[chosen]
        else:
            target = next((s for s in screens if s is not chair_screen), None)
        if target is not None and target is not chair_screen:
            self.setGeometry(target.geometry())
            self.showFullScreen()
        else:
            self.showMaximized()
        self.raise_()
        self.activateWindow()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)
