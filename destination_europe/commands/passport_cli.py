"""``destination-europe passport export|import``: one learner's progress to another PC.

passport export --learner NAME|ID --out FILE
passport import FILE
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

NAME = "passport"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME, help="export or import a learner progress passport (continue on another PC)"
    )
    sub = parser.add_subparsers(dest="passport_command", required=True)
    ex = sub.add_parser("export", help="write one learner's progress to a file")
    ex.add_argument("--learner", required=True, help="learner name or id")
    ex.add_argument("--out", type=Path, required=True)
    im = sub.add_parser("import", help="merge a passport into this PC's progress")
    im.add_argument("file", type=Path)


def run(args: argparse.Namespace) -> int:
    from destination_europe.commands.progress_cli import (
        _fail,
        _print_import,
        open_store,
        resolve_learners,
    )
    from destination_europe.core.datadir import DataDirError
    from destination_europe.core.progress import PacketError, ProgressError, packets

    try:
        store = open_store(args)
    except (ProgressError, DataDirError) as exc:
        return _fail(str(exc), 2)
    try:
        if args.passport_command == "export":
            (learner,) = resolve_learners(store, [args.learner])
            packets.export_passport(store, learner, args.out)
            print(f"{args.out}: passport written")
        else:
            _print_import(packets.import_passport(store, args.file))
        return 0
    except (PacketError, ProgressError, LookupError, OSError) as exc:
        return _fail(str(exc))
    finally:
        store.close()
