"""Many scripted games: every card and story fragment is reachable, no strategy wins everything."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from destination_europe.core.game import load_game_or_raise
from destination_europe.core.game.model import INDICATORS
from destination_europe.core.game.simulate import STRATEGIES, outcome, play

ROOT = Path(__file__).resolve().parents[2]
SEEDS = 200
RULES = ("consensus", "majority", "lead")


@pytest.fixture(scope="module")
def results():
    content = load_game_or_raise(ROOT)
    out = []
    for strategy in STRATEGIES:
        for seed in range(SEEDS):
            game = play(content, seed, 4 + seed % 3, strategy, RULES[seed % 3])
            out.append(outcome(game, strategy))
    return content, out


def test_every_card_can_be_adopted(results) -> None:
    content, games = results
    adopted = Counter(card for g in games for card in g.adopted)
    assert set(content.cards) - set(adopted) == set()


def test_every_fragment_is_told_and_every_character_has_a_story_each_round(results) -> None:
    content, games = results
    told = Counter()
    for g in games:
        for character in content.characters:
            fragments = g.stories[character]
            assert len(fragments) == 3, (g.seed, g.strategy, character)
            assert [content.fragments[f].round for f in fragments] == ["eu", "national", "city"]
            told.update(fragments)
    assert set(content.fragments) - set(told) == set()


def test_no_strategy_dominates_every_indicator(results) -> None:
    _, games = results
    means: dict[str, dict[str, float]] = defaultdict(lambda: dict.fromkeys(INDICATORS, 0.0))
    for g in games:
        for i in INDICATORS:
            means[g.strategy][i] += g.indicators[i] / SEEDS
    for strategy in STRATEGIES:
        best_everywhere = all(
            means[strategy][i] >= max(means[s][i] for s in STRATEGIES) for i in INDICATORS
        )
        assert not best_everywhere, strategy
        # and no strategy is at least as good as another on all indicators (Pareto)
        for other in STRATEGIES:
            if other != strategy and other != "random":
                assert not all(means[strategy][i] >= means[other][i] for i in INDICATORS), (
                    strategy,
                    other,
                )


def test_stories_differ_between_strategies(results) -> None:
    content, games = results
    by_strategy = defaultdict(set)
    for g in games:
        by_strategy[g.strategy].update(f for fl in g.stories.values() for f in fl)
    distinct = {frozenset(v) for v in by_strategy.values()}
    assert len(distinct) == len(STRATEGIES)
