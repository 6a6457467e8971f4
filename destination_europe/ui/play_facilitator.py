"""The facilitator panel: round timer (pause, resume, extend), skip a round, the players
with a hold-to-reveal button for each secret card, and notes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from destination_europe.ui.play_widgets import HoldToReveal, button, label, see_through

EXTEND_SECONDS = 120


class RoundTimer(QObject):
    """A countdown driven by a QTimer; :meth:`tick` is one second (tests call it directly)."""

    changed = Signal()
    expired = Signal()

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        self.total = 0
        self.left = 0
        self.running = False
        self.qtimer = QTimer(self)
        self.qtimer.setInterval(interval_ms)
        self.qtimer.timeout.connect(self.tick)

    def start(self, seconds: int, *, running: bool = True) -> None:
        self.total = self.left = max(0, int(seconds))
        self.running = False
        self.qtimer.stop()
        if running:
            self.resume()
        self.changed.emit()

    def pause(self) -> None:
        self.running = False
        self.qtimer.stop()
        self.changed.emit()

    def resume(self) -> None:
        if self.left <= 0:
            return
        self.running = True
        self.qtimer.start()
        self.changed.emit()

    def extend(self, seconds: int = EXTEND_SECONDS) -> None:
        self.left += seconds
        self.total += seconds
        self.changed.emit()

    def tick(self) -> None:
        if not self.running or self.left <= 0:
            return
        self.left -= 1
        if self.left <= 0:
            self.running = False
            self.qtimer.stop()
            self.changed.emit()
            self.expired.emit()
            return
        self.changed.emit()

    def text(self) -> str:
        minutes, seconds = divmod(max(0, self.left), 60)
        return f"{minutes:02d}:{seconds:02d}"


class FacilitatorPanel(QFrame):
    skipRequested = Signal()
    notesChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Facilitator panel"))
        self.timer = RoundTimer(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        body.setObjectName("facilitatorBody")
        scroll.setWidget(body)
        see_through(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(label(self.tr("Facilitator"), "h2"))

        self.clock = QLabel("00:00")
        self.clock.setObjectName("h1")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.clock.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.clock.setFont(font)
        self.clock.setAccessibleName(self.tr("Round timer"))
        layout.addWidget(self.clock)
        self.clock_state = label("", "muted")
        self.clock_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.clock_state)
        row = QHBoxLayout()
        self.pause_button = button(self.tr("&Pause"), self.tr("Pause the round timer"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.extend_button = button(self.tr("+2 mi&n"), self.tr("Give the round two more minutes"))
        self.extend_button.clicked.connect(lambda: self.timer.extend())
        row.addWidget(self.pause_button)
        row.addWidget(self.extend_button)
        layout.addLayout(row)
        self.skip_button = button(self.tr("S&kip this round"), self.tr("Skip this round"))
        self.skip_button.setToolTip(
            self.tr("Nothing is adopted this round; the stories still move on.")
        )
        self.skip_button.clicked.connect(self.skipRequested)
        layout.addWidget(self.skip_button)

        layout.addWidget(label(self.tr("Players and secret cards"), "h2"))
        layout.addWidget(
            label(
                self.tr(
                    "Secret priorities stay hidden on the shared screen. A player holds "
                    "their button (or focuses it and holds Space) to read their card."
                ),
                "muted",
            )
        )
        self.players = QGridLayout()
        self.players.setHorizontalSpacing(6)
        layout.addLayout(self.players)
        self.secret = QFrame()
        self.secret.setObjectName("notice")
        self.secret.setFrameShape(QFrame.Shape.StyledPanel)
        secret_layout = QVBoxLayout(self.secret)
        self.secret_title = label("", "h2")
        self.secret_text = label("")
        secret_layout.addWidget(self.secret_title)
        secret_layout.addWidget(self.secret_text)
        self.secret.setVisible(False)
        layout.addWidget(self.secret)
        self.reveal_buttons: list[HoldToReveal] = []
        self._secrets: dict[int, tuple[str, str]] = {}

        layout.addWidget(label(self.tr("Notes"), "h2"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Facilitator notes"))
        self.notes.setPlaceholderText(self.tr("Points to come back to in the debrief…"))
        self.notes.setMinimumHeight(110)
        self.notes.setTabChangesFocus(True)
        self.notes.textChanged.connect(self.notesChanged)
        layout.addWidget(self.notes, 1)

        self.timer.changed.connect(self._show_time)
        self.timer.expired.connect(self._show_time)
        self._show_time()

    # -- timer ------------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.timer.running:
            self.timer.pause()
        else:
            self.timer.resume()

    def _show_time(self) -> None:
        t = self.timer
        self.clock.setText(t.text())
        self.clock.setAccessibleName(self.tr("Round timer: {time} left").format(time=t.text()))
        if t.left <= 0 and t.total > 0:
            state = self.tr("Time is up: wrap up and decide.")
        elif t.running:
            state = self.tr("Running")
        else:
            state = self.tr("Paused")
        self.clock_state.setText(state)
        self.clock_state.setAccessibleName(state)
        self.pause_button.setText(self.tr("&Resume") if not t.running else self.tr("&Pause"))
        self.pause_button.setAccessibleName(
            self.tr("Resume the round timer") if not t.running else self.tr("Pause the round timer")
        )
        self.pause_button.setEnabled(t.left > 0)

    # -- players and secrets ------------------------------------------------------------------
    def set_players(self, seats: list[tuple[int, str, str, str, bool]]) -> None:
        """``(seat, player name, role name, secret text, human)`` for every seat."""
        while self.players.count():
            item = self.players.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.reveal_buttons = []
        self._secrets = {}
        for row, (seat, name, role, secret, human) in enumerate(seats):
            who = label(
                f"{name} — {role}" if human else self.tr("{role} (computer)").format(role=role)
            )
            self.players.addWidget(who, row, 0)
            self._secrets[seat] = (f"{name} — {role}", secret)
            if human:
                hold = HoldToReveal(seat, self.tr("Hold: secret"))
                hold.setAccessibleName(
                    self.tr("Hold to see the secret card of {name}").format(name=name)
                )
                hold.revealed.connect(self._reveal)
                self.players.addWidget(hold, row, 1)
                self.reveal_buttons.append(hold)
        self.players.setColumnStretch(0, 1)
        self._reveal(-1, False)

    def _reveal(self, seat: int, shown: bool) -> None:
        if shown and seat in self._secrets:
            who, text = self._secrets[seat]
            self.secret_title.setText(self.tr("Secret card: {who}").format(who=who))
            self.secret_text.setText(text)
            self.secret_text.setAccessibleName(text)
            self.secret.setVisible(True)
        else:
            self.secret_title.setText("")
            self.secret_text.setText("")
            self.secret_text.setAccessibleName("")
            self.secret.setVisible(False)

    @property
    def secret_shown(self) -> bool:
        return self.secret.isVisibleTo(self) and bool(self.secret_text.text())
