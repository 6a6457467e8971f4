"""Consequence stories: which fragment each character gets after a round, and the checks.

A fragment's ``when`` names adopted cards (of this round or earlier ones). For a character
and a round, fragments are tried in file order and the first that matches is told. The
static analysis below enumerates every feasible combination of the cards the rules mention
(respecting card rounds, exclusions and the most budget and capital a group could have) to
find fragments that can never be told and decisions that would leave a character without
a story.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from destination_europe.core.content.issues import Issue

from .model import INDICATOR_MAX, INDICATOR_START, Card, Fragment, GameContent

#: More mentioned cards than this for one character and round is not enumerated (2^n).
MAX_ENUMERATED_CARDS = 16
#: The most political capital a round can add on top of its allowance (support at 100).
MAX_SUPPORT_BONUS = (INDICATOR_MAX - INDICATOR_START) // 10


def pick_fragment(
    content: GameContent, character: str, round_id: str, adopted: Iterable[str]
) -> Fragment | None:
    """The first fragment of ``character`` in ``round_id`` whose condition matches."""
    chosen = set(adopted)
    for frag in content.fragments_of(character, round_id):
        if frag.when.matches(chosen):
            return frag
    return None


def stories_for_round(
    content: GameContent, round_id: str, adopted: Iterable[str]
) -> dict[str, Fragment | None]:
    """``{character id: fragment}`` for every character after ``round_id``."""
    chosen = set(adopted)
    return {c: pick_fragment(content, c, round_id, chosen) for c in content.characters}


def _feasible(cards: list[Card], content: GameContent, upto: int) -> bool:
    """Could a group adopt all of ``cards`` by the end of round index ``upto``?"""
    by_id = {c.id for c in cards}
    for card in cards:
        if card.round not in {r.id for r in content.rounds[: upto + 1]}:
            return False
        if any(other in by_id for other in card.excludes):
            return False
    budget = capital = 0
    spent_budget = spent_capital = 0
    for index, rnd in enumerate(content.rounds[: upto + 1]):
        budget += rnd.budget
        capital += rnd.capital + MAX_SUPPORT_BONUS
        here = [c for c in cards if content.round_index(c.round) == index]
        spent_budget += sum(c.cost_budget for c in here)
        spent_capital += sum(c.cost_capital for c in here)
        if spent_budget > budget or spent_capital > capital:
            return False
    return True


def _subsets(items: list[str]) -> Iterable[frozenset[str]]:
    for size in range(len(items) + 1):
        for combo in combinations(items, size):
            yield frozenset(combo)


def check_story_rules(content: GameContent) -> list[Issue]:
    """Unreachable fragments, characters left without a story, bad card references."""
    issues: list[Issue] = []
    round_pos = {r.id: i for i, r in enumerate(content.rounds)}
    for frag in content.fragments.values():
        when = frag.when
        for card_id in sorted(when.cards):
            card = content.cards.get(card_id)
            if card is None or frag.round not in round_pos:
                continue
            if round_pos.get(card.round, 99) > round_pos[frag.round]:
                issues.append(
                    Issue(
                        frag.path,
                        frag.line,
                        "error",
                        "fragment-unreachable",
                        f"fragment '{frag.id}' (round '{frag.round}') depends on card '{card_id}' of a later round",
                    )
                )
        clash = set(when.all) & (set(when.none))
        if clash:
            issues.append(
                Issue(
                    frag.path,
                    frag.line,
                    "error",
                    "fragment-unreachable",
                    f"fragment '{frag.id}' needs and forbids the same card: {', '.join(sorted(clash))}",
                )
            )
    for character in content.characters.values():
        for index, rnd in enumerate(content.rounds):
            frags = content.fragments_of(character.id, rnd.id)
            if not frags:
                issues.append(
                    Issue(
                        character.path,
                        character.line,
                        "error",
                        "character-without-story",
                        f"character '{character.id}' has no story fragment for round '{rnd.id}'",
                    )
                )
                continue
            issues.extend(_analyse(content, character.id, index, frags))
    return issues


def _analyse(
    content: GameContent, character: str, index: int, frags: list[Fragment]
) -> list[Issue]:
    issues: list[Issue] = []
    mentioned = sorted({c for f in frags for c in f.when.cards if c in content.cards})
    if len(mentioned) > MAX_ENUMERATED_CARDS:
        first = frags[0]
        return [
            Issue(
                first.path,
                first.line,
                "warning",
                "story-rules-too-complex",
                f"character '{character}', round {index + 1}: the rules mention {len(mentioned)} cards; only {MAX_ENUMERATED_CARDS} can be checked",
            )
        ]
    reached: set[str] = set()
    uncovered: frozenset[str] | None = None
    for subset in _subsets(mentioned):
        if not _feasible([content.cards[c] for c in subset], content, index):
            continue
        for frag in frags:
            if frag.when.matches(subset):
                reached.add(frag.id)
                break
        else:
            if uncovered is None or len(subset) < len(uncovered):
                uncovered = subset
    for frag in frags:
        if frag.id not in reached:
            issues.append(
                Issue(
                    frag.path,
                    frag.line,
                    "error",
                    "fragment-unreachable",
                    f"fragment '{frag.id}' can never be told: earlier fragments always match first, "
                    "or its cards cannot be adopted together",
                )
            )
    if uncovered is not None:
        last = frags[-1]
        shown = ", ".join(sorted(uncovered)) or "no cards"
        issues.append(
            Issue(
                last.path,
                last.line,
                "error",
                "character-without-story",
                f"character '{character}' has no fragment in round {index + 1} when the group adopts {shown}; add a default fragment (no 'when') last",
            )
        )
    return issues
