"""Everything shown for an open case, laid out for a laptop that is also on a projector.

Top: the current phase, its prompt, the timer and previous/next. Left: the
agenda and the goal (rule 2). Middle: tabs for the opening, the session itself
and the closing. Right: the seven rules and the balance between parties.

Made for a 1366×768 laptop first: during the meeting (the Sessie tab) on a
screen narrower than ``FOCUS_BELOW_PX`` the side columns fold away, so the
timeline and the contributions get the room; the two buttons at the right of
the tab bar (Ctrl+Shift+A, Ctrl+Shift+R) bring them back, and the rules button
always says whether the seven rules are in order. The opening tab folds only the
agenda column (it edits agenda, goal and questions itself); on the other tabs, and
on wide screens, the side columns stay in view. The Sessie tab puts timeline and
contributions side by side when it is wide and not tall, else one above the
other; new panes go in as another tab of ``tabs``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from casereview.ui.case_context import CaseContext
from casereview.ui.session.contributions_pane import ContributionsPane
from casereview.ui.session.party_balance_chart import PartyBalanceChart
from casereview.ui.session.phase_list import PhaseList, PhaseListModel
from casereview.ui.session.phase_panel import PhasePanel
from casereview.ui.session.rules_checklist import RulesChecklist
from casereview.ui.timeline.pane import TimelinePane
from casereview.ui.widgets.autosave_text import AutosaveTextEdit
from casereview.ui.widgets.lazy_page import LazyPage, realise
from casereview.ui.widgets.scrolling import scrolling

if TYPE_CHECKING:
    from casereview.ui.findings.agreements_pane import AgreementsPane
    from casereview.ui.findings.conclusions_pane import ConclusionsPane
    from casereview.ui.findings.followup_view import FollowUpView
    from casereview.ui.register.leerbrief_pane import LeerbriefPane
    from casereview.ui.session.agenda_editor import AgendaEditor
    from casereview.ui.session.case_details_pane import CaseDetailsPane
    from casereview.ui.session.ground_rules_pane import GroundRulesPane
    from casereview.ui.session.preparation_pane import PreparationPane

OPENING_TAB, SESSION_TAB, CLOSING_TAB = 0, 1, 2
FOCUS_BELOW_PX = 1700  # narrower than this, the meeting folds the side columns away
# The side columns each tab folds on a laptop-sized window; the closing tab keeps the rules in view
# (rules 4, 6 and 7 are checked there). The opening tab edits the agenda, the goal and
# the questions itself, so the agenda column beside it only repeated them in 165 px ("regel" / "1").
FOLDED_COLUMNS: dict[int, tuple[int, ...]] = {SESSION_TAB: (0, 2), OPENING_TAB: (0,)}
CLOSING_CONCLUSIONS_SHARE = 38  # percent of the height for the conclusions when stacked
CLOSING_SIDE_BY_SIDE_PX = 1240  # conclusions next to agreements from this middle width (and when both fit)
SIDE_BY_SIDE_MIN_WIDTH = 1000  # the Sessie tab puts timeline and contributions next to each other ...
SIDE_BY_SIDE_MAX_HEIGHT = 800  # ... when it is at least this wide and less than this tall
MIN_SIDE_PX = 200  # a side column narrower than this is no use; below it the tab row may scroll after all
TAB_ROW_SLACK_PX = 12  # the tab widget's frame around its tab row


class SessionSplitter(QSplitter):
    """Timeline and contributions: side by side on a wide, low screen, stacked otherwise."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("sessionTab")
        self.setChildrenCollapsible(False)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """As narrow as the widest part: below ``SIDE_BY_SIDE_MIN_WIDTH`` the parts stack anyway."""
        hints = [self.widget(i).minimumSizeHint() for i in range(self.count())]
        return QSize(max((h.width() for h in hints), default=0), max((h.height() for h in hints), default=0))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        wide = self.width() >= SIDE_BY_SIDE_MIN_WIDTH and self.height() < SIDE_BY_SIDE_MAX_HEIGHT
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.orientation():
            self.setOrientation(orientation)
            total = self.width() if wide else self.height()
            self.setSizes([total * 58 // 100, total * 42 // 100] if wide else [total * 55 // 100, total * 45 // 100])


class CaseView(QWidget):
    """``lazy``: only the tab in view is built before the window paints; the others are built when first
    shown or used, or one per event-loop pass after the first paint. Otherwise every tab is built at once."""

    def __init__(self, context: CaseContext, *, lazy: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.context = context
        # Built from the outside in: each container is in the window before its contents are made, with
        # their parent from the start. Under the application's stylesheet, moving a finished subtree into
        # another widget re-styles every widget in it, and the panes used to move four times (~0.1 s).
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.phase_panel = PhasePanel(context, self.commit_input, parent=self)
        layout.addWidget(self.phase_panel)
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        layout.addWidget(self.body, 1)
        self.step_model = PhaseListModel(context, parent=self)

        left = QWidget(self.body)
        self.body.addWidget(left)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_heading(self.tr("Agenda"), left))
        self.phases = PhaseList(context, self.phase_panel.go_to, model=self.step_model, parent=left)
        left_layout.addWidget(self.phases, 3)
        self.phases.setMinimumHeight(200)  # the whole agenda stays in view on a 768-pixel screen
        left_layout.addWidget(_heading(self.tr("Doel en reviewvragen"), left))
        goal_scroll = QScrollArea(left, objectName="goalScroll")
        self.goal_label = QLabel(objectName="goalSummary")
        self.goal_label.setWordWrap(True)
        self.goal_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.goal_label.setTextFormat(Qt.TextFormat.PlainText)
        goal_scroll.setWidget(self.goal_label)
        goal_scroll.setWidgetResizable(True)
        goal_scroll.setFrameShape(QFrame.Shape.NoFrame)
        goal_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(goal_scroll, 2)

        self.tabs = QTabWidget(self.body, objectName="caseTabs")
        self.body.addWidget(self.tabs)
        self._opening: QWidget = LazyPage(self._build_opening, "openingPage")
        self.tabs.addTab(self._opening, self.tr("Opening en voorbereiding"))
        session = self.session = SessionSplitter()
        self.tabs.addTab(session, self.tr("Sessie"))
        self.timeline = TimelinePane(context, parent=session)
        session.addWidget(self.timeline)
        self.contributions = ContributionsPane(context, parent=session)
        session.addWidget(self.contributions)
        session.setStretchFactor(0, 3)
        session.setStretchFactor(1, 2)
        self.contributions.model.event_numbers = self.timeline.model.numbers  # "gebeurtenis 15", as in the chart
        self.contributions.capture.event_numbers = self.timeline.model.numbers
        self.contributions.capture.show_event()
        self.contributions.show_current_phase()
        self._closing: QWidget = LazyPage(self._build_closing, "closingPage")
        self.tabs.addTab(self._closing, self.tr("Conclusies en afspraken"))
        self._follow_up: QWidget = LazyPage(_build_follow_up(context), "followUpPage")
        self.tabs.addTab(self._follow_up, self.tr("Opvolging"))
        self._leerbrief: QWidget = LazyPage(_build_leerbrief(context), "leerbriefPage")
        self.tabs.addTab(self._leerbrief, self.tr("Leerbrief"))
        self._idle_build_started = False
        self.tabs.currentChanged.connect(self._build_current_tab)  # first: later listeners see the real view
        self._panel_choice: dict[int, bool] = {}  # the chair's own show/hide of a side column in the meeting
        self._closing_sized_by_chair = False  # set once the chair moves the closing tab's divider
        corner = QWidget(self.tabs, objectName="panelButtons")
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.agenda_button = self._panel_button(
            self.tr("◂ Agenda en doel"), "agendaPanelButton", 0, "Ctrl+Shift+A",
            self.tr("Agenda en doel tonen of verbergen (Ctrl+Shift+A)"), corner)
        self.rules_button = self._panel_button(
            self.tr("Regels ▸"), "rulesPanelButton", 2, "Ctrl+Shift+R",
            self.tr("De zeven regels en de inbreng per partij tonen of verbergen (Ctrl+Shift+R)"), corner)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 0, 2)
        corner_layout.setSpacing(4)
        corner_layout.addWidget(self.agenda_button)
        corner_layout.addWidget(self.rules_button)

        right = QWidget(self.body)
        self.body.addWidget(right)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.rules = RulesChecklist(context, parent=right)
        right_layout.addWidget(self.rules, 3)
        right_layout.addWidget(_heading(self.tr("Inbreng per partij"), right))
        self.balance = PartyBalanceChart(context, parent=right)
        right_layout.addWidget(self.balance.in_scroll_area(), 2)

        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        self.body.setStretchFactor(2, 0)
        self.body.setSizes([250, 800, 290])
        self._show_tab_for_phase(context.current_phase_id)  # after the body: a built tab lays out its panels
        self._build_current_tab(self.tabs.currentIndex())  # the first tab is current without a change
        context.currentPhaseChanged.connect(self._show_tab_for_phase)
        context.currentPhaseChanged.connect(lambda _id: self._follow_up_mode(self.tabs.currentIndex()))
        context.changed.connect(lambda entity: entity == "case" and self._show_goal())
        self._show_goal()
        if not lazy:
            self.build_all_tabs()
        self.tabs.currentChanged.connect(self._follow_up_mode)
        self.tabs.currentChanged.connect(self._only_current_page_counts)
        self._only_current_page_counts(self.tabs.currentIndex())
        self.rules.checked.connect(self._update_rules_button)
        self._update_rules_button()
        for keys, step in (("F6", 1), ("Shift+F6", -1)):
            cycle = QShortcut(QKeySequence(keys), self)
            cycle.setContext(Qt.ShortcutContext.WindowShortcut)
            cycle.activated.connect(lambda step=step: self.cycle_focus(step))
        to_capture = QShortcut(QKeySequence("Ctrl+L"), self)
        to_capture.setContext(Qt.ShortcutContext.WindowShortcut)
        to_capture.activated.connect(self.focus_capture)

    def _build_opening(self) -> QWidget:
        """Opening and preparation: case details and agenda, ground rules and preparation."""
        from casereview.ui.session.agenda_editor import AgendaEditor  # their modules load with the tab
        from casereview.ui.session.case_details_pane import CaseDetailsPane
        from casereview.ui.session.ground_rules_pane import GroundRulesPane
        from casereview.ui.session.preparation_pane import PreparationPane

        self._details = CaseDetailsPane(self.context)
        self._ground_rules = GroundRulesPane(self.context)
        self._preparation = PreparationPane(self.context)
        self._agenda = AgendaEditor(self.context, self.step_model, self.phase_panel.go_to)
        opening_left = QSplitter(Qt.Orientation.Vertical)
        opening_left.addWidget(self._details)
        opening_left.addWidget(self._agenda)
        opening_right = QSplitter(Qt.Orientation.Vertical)
        opening_right.addWidget(self._ground_rules)
        opening_right.addWidget(self._preparation)
        opening = QSplitter(Qt.Orientation.Horizontal, objectName="openingTab")
        opening.addWidget(opening_left)
        opening.addWidget(opening_right)
        return opening

    def _build_closing(self) -> QWidget:
        """Conclusions and agreements; ``_apply_panels`` turns them side by side when both fit."""
        from casereview.ui.findings.agreements_pane import AgreementsPane  # their modules load with the tab
        from casereview.ui.findings.conclusions_pane import ConclusionsPane

        self._conclusions = ConclusionsPane(self.context)
        self._conclusions.event_numbers = self.timeline.model.numbers  # "gebeurtenis 15", as in the chart
        self._conclusions.show_event()
        self._agreements = AgreementsPane(self.context)
        closing = QSplitter(Qt.Orientation.Vertical, objectName="closingTab")
        for pane, name in ((self._conclusions, "conclusionsScroll"), (self._agreements, "agreementsScroll")):
            # On a laptop both panes need more height than there is: each scrolls instead of squeezing its form.
            closing.addWidget(scrolling(pane, name))
        closing.setStretchFactor(1, 2)
        closing.splitterMoved.connect(lambda *_: setattr(self, "_closing_sized_by_chair", True))
        return closing

    def _opening_tab(self) -> None:
        if isinstance(self._opening, LazyPage):
            self._opening = self._realise(self._opening)

    def _closing_tab(self) -> QSplitter:
        if isinstance(self._closing, LazyPage):
            self._closing = self._realise(self._closing)
            self._apply_panels()
        return cast(QSplitter, self._closing)

    @property
    def details(self) -> CaseDetailsPane:
        self._opening_tab()
        return self._details

    @property
    def ground_rules(self) -> GroundRulesPane:
        self._opening_tab()
        return self._ground_rules

    @property
    def preparation(self) -> PreparationPane:
        self._opening_tab()
        return self._preparation

    @property
    def agenda(self) -> AgendaEditor:
        self._opening_tab()
        return self._agenda

    @property
    def steps(self) -> PhaseList:
        """The foundation's ``stepList``."""
        return self.agenda.list

    @property
    def closing(self) -> QSplitter:
        return self._closing_tab()

    @property
    def conclusions(self) -> ConclusionsPane:
        self._closing_tab()
        return self._conclusions

    @property
    def agreements(self) -> AgreementsPane:
        self._closing_tab()
        return self._agreements

    @property
    def follow_up(self) -> FollowUpView:
        """The follow-up view (built now if it was not yet)."""
        if isinstance(self._follow_up, LazyPage):
            self._follow_up = self._realise(self._follow_up)
        return cast("FollowUpView", self._follow_up)

    @property
    def leerbrief(self) -> LeerbriefPane:
        if isinstance(self._leerbrief, LazyPage):
            self._leerbrief = self._realise(self._leerbrief)
        return cast("LeerbriefPane", self._leerbrief)

    def following(self) -> bool:
        """True when the follow-up tab is in view (without building it)."""
        return self.tabs.currentWidget() is self._follow_up

    def build_all_tabs(self) -> None:
        """Build every tab that is not built yet, so each widget can be found by its objectName."""
        self._opening_tab()
        self._closing_tab()
        self.follow_up  # noqa: B018  # the properties build
        self.leerbrief  # noqa: B018

    def _realise(self, page: LazyPage) -> QWidget:
        view = realise(self.tabs, page)
        self._only_current_page_counts(self.tabs.currentIndex())
        return view

    def _build_current_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self._opening:
            self._opening_tab()
        elif page is self._closing:
            self._closing_tab()
        elif page is self._follow_up:
            self.follow_up  # noqa: B018
        elif page is self._leerbrief:
            self.leerbrief  # noqa: B018

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """After the first paint, build the remaining tabs one per event-loop pass, so the chair
        never waits when opening one. Queued twice: the window's own paint and the chart go first."""
        super().showEvent(event)
        if not self._idle_build_started:
            self._idle_build_started = True
            QTimer.singleShot(0, self, lambda: QTimer.singleShot(0, self, self._build_next_tab))

    def _build_next_tab(self) -> None:
        page = next((p for p in (self._opening, self._closing, self._follow_up, self._leerbrief)
                     if isinstance(p, LazyPage)), None)
        if page is not None:
            self._build_current_tab(self.tabs.indexOf(page))
            QTimer.singleShot(0, self, self._build_next_tab)

    def _only_current_page_counts(self, index: int) -> None:
        """Only the tab in view sets the window's minimum size, so a large page elsewhere (a new pane,
        the follow-up) never pushes the laptop window past the screen."""
        for page in (self.tabs.widget(i) for i in range(self.tabs.count())):
            policy = QSizePolicy.Policy.Preferred if page is self.tabs.widget(index) else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)

    def focus_capture(self) -> None:
        """Ctrl+L: to the capture box, from anywhere in the case."""
        self.tabs.setCurrentIndex(SESSION_TAB)
        self.contributions.capture.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_areas(self) -> list[QWidget]:
        """The parts F6 moves between on the tab in view, in reading order."""
        if self.tabs.currentIndex() == SESSION_TAB:
            areas: list[QWidget] = [self.timeline.table, self.contributions.list, self.contributions.capture.edit]
        else:
            page = self.tabs.currentWidget()
            views = [w for w in page.findChildren(QAbstractItemView)
                     if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.parent() is not None
                     and not isinstance(w.parent(), QAbstractItemView | QComboBox)]
            areas = sorted(views, key=lambda w: (w.mapTo(self, w.rect().topLeft()).x() // 200,
                                                 w.mapTo(self, w.rect().topLeft()).y()))
        return [w for w in areas if w.isVisible()]

    def cycle_focus(self, step: int) -> None:
        """F6 / Shift+F6: jump between the big parts of the tab without tabbing through every filter."""
        areas = self.focus_areas()
        if not areas:
            return
        focus = QApplication.focusWidget()
        current = next((i for i, w in enumerate(areas) if w is focus or w.isAncestorOf(focus)), -1)
        target = areas[(current + step) % len(areas)] if current >= 0 else areas[0 if step > 0 else -1]
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _panel_button(self, text: str, name: str, column: int, keys: str, tip: str, parent: QWidget) -> QToolButton:
        button = QToolButton(parent, objectName=name, text=text, toolTip=tip, checkable=True)
        button.setAccessibleName(tip.split(" (")[0])
        button.toggled.connect(lambda shown, c=column: self._choose_panel(c, shown))
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(button.toggle)
        return button

    def _choose_panel(self, column: int, shown: bool) -> None:
        if self.body.widget(column).isVisibleTo(self) == shown:
            return
        self._panel_choice[column] = shown
        self._apply_panels()

    def folded_columns(self) -> tuple[int, ...]:
        """The side columns the tab in view folds away at this width (the chair can bring each back)."""
        if self.width() >= FOCUS_BELOW_PX:
            return ()
        return FOLDED_COLUMNS.get(self.tabs.currentIndex(), ())

    def _apply_panels(self) -> None:
        """Show or fold the side columns for the tab in view, the width and the chair's choice."""
        following = self.following()
        folded = self.folded_columns()
        for column, button in ((0, self.agenda_button), (2, self.rules_button)):
            shown = not following and (self._panel_choice.get(column, False) if column in folded else True)
            self.body.widget(column).setVisible(shown)
            button.blockSignals(True)
            button.setChecked(shown)
            button.blockSignals(False)
            button.setVisible(column in folded)
        self._update_rules_button()
        self._size_columns()
        if isinstance(self._closing, LazyPage):
            return  # laid out when it is built
        closing = cast(QSplitter, self._closing)
        # Conclusions and agreements side by side when the middle is wide enough, else stacked.
        middle = self.width() - sum(self.body.widget(c).width() for c in (0, 2) if self.body.widget(c).isVisibleTo(self))
        needed = max(CLOSING_SIDE_BY_SIDE_PX, sum(pane.minimumSizeHint().width()
                                                  for pane in (self._conclusions, self._agreements)) + 40)
        orientation = Qt.Orientation.Horizontal if middle >= needed else Qt.Orientation.Vertical
        if orientation != closing.orientation():
            closing.setOrientation(orientation)
            self._closing_sized_by_chair = False
        if self._closing_sized_by_chair:
            return  # the chair moved the divider: keep it where it was put
        if orientation == Qt.Orientation.Horizontal:
            closing.setSizes([middle * 46 // 100, middle * 54 // 100])
        else:  # stacked: the agreements, with their table and form, get the larger share of the height
            height = closing.height()
            closing.setSizes([height * CLOSING_CONCLUSIONS_SHARE // 100, height - height * CLOSING_CONCLUSIONS_SHARE // 100])

    def _update_rules_button(self, summary: str = "") -> None:
        """The folded rules column still tells whether the seven rules are in order."""
        text = summary or self.rules.summary.text()
        remaining = sum(not c.settled for c in self.rules.checks)
        # With a column unfolded its button shrinks to its arrow, so the tab titles keep their room at 1366 px.
        self.agenda_button.setText("◂" if self.agenda_button.isChecked() else self.tr("◂ Agenda en doel"))
        if self.rules_button.isChecked():
            self.rules_button.setText("▸")
        else:
            self.rules_button.setText(self.tr("Regels: in orde ▸") if not remaining
                                      else self.tr("Regels: {0} open ▸").format(remaining))
        self.rules_button.setToolTip(text + "\n" + self.tr(
            "De zeven regels en de inbreng per partij tonen of verbergen (Ctrl+Shift+R)"))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Side columns keep a useful width; the middle takes what is left."""
        super().resizeEvent(event)
        self._apply_panels()

    def _size_columns(self) -> None:
        width = self.width()
        side_left = 245 if width < 1500 else 300
        side_right = 300 if width < 1500 else 360
        if not self.body.widget(0).isVisibleTo(self):
            side_left = 0
        if not self.body.widget(2).isVisibleTo(self):
            side_right = 0
        # The side columns give up width before a tab title hides behind scroll arrows (English titles are longer).
        margins = self.layout().contentsMargins()
        handles = self.body.handleWidth() * ((side_left > 0) + (side_right > 0))
        short = self._tab_row_width() - (width - margins.left() - margins.right() - handles - side_left - side_right)
        sides = side_left + side_right
        if short > 0 and sides:
            give = min(short, sides - MIN_SIDE_PX * ((side_left > 0) + (side_right > 0)))
            if give > 0:
                cut_left = give * side_left // sides
                side_left, side_right = side_left - cut_left, side_right - (give - cut_left)
        self.body.setSizes([side_left, max(400, width - side_left - side_right), side_right])

    def _tab_row_width(self) -> int:
        """The width the middle needs to show every tab title and the corner buttons whole.

        The selected tab is drawn bold (stylesheet), so the widest title is counted bold whichever tab is current.
        """
        bar = self.tabs.tabBar()
        bold = QFont(bar.font())
        bold.setWeight(QFont.Weight.DemiBold)
        extra = max((QFontMetrics(bold).horizontalAdvance(bar.tabText(i))
                     - bar.fontMetrics().horizontalAdvance(bar.tabText(i)) for i in range(bar.count())), default=0)
        corner = self.tabs.cornerWidget(Qt.Corner.TopRightCorner)
        corner_width = corner.sizeHint().width() if corner is not None and corner.isVisibleTo(self) else 0
        return bar.sizeHint().width() + extra + corner_width + TAB_ROW_SLACK_PX

    def _show_tab_for_phase(self, step_id: int) -> None:
        """Show the tab the phase works in: opening (rules 1-2), closing (4, 6, 7), else the session."""
        step = next((s for s in self.step_model.steps() if s.id == step_id), None)
        if step is None:
            self.tabs.setCurrentIndex(OPENING_TAB)
            return
        rules = {r.strip() for r in step.rules.split(",")}
        if rules & {"4", "6", "7"}:
            self.tabs.setCurrentIndex(CLOSING_TAB)
        elif rules & {"1", "2"}:
            self.tabs.setCurrentIndex(OPENING_TAB)
        else:
            self.tabs.setCurrentIndex(SESSION_TAB)

    def _show_goal(self) -> None:
        case = self.context.case.case()
        goal = case.goal.strip() or self.tr("(nog geen doel opgeschreven)")
        questions = "\n".join(f"• {q.strip()}" for q in case.questions.splitlines() if q.strip())
        self.goal_label.setText(goal + ("\n\n" + questions if questions else ""))

    def commit_input(self) -> None:
        """Store whatever is still being typed, so moving to another phase loses nothing."""
        for edit in self.findChildren(AutosaveTextEdit):
            edit.commit()
        focus = QApplication.focusWidget()
        if isinstance(focus, QLineEdit) and focus is not self.contributions.capture.edit \
                and self.isAncestorOf(focus):
            focus.editingFinished.emit()
        if self.contributions.capture.edit.text().strip():
            self.contributions.capture.store()

    def _follow_up_mode(self, index: int) -> None:
        """Months after the meeting the agenda, timer and rules do not matter: the agreements get the width."""
        following = self.tabs.widget(index) is self._follow_up
        in_session = bool(self.context.current_phase_id) and self.context.case.case().session_closed_at is None
        self.phase_panel.setVisible(not following or in_session)  # mid-meeting the clock stays in view
        self._apply_panels()

    def go_to_field(self, field: str) -> QWidget | None:
        """Take the chair to where a refused close is put right: switch to its tab and focus the field."""
        from casereview.session import rules_check as rc

        places: dict[str, tuple[QWidget | None, QWidget]] = {
            rc.FIELD_GROUND_RULES: (self.tabs.widget(OPENING_TAB), self.ground_rules.new_edit),
            rc.FIELD_GOAL: (self.tabs.widget(OPENING_TAB), self.details.goal_edit),
            rc.FIELD_QUESTIONS: (self.tabs.widget(OPENING_TAB), self.details.questions_edit),
            rc.FIELD_PREPARATION: (self.tabs.widget(OPENING_TAB), self.preparation.edit),
            rc.FIELD_AGENDA: (self.tabs.widget(OPENING_TAB), self.agenda.list),
            rc.FIELD_PARTIES: (self.session, self.contributions.capture.parties_button),
            rc.FIELD_CONCLUSIONS: (self.closing, self.conclusions.text_edit),
            rc.FIELD_AGREEMENTS: (self.closing, self.agreements.table if self.agreements.model.rowCount()
                                  else self.agreements.action_edit),
            rc.FIELD_FOLLOWUP_MEETING: (self.follow_up, self.follow_up.meeting_check),
            rc.FIELD_TERUGKOMMOMENT: (self.follow_up, self.follow_up.terugkommoment_check),
        }
        if field not in places:
            return None
        page, widget = places[field]
        if page is not None:
            self.tabs.setCurrentWidget(page)
        if field == rc.FIELD_AGREEMENTS and widget is self.agreements.table:
            self.agreements.select_first_incomplete()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget

    def show_follow_up(self) -> None:
        """Follow-up mode: the agreements tab, open and overdue ones on top."""
        self.tabs.setCurrentWidget(self.follow_up)
        self.follow_up.select_first()


def _build_follow_up(context: CaseContext) -> Callable[[], QWidget]:
    def build() -> QWidget:
        from casereview.ui.findings.followup_view import FollowUpView  # with its models, only when needed

        return FollowUpView(context)
    return build


def _build_leerbrief(context: CaseContext) -> Callable[[], QWidget]:
    def build() -> QWidget:
        from casereview.ui.register.leerbrief_pane import LeerbriefPane  # with its checks, only when needed

        return LeerbriefPane(context)
    return build


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    label.setWordWrap(True)
    return label
