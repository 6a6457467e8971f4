"""My progress (being built; an honest placeholder for now)."""

from __future__ import annotations

from destination_europe.ui.sections.placeholder import PlaceholderSection


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
