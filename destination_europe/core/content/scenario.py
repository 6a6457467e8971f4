"""Branching scenarios: parsing, graph checks (unreachable nodes, dead ends) and stepping."""

from __future__ import annotations

from collections import deque
from typing import Any

from .fields import Fields
from .issues import IssueList
from .model import ScenarioBlock, ScenarioChoice, ScenarioNode

OUTCOMES = ("good", "mixed", "bad", "")


def parse_scenario(data: Any, block: ScenarioBlock, issues: IssueList) -> None:
    f = Fields(data, issues, block.line, f"scenario '{block.id}'")
    f.unknown_keys({"id", "title", "intro", "start", "nodes"})
    block.intro = f.text("intro")
    for index, (raw, line) in enumerate(f.items("nodes", required=True)):
        node = _parse_node(raw, line, index, block.id, issues)
        if node is None:
            continue
        if node.id in block.nodes:
            issues.error(
                node.line, "duplicate-id", f"scenario '{block.id}': node id '{node.id}' used twice"
            )
            continue
        block.nodes[node.id] = node
    block.start = f.text("start") or (next(iter(block.nodes)) if block.nodes else "")
    if block.start and block.start not in block.nodes:
        issues.error(
            f.line_of("start"),
            "unknown-node",
            f"scenario '{block.id}': start node '{block.start}' does not exist",
        )
        block.start = ""
    _check_graph(block, issues)


def _parse_node(
    raw: Any, line: int, index: int, block_id: str, issues: IssueList
) -> ScenarioNode | None:
    f = Fields(raw, issues, line, f"scenario '{block_id}' node {index + 1}")
    if not f.ok:
        return None
    f.unknown_keys({"id", "text", "choices", "ending", "outcome", "feedback"})
    node_id = f.ident("id")
    if not node_id:
        return None
    f.what = f"scenario '{block_id}' node '{node_id}'"
    node = ScenarioNode(
        id=node_id,
        text=f.text("text", required=True),
        line=f.line,
        ending=f.boolean("ending"),
        outcome=f.text("outcome"),
        feedback=f.text("feedback"),
    )
    if node.outcome not in OUTCOMES:
        issues.warning(
            f.line_of("outcome"), "bad-value", f"{f.what}: outcome should be good, mixed or bad"
        )
    seen: set[str] = set()
    for i, (craw, cline) in enumerate(f.items("choices")):
        cf = Fields(craw, issues, cline, f"{f.what} choice {i + 1}")
        if not cf.ok:
            continue
        cf.unknown_keys({"id", "text", "next", "feedback"})
        choice_id = cf.ident("id", required=False) or f"c{i + 1}"
        if choice_id in seen:
            issues.error(cline, "duplicate-id", f"{f.what}: choice id '{choice_id}' used twice")
            continue
        seen.add(choice_id)
        node.choices.append(
            ScenarioChoice(
                id=choice_id,
                text=cf.text("text", required=True),
                next=cf.text("next", required=True),
                feedback=cf.text("feedback"),
                line=cf.line,
            )
        )
    if node.ending and node.choices:
        issues.error(f.line, "ending-with-choices", f"{f.what}: an ending node cannot have choices")
    return node


def _check_graph(block: ScenarioBlock, issues: IssueList) -> None:
    what = f"scenario '{block.id}'"
    for node in block.nodes.values():
        for choice in node.choices:
            if choice.next and choice.next not in block.nodes:
                issues.error(
                    choice.line,
                    "unknown-node",
                    f"{what}: choice '{choice.id}' of node '{node.id}' leads to unknown node '{choice.next}'",
                )
        if not node.ending and not node.choices:
            issues.error(
                node.line,
                "dead-end",
                f"{what}: node '{node.id}' has no choices and is not marked 'ending: true'",
            )
    if not block.nodes:
        return
    if not any(n.ending for n in block.nodes.values()):
        issues.error(block.line, "no-ending", f"{what}: no node is marked 'ending: true'")
    if not block.start:
        return
    reachable = _reachable(block, [block.start], forward=True)
    for node in block.nodes.values():
        if node.id not in reachable:
            issues.error(
                node.line,
                "unreachable-node",
                f"{what}: node '{node.id}' cannot be reached from the start node '{block.start}'",
            )
    endings = [n.id for n in block.nodes.values() if n.ending]
    finishing = _reachable(block, endings, forward=False)
    for node_id in reachable:
        node = block.nodes[node_id]
        if node_id not in finishing and (node.choices or node.ending):
            issues.error(
                node.line, "no-way-out", f"{what}: no ending can be reached from node '{node_id}'"
            )


def _reachable(block: ScenarioBlock, starts: list[str], *, forward: bool) -> set[str]:
    edges: dict[str, set[str]] = {nid: set() for nid in block.nodes}
    for node in block.nodes.values():
        for choice in node.choices:
            if choice.next in block.nodes:
                if forward:
                    edges[node.id].add(choice.next)
                else:
                    edges[choice.next].add(node.id)
    seen = set(starts)
    queue = deque(starts)
    while queue:
        for nxt in edges[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def choose(
    block: ScenarioBlock, node_id: str, choice_id: str
) -> tuple[ScenarioChoice, ScenarioNode] | None:
    """The choice taken and the node it leads to, or None if either does not exist."""
    node = block.nodes.get(node_id)
    if node is None:
        return None
    for choice in node.choices:
        if choice.id == choice_id and choice.next in block.nodes:
            return choice, block.nodes[choice.next]
    return None
