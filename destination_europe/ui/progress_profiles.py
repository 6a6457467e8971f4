"""Profile dialogs: switch learner (teachers enter their PIN), new profile, class from names.

A wrong PIN costs nothing for the first tries; then the store imposes a wait
(``PinResult.retry_after``) and the dialog shows it and keeps OK disabled until it passes.
The wait is counted by a QTimer; :meth:`PinPanel.release_wait` ends it early (tests).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.progress.profiles import (
    MAX_PIN,
    MIN_PIN,
    PALETTE,
    ProfileError,
    ProfileInfo,
    split_names,
)

ROLE_ID = Qt.ItemDataRole.UserRole


def avatar_pixmap(colour: str, name: str, size: int = 28) -> QPixmap:
    """A round avatar in the profile's colour with its initial."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.5))
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    initial = name.strip()[:1].upper()
    if initial:
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initial)
    painter.end()
    return pix


def avatar_icon(colour: str, name: str, size: int = 28) -> QIcon:
    return QIcon(avatar_pixmap(colour, name, size))


def profile_error_text(widget: QWidget, exc: ProfileError) -> str:
    texts = {
        "empty-name": QCoreApplication.translate("ProgressProfiles", "Please type a name."),
        "name-too-long": QCoreApplication.translate(
            "ProgressProfiles", "The name is too long (at most 80 characters)."
        ),
        "bad-colour": QCoreApplication.translate("ProgressProfiles", "Please choose a colour."),
        "bad-pin": QCoreApplication.translate(
            "ProgressProfiles", "The PIN must have between {lo} and {hi} characters."
        ).format(lo=MIN_PIN, hi=MAX_PIN),
        "unknown-profile": QCoreApplication.translate(
            "ProgressProfiles", "This profile no longer exists."
        ),
        "not-a-teacher": QCoreApplication.translate(
            "ProgressProfiles", "This is not a teacher profile."
        ),
    }
    return texts.get(exc.code, str(exc))


