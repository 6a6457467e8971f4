"""``destination-europe game``: play the role-play headless, or check its files.

``game simulate --seed N --players K [--strategy S] [--rule R] [--country C] [--json]``
plays a full game with scripted seats and prints the outcome; ``game check [--root DIR]``
validates ``resources/game/`` and prints ``path:line: severity: message [code]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

NAME = "game"


def register(subparsers: argparse._SubParsersAction) -> None:
    from destination_europe.core.game.engine import COMPOSITE, DECISION_RULES
    from destination_europe.core.game.simulate import STRATEGIES

    parser = subparsers.add_parser(NAME, help="play the role-play headless or check its files")
    sub = parser.add_subparsers(dest="game_command")
    sim = sub.add_parser("simulate", help="play a full game with scripted players")
    sim.add_argument("--seed", type=int, default=1, help="random seed (same seed, same game)")
    sim.add_argument("--players", type=int, default=5, help="number of seats (1-9)")
    sim.add_argument("--strategy", choices=STRATEGIES, default="roles", help="how seats play")
    sim.add_argument("--rule", choices=DECISION_RULES, default="majority", help="decision rule")
    sim.add_argument(
        "--country",
        default=COMPOSITE,
        help=f"ISO-2 code, or {COMPOSITE} for a composite Member State",
    )
    sim.add_argument("--root", type=Path, help="content folder (with resources/game)")
    sim.add_argument("--json", action="store_true", help="print the session summary as JSON")
    chk = sub.add_parser("check", help="validate the game files")
    chk.add_argument("--root", type=Path, help="content folder (with resources/game)")


def _root(root: Path | None) -> Path:
    from destination_europe import paths

    return (root or paths.content_root()).resolve()


def run(args: argparse.Namespace) -> int:
    command = getattr(args, "game_command", None)
    if command == "check":
        return _check(_root(args.root))
    if command == "simulate":
        return _simulate(args)
    print("destination-europe game: choose 'simulate' or 'check'", file=sys.stderr)
    return 2


def _check(root: Path) -> int:
    from destination_europe.core.game.content import check_game, game_folder

    if not game_folder(root).is_dir():
        print(f"destination-europe: error: {game_folder(root)}: no such folder", file=sys.stderr)
        return 1
    issues = check_game(root)
    for issue in issues:
        print(issue.format(root))
    errors = sum(1 for i in issues if i.is_error)
    print(f"game check: {errors} error(s), {len(issues) - errors} warning(s)")
    return 1 if errors else 0


def _simulate(args: argparse.Namespace) -> int:
    from destination_europe.core.game.content import GameContentError, load_game_or_raise
    from destination_europe.core.game.engine import GameError
    from destination_europe.core.game.simulate import outcome, play
    from destination_europe.core.game.summary import session_summary

    root = _root(args.root)
    try:
        content = load_game_or_raise(root, getattr(args, "lang", None))
    except GameContentError as exc:
        for issue in exc.issues:
            print(issue.format(root), file=sys.stderr)
        print(
            "destination-europe: error: the game files have errors (run 'game check')",
            file=sys.stderr,
        )
        return 1
    try:
        game = play(content, args.seed, args.players, args.strategy, args.rule, args.country)
    except (GameError, ValueError) as exc:
        print(f"destination-europe: error: cannot play: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(session_summary(game), ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    result = outcome(game, args.strategy)
    state = game.state
    print(
        f"seed {result.seed}, {result.players} seats, strategy {result.strategy}, "
        f"rule {result.decision_rule}, country {state.country}"
    )
    for seat in state.seats:
        print(f"  seat {seat.index + 1}: {content.roles[seat.role].name}")
    for record in state.rounds:
        title = content.round_by_id(record.round).title
        print(f"round {record.round}: {title}")
        print(f"  adopted: {', '.join(record.adopted) or '(nothing)'}")
        for card, reason in record.rejected.items():
            print(f"  not adopted: {card} ({reason})")
        for character, fragment in record.story.items():
            print(f"  story {character}: {fragment}")
    first, last = state.history[0], state.history[-1]
    print("indicators: " + ", ".join(f"{k} {first[k]}->{last[k]}" for k in last))
    for role, points, most in result.scores:
        print(f"secret priority {role}: {points}/{most}")
    return 0
