"""Play: the Destination Europe role-play on one screen.

The rules live in ``core.game`` (a deterministic state machine); this section presents
them: the set-up screen (with the saved games to resume), then for every round a briefing,
the discussion, the decision and the consequences, and finally the debrief with the
summary export. The facilitator panel at the side holds the round timer, skip, the
hold-to-reveal secret cards and notes. Every applied action is saved at once to
``<data dir>/games/<game id>.json`` (see ``ui/play_store.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from destination_europe.ui.sections.base import Section, heading, paragraph

if TYPE_CHECKING:
    from destination_europe.core.game import Action, Game

# The game engine (and its YAML content loader) is imported when the section is first
# opened, not at start-up: the window paints without it.

ROUND_PHASES = ("briefing", "discussion", "decision", "consequences")


class PlaySection(Section):
    section_id = "play"
    linkActivated = Signal(str, str)
    gameSaved = Signal(str)  # game id

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.content = None
        self.game: Game | None = None
        self.game_id: str | None = None
        self.autosave = True
        self.minutes = 25
        self.load_error: str | None = None
        self._built = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(8)
        self.heading = heading(self.title())
        outer.addWidget(self.heading)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.placeholder = paragraph(self.tr("Loading the role-play…"))
        self.stack.addWidget(self.placeholder)
        self._notes_timer = QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(800)
        self._notes_timer.timeout.connect(self.save)

    def title(self) -> str:
        return self.tr("Play: the Destination Europe role-play")

    def sidebar_title(self) -> str:
        return self.tr("Play")

    # -- building (lazy) -------------------------------------------------------------------
    def activated(self) -> None:
        self.build()
        if self.game is None and self.content is not None:
            self.refresh_saved()

    def build(self) -> bool:
        from destination_europe.core.game import GameContentError, load_game_or_raise

        if self._built:
            return self.content is not None
        self._built = True
        try:
            # Role and card texts in the interface language (English where untranslated);
            # ids are the same in every language, so saved games resume after a change.
            self.content = load_game_or_raise(
                self.services.content_root, getattr(self.services, "lang", None)
            )
        except (GameContentError, OSError) as exc:
            self.load_error = str(exc)
            box = QFrame()
            box.setObjectName("notice")
            inner = QVBoxLayout(box)
            inner.addWidget(heading(self.tr("The game content has errors"), 2))
            inner.addWidget(paragraph(self.load_error[:2000]))
            self.stack.addWidget(box)
            self.stack.setCurrentWidget(box)
            return False
        from destination_europe.ui.play_context import PlayContext
        from destination_europe.ui.play_debrief import DebriefPage
        from destination_europe.ui.play_facilitator import FacilitatorPanel
        from destination_europe.ui.play_round import (
            BriefingPage,
            ConsequencesPage,
            DecisionPage,
            DiscussionPage,
        )
        from destination_europe.ui.play_setup import SetupPage
        from destination_europe.ui.play_store import GameSaves

        self.ctx = PlayContext(self.services)
        self.saves = GameSaves(self.services.data_dir / "games")
        self.setup = SetupPage(
            self.content, self.services.countries, country_label=self.services.country_label
        )
        self.setup.startRequested.connect(self.start_game)
        self.setup.resumeRequested.connect(self.resume_game)
        self.setup.deleteRequested.connect(self._delete_saved)
        self.stack.addWidget(self.setup)

        self.game_page = QWidget()
        page = QVBoxLayout(self.game_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(8)
        top = QHBoxLayout()
        self.round_label = heading("", 2)
        top.addWidget(self.round_label, 1)
        from destination_europe.ui.play_widgets import button, label

        self.steps = label("", "para", rich=True, wrap=False)
        self.steps.setAccessibleName(self.tr("Steps of the round"))
        top.addWidget(self.steps)
        self.clock = label("", "para", wrap=False)
        top.addWidget(self.clock)
        self.panel_button = button(
            self.tr("Facilitator &panel"), self.tr("Show or hide the facilitator panel")
        )
        self.panel_button.setCheckable(True)
        self.panel_button.setChecked(True)
        top.addWidget(self.panel_button)
        page.addLayout(top)
        self.resources = label("", "muted")
        page.addWidget(self.resources)
        self.message = label("", "notice")
        self.message.setVisible(False)
        page.addWidget(self.message)
        body = QHBoxLayout()
        body.setSpacing(14)
        self.phases = QStackedWidget()
        self.briefing = BriefingPage(self.ctx)
        self.discussion = DiscussionPage(self.ctx)
        self.decision = DecisionPage(self.ctx)
        self.consequences = ConsequencesPage(self.ctx)
        self.debrief = DebriefPage(self.ctx)
        self.debrief.notes = lambda: self.panel.notes.toPlainText()
        self.debrief.newGameRequested.connect(self.show_setup)
        self.pages = {
            "briefing": self.briefing,
            "discussion": self.discussion,
            "decision": self.decision,
            "consequences": self.consequences,
            "debrief": self.debrief,
        }
        for p in self.pages.values():
            self.phases.addWidget(p)
            p.act.connect(self.apply)
            p.linkActivated.connect(self.linkActivated)
        body.addWidget(self.phases, 1)
        self.panel = FacilitatorPanel()
        self.panel.setFixedWidth(300)
        self.panel.skipRequested.connect(self.skip_round)
        self.panel.notesChanged.connect(lambda: self._notes_timer.start())
        self.panel_button.toggled.connect(self.panel.setVisible)
        self.panel.timer.changed.connect(self._show_clock)
        self._auto_hidden = False
        body.addWidget(self.panel)
        page.addLayout(body, 1)
        self.stack.addWidget(self.game_page)

        go = QShortcut(QKeySequence("Ctrl+Return"), self)
        go.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        go.activated.connect(self._primary)
        toggle = QShortcut(QKeySequence("F9"), self)
        toggle.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        toggle.activated.connect(self.panel_button.toggle)
        self.services.zoomChanged.connect(lambda _z: self._restyle())
        self.services.themeChanged.connect(lambda _t: self._restyle(theme=True))
        self.show_setup()
        return True

    # -- set-up and saved games ------------------------------------------------------------
    def show_setup(self) -> None:
        if not self.build():
            return
        self._notes_timer.stop()
        self.game, self.game_id = None, None
        self.panel.timer.pause()
        self.heading.setText(self.title())
        self.refresh_saved()
        self.stack.setCurrentWidget(self.setup)

    def refresh_saved(self) -> None:
        if self.content is not None:
            self.setup.set_saved(self.saves.list(), self.ctx.country_name)

    def start_game(self, choice) -> None:
        from destination_europe.core.game import Action, Game, GameError
        from destination_europe.ui.play_store import GameSaves
        from destination_europe.ui.play_texts import error_message

        try:
            game = Game.new(
                self.content,
                seed=choice.seed,
                players=choice.players,
                country=choice.country,
                decision_rule=choice.decision_rule,
                mode=choice.mode,
                seats=choice.seats,
            )
        except GameError as exc:
            self.setup.show_error(error_message(exc.code))
            return
        self.game = game
        self.game_id = GameSaves.new_id(choice.seed)
        self.minutes = choice.minutes
        self.panel.notes.blockSignals(True)
        self.panel.notes.clear()
        self.panel.notes.blockSignals(False)
        self._enter_game()
        self.apply(Action("advance"))  # set-up → briefing of round 1

    def resume_game(self, game_id: str) -> bool:
        from destination_europe.core.game import Game, GameError
        from destination_europe.ui.play_texts import error_message

        try:
            text, extra = self.saves.game_json(game_id)
            game = Game.from_json(self.content, text)
        except ValueError:
            self.setup.show_error(error_message("bad-save"))
            return False
        except GameError as exc:
            self.setup.show_error(error_message(exc.code))
            return False
        self.setup.show_error("")
        self.game, self.game_id = game, game_id
        self.minutes = int(extra.get("minutes", 25) or 25)
        self.panel.notes.blockSignals(True)
        self.panel.notes.setPlainText(str(extra.get("notes", "")))
        self.panel.notes.blockSignals(False)
        self._enter_game()
        left = int(extra.get("timer_left", self.minutes * 60) or 0)
        self.panel.timer.start(left, running=False)  # resumed games wait for the facilitator
        self._fit_panel(game.state.phase)
        self.refresh()
        return True

    def _delete_saved(self, game_id: str) -> None:
        if self.confirm(self.tr("Delete this saved game? This cannot be undone.")):
            self.saves.delete(game_id)
            self.refresh_saved()

    def _enter_game(self) -> None:
        game = self.game
        assert game is not None
        content = game.content
        self.panel.set_players(
            [
                (
                    s.index,
                    s.name,
                    content.roles[s.role].name,
                    content.roles[s.role].secret.text,
                    s.human,
                )
                for s in game.state.seats
            ]
        )
        self.message.setVisible(False)
        self.stack.setCurrentWidget(self.game_page)

    # -- playing ---------------------------------------------------------------------------
    def apply(self, action: Action) -> list:
        """Apply one action to the game, save it, and show the result."""
        from destination_europe.core.game import GameError
        from destination_europe.ui.play_texts import error_message

        if self.game is None:
            return []
        before = (self.game.state.phase, self.game.state.round_index)
        try:
            events = self.game.apply(action)
        except GameError as exc:
            self.show_message(error_message(exc.code))
            return []
        self.message.setVisible(False)
        after = (self.game.state.phase, self.game.state.round_index)
        if after[0] == "briefing" and after != before:
            self.panel.timer.start(self.minutes * 60)
        if after[0] == "debrief":
            self.panel.timer.pause()
        if after[0] != before[0]:
            self._fit_panel(after[0])
        self.save()
        if after == before and action.kind == "vote":
            self.decision.update_tallies(self.game)
            self._show_header()
        else:
            self.refresh()
        return events

    def skip_round(self) -> None:
        from destination_europe.core.game import Action

        if self.game is None or self.game.state.phase not in ("briefing", "discussion", "decision"):
            self.show_message(self.tr("A round can be skipped before its vote is closed."))
            return
        if self.confirm(self.tr("Skip this round? Nothing is adopted; the stories still move on.")):
            self.apply(Action("skip-round"))

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Destination Europe"), question)
        return answer == QMessageBox.StandardButton.Yes

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        self.message.setVisible(bool(text))

    def save(self) -> None:
        if self.game is None or self.game_id is None or not self.autosave:
            return
        facilitator = {
            "notes": self.panel.notes.toPlainText(),
            "minutes": self.minutes,
            "timer_left": self.panel.timer.left,
        }
        self.saves.on_game_saved(
            self.game_id, self.game.to_json(), self.game.is_over, facilitator=facilitator
        )
        self.gameSaved.emit(self.game_id)

    def refresh(self) -> None:
        game = self.game
        if game is None:
            return
        phase = game.state.phase
        page = self.pages.get(phase)
        if page is None:
            return
        self._show_header()
        page.present(game)
        self.phases.setCurrentWidget(page)
        self.panel.skip_button.setEnabled(phase in ("briefing", "discussion", "decision"))
        go = getattr(page, "go", None)
        if go is not None and go.isEnabled() and self.isVisible():
            go.setFocus()

    def _show_header(self) -> None:
        from destination_europe.core.game import COMPOSITE
        from destination_europe.ui.play_texts import level_label, phase_label

        game = self.game
        assert game is not None
        phase = game.state.phase
        where = (
            self.tr("Composite Member State (EU27 figures)")
            if game.state.country == COMPOSITE
            else self.ctx.country_name(game.state.country)
        )
        if phase == "debrief":
            self.round_label.setText(self.tr("Debrief — {where}").format(where=where))
            self.steps.setText("")
            self.resources.setText(self.tr("The game is over: secret priorities are revealed."))
            return
        rnd = game.content.rounds[game.state.round_index]
        self.round_label.setText(
            self.tr("Round {n} of {total} · {level}: {title}").format(
                n=rnd.number,
                total=len(game.content.rounds),
                level=level_label(rnd.level),
                title=rnd.title,
            )
        )
        steps = []
        for p in ROUND_PHASES:
            text = phase_label(p)
            steps.append(f"<b><u>{text}</u></b>" if p == phase else text)
        self.steps.setText(" › ".join(steps))
        self.steps.setAccessibleName(self.tr("Step: {phase}").format(phase=phase_label(phase)))
        text = self.tr("{where} · Budget: {b} · Political capital: {k}").format(
            where=where, b=game.state.budget, k=game.state.capital
        )
        self.resources.setText(text)
        self.resources.setAccessibleName(text)

    def _fit_panel(self, phase: str) -> None:
        """On a narrow screen the stories and charts need the panel's room: fold it away
        during the consequences and the debrief (the timer stays in the header), and bring
        it back when the next round starts, unless the facilitator folded it."""
        wide = phase in ("consequences", "debrief")
        if wide and self.width() < 1500 and self.panel_button.isChecked():
            self._auto_hidden = True
            self.panel_button.setChecked(False)
        elif not wide and self._auto_hidden:
            self._auto_hidden = False
            self.panel_button.setChecked(True)

    def _show_clock(self) -> None:
        timer = self.panel.timer
        if self.game is None or self.game.is_over or timer.total <= 0:
            self.clock.setText("")
            return
        text = self.tr("Time left: {time}").format(time=timer.text())
        if not timer.running:
            text += " " + self.tr("(paused)")
        self.clock.setText(text)
        self.clock.setAccessibleName(self.tr("Round timer: {time}").format(time=text))

    def _primary(self) -> None:
        page = self.phases.currentWidget() if self.game is not None else None
        go = getattr(page, "go", None)
        if go is not None and go.isEnabled() and go.isVisible():
            go.click()

    def _restyle(self, theme: bool = False) -> None:
        if not self._built or self.content is None:
            return
        for page in self.pages.values():
            if hasattr(page, "text"):
                page.text.set_zoom(self.ctx.zoom)
            if theme and getattr(page, "view", None) is not None:
                page.view.deleteLater()
                page.view = None
        if self.game is not None:
            self.refresh()

    # -- self-test ---------------------------------------------------------------------------
    def selftest_views(self):
        from destination_europe.core.game import Action

        def setup():
            self.build()
            self.show_setup()
            return None

        def briefing():
            from destination_europe.core.game import PlayerSeat
            from destination_europe.ui.play_setup import SetupChoice

            self.autosave = False  # the self-test's game is a demonstration, not saved
            self.start_game(
                SetupChoice(
                    players=[PlayerSeat(n) for n in ("Ana", "Ben", "Chloé", "Dara")],
                    country="AT",
                    decision_rule="majority",
                    mode="group",
                    seats=None,
                    seed=7,
                    minutes=25,
                )
            )
            return None

        def decision():
            self.apply(Action("advance"))
            for n, card in enumerate(self.game.round_cards()[:3]):
                self.apply(Action("propose", seat=n, card=card.id))
            self.apply(Action("open-vote"))
            for card in self.game.record.proposed():
                for seat in self.game.state.seats:
                    self.apply(Action("vote", seat=seat.index, card=card, choice="yes"))
            return None

        def consequences():
            self.apply(Action("close-vote"))
            return self.consequences.view

        def debrief():
            while not self.game.is_over:
                if self.game.state.phase == "discussion":
                    card = self.game.round_cards()[1]
                    self.apply(Action("propose", seat=0, card=card.id))
                    self.apply(Action("open-vote"))
                    for seat in self.game.state.seats:
                        self.apply(Action("vote", seat=seat.index, card=card.id, choice="yes"))
                    self.apply(Action("close-vote"))
                else:
                    self.apply(Action("advance"))
            self.autosave = True
            return self.debrief.view

        return [
            ("play-setup", setup),
            ("play-briefing", briefing),
            ("play-decision", decision),
            ("play-consequences", consequences),
            ("play-debrief", debrief),
        ]
