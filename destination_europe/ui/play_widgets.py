"""Small widgets of the role-play screens: a policy card, a seat's vote, a hold-to-reveal
button, and a text browser that follows the app's zoom."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.game import INDICATORS
from destination_europe.core.game.model import Card
from destination_europe.ui.play_texts import (
    choice_label,
    indicator_label,
    legal_status_label,
    signed,
)

#: base point size of running text on the play screens (times the app zoom)
BASE_PT = 12.5


def label(text: str, name: str = "para", *, rich: bool = False, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if not rich:
        widget.setAccessibleName(text)
    widget.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return widget


def button(text: str, accessible: str | None = None, *, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    widget.setMinimumHeight(38)
    if primary:
        widget.setDefault(False)
        widget.setProperty("primary", True)
        font = widget.font()
        font.setBold(True)
        widget.setFont(font)
    return widget


def effects_text(card: Card) -> str:
    parts = [
        f"{indicator_label(i)} {signed(card.effects[i])}" for i in INDICATORS if card.effects.get(i)
    ]
    return " · ".join(parts)


def cost_text(widget: QWidget, card: Card) -> str:
    return QCoreApplication.translate(
        "PlayWidgets", "Cost: {budget} budget, {capital} political capital"
    ).format(budget=card.cost_budget, capital=card.cost_capital)


class ZoomBrowser(QTextBrowser):
    """A QTextBrowser for long play texts: large type that follows the app's zoom."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(BASE_PT * zoom)
        self.document().setDefaultFont(font)


class PolicyCard(QFrame):
    """A policy card: title, plain description, legal basis, cost, effects, one action."""

    actionClicked = Signal(str)

    def __init__(
        self,
        card: Card,
        *,
        action: str = "",
        note: str = "",
        enabled: bool = True,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(card.title)
        self.setAccessibleDescription(card.description)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        title = label(card.title, "h2")
        layout.addWidget(title)
        layout.addWidget(label(legal_status_label(card.legal_status), "muted"))
        if not compact:
            layout.addWidget(label(card.description))
            basis = label(self.tr("Legal basis: {text}").format(text=card.legal_basis), "muted")
            basis.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(basis)
        cost = label(cost_text(self, card))
        bold = cost.font()
        bold.setBold(True)
        cost.setFont(bold)
        layout.addWidget(cost)
        layout.addWidget(label(self.tr("Effects: {list}").format(list=effects_text(card))))
        if note:
            layout.addWidget(label(note, "muted"))
        self.button: QPushButton | None = None
        if action:
            row = QHBoxLayout()
            row.addStretch(1)
            self.button = button(action, f"{action}: {card.title}")
            self.button.setEnabled(enabled)
            self.button.clicked.connect(lambda: self.actionClicked.emit(card.id))
            row.addWidget(self.button)
            layout.addLayout(row)


class VoteSelector(QWidget):
    """One seat's vote on one card: three exclusive buttons (yes, no, abstain)."""

    voted = Signal(int, str, str)  # seat, card, choice

    def __init__(
        self,
        seat: int,
        seat_label: str,
        card: Card,
        current: str,
        *,
        enabled: bool = True,
        decides: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.seat, self.card_id = seat, card.id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        text = seat_label + (self.tr(" — decides") if decides else "")
        name = label(text, wrap=True)
        name.setMinimumWidth(180)
        row.addWidget(name, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for choice in ("yes", "no", "abstain"):
            b = QPushButton(choice_label(choice))
            b.setCheckable(True)
            b.setChecked(choice == current)
            b.setEnabled(enabled)
            b.setMinimumHeight(34)
            b.setAccessibleName(
                self.tr("{seat}: {choice} on {card}").format(
                    seat=seat_label, choice=choice_label(choice), card=card.title
                )
            )
            b.clicked.connect(lambda _=False, c=choice: self.voted.emit(seat, card.id, c))
            self.group.addButton(b)
            self.buttons[choice] = b
            row.addWidget(b)

    def choice(self) -> str:
        for choice, b in self.buttons.items():
            if b.isChecked():
                return choice
        return "abstain"


class HoldToReveal(QPushButton):
    """Shows a player's secret card only while it is held down (mouse or Space key)."""

    revealed = Signal(int, bool)  # seat, shown

    def __init__(self, seat: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.seat = seat
        self.setAutoRepeat(False)
        self.pressed.connect(lambda: self.revealed.emit(self.seat, True))
        self.released.connect(lambda: self.revealed.emit(self.seat, False))


def see_through(scroll) -> None:
    """Let a scroll area show the background of the screen behind it (any theme)."""
    scroll.viewport().setAutoFillBackground(False)
    if scroll.widget() is not None:
        scroll.widget().setAutoFillBackground(False)
    scroll.setStyleSheet("QScrollArea { background: transparent; }")


def escape(text: str) -> str:
    return html.escape(text, quote=True)
