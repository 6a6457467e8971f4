"""What the role-play is made of: roles, rounds, policy cards, characters, story fragments.

These are frozen dataclasses built from ``resources/game/*.yaml`` by :mod:`.content`. They
hold content text (the game files are content, like lessons) and ids; the Qt layer turns
codes (indicator ids, phases, reasons) into translated interface words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: The game's own indicators (0–100, every game starts at 50). Not statistics: these are the
#: simulated consequences of the group's choices. Real data is shown in the round briefings.
INDICATORS: tuple[str, ...] = (
    "protection",  # protection standards
    "inclusion",  # labour-market inclusion
    "cohesion",  # social cohesion
    "support",  # public support
    "capacity",  # administrative capacity
    "budget",  # public finances
)
INDICATOR_START = 50
INDICATOR_MIN = 0
INDICATOR_MAX = 100

LEVELS: tuple[str, ...] = ("eu", "national", "city")
ROLE_KINDS: tuple[str, ...] = ("policy-maker", "stakeholder")
CHARACTER_KINDS: tuple[str, ...] = (
    "international-protection",
    "unaccompanied-minor",
    "labour-migrant",
    "family-reunification",
    "temporary-protection",
    "irregular-stay",
    "host-society",
)
#: Goal kinds of a secret priority (see :class:`Goal`).
GOAL_KINDS: tuple[str, ...] = (
    "indicator-at-least",
    "indicator-at-most",
    "indicator-gain",
    "cards-adopted",
    "cards-not-adopted",
)


@dataclass(frozen=True)
class Goal:
    """One scoring rule of a secret priority.

    - ``indicator-at-least`` / ``indicator-at-most``: ``indicator`` ends ≥ / ≤ ``value``;
    - ``indicator-gain``: ``indicator`` ends at least ``value`` above where it started;
    - ``cards-adopted``: at least ``count`` of ``cards`` were adopted (default: all of them);
    - ``cards-not-adopted``: none of ``cards`` was adopted.
    """

    kind: str
    points: int
    indicator: str = ""
    value: int = 0
    cards: tuple[str, ...] = ()
    count: int = 0
    line: int = 1

    def met(self, indicators: dict[str, int], adopted: set[str]) -> bool:
        if self.kind == "indicator-at-least":
            return indicators.get(self.indicator, INDICATOR_START) >= self.value
        if self.kind == "indicator-at-most":
            return indicators.get(self.indicator, INDICATOR_START) <= self.value
        if self.kind == "indicator-gain":
            return indicators.get(self.indicator, INDICATOR_START) - INDICATOR_START >= self.value
        if self.kind == "cards-adopted":
            needed = self.count or len(self.cards)
            return sum(1 for c in self.cards if c in adopted) >= needed
        if self.kind == "cards-not-adopted":
            return not any(c in adopted for c in self.cards)
        return False


@dataclass(frozen=True)
class SecretPriority:
    text: str
    goals: tuple[Goal, ...]

    @property
    def max_points(self) -> int:
        return sum(g.points for g in self.goals)


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    kind: str  # policy-maker | stakeholder
    level: str  # eu | national | city
    public_brief: str
    interests: tuple[str, ...]
    constraints: tuple[str, ...]
    secret: SecretPriority
    #: How a scripted player in this role weighs each indicator (−3…3); drives solo play.
    weights: dict[str, int]
    path: str = ""
    line: int = 1


@dataclass(frozen=True)
class NewsFlash:
    id: str
    text: str
    line: int = 1


@dataclass(frozen=True)
class Round:
    id: str
    level: str
    number: int  # 1-based
    title: str
    situation: str
    news: tuple[NewsFlash, ...]
    lead_role: str
    budget: int  # budget units added at the start of the round
    capital: int  # political capital added at the start of the round
    #: Statistics indicator ids (resources/statistics/indicators.yaml) shown in the briefing.
    statistics: tuple[str, ...]
    path: str = ""
    line: int = 1


@dataclass(frozen=True)
class Card:
    id: str
    round: str
    title: str
    description: str
    legal_basis: str
    #: ``existing`` (rests on law in force), ``national`` (a national or local choice within
    #: EU law), ``needs-law`` (would need a new or changed act, named in legal_basis).
    legal_status: str
    cost_budget: int
    cost_capital: int
    effects: dict[str, int]
    excludes: tuple[str, ...] = ()
    glossary: tuple[str, ...] = ()
    path: str = ""
    line: int = 1


@dataclass(frozen=True)
class Character:
    id: str
    name: str
    kind: str
    age: int
    intro: str
    glossary: tuple[str, ...] = ()
    path: str = ""
    line: int = 1


@dataclass(frozen=True)
class Condition:
    """Which adopted cards (cumulative, all rounds so far) a fragment needs.

    ``all``: every one adopted; ``any``: at least one adopted (if the list is not empty);
    ``none``: none adopted. An empty condition always matches (the default fragment).
    """

    all: tuple[str, ...] = ()
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()

    @property
    def cards(self) -> set[str]:
        return set(self.all) | set(self.any) | set(self.none)

    @property
    def is_default(self) -> bool:
        return not (self.all or self.any or self.none)

    def matches(self, adopted: set[str] | frozenset[str]) -> bool:
        if any(c not in adopted for c in self.all):
            return False
        if self.any and not any(c in adopted for c in self.any):
            return False
        return not any(c in adopted for c in self.none)


@dataclass(frozen=True)
class Fragment:
    """One step of a character's story in one round, chosen when ``when`` matches.

    Fragments of a character and round are tried in file order; the first match wins, so
    the most specific come first and a default (no ``when``) comes last.
    """

    id: str
    character: str
    round: str
    when: Condition
    text: str
    #: The act and article (or practice and source) the fragment rests on.
    source: str
    #: Optional: what the fragment teaches, in one sentence, for the debrief.
    lesson: str = ""
    glossary: tuple[str, ...] = ()
    path: str = ""
    line: int = 1


@dataclass(frozen=True)
class DebriefRound:
    round: str
    questions: tuple[str, ...]
    glossary: tuple[str, ...]
    path: str = ""
    line: int = 1


@dataclass(frozen=True)
class GameContent:
    roles: dict[str, Role]
    rounds: tuple[Round, ...]
    cards: dict[str, Card]
    characters: dict[str, Character]
    fragments: dict[str, Fragment]
    debrief: dict[str, DebriefRound]
    closing_questions: tuple[str, ...] = ()
    #: unit of each statistics indicator (to pick the ones that suit a composite Member State)
    statistics_units: dict[str, str] = field(default_factory=dict)
    countries: tuple[str, ...] = ()

    def round_by_id(self, round_id: str) -> Round:
        for r in self.rounds:
            if r.id == round_id:
                return r
        raise KeyError(round_id)

    def round_index(self, round_id: str) -> int:
        for i, r in enumerate(self.rounds):
            if r.id == round_id:
                return i
        raise KeyError(round_id)

    def cards_of(self, round_id: str) -> list[Card]:
        return [c for c in self.cards.values() if c.round == round_id]

    def fragments_of(self, character: str, round_id: str) -> list[Fragment]:
        return [
            f for f in self.fragments.values() if f.character == character and f.round == round_id
        ]
