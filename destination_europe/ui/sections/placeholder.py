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
