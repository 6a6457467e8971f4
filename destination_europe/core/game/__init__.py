"""The Destination Europe role-play: content model, loader and checker, rules engine,
consequence stories, scripted play and session summaries. Pure Python, no Qt.

Typical use::

    from destination_europe.core.game import load_game_or_raise, Game, PlayerSeat, Action
    content = load_game_or_raise(root)
    game = Game.new(content, seed=7, players=[PlayerSeat("Ana"), ...], country="AT")
    for event in game.apply(Action("advance")): ...
"""

from __future__ import annotations

from .content import GameContentError, check_game, game_stats, load_game, load_game_or_raise
from .engine import (
    COMPOSITE,
    DECISION_RULES,
    MODES,
    PHASES,
    Action,
    Briefing,
    Event,
    Game,
    GameError,
    GameState,
    PlayerSeat,
)
from .model import INDICATORS, GameContent

__all__ = [
    "COMPOSITE",
    "DECISION_RULES",
    "INDICATORS",
    "MODES",
    "PHASES",
    "Action",
    "Briefing",
    "Event",
    "Game",
    "GameContent",
    "GameContentError",
    "GameError",
    "GameState",
    "PlayerSeat",
    "check_game",
    "game_stats",
    "load_game",
    "load_game_or_raise",
]
