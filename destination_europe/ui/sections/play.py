"""Play: the Destination Europe role-play (being built; an honest placeholder for now)."""

from __future__ import annotations

from destination_europe.ui.sections.placeholder import PlaceholderSection


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
