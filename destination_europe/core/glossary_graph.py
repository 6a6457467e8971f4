"""The neighbourhood of a glossary term as graph data: nodes, edges and a fixed layout.

The relation map shows one entry in the centre, its broader terms above, its narrower
terms below and its related terms on both sides. ``depth=2`` adds the neighbours of the
neighbours on an outer ring. Everything here is plain data; the Qt layer draws it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from destination_europe.core.glossary import Glossary

ROLES = ("centre", "broader", "narrower", "related", "outer")


@dataclass(frozen=True)
class Node:
    id: str
    term: str
    role: str  # one of ROLES: how the node relates to the centre
    depth: int  # 0 for the centre, 1 for its neighbours, 2 for theirs
    x: float = 0.0
    y: float = 0.0  # y grows downwards (broader terms have a negative y)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str  # "broader" (source is the broader term of target) or "related"


@dataclass
class Graph:
    centre: str
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)

    def node(self, term_id: str) -> Node | None:
        return next((n for n in self.nodes if n.id == term_id), None)

    def ids(self) -> list[str]:
        return [n.id for n in self.nodes]


def neighbourhood(glossary: Glossary, term_id: str, depth: int = 1) -> Graph:
    """The graph around ``term_id`` (empty if there is no such entry), laid out."""
    entry = glossary.get(term_id)
    if entry is None:
        return Graph(term_id)
    roles: dict[str, tuple[str, int]] = {term_id: ("centre", 0)}
    for key in ("broader", "narrower", "related"):
        for other in getattr(entry, key):
            if other in glossary and other not in roles:
                roles[other] = (key, 1)
    if depth >= 2:
        for first in [i for i, (_r, d) in roles.items() if d == 1]:
            neighbour = glossary.get(first)
            assert neighbour is not None
            for _key, other in neighbour.relations():
                if other in glossary and other not in roles:
                    roles[other] = ("outer", 2)
    positions = _layout(roles)
    nodes = []
    for node_id, (role, d) in roles.items():
        found = glossary.get(node_id)
        assert found is not None
        x, y = positions[node_id]
        nodes.append(Node(node_id, found.term, role, d, round(x, 4), round(y, 4)))
    edges: list[Edge] = []
    seen: set[tuple[str, str, str]] = set()
    for node_id in roles:
        found = glossary.get(node_id)
        assert found is not None
        for other in found.narrower:
            if other in roles and (node_id, other, "broader") not in seen:
                seen.add((node_id, other, "broader"))
                edges.append(Edge(node_id, other, "broader"))
        for other in found.related:
            a, b = sorted((node_id, other))
            if other in roles and (a, b, "related") not in seen:
                seen.add((a, b, "related"))
                edges.append(Edge(a, b, "related"))
        for other in found.broader:  # tolerate one-sided data: the checker reports it
            if other in roles and (other, node_id, "broader") not in seen:
                seen.add((other, node_id, "broader"))
                edges.append(Edge(other, node_id, "broader"))
    return Graph(term_id, nodes, edges)


PER_ROW = 4  # broader / narrower boxes per row
PER_COLUMN = 4  # related boxes per column on each side


def _spread(count: int, step: float) -> list[float]:
    """``count`` positions ``step`` apart, centred on 0."""
    return [(i - (count - 1) / 2) * step for i in range(count)]


def _chunks(ids: list[str], size: int) -> list[list[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _layout(roles: dict[str, tuple[str, int]]) -> dict[str, tuple[float, float]]:
    """Centre at (0, 0); broader in rows above, narrower in rows below (at most
    :data:`PER_ROW` a row), related in columns left and right; no two boxes overlap."""
    pos: dict[str, tuple[float, float]] = {}
    groups: dict[str, list[str]] = {role: [] for role in ROLES}
    for node_id, (role, _d) in roles.items():
        groups[role].append(node_id)
    for node_id in groups["centre"]:
        pos[node_id] = (0.0, 0.0)
    for role, sign in (("broader", -1.0), ("narrower", 1.0)):
        for row, ids in enumerate(_chunks(groups[role], PER_ROW)):
            y = sign * (1.0 + 0.5 * row)
            for node_id, x in zip(ids, _spread(len(ids), 1.05), strict=True):
                pos[node_id] = (x, y)
    related = groups["related"]
    for side, ids in ((1.0, related[0::2]), (-1.0, related[1::2])):
        for col, column_ids in enumerate(_chunks(ids, PER_COLUMN)):
            x = side * (2.2 + 1.0 * col)
            for node_id, y in zip(column_ids, _spread(len(column_ids), 0.42), strict=True):
                pos[node_id] = (x, y)
    outer = groups["outer"]
    rings = max(
        [abs(y) for _x, y in pos.values()] + [abs(x) / 1.5 for x, _y in pos.values()] + [1.0]
    )
    for i, node_id in enumerate(outer):
        angle = 2 * math.pi * i / max(1, len(outer)) - math.pi / 2
        pos[node_id] = (1.5 * (rings + 1.0) * math.cos(angle), (rings + 1.0) * math.sin(angle))
    return pos
