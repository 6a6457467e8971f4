"""Glossary: key terms and their definitions."""

from __future__ import annotations

from destination_europe.ui.sections.placeholder import PlaceholderSection


class GlossarySection(PlaceholderSection):
    section_id = "glossary"

    def title(self) -> str:
        return self.tr("Glossary")

    def purpose(self) -> str:
        return self.tr("Key terms of migration and asylum policy, defined in plain words.")

    def status(self) -> str:
        return self.tr("The glossary is not in this version yet.")
