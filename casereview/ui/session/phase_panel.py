"""Where the group is in the agenda: the current phase, its prompt, the timer and the
buttons to move on or back (rule 3).

Moving between phases first commits whatever is still being typed, so no input
is lost and every contribution lands in the phase in which it was said.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from casereview.model.tables import Step
from casereview.session.clock import add_elapsed, format_duration, session_elapsed, session_timebox
from casereview.session.procedure import activate_step, current_step, list_steps, neighbour_step_id
from casereview.ui.case_context import CaseContext
from casereview.ui.operations.runner import attempt
from casereview.ui.session.rule_guide import RuleGuide
from casereview.ui.style.palette import colours

PERSIST_EVERY_S = 60


class PhaseTimer(QWidget):
    """Time in this phase against its time box, and for the whole session, with a pause.

    Measured time is written to the case file when the phase changes, on pause
    and once a minute, so a crash or restart loses at most a minute.

    Signals:
        ticked(str phase_text, str session_text, bool overrun): once a second, for the presenter view.
    """

    ticked = Signal(str, str, bool)

    def __init__(self, context: CaseContext, *, now: Callable[[], float] = time.monotonic, paused_step: int = 0,
                 parent: QWidget | None = None) -> None:
        """``paused_step``: open on that phase with the clock paused (:meth:`resume_paused`), read once."""
        super().__init__(parent)
        self.setObjectName("phaseTimer")
        self.context = context
        self._now = now
        self._step_id = 0
        self._timebox_s = 0
        self._stored_step_s = 0  # in the file for the current phase
        self._stored_session_s = 0
        self._session_timebox_s = 0
        self._mark: float | None = None  # start of the unsaved running stretch
        self._last_persist = 0.0
        self.phase_label = QLabel(self, objectName="phaseTimerPhase")
        self.session_label = QLabel(self, objectName="phaseTimerSession")
        self.pause_button = QPushButton(self.tr("Pauze"), self, objectName="pauseTimerButton")
        self.pause_button.setCheckable(True)
        self.pause_button.setToolTip(self.tr("Zet de klok stil, bijvoorbeeld tijdens een koffiepauze"))
        self.pause_button.toggled.connect(self._on_pause_toggled)
        font = self.phase_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.phase_label.setFont(font)
        labels = QVBoxLayout()
        labels.setSpacing(0)
        labels.addWidget(self.phase_label)
        labels.addWidget(self.session_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(labels)
        layout.addWidget(self.pause_button)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        if paused_step:
            self.resume_paused(paused_step)
        else:
            self.load(context.current_phase_id, running=False)

    # --- state -------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._mark is not None

    @property
    def paused(self) -> bool:
        return self.pause_button.isChecked()

    def _unsaved(self) -> int:
        return int(self._now() - self._mark) if self._mark is not None else 0

    def phase_seconds(self) -> int:
        return self._stored_step_s + self._unsaved()

    def session_seconds(self) -> int:
        return self._stored_session_s + self._unsaved()

    def remaining_seconds(self) -> int | None:
        """Seconds left in this phase's time box (negative once it is over); None before the first phase."""
        return self._timebox_s - self.phase_seconds() if self._step_id else None

    def overrun(self) -> bool:
        return bool(self._step_id) and self.phase_seconds() > self._timebox_s

    def load(self, step_id: int, *, running: bool) -> None:
        """Show the clock of ``step_id`` (its stored time) and run it if asked."""
        self._step_id = step_id
        steps = {st.id: st for st in list_steps(self.context.case)}
        step: Step | None = steps.get(step_id)
        self._timebox_s = (step.timebox_minutes * 60) if step else 0
        self._stored_step_s = step.elapsed_seconds if step else 0
        self._stored_session_s = session_elapsed(self.context.case)
        self._session_timebox_s = session_timebox(self.context.case) * 60
        closed = self.context.case.case().session_closed_at is not None
        self._mark = self._now() if running and step and not closed and not self.paused else None
        self._last_persist = self._now()
        self.pause_button.setEnabled(bool(step) and not closed)
        self.refresh()

    def persist(self) -> None:
        """Write the running stretch to the case file and keep counting from now."""
        if self._mark is None or not self._step_id or self.context.busy:
            return  # while long work runs in a worker thread the clock keeps counting and writes later
        seconds = self._unsaved()
        self._mark = self._now() if self._mark is not None else None
        self._last_persist = self._now()
        if seconds <= 0:
            return
        step_id = self._step_id
        stored = attempt(lambda: add_elapsed(self.context.case, step_id, seconds), context=self.context)
        if not stored.ok or stored.value is None:
            return
        self._stored_step_s = stored.value
        self._stored_session_s += seconds

    def switch_to(self, step_id: int) -> None:
        """Moving to a phase means the group is at work again: the clock runs."""
        self.persist()
        self._set_paused(False)
        self.load(step_id, running=True)

    def _set_paused(self, paused: bool) -> None:
        self.pause_button.blockSignals(True)
        self.pause_button.setChecked(paused)
        self.pause_button.setText(self.tr("Verder") if paused else self.tr("Pauze"))
        self.pause_button.blockSignals(False)

    def resume_paused(self, step_id: int) -> None:
        """A reopened case shows its phase with the clock paused until the chair continues."""
        self._set_paused(True)
        self.load(step_id, running=False)

    def stop(self) -> None:
        self.persist()
        self._mark = None
        self.refresh()

    def _on_pause_toggled(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Verder") if paused else self.tr("Pauze"))
        if paused:
            self.stop()
        elif self._step_id and self.context.case.case().session_closed_at is None:
            self._mark = self._now()
        self.refresh()

    def _on_tick(self) -> None:
        if self._mark is not None and self._now() - self._last_persist >= PERSIST_EVERY_S:
            self.persist()
        self.refresh()

    # --- showing ------------------------------------------------------------------
    def texts(self) -> tuple[str, str]:
        if not self._step_id:
            closed = self.context.case.case().session_closed_at is not None
            return self.tr("Afgesloten") if closed else self.tr("Nog niet begonnen"), self.tr("Sessie {0} / {1}").format(
                format_duration(self.session_seconds()), format_duration(self._session_timebox_s))
        phase = self.tr("Fase {0} / {1}").format(format_duration(self.phase_seconds()),
                                                 format_duration(self._timebox_s))
        if self.overrun():
            over = (self.phase_seconds() - self._timebox_s + 59) // 60
            phase += self.tr("  (+{0} min)").format(over)
        session = self.tr("Sessie {0} / {1}").format(format_duration(self.session_seconds()),
                                                     format_duration(self._session_timebox_s))
        if self.paused:
            session += self.tr("  · gepauzeerd")
        return phase, session

    def refresh(self) -> None:
        phase, session = self.texts()
        overrun = self.overrun()
        self.phase_label.setText(phase)
        self.session_label.setText(session)
        colour = colours().warning if overrun else colours().text  # a muted amber: noticeable, never alarming
        self.phase_label.setStyleSheet(f"color: {colour};")
        self.phase_label.setToolTip(self.tr("De tijd voor deze fase is om; rond rustig af of ga door.")
                                    if overrun else "")
        self.ticked.emit(phase, session, overrun)


class PhasePanel(QWidget):
    """The header of the open case: phase, prompt, timer, previous/next.

    ``commit_input`` is called before every move so nothing typed is lost.

    Signals:
        closeRequested(): the chair pressed "Sessie afsluiten" in the last phase.
    """

    closeRequested = Signal()

    def __init__(self, context: CaseContext, commit_input: Callable[[], None], *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phasePanel")
        self.context = context
        self._commit_input = commit_input
        # Its own sheet before its children: set afterwards, it re-styled every widget in the panel.
        self.setStyleSheet(f"#phasePanel {{ background: {colours().panel}; border-radius: 6px; }}")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title_label = QLabel(self, objectName="phaseTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title_label.setFont(font)
        self.prompt_label = QLabel(self, objectName="phasePrompt")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.prompt_label.setStyleSheet(f"color: {colours().muted};")
        active = current_step(context.case)
        resumed = active.id if active is not None and active.id is not None else 0
        self.timer = PhaseTimer(context, paused_step=resumed, parent=self)
        guide = RuleGuide(context, parent=self)
        self.previous_button = QPushButton(self.tr("◀ Vorige fase"), self, objectName="previousPhaseButton")
        self.next_button = QPushButton(self.tr("Volgende fase ▶"), self, objectName="nextPhaseButton")
        self.previous_button.setToolTip(self.tr("Terug naar de vorige fase (Ctrl+PgUp)"))
        self.next_button.setToolTip(self.tr("Door naar de volgende fase (Ctrl+PgDown)"))
        for button in (self.previous_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.close_button = QPushButton(self.tr("Sessie afsluiten…"), self, objectName="closeSessionButton")
        self.close_button.setToolTip(self.tr("Sluit de sessie af zodra alle zeven regels in orde zijn"))
        self.close_button.clicked.connect(self.closeRequested)
        self.previous_button.clicked.connect(lambda: self.move(-1))
        self.next_button.clicked.connect(lambda: self.move(1))

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.prompt_label)
        text.addWidget(guide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(text, 1)
        layout.addWidget(self.timer)
        layout.addSpacing(12)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.close_button)

        if resumed:
            context.set_current_phase(resumed)
        context.currentPhaseChanged.connect(lambda _id: self.refresh())  # after: refreshed once, below
        context.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, entity: str) -> None:
        if entity in ("step", "case"):
            self.refresh()

    def go_to(self, step_id: int) -> bool:
        """Commit pending input, save the clock, make ``step_id`` the current phase."""
        self._commit_input()
        if not attempt(lambda: activate_step(self.context.case, step_id), context=self.context).ok:
            return False
        self.timer.switch_to(step_id)
        self.context.set_current_phase(step_id)
        return True

    def move(self, offset: int) -> bool:
        target = neighbour_step_id(self.context.case, self.context.current_phase_id or None, offset)
        if target is None:
            return False
        return self.go_to(target)

    def refresh(self) -> None:
        steps = list_steps(self.context.case)
        ids = [st.id for st in steps]
        current = self.context.current_phase_id
        if current in ids:
            index = ids.index(current)
            step = steps[index]
            rules = step.rules.replace(",", ", ")
            self.title_label.setText(self.tr("Fase {0} van {1}: {2}").format(index + 1, len(steps), step.title))
            self.prompt_label.setText(step.prompt + (self.tr("  (regel {0})").format(rules) if rules else ""))
            self.previous_button.setEnabled(index > 0)
            last = index == len(steps) - 1
            self.next_button.setEnabled(not last)
            self.next_button.setVisible(not last)
            self.close_button.setVisible(last)
            self.next_button.setText(self.tr("Volgende fase ▶"))
        else:
            self.title_label.setText(self.tr("De sessie is nog niet begonnen"))
            self.prompt_label.setText(self.tr("Begin met de eerste fase zodra de groep er is."))
            self.previous_button.setEnabled(False)
            self.next_button.setEnabled(bool(steps))
            self.next_button.setVisible(True)
            self.close_button.setVisible(False)
            self.next_button.setText(self.tr("Sessie beginnen ▶"))
        closed_at = self.context.case.case().session_closed_at
        if closed_at is not None:
            self.title_label.setText(self.tr("De sessie is afgesloten"))
            self.prompt_label.setText(self.tr("Afgesloten op {0}. Sessie → Samenvatting van de sessie toont wat er "
                                              "is geconcludeerd en afgesproken.").format(closed_at.strftime("%d-%m-%Y")))
            self.next_button.setText(self.tr("Volgende fase ▶"))
            self.next_button.setEnabled(False)
            self.previous_button.setEnabled(False)
            self.close_button.setVisible(False)
