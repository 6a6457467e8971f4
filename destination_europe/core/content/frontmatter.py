"""Split a lesson file into its YAML front matter and its Markdown body."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .issues import Issue, IssueList
from .yamlsource import LineDict, load_yaml


@dataclass
class FrontMatter:
    data: LineDict  # empty if missing or broken
    body_lines: list[str]  # the body, one string per line (without line ends)
    body_start: int  # 1-based line of the first body line


def split_front_matter(text: str, path: str) -> tuple[FrontMatter, list[Issue]]:
    """The file must start with a ``---`` line; the front matter ends at the next ``---``
    (or ``...``) line. Everything after it is the Markdown body."""
    issues = IssueList(path)
    lines = text.splitlines()
    if lines and lines[0].startswith("\ufeff"):
        lines[0] = lines[0][1:]
    if not lines or lines[0].strip() != "---":
        issues.error(1, "no-front-matter", "the file must start with '---' and YAML front matter")
        return FrontMatter(LineDict(), lines, 1), issues
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "...")), None)
    if end is None:
        issues.error(
            1,
            "front-matter-unclosed",
            "the front matter opened on line 1 is never closed with '---'",
        )
        return FrontMatter(LineDict(), [], len(lines) + 1), issues
    value: Any
    value, problems = load_yaml("\n".join(lines[1:end]), path, first_line=2)
    issues.extend(problems)
    if value is not None and not isinstance(value, LineDict):
        issues.error(
            2, "not-a-mapping", "the front matter must be a mapping of fields (key: value)"
        )
        value = None
    return FrontMatter(
        value if value is not None else LineDict(), lines[end + 1 :], end + 2
    ), issues