class PinPanel(QWidget):
    """A PIN field with the lock-out wait. ``unlocked(profile_id)`` when the PIN is right."""

    unlocked = Signal(str)
    waitChanged = Signal(bool)  # True while a wait runs

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.profile_id = ""
        self.deadline = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&PIN:"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_PIN)
        self.pin.setAccessibleName(self.tr("Teacher PIN"))
        self.pin.setMaximumWidth(320)
        caption.setBuddy(self.pin)
        row.addWidget(caption)
        row.addWidget(self.pin, 1)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("pinMessage")
        self.message.setAccessibleName(self.tr("PIN message"))
        self.message.setMinimumHeight(self.message.fontMetrics().lineSpacing() * 2 + 4)
        layout.addWidget(self.message)
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(self.release_wait)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._show_wait)

    @property
    def waiting(self) -> bool:
        return self.wait_timer.isActive()

    def set_profile(self, profile_id: str) -> None:
        self.profile_id = profile_id
        self.pin.clear()
        if not self.waiting:
            self.message.setText("")

    def try_pin(self) -> bool:
        """Check the typed PIN; True when right. A wrong PIN may start a wait."""
        if self.waiting:
            return False
        result = self.store.verify_pin(self.profile_id, self.pin.text())
        self.pin.clear()
        if result:
            self.message.setText("")
            self.unlocked.emit(self.profile_id)
            return True
        if result.retry_after > 0:
            self.start_wait(result.retry_after)
        else:
            self.message.setText(self.tr("Wrong PIN. Please try again."))
        return False

    def start_wait(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        self.wait_timer.start(int(seconds * 1000) + 50)
        self.tick.start()
        self.pin.setEnabled(False)
        self._show_wait()
        self.waitChanged.emit(True)

    def _show_wait(self) -> None:
        left = max(0, int(round(self.deadline - time.monotonic())))
        self.message.setText(
            self.tr("Wrong PIN. Too many wrong tries: you can try again in %n second(s).", "", left)
        )
        self.message.setAccessibleName(self.message.text())

    def release_wait(self) -> None:
        """End the wait: the PIN field and OK work again."""
        self.wait_timer.stop()
        self.tick.stop()
        self.pin.setEnabled(True)
        self.message.setText(self.tr("You can try your PIN again."))
        self.waitChanged.emit(False)


class ProfileSwitcher(QDialog):
    """Pick the learner who uses the app now; a teacher profile asks for its PIN."""

    def __init__(self, store, current_id: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen: str | None = None
        self.setWindowTitle(self.tr("Switch learner"))
        self.setObjectName("profileSwitcher")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Who is using Destination Europe now?"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learner profiles"))
        self.list.setIconSize(avatar_pixmap("#000000", "x", 28).size())
        layout.addWidget(self.list, 1)
        self.pin_panel = PinPanel(store, self)
        self.pin_panel.hide()
        layout.addWidget(self.pin_panel)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Switch"))
        self.ok_button.setAccessibleName(self.tr("Switch to this profile"))
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pin_panel.waitChanged.connect(self.pin_wait_changed)
        for p in store.list_profiles():
            label = (
                p.name if not p.is_teacher else self.tr("{name} (teacher, PIN)").format(name=p.name)
            )
            item = QListWidgetItem(avatar_icon(p.colour, p.name), label)
            item.setData(ROLE_ID, p.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, label)
            self.list.addItem(item)
            if p.id == current_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.currentItemChanged.connect(lambda *_: self._on_selection())
        self.list.itemDoubleClicked.connect(lambda *_: self.try_accept())
        self._on_selection()
        self.resize(440, 460)

    def selected(self) -> ProfileInfo | None:
        item = self.list.currentItem()
        return self.store.get_profile(item.data(ROLE_ID)) if item is not None else None

    def select(self, profile_id: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(ROLE_ID) == profile_id:
                self.list.setCurrentRow(i)

    def _on_selection(self) -> None:
        profile = self.selected()
        teacher = profile is not None and profile.is_teacher
        self.pin_panel.setVisible(teacher)
        if teacher:
            self.pin_panel.set_profile(profile.id)
            self.pin_panel.pin.setFocus()
        self.pin_wait_changed(self.pin_panel.waiting and teacher)

    def pin_wait_changed(self, waiting: bool) -> None:
        self.ok_button.setEnabled(not waiting and self.list.currentItem() is not None)

    def try_accept(self) -> None:
        profile = self.selected()
        if profile is None or not self.ok_button.isEnabled():
            return
        if profile.is_teacher and not self.pin_panel.try_pin():
            return
        self.chosen = profile.id
        self.accept()


class NewProfileDialog(QDialog):
    """A new learner (name, avatar colour) or teacher (also a PIN, typed twice)."""

    def __init__(self, store, teacher: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.teacher = teacher
        self.created: ProfileInfo | None = None
        self.setWindowTitle(self.tr("New teacher profile") if teacher else self.tr("New learner"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setAccessibleName(self.tr("Name"))
        form.addRow(self.tr("&Name:"), self.name)
        colours = QHBoxLayout()
        self.colour_group = QButtonGroup(self)
        self.colour_group.setExclusive(True)
        start = len(store.list_profiles()) % len(PALETTE)
        for i, colour in enumerate(PALETTE):
            button = QToolButton()
            button.setCheckable(True)
            button.setIcon(avatar_icon(colour, "", 22))
            button.setAccessibleName(self.tr("Avatar colour {n}").format(n=i + 1))
            button.setProperty("colour", colour)
            button.setChecked(i == start)
            self.colour_group.addButton(button, i)
            colours.addWidget(button)
        colours.addStretch(1)
        form.addRow(self.tr("Avatar colour:"), colours)
        self.pin = QLineEdit()
        self.pin_again = QLineEdit()
        for field, name in ((self.pin, self.tr("PIN")), (self.pin_again, self.tr("PIN again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(MAX_PIN)
            field.setAccessibleName(name)
        if teacher:
            form.addRow(self.tr("&PIN (at least {n} characters):").format(n=MIN_PIN), self.pin)
            form.addRow(self.tr("PIN &again:"), self.pin_again)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def colour(self) -> str:
        button = self.colour_group.checkedButton()
        return str(button.property("colour")) if button is not None else PALETTE[0]

    def try_accept(self) -> None:
        try:
            if self.teacher:
                if self.pin.text() != self.pin_again.text():
                    self.message.setText(self.tr("The two PINs are not the same."))
                    return
                self.created = self.store.create_teacher(
                    self.name.text(), self.pin.text(), self.colour()
                )
            else:
                self.created = self.store.create_learner(self.name.text(), self.colour())
        except ProfileError as exc:
            self.message.setText(profile_error_text(self, exc))
            return
        self.accept()


class ClassDialog(QDialog):
    """A teacher pastes a list of names (one per line) and gets a learner profile for each."""

    def __init__(self, store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.created: list[ProfileInfo] = []
        self.setWindowTitle(self.tr("Create a class from a list of names"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paste the names of your learners, one per line (commas and semicolons also "
                "separate names). A name that already has a profile on this PC is not "
                "created twice."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.names = QPlainTextEdit()
        self.names.setAccessibleName(self.tr("Names of the learners"))
        self.names.textChanged.connect(self._count)
        layout.addWidget(self.names, 1)
        self.count = QLabel("")
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Create profiles"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._count()
        self.resize(420, 420)

    def _names(self) -> list[str]:
        seen: dict[str, str] = {}
        for raw in split_names(self.names.toPlainText()):
            name = " ".join(raw.split())
            seen.setdefault(name.casefold(), name)
        return list(seen.values())

    def _count(self) -> None:
        n = len(self._names())
        self.count.setText(self.tr("%n name(s)", "", n))
        self.ok_button.setEnabled(n > 0)

    def try_accept(self) -> None:
        try:
            self.created = self.store.create_class(self._names())
        except ProfileError as exc:
            self.count.setText(profile_error_text(self, exc))
            return
        self.accept()
