"""What every section of the main window has in common."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from destination_europe.ui.services import Services


class Section(QWidget):
    """A page of the main window. Subclasses set ``section_id`` and build their UI."""

    section_id = "section"

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName(f"section-{self.section_id}")
        self.setProperty("role", "section")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

    def title(self) -> str:
        raise NotImplementedError

    def activated(self) -> None:
        """Called each time the section becomes the visible one."""

    def selftest_views(self) -> list[tuple[str, object]]:
        """``(name, prepare)`` pairs the self-test visits; ``prepare()`` returns a WebView
        to wait for (or None for a widget-only view)."""
        return [(self.section_id, lambda: None)]


class CardButton(QPushButton):
    """A large button with a bold title and a line of explanation under it."""

    def __init__(self, title: str, blurb: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeCard")
        self.setAccessibleName(title)
        self.setAccessibleDescription(blurb)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        for text, name in ((title, "cardTitle"), (blurb, "cardBlurb")):
            label = QLabel(text)
            label.setObjectName(name)
            label.setWordWrap(True)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self.setMinimumHeight(86)


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName(f"h{level}")
    label.setAccessibleName(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def paragraph(text: str, *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setAccessibleName(label.text() if not rich else "")
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    label.setObjectName("para")
    return label


def column(parent: QWidget, margins: int = 32, spacing: int = 14) -> QVBoxLayout:
    layout = QVBoxLayout(parent)
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(spacing)
    return layout
