"""``destination-europe glossary export --format tbx|csv [--out FILE] [--root DIR]``.

Writes the glossary (``<root>/resources/glossary``) as TBX-Basic or CSV so terminologists
can review the equivalents; to standard output unless ``--out`` is given. Exit codes:
0 written, 1 the glossary could not be read or has no entries, 2 the file cannot be written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "glossary"


def register(subparsers) -> None:
    parser = subparsers.add_parser(NAME, help="export the glossary (TBX or CSV)")
    actions = parser.add_subparsers(dest="glossary_action")
    export = actions.add_parser("export", help="write the glossary as TBX or CSV")
    export.add_argument("--format", choices=("tbx", "csv"), default="tbx", dest="export_format")
    export.add_argument("--out", type=Path, help="the file to write (default: standard output)")
    export.add_argument("--root", type=Path, help="a folder with resources/glossary")
    parser.set_defaults(glossary_parser=parser)


def run(args: argparse.Namespace) -> int:
    if getattr(args, "glossary_action", None) != "export":
        args.glossary_parser.print_help(sys.stderr)
        return 2
    from destination_europe import paths
    from destination_europe.core.glossary import load_glossary
    from destination_europe.core.glossary_export import to_csv, to_tbx

    folder = paths.resources_dir(args.root) / "glossary"
    glossary, issues = load_glossary(folder)
    errors = [i for i in issues if i.is_error]
    for issue in errors[:20]:
        print(f"destination-europe glossary: {issue.format()}", file=sys.stderr)
    if not len(glossary):
        print(f"destination-europe glossary: no glossary entries in {folder}", file=sys.stderr)
        return 1
    text = to_tbx(glossary) if args.export_format == "tbx" else to_csv(glossary)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        args.out.write_text(text, encoding="utf-8", newline="")
    except OSError as exc:
        print(f"destination-europe glossary: cannot write {args.out}: {exc}", file=sys.stderr)
        return 2
    print(f"{len(glossary)} entries written to {args.out}", file=sys.stderr)
    return 0
