"""The role-play's set-up screen: mode, players and roles, country, decision rule, timer,
and the list of saved games to resume."""

from __future__ import annotations

import random
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.content.quiz import normalise_text
from destination_europe.core.game import COMPOSITE, DECISION_RULES, MODES, PlayerSeat
from destination_europe.core.game.model import GameContent
from destination_europe.ui.play_store import SavedGame
from destination_europe.ui.play_texts import (
    level_label,
    mode_label,
    phase_label,
    rule_help,
    rule_label,
)
from destination_europe.ui.play_widgets import button, label, see_through

MAX_PLAYERS = 6


@dataclass
class SetupChoice:
    players: list[PlayerSeat]
    country: str
    decision_rule: str
    mode: str
    seats: int | None
    seed: int
    minutes: int


class SetupPage(QWidget):
    startRequested = Signal(object)  # SetupChoice
    resumeRequested = Signal(str)
    deleteRequested = Signal(str)

    def __init__(
        self,
        content: GameContent,
        countries,
        parent: QWidget | None = None,
        country_label=None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.seed: int | None = None  # fixed by tests and the self-test; else random
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("New game"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        see_through(scroll)
        grid = QGridLayout(body)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(28)

        # -- left: a new game -------------------------------------------------------------
        left = QVBoxLayout()
        title = label(self.tr("New game"), "h2")
        left.addWidget(title)
        left.addWidget(
            label(
                self.tr(
                    "Three rounds (EU, national, city). Each player takes a role with public "
                    "interests and a secret priority; together you adopt policy cards, then "
                    "see what your choices mean for six people and for the host society."
                )
            )
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setVerticalSpacing(10)
        self.mode_box = QComboBox()
        self.mode_box.setAccessibleName(self.tr("Mode of play"))
        for mode in MODES:
            self.mode_box.addItem(mode_label(mode), mode)
        self._row(form, self.tr("&Mode:"), self.mode_box)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_PLAYERS)
        self.count.setValue(4)
        self.count.setAccessibleName(self.tr("Number of players"))
        self._row(form, self.tr("&Players:"), self.count)
        self.seats = QSpinBox()
        self.seats.setRange(4, min(6, len(content.roles)))
        self.seats.setValue(5)
        self.seats.setAccessibleName(self.tr("Seats at the table"))
        self.seats_label = self._row(form, self.tr("S&eats at the table:"), self.seats)
        self.country_box = QComboBox()
        self.country_box.setAccessibleName(self.tr("Country the group plays"))
        self.country_box.addItem(self.tr("Composite Member State (EU27 figures)"), COMPOSITE)
        known = set(content.countries)
        # names in the interface language, sorted with accents ignored ("Österreich" with O)
        name = country_label or (lambda iso2: countries.by_iso2(iso2).name)
        named = [(name(c.iso2), c.iso2) for c in countries.emn if not known or c.iso2 in known]
        for label_text, iso2 in sorted(named, key=lambda pair: normalise_text(pair[0])):
            self.country_box.addItem(label_text, iso2)
        self._row(form, self.tr("&Country:"), self.country_box)
        self.rule_box = QComboBox()
        self.rule_box.setAccessibleName(self.tr("Decision rule"))
        for rule in DECISION_RULES:
            self.rule_box.addItem(rule_label(rule), rule)
        self.rule_box.setCurrentIndex(DECISION_RULES.index("majority"))
        self._row(form, self.tr("&Decision rule:"), self.rule_box)
        self.rule_note = label("", "muted")
        form.addRow("", self.rule_note)
        self.minutes = QSpinBox()
        self.minutes.setRange(3, 90)
        self.minutes.setValue(25)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes per round"))
        self._row(form, self.tr("Minutes per &round:"), self.minutes)
        left.addLayout(form)

        left.addWidget(label(self.tr("Players and roles"), "h2"))
        self.player_note = label("", "muted")
        left.addWidget(self.player_note)
        self.player_grid = QGridLayout()
        self.player_grid.setHorizontalSpacing(10)
        self.names: list[QLineEdit] = []
        self.roles: list[QComboBox] = []
        for i in range(MAX_PLAYERS):
            name = QLineEdit()
            name.setPlaceholderText(self.tr("Player {n}").format(n=i + 1))
            name.setAccessibleName(self.tr("Name of player {n}").format(n=i + 1))
            role = QComboBox()
            role.setAccessibleName(self.tr("Role of player {n}").format(n=i + 1))
            role.addItem(self.tr("Deal a role"), "")
            for r in content.roles.values():
                role.addItem(f"{r.name} ({level_label(r.level)})", r.id)
            number = QLabel(f"{i + 1}.")
            number.setBuddy(name)
            self.player_grid.addWidget(number, i, 0)
            self.player_grid.addWidget(name, i, 1)
            self.player_grid.addWidget(role, i, 2)
            self.names.append(name)
            self.roles.append(role)
        self.player_grid.setColumnStretch(1, 1)
        self.player_grid.setColumnStretch(2, 2)
        left.addLayout(self.player_grid)
        self.error = label("", "notice")
        self.error.setVisible(False)
        self.error.setAccessibleName(self.tr("Set-up problem"))
        left.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.start_button = button(self.tr("&Start the game"), primary=True)
        self.start_button.clicked.connect(self._start)
        row.addWidget(self.start_button)
        left.addLayout(row)
        left.addStretch(1)

        # -- right: saved games ---------------------------------------------------------------
        right = QVBoxLayout()
        right.addWidget(label(self.tr("Resume a game"), "h2"))
        right.addWidget(
            label(
                self.tr(
                    "Every step is saved as you play. Pick a game to go on where it stopped; "
                    "finished games open at their debrief."
                ),
                "muted",
            )
        )
        self.saved = QListWidget()
        self.saved.setAccessibleName(self.tr("Saved games"))
        self.saved.itemActivated.connect(lambda _i: self._resume())
        right.addWidget(self.saved, 1)
        buttons = QHBoxLayout()
        self.resume_button = button(self.tr("Res&ume game"))
        self.resume_button.clicked.connect(self._resume)
        self.delete_button = button(self.tr("De&lete saved game"))
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        right.addLayout(buttons)

        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setMaximumWidth(880)
        grid.addWidget(left_box, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.mode_box.currentIndexChanged.connect(self._update)
        self.count.valueChanged.connect(self._update)
        self.rule_box.currentIndexChanged.connect(self._update)
        self._update()

    def _row(self, form: QFormLayout, text: str, widget: QWidget) -> QLabel:
        caption = QLabel(text)
        caption.setBuddy(widget)
        caption.setObjectName("para")
        form.addRow(caption, widget)
        return caption

    # -- state ------------------------------------------------------------------------------
    @property
    def mode(self) -> str:
        return str(self.mode_box.currentData())

    def _update(self) -> None:
        mode = self.mode
        group = mode == "group"
        self.count.setEnabled(group)
        if not group:
            self.count.setValue(1)
        players = self.count.value()
        self.seats.setVisible(not group)
        self.seats_label.setVisible(not group)
        for i, (name, role) in enumerate(zip(self.names, self.roles, strict=True)):
            shown = i < players
            name.setVisible(shown)
            role.setVisible(shown)
            self.player_grid.itemAtPosition(i, 0).widget().setVisible(shown)
        if mode == "solo":
            note = self.tr(
                "You play one role; the computer plays the other seats and argues for "
                "what their roles want."
            )
        elif mode == "all-seats":
            note = self.tr("You play every seat in turn, as a policy maker who hears every side.")
        elif players < 4:
            note = self.tr("The game works best with 4 to 6 players, each with a role.")
        else:
            note = self.tr(
                "Leave a role on 'Deal a role' to have it dealt: the three round leads "
                "(Commissioner, interior minister, mayor) are dealt first."
            )
        self.player_note.setText(note)
        self.rule_note.setText(rule_help(str(self.rule_box.currentData())))

    def set_players(self, names: list[str]) -> None:
        if len(names) > 1:
            self.mode_box.setCurrentIndex(MODES.index("group"))
        self.count.setValue(max(1, min(MAX_PLAYERS, len(names))))
        for edit, name in zip(self.names, names, strict=False):
            edit.setText(name)

    def choice(self) -> SetupChoice:
        players = []
        for i in range(self.count.value()):
            name = self.names[i].text().strip() or self.tr("Player {n}").format(n=i + 1)
            role = str(self.roles[i].currentData() or "") or None
            players.append(PlayerSeat(name=name, role=role))
        mode = self.mode
        seed = self.seed if self.seed is not None else random.randrange(1, 1_000_000)
        return SetupChoice(
            players=players,
            country=str(self.country_box.currentData()),
            decision_rule=str(self.rule_box.currentData()),
            mode=mode,
            seats=None if mode == "group" else self.seats.value(),
            seed=seed,
            minutes=self.minutes.value(),
        )

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleName(text)
        self.error.setVisible(bool(text))

    def _start(self) -> None:
        self.show_error("")
        choice = self.choice()
        roles = [p.role for p in choice.players if p.role]
        if len(set(roles)) != len(roles):
            self.show_error(self.tr("Two players have the same role: choose another one."))
            return
        self.startRequested.emit(choice)

    # -- saved games ----------------------------------------------------------------------------
    def set_saved(self, games: list[SavedGame], country_name) -> None:
        self.saved.clear()
        for g in games:
            where = (
                self.tr("composite Member State")
                if g.country == COMPOSITE
                else country_name(g.country)
            )
            if g.finished:
                status = self.tr("finished")
            elif g.phase == "setup":
                status = phase_label("setup")
            else:
                status = self.tr("round {n}, {phase}").format(
                    n=g.round_index + 1, phase=phase_label(g.phase).lower()
                )
            text = self.tr("{when} — {where} — {players} — {status}").format(
                when=g.saved_at.replace("T", " ")[:16],
                where=where,
                players=", ".join(g.players[:6]),
                status=status,
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, g.game_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.saved.addItem(item)
        if games:
            self.saved.setCurrentRow(0)
        else:
            empty = QListWidgetItem(self.tr("No saved games yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.saved.addItem(empty)
        self.resume_button.setEnabled(bool(games))
        self.delete_button.setEnabled(bool(games))

    def _selected(self) -> str | None:
        item = self.saved.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def _resume(self) -> None:
        game_id = self._selected()
        if game_id:
            self.resumeRequested.emit(game_id)

    def _delete(self) -> None:
        game_id = self._selected()
        if game_id:
            self.deleteRequested.emit(game_id)
