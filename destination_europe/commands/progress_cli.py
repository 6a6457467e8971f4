"""``destination-europe class …``: class packets, learner lists and the class report.

class export-assignment --out FILE --title T (--lesson ID | --module ID)… [--due DATE]
                        [--learner NAME|ID]… [--all-learners]
class import-assignment FILE
class export-results --out FILE [--learner NAME|ID]…
class import-results FILE [FILE …]
class report --csv FILE [--questions-csv FILE] [--attempt first|best|last] [--root DIR]
class add-learners NAME … | --from-file FILE
class list
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

NAME = "class"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        NAME, help="class packets (assignments and results by USB) and the class report"
    )
    sub = parser.add_subparsers(dest="class_command", required=True)
    ea = sub.add_parser("export-assignment", help="write an assignment packet for learner PCs")
    ea.add_argument("--out", type=Path, required=True, help="packet file to write (.zip)")
    ea.add_argument("--title", required=True)
    ea.add_argument("--lesson", action="append", default=[], help="lesson id (repeatable)")
    ea.add_argument("--module", action="append", default=[], help="module id (repeatable)")
    ea.add_argument("--due", help="due date, YYYY-MM-DD")
    ea.add_argument("--learner", action="append", default=[], help="include this learner")
    ea.add_argument("--all-learners", action="store_true", help="include every learner")
    ia = sub.add_parser("import-assignment", help="read an assignment packet")
    ia.add_argument("file", type=Path)
    er = sub.add_parser("export-results", help="write a results packet for the teacher")
    er.add_argument("--out", type=Path, required=True)
    er.add_argument("--learner", action="append", default=[], help="only this learner")
    ir = sub.add_parser("import-results", help="merge results packets (any number, any order)")
    ir.add_argument("files", type=Path, nargs="+")
    rp = sub.add_parser("report", help="write the class report as CSV")
    rp.add_argument("--csv", type=Path, required=True, help="learners × modules CSV")
    rp.add_argument("--questions-csv", type=Path, help="per-question CSV")
    rp.add_argument("--attempt", choices=("first", "best", "last"), default="best")
    rp.add_argument("--root", type=Path, help="content folder (lessons/), default: the app's")
    al = sub.add_parser("add-learners", help="create learner profiles from a list of names")
    al.add_argument("names", nargs="*")
    al.add_argument("--from-file", type=Path, help="one name per line")
    sub.add_parser("list", help="list learners and assignments")


def _fail(message: str, code: int = 1) -> int:
    print(f"destination-europe: error: {message}", file=sys.stderr)
    return code


def open_store(args: argparse.Namespace) -> Any:
    """The store of ``--data-dir`` (or the default); recovery notices go to stderr."""
    from destination_europe.core.datadir import prepare_data_dir
    from destination_europe.core.progress import ProgressStore

    store, notices = ProgressStore.open(prepare_data_dir(args.data_dir))
    for notice in notices:
        if not notice.startswith("backup:"):
            print(f"note: {notice}", file=sys.stderr)
    return store


def resolve_learners(store: Any, wanted: Sequence[str]) -> list[str]:
    """Profile ids for names or ids; raise LookupError naming the one not found."""
    from destination_europe.core.progress.profiles import LEARNER

    learners = store.list_profiles(LEARNER)
    ids = []
    for key in wanted:
        match = [p for p in learners if p.id == key or p.name.casefold() == key.casefold()]
        if len(match) != 1:
            problem = "is not a learner here" if not match else "matches several learners"
            raise LookupError(f"'{key}' {problem}")
        ids.append(match[0].id)
    return ids


def modules_of_content(root: Path | None) -> dict[str, list[str]]:
    from destination_europe import paths
    from destination_europe.core.content.loader import load_catalog

    catalog = load_catalog(root or paths.content_root())
    return {m.id: [lesson.id for lesson in catalog.module_lessons(m)] for m in catalog.modules}


def _print_import(result: Any) -> None:
    print(
        f"{result.path}: {result.kind} packet merged: {result.events_added} new of "
        f"{result.events_in_packet} events, {result.profiles_added} new learners, "
        f"{result.profiles_updated} updated"
        + (", new assignment" if result.assignment_added else "")
    )


def run(args: argparse.Namespace) -> int:
    from destination_europe.core.datadir import DataDirError
    from destination_europe.core.progress import PacketError, ProfileError, ProgressError

    try:
        store = open_store(args)
    except (ProgressError, DataDirError) as exc:
        return _fail(str(exc), 2)
    try:
        return _dispatch(store, args)
    except (PacketError, ProgressError, ProfileError, LookupError, ValueError, OSError) as exc:
        return _fail(str(exc))
    finally:
        store.close()


def _dispatch(store: Any, args: argparse.Namespace) -> int:
    from destination_europe.core.progress import packets, reports
    from destination_europe.core.progress.profiles import LEARNER, split_names

    command = args.class_command
    if command == "export-assignment":
        if args.all_learners:
            learner_ids = [p.id for p in store.list_profiles(LEARNER)]
        else:
            learner_ids = resolve_learners(store, args.learner)
        info = store.create_assignment(args.title, args.lesson, args.module, args.due)
        packets.export_assignment(store, info.id, args.out, learner_ids)
        print(f"{args.out}: assignment '{info.title}' with {len(learner_ids)} learners")
        return 0
    if command == "import-assignment":
        _print_import(packets.import_assignment(store, args.file))
        return 0
    if command == "export-results":
        ids = resolve_learners(store, args.learner) if args.learner else None
        packets.export_results(store, args.out, ids)
        print(f"{args.out}: results written")
        return 0
    if command == "import-results":
        failed = 0
        for path in args.files:
            try:
                _print_import(packets.import_results(store, path))
            except packets.PacketError as exc:
                failed += 1
                print(f"destination-europe: refused: {exc}", file=sys.stderr)
        return 1 if failed else 0
    if command == "report":
        report = reports.class_report(store, modules_of_content(args.root), args.attempt)
        with open(args.csv, "w", encoding="utf-8", newline="") as fh:
            rows = reports.write_learner_csv(report, fh)
        print(f"{args.csv}: {rows} rows ({len(report.learners)} learners)")
        if args.questions_csv:
            with open(args.questions_csv, "w", encoding="utf-8", newline="") as fh:
                rows = reports.write_question_csv(report, fh)
            print(f"{args.questions_csv}: {rows} questions")
        return 0
    if command == "add-learners":
        names = list(args.names)
        if args.from_file:
            names += split_names(args.from_file.read_text(encoding="utf-8"))
        made = store.create_class(names)
        for p in made:
            print(f"{p.id}  {p.name}")
        return 0 if made else _fail("no names given")
    if command == "list":
        for p in store.list_profiles():
            print(f"{p.kind:8} {p.id}  {p.name}")
        for a in store.assignments():
            what = ", ".join([*a.module_ids, *a.lesson_ids])
            print(f"assignment {a.id}  {a.title}  [{what}]  due {a.due or '-'}")
        return 0
    return _fail(f"unknown command {command!r}", 2)
