"""Learn: modules and lessons (the lesson view is built on the content engine)."""

from __future__ import annotations

from destination_europe.ui.sections.placeholder import PlaceholderSection


class LearnSection(PlaceholderSection):
    section_id = "learn"

    def title(self) -> str:
        return self.tr("Learn")

    def purpose(self) -> str:
        return self.tr("Modules and lessons on migration and integration policy.")

    def status(self) -> str:
        return self.tr("The lessons are not in this version yet.")
