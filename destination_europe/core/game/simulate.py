"""Headless play with scripted strategies (for ``game simulate``, tests and balance checks).

A strategy decides what every seat proposes and votes. ``roles`` plays each seat by its
role's weights and secret priority (what solo mode's scripted seats do); the others give
the whole table one outlook (``protection``, ``control``, ``economy``, ``cohesion``,
``frugal``) or play at random (``random``). All choices come from seeded RNGs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from .engine import COMPOSITE, Action, Game, PlayerSeat
from .model import INDICATORS, Card, GameContent
from .positions import card_utility, nudge, scripted_choice

OUTLOOKS: dict[str, dict[str, int]] = {
    "protection": {"protection": 3, "inclusion": 1, "cohesion": 1},
    "control": {"support": 3, "budget": 2, "capacity": 1, "protection": -1},
    "economy": {"inclusion": 3, "budget": 2, "capacity": 1},
    "cohesion": {"cohesion": 3, "support": 1, "inclusion": 1},
    "frugal": {"budget": 3, "capacity": 1, "support": 1},
}
STRATEGIES: tuple[str, ...] = ("roles", *OUTLOOKS, "random")
#: how many cards a table with one outlook puts on the table per round
OUTLOOK_PROPOSALS = 4


@dataclass(frozen=True)
class Outcome:
    seed: int
    strategy: str
    decision_rule: str
    players: int
    roles: tuple[str, ...]
    adopted: tuple[str, ...]
    indicators: dict[str, int]
    stories: dict[str, tuple[str, ...]]
    scores: tuple[tuple[str, int, int], ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "strategy": self.strategy,
            "decision_rule": self.decision_rule,
            "players": self.players,
            "roles": list(self.roles),
            "adopted": list(self.adopted),
            "indicators": dict(self.indicators),
            "stories": {k: list(v) for k, v in self.stories.items()},
            "scores": [{"role": r, "points": p, "max_points": m} for r, p, m in self.scores],
        }


def _utility(game: Game, seat: int, card: Card, strategy: str) -> float:
    state = game.state
    round_id = card.round
    if strategy == "roles":
        role = game.content.roles[state.seats[seat].role]
        return card_utility(card, role.weights, role) + nudge(state.seed, round_id, seat, card.id)
    if strategy == "random":
        return random.Random(f"{state.seed}:{round_id}:{seat}:{card.id}:random").uniform(-6, 6)
    weights = OUTLOOKS[strategy]
    return card_utility(card, weights) + nudge(state.seed, round_id, seat, card.id, 1.0)


def _proposals(game: Game, strategy: str) -> list[tuple[int, str]]:
    cards = [c for c in game.round_cards() if game.blocked_by(c) is None]
    seats = [s.index for s in game.state.seats]
    if strategy == "roles":
        out: list[tuple[int, str]] = []
        for seat in seats:
            ranked = sorted(cards, key=lambda c: (-_utility(game, seat, c, strategy), c.id))
            for card in ranked[:2]:
                if _utility(game, seat, card, strategy) > 2.0:
                    out.append((seat, card.id))
        return out
    if strategy == "random":
        rng = random.Random(f"{game.state.seed}:{game.round.id if game.round else ''}:propose")
        picked = rng.sample(cards, k=min(len(cards), rng.randint(1, 5)))
        return [(rng.choice(seats), c.id) for c in picked]
    lead = seats[0]
    ranked = sorted(cards, key=lambda c: (-_utility(game, lead, c, strategy), c.id))
    return [(seats[i % len(seats)], c.id) for i, c in enumerate(ranked[:OUTLOOK_PROPOSALS])]


def play_round(game: Game, strategy: str) -> None:
    """Play the current round from its briefing to its consequences."""
    game.apply(Action("advance"))  # briefing → discussion
    record = game.record
    assert record is not None
    for seat_index, proposed in _proposals(game, strategy):
        if proposed not in record.proposed() and game.state.seats[seat_index].human:
            game.apply(Action("propose", seat=seat_index, card=proposed))
    game.apply(Action("open-vote"))
    for card_id in record.proposed():
        card = game.content.cards[card_id]
        for seat in game.state.seats:
            if not seat.human:
                continue
            value = _utility(game, seat.index, card, strategy)
            choice = (
                scripted_choice(value) if strategy != "random" else ("yes" if value > -1 else "no")
            )
            if strategy in OUTLOOKS and choice == "abstain":
                choice = "yes" if value > 0 else "no"
            game.apply(Action("vote", seat=seat.index, card=card_id, choice=choice))
    game.apply(Action("close-vote"))


def play(
    content: GameContent,
    seed: int,
    players: int = 5,
    strategy: str = "roles",
    decision_rule: str = "majority",
    country: str = COMPOSITE,
) -> Game:
    """A full game, set-up to debrief, with every seat scripted by ``strategy``."""
    if strategy not in STRATEGIES:
        raise ValueError(f"unknown strategy {strategy!r}; choose one of {', '.join(STRATEGIES)}")
    seats = [PlayerSeat(name=f"Player {i + 1}") for i in range(players)]
    game = Game.new(content, seed, seats, country, decision_rule=decision_rule, mode="group")
    game.apply(Action("advance"))  # set-up → first briefing
    while True:
        play_round(game, strategy)
        game.apply(Action("advance"))  # consequences → next briefing or debrief
        if game.is_over:
            return game


def outcome(game: Game, strategy: str) -> Outcome:
    state = game.state
    return Outcome(
        seed=state.seed,
        strategy=strategy,
        decision_rule=state.decision_rule,
        players=len(state.seats),
        roles=tuple(s.role for s in state.seats),
        adopted=tuple(state.adopted),
        indicators={i: state.indicators[i] for i in INDICATORS},
        stories={c: tuple(f) for c, f in state.story.items()},
        scores=tuple((s["role"], s["points"], s["max_points"]) for s in state.scores),
    )
