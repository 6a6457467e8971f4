"""Problems found in content files: every one names a file and a 1-based line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Issue:
    """One problem in a content file.

    ``path`` is the file the problem is in (absolute or relative, as loaded), ``line``
    the 1-based line, ``code`` a stable machine-readable identifier (kebab-case) and
    ``message`` an English developer message.
    """

    path: str
    line: int
    severity: Severity
    code: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def format(self, root: Path | None = None) -> str:
        """``path:line: severity: message [code]``, the path relative to ``root`` if given."""
        shown = self.path
        if root is not None:
            try:
                shown = Path(self.path).resolve().relative_to(root.resolve()).as_posix()
            except (ValueError, OSError):
                shown = self.path
        return f"{shown}:{self.line}: {self.severity}: {self.message} [{self.code}]"


class IssueList(list[Issue]):
    """A list of issues with helpers to add one for a given file."""

    def __init__(self, path: str | Path = "") -> None:
        super().__init__()
        self.path = str(path)

    def error(self, line: int, code: str, message: str) -> None:
        self.append(Issue(self.path, max(1, int(line)), "error", code, message))

    def warning(self, line: int, code: str, message: str) -> None:
        self.append(Issue(self.path, max(1, int(line)), "warning", code, message))


def has_errors(issues: list[Issue]) -> bool:
    return any(i.is_error for i in issues)
