"""Command line: the app, its self-test and the content tools (one program).

Qt is imported only by the commands that need a GUI, so ``check-content`` and
``content-stats`` run on a machine without a display.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from destination_europe import __version__
from destination_europe.core.datadir import DataDirError, portable_data_dir, prepare_data_dir
from destination_europe.core.languages import LANGUAGES, is_supported


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="destination-europe",
        description="Destination Europe: learn about migration and integration in Europe, offline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", type=Path, help="where profiles and progress are stored")
    parser.add_argument(
        "--portable",
        action="store_true",
        help="keep profiles and progress in the 'data' folder beside the program",
    )
    parser.add_argument("--lang", default=None, help=f"interface language: {', '.join(LANGUAGES)}")
    sub = parser.add_subparsers(dest="command")
    st = sub.add_parser("self-test", help="open every view, check it painted and stayed offline")
    st.add_argument("--screenshots", type=Path, help="write one PNG per view into this folder")
    st.add_argument("--timeout", type=float, default=60.0, help="seconds to wait per view")
    cc = sub.add_parser("check-content", help="validate lessons, glossary and data")
    cc.add_argument("--root", type=Path, help="a folder with lessons/ and resources/ to check")
    cc.add_argument("--links", action="store_true", help="also list the glossary links per lesson")
    cs = sub.add_parser("content-stats", help="count what the content holds")
    cs.add_argument("--root", type=Path, help="a folder with lessons/ and resources/")
    cs.add_argument("--json", action="store_true", help="print one JSON object")
    for command in _plugin_commands():
        command.register(sub)
    return parser


def _plugin_commands() -> list:
    """Subcommands that live in ``destination_europe/commands/<name>.py``.

    Each such module has ``NAME`` (the subcommand), ``register(subparsers)`` which adds its
    parser, and ``run(args) -> int``. They must not import Qt at module level.
    """
    import importlib
    import pkgutil

    from destination_europe import commands

    found = []
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda i: i.name):
        found.append(importlib.import_module(f"destination_europe.commands.{info.name}"))
    return found


def _fail(message: str, code: int = 2) -> int:
    print(f"destination-europe: error: {message}", file=sys.stderr)
    return code


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.data_dir is None:  # --data-dir wins; then --portable or a 'data' folder
        args.data_dir = portable_data_dir(force=args.portable)
    if args.lang is not None and not is_supported(args.lang):
        return _fail(f"unknown language '{args.lang}'; choose one of: {', '.join(LANGUAGES)}")
    if args.command == "check-content":
        from destination_europe.content_commands import run_check

        return run_check(args.root, links=args.links)
    if args.command == "content-stats":
        from destination_europe.content_commands import run_stats

        return run_stats(args.root, as_json=args.json, out=sys.stdout, dump=json.dumps)
    for command in _plugin_commands():
        if args.command == command.NAME:
            return int(command.run(args))
    try:
        data_dir = prepare_data_dir(args.data_dir)
    except DataDirError as exc:
        return _fail(f"cannot use the data directory: {exc}")
    from destination_europe.ui.app import run_app, run_self_test

    if args.command == "self-test":
        return run_self_test(data_dir, args.lang, args.screenshots, args.timeout)
    return run_app(data_dir, args.lang)
