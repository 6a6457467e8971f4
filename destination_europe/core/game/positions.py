"""Scripted positions: how a computer-played seat values a policy card.

A seat values a card by its role's indicator weights, its secret priority (cards it must
see adopted or blocked) and a small seeded nudge so that solo games are not all alike.
Used by the engine for scripted seats in solo mode and by :mod:`.simulate`.
"""

from __future__ import annotations

import random

from .model import INDICATORS, Card, Role

#: utility above which a scripted seat votes yes, below minus which it votes no
VOTE_THRESHOLD = 2.0
SECRET_BONUS = 8.0


def card_utility(card: Card, weights: dict[str, int], role: Role | None = None) -> float:
    value = float(sum(weights.get(i, 0) * card.effects.get(i, 0) for i in INDICATORS))
    value -= 0.3 * card.cost_budget
    if role is not None:
        for goal in role.secret.goals:
            if card.id in goal.cards:
                if goal.kind == "cards-adopted":
                    value += SECRET_BONUS
                elif goal.kind == "cards-not-adopted":
                    value -= SECRET_BONUS
    return value


def nudge(seed: int, round_id: str, seat: int, card_id: str, spread: float = 1.5) -> float:
    """A deterministic nudge in [-spread, spread] for one seat and card."""
    return random.Random(f"{seed}:{round_id}:{seat}:{card_id}:nudge").uniform(-spread, spread)


def scripted_choice(utility: float) -> str:
    if utility > VOTE_THRESHOLD:
        return "yes"
    if utility < -VOTE_THRESHOLD:
        return "no"
    return "abstain"
