"""``check-content`` and ``content-stats``: the content tools of the command line (no Qt)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from destination_europe import paths


def _root(root: Path | None) -> Path | None:
    folder = (root or paths.content_root()).resolve()
    if not folder.is_dir():
        print(f"destination-europe: error: {folder}: no such folder", file=sys.stderr)
        return None
    return folder


def run_check(root: Path | None, *, links: bool = False, out: TextIO = sys.stdout) -> int:
    """Print ``path:line: severity: message`` for every problem; exit 1 if any is an error."""
    from destination_europe.core.content.checker import check_content, error_count

    folder = _root(root)
    if folder is None:
        return 2
    issues = check_content(folder)
    for issue in issues:
        print(issue.format(folder), file=out)
    if links:
        from destination_europe.core.content.linkreport import link_report
        from destination_europe.core.content.loader import load_catalog
        from destination_europe.core.glossary import load_glossary

        glossary, _ = load_glossary(paths.resources_dir(folder) / "glossary")
        for row in link_report(load_catalog(folder), glossary):
            shown = Path(row.path).resolve()
            if shown.is_relative_to(folder):
                shown = shown.relative_to(folder)
            words = " ".join(row.text.split())
            print(
                f"{shown}:{row.line}: link: [{row.section}] '{words}' -> glossary:{row.term}",
                file=out,
            )
    errors = error_count(issues)
    warnings = len(issues) - errors
    print(f"check-content: {errors} error(s), {warnings} warning(s)", file=out)
    return 1 if errors else 0


def run_stats(root: Path | None, *, as_json: bool, out: TextIO, dump: Callable[..., str]) -> int:
    from destination_europe.core.content.stats import content_stats

    folder = _root(root)
    if folder is None:
        return 2
    stats = content_stats(folder)
    if as_json:
        print(dump(stats, sort_keys=True), file=out)
    else:
        for key, value in sorted(stats.items()):
            print(f"{key}: {value}", file=out)
    return 0
