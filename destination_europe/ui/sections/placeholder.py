"""Honest placeholders for sections whose features are still being built.

Each says what the section will hold and what already works elsewhere in the app; no
control here pretends to do something it does not.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QWidget

from destination_europe.ui.sections.base import Section, column, heading, paragraph


class PlaceholderSection(Section):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = column(self)
        layout.addWidget(heading(self.title()))
        layout.addWidget(paragraph(self.purpose()))
        box = QFrame()
        box.setObjectName("notice")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = column(box, margins=16, spacing=8)
        inner.addWidget(heading(self.tr("Not available yet"), 2))
        inner.addWidget(paragraph(self.status()))
        layout.addWidget(box)
        layout.addStretch(1)

    def purpose(self) -> str:
        raise NotImplementedError

    def status(self) -> str:
        raise NotImplementedError


class PlaySection(PlaceholderSection):
    section_id = "play"

    def title(self) -> str:
        return self.tr("Play: the Destination Europe role-play")

    def sidebar_title(self) -> str:
        return self.tr("Play")

    def purpose(self) -> str:
        return self.tr(
            "Here a group of 1 to 6 players will run the role-play on one screen: three "
            "rounds at EU, national and city level, roles with public interests and secret "
            "priorities, policy cards with costs and effects, a group decision each round, "
            "then consequence stories for migrant characters and the host society, "
            "indicator charts and a debrief."
        )

    def status(self) -> str:
        return self.tr(
            "The game rules and cards are not in this version yet. Until then, the Learn "
            "section holds the lessons and the Countries section the real statistics a "
            "group can discuss."
        )


class ProgressSection(PlaceholderSection):
    section_id = "progress"

    def title(self) -> str:
        return self.tr("My progress")

    def purpose(self) -> str:
        return self.tr(
            "Here each learner will see the lessons started and completed, quiz attempts, "
            "notes and bookmarks; teachers will get class reports and class packets to move "
            "work between offline PCs by USB."
        )

    def status(self) -> str:
        return self.tr(
            "Progress is not stored yet in this version: answers given in lessons are "
            "checked, but they are kept only until the app closes."
        )
