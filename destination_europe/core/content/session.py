"""A learner working through one lesson: answers messages from the page.

The page (lesson.js) sends ``(kind, payload)``; :meth:`LessonSession.handle` returns the
replies to send back. Malformed or unknown messages get an ``'error'`` reply
``{code, block?, item?}``; nothing raises.

Messages:

* ``quiz.answer`` {lesson, block, item, answer} -> ``quiz.feedback`` {block, item, correct,
  marks, option_feedback, feedback, explanation, attempts}
* ``scenario.choice`` {lesson, block, node, choice} -> ``scenario.node`` {block, node, from,
  choice, feedback, ending, outcome, path}
* ``scenario.restart`` {lesson, block} -> ``scenario.node`` {block, node, path, ...}
* ``reflection.save`` {lesson, block, text} -> ``reflection.saved`` {block}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from destination_europe.core.glossary import Glossary

from .model import Lesson, QuizBlock, ReflectionBlock, ScenarioBlock
from .quiz import AnswerError, check_answer, item_is_valid
from .sanitize import markdown_html
from .scenario import choose

Reply = tuple[str, dict[str, Any]]
MAX_REFLECTION = 20_000


class ProgressSink(Protocol):
    """Where a session stores what the learner did (SQLite in the app, memory in tests)."""

    def record_attempt(
        self, lesson_id: str, block_id: str, item_id: str, answer: Any, correct: bool
    ) -> None: ...

    def record_scenario_path(self, lesson_id: str, block_id: str, path: list[str]) -> None: ...

    def save_reflection(self, lesson_id: str, block_id: str, text: str) -> None: ...


@dataclass
class InMemoryProgressSink:
    attempts: list[tuple[str, str, str, Any, bool]] = field(default_factory=list)
    paths: list[tuple[str, str, list[str]]] = field(default_factory=list)
    reflections: dict[tuple[str, str], str] = field(default_factory=dict)

    def record_attempt(
        self, lesson_id: str, block_id: str, item_id: str, answer: Any, correct: bool
    ) -> None:
        self.attempts.append((lesson_id, block_id, item_id, answer, correct))

    def record_scenario_path(self, lesson_id: str, block_id: str, path: list[str]) -> None:
        self.paths.append((lesson_id, block_id, list(path)))

    def save_reflection(self, lesson_id: str, block_id: str, text: str) -> None:
        self.reflections[(lesson_id, block_id)] = text


def _error(code: str, **extra: Any) -> list[Reply]:
    return [("error", {"code": code, **{k: v for k, v in extra.items() if isinstance(v, str)}})]


class LessonSession:
    """State of one lesson being worked through (scenario positions, attempt counts)."""

    def __init__(self, lesson: Lesson, glossary: Glossary, sink: ProgressSink) -> None:
        self.lesson = lesson
        self.glossary = glossary
        self.sink = sink
        self.paths: dict[str, list[str]] = {}  # scenario block id -> node ids so far
        self.attempts: dict[tuple[str, str], int] = {}

    def handle(self, kind: str, payload: Any) -> list[Reply]:
        if not isinstance(payload, dict):
            return _error("bad-payload")
        if payload.get("lesson") not in (None, self.lesson.id):
            return _error("wrong-lesson")
        block_id = payload.get("block")
        if not isinstance(block_id, str):
            return _error("bad-payload")
        try:
            if kind == "quiz.answer":
                return self._quiz(block_id, payload)
            if kind == "scenario.choice":
                return self._scenario_choice(block_id, payload)
            if kind == "scenario.restart":
                return self._scenario_restart(block_id)
            if kind == "reflection.save":
                return self._reflection(block_id, payload)
        except Exception:  # noqa: BLE001 - a bad message must never take the app down
            return _error("internal", block=block_id)
        return _error("unknown-kind", block=block_id)

    # ------------------------------------------------------------ quiz

    def _quiz(self, block_id: str, payload: dict[str, Any]) -> list[Reply]:
        block = self.lesson.block(block_id)
        if not isinstance(block, QuizBlock):
            return _error("unknown-block", block=block_id)
        item_id = payload.get("item")
        item = next((i for i in block.items if i.id == item_id), None)
        if item is None or not item_is_valid(item):
            return _error("unknown-item", block=block_id, item=item_id)
        if "answer" not in payload:
            return _error("bad-answer", block=block_id, item=item.id)
        try:
            result = check_answer(block_id, item, payload["answer"])
        except AnswerError:
            return _error("bad-answer", block=block_id, item=item.id)
        key = (block_id, item.id)
        self.attempts[key] = self.attempts.get(key, 0) + 1
        self.sink.record_attempt(
            self.lesson.id, block_id, item.id, payload["answer"], result.correct
        )
        return [
            (
                "quiz.feedback",
                {
                    "block": block_id,
                    "item": item.id,
                    "correct": result.correct,
                    "marks": result.marks,
                    "option_feedback": {
                        k: markdown_html(v) for k, v in result.option_feedback.items()
                    },
                    "feedback": markdown_html(result.feedback),
                    "explanation": markdown_html(item.explanation),
                    "attempts": self.attempts[key],
                },
            )
        ]

    # ------------------------------------------------------------ scenario

    def _scenario_block(self, block_id: str) -> ScenarioBlock | None:
        block = self.lesson.block(block_id)
        if isinstance(block, ScenarioBlock) and block.start in block.nodes:
            return block
        return None

    def _scenario_restart(self, block_id: str) -> list[Reply]:
        block = self._scenario_block(block_id)
        if block is None:
            return _error("unknown-block", block=block_id)
        self.paths[block_id] = [block.start]
        return [
            (
                "scenario.node",
                {
                    "block": block_id,
                    "node": block.start,
                    "from": "",
                    "choice": "",
                    "feedback": "",
                    "ending": False,
                    "outcome": "",
                    "path": [block.start],
                },
            )
        ]

    def _scenario_choice(self, block_id: str, payload: dict[str, Any]) -> list[Reply]:
        block = self._scenario_block(block_id)
        if block is None:
            return _error("unknown-block", block=block_id)
        node_id, choice_id = payload.get("node"), payload.get("choice")
        if not isinstance(node_id, str) or not isinstance(choice_id, str):
            return _error("bad-payload", block=block_id)
        path = self.paths.get(block_id) or [block.start]
        if node_id != path[-1]:
            if node_id != block.start:
                return _error("unexpected-node", block=block_id, node=node_id)
            path = [block.start]  # the page was reloaded: start again
        step = choose(block, node_id, choice_id)
        if step is None:
            return _error("unknown-choice", block=block_id, node=node_id)
        choice, target = step
        path = [*path, target.id]
        self.paths[block_id] = path
        if target.ending:
            self.sink.record_scenario_path(self.lesson.id, block_id, list(path))
        return [
            (
                "scenario.node",
                {
                    "block": block_id,
                    "node": target.id,
                    "from": node_id,
                    "choice": choice.id,
                    "feedback": markdown_html(choice.feedback),
                    "ending": target.ending,
                    "outcome": target.outcome,
                    "path": list(path),
                },
            )
        ]

    # ------------------------------------------------------------ reflection

    def _reflection(self, block_id: str, payload: dict[str, Any]) -> list[Reply]:
        block = self.lesson.block(block_id)
        if not isinstance(block, ReflectionBlock):
            return _error("unknown-block", block=block_id)
        text = payload.get("text")
        if not isinstance(text, str) or len(text) > MAX_REFLECTION:
            return _error("bad-text", block=block_id)
        self.sink.save_reflection(self.lesson.id, block_id, text)
        return [("reflection.saved", {"block": block_id})]
