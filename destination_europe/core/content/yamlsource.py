"""YAML that remembers where things are: mappings and lists carry 1-based line numbers.

``load_yaml`` never raises: a syntax error becomes an :class:`Issue` at the line the YAML
parser reports. Values are plain Python (``LineDict`` and ``LineList`` subclass ``dict``
and ``list``), with ``.line`` (where the node starts) and ``.lines`` (where each key or
item starts). ``yes``/``no``/``on``/``off`` stay strings so that country codes such as
``NO`` (Norway) are not turned into booleans; only ``true``/``false`` are booleans.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from .issues import Issue, IssueList


class LineDict(dict[Any, Any]):
    line: int = 1

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lines: dict[Any, int] = {}

    def line_of(self, key: Any, default: int | None = None) -> int:
        return self.lines.get(key, self.line if default is None else default)


class LineList(list[Any]):
    line: int = 1

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.lines: list[int] = []

    def line_of(self, index: int) -> int:
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2-style booleans and line-aware containers."""

    line_offset = 0


# Copy the resolver table so that changing it does not change yaml.SafeLoader.
_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)


def _line(loader: _Loader, node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1 + loader.line_offset


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = _line(loader, node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError as exc:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from exc
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = _line(loader, key_node)
    return result


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_object(child, deep=True) for child in node.value)
    result.line = _line(loader, node)
    result.lines = [_line(loader, child) for child in node.value]
    return result


_Loader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_Loader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


def load_yaml(text: str, path: str, first_line: int = 1) -> tuple[Any, list[Issue]]:
    """Parse ``text`` (which starts at ``first_line`` of ``path``); return (value, issues).

    On a syntax error the value is ``None`` and one error issue names the line.
    """
    issues = IssueList(path)
    loader: _Loader | None = None
    try:
        loader = _Loader(text)
        loader.line_offset = first_line - 1
        value = loader.get_single_data()
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, max(0, exc.position)) + first_line
        issues.error(
            line, "yaml-syntax", f"malformed YAML: character {exc.character!r} is not allowed"
        )
        return None, issues
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (int(mark.line) + first_line) if mark is not None else first_line
        problem = exc.problem or exc.context or "invalid YAML"
        issues.error(line, "yaml-syntax", f"malformed YAML: {problem}")
        return None, issues
    except (yaml.YAMLError, ValueError, TypeError, RecursionError) as exc:
        issues.error(first_line, "yaml-syntax", f"malformed YAML: {exc}")
        return None, issues
    finally:
        if loader is not None:
            loader.dispose()
    return value, issues


def line_of(container: Any, key: Any, default: int) -> int:
    """The line of ``container[key]`` if the container knows it, else ``default``."""
    if isinstance(container, LineDict):
        return container.lines.get(key, container.line)
    if isinstance(container, LineList) and isinstance(key, int):
        return container.line_of(key)
    return default
