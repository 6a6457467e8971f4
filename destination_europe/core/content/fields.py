"""Typed reading of YAML mappings: every wrong or missing field becomes an issue."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from .issues import IssueList
from .yamlsource import LineDict, LineList

ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")


class Fields:
    """Reads fields of one mapping, reporting problems at the right line."""

    def __init__(self, data: Any, issues: IssueList, line: int, what: str) -> None:
        self.ok = isinstance(data, dict)
        self.data: dict[Any, Any] = data if isinstance(data, dict) else {}
        self.issues = issues
        self.line = data.line if isinstance(data, LineDict) else line
        self.what = what
        if not self.ok:
            shown = "nothing" if data is None else type(data).__name__
            issues.error(line, "not-a-mapping", f"{what} must be a mapping of fields, got {shown}")

    def line_of(self, key: str) -> int:
        if isinstance(self.data, LineDict):
            return self.data.lines.get(key, self.line)
        return self.line

    def has(self, key: str) -> bool:
        return key in self.data and self.data[key] is not None

    def _missing(self, key: str, required: bool) -> None:
        if required and self.ok:
            self.issues.error(self.line, "missing-field", f"{self.what}: missing '{key}'")

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        if not self.has(key):
            self._missing(key, required)
            return default
        value = self.data[key]
        if isinstance(value, (bool, dict, list)):
            self.issues.error(self.line_of(key), "bad-type", f"{self.what}: '{key}' must be text")
            return default
        if isinstance(value, (_dt.date, _dt.datetime)):
            return value.isoformat()
        text = str(value).strip()
        if required and not text:
            self.issues.error(self.line_of(key), "empty-field", f"{self.what}: '{key}' is empty")
        return text

    def ident(self, key: str = "id", *, required: bool = True) -> str:
        value = self.text(key, required=required)
        if value and not ID_RE.match(value):
            self.issues.error(
                self.line_of(key),
                "bad-id",
                f"{self.what}: '{key}' {value!r} must be kebab-case (a-z, 0-9 and '-')",
            )
        return value

    def integer(
        self, key: str, *, required: bool = False, default: int = 0, minimum: int | None = None
    ) -> int:
        if not self.has(key):
            self._missing(key, required)
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.issues.error(
                self.line_of(key), "bad-type", f"{self.what}: '{key}' must be a whole number"
            )
            return default
        if minimum is not None and value < minimum:
            self.issues.error(
                self.line_of(key), "bad-value", f"{self.what}: '{key}' must be at least {minimum}"
            )
            return default
        return value

    def boolean(self, key: str, *, default: bool = False) -> bool:
        if not self.has(key):
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            self.issues.error(
                self.line_of(key), "bad-type", f"{self.what}: '{key}' must be true or false"
            )
            return default
        return value

    def items(self, key: str, *, required: bool = False) -> list[tuple[Any, int]]:
        """The items of a list field with their lines."""
        if not self.has(key):
            self._missing(key, required)
            return []
        value = self.data[key]
        if not isinstance(value, list):
            self.issues.error(self.line_of(key), "bad-type", f"{self.what}: '{key}' must be a list")
            return []
        if required and not value:
            self.issues.error(self.line_of(key), "empty-field", f"{self.what}: '{key}' is empty")
        lines = value.lines if isinstance(value, LineList) else []
        base = self.line_of(key)
        return [(v, lines[i] if i < len(lines) else base) for i, v in enumerate(value)]

    def text_list(self, key: str, *, required: bool = False) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for value, line in self.items(key, required=required):
            if isinstance(value, (dict, list)) or value is None or isinstance(value, bool):
                self.issues.error(line, "bad-type", f"{self.what}: items of '{key}' must be text")
                continue
            text = value.isoformat() if isinstance(value, _dt.date) else str(value).strip()
            if text:
                out.append((text, line))
        return out

    def unknown_keys(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self.issues.warning(
                    self.line_of(key),
                    "unknown-field",
                    f"{self.what}: unknown field {key!r} (ignored)",
                )
