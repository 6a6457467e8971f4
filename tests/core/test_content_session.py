"""LessonSession: replies to page messages, progress recorded through the sink."""

from __future__ import annotations

import pytest

from destination_europe.core.content.lessonfile import parse_lesson
from destination_europe.core.content.quiz import option_token
from destination_europe.core.content.session import InMemoryProgressSink, LessonSession
from destination_europe.core.glossary import Glossary

LESSON = """---
id: l
title: L
minutes: 5
objectives: [x]
sources: [{act: A, article: Art. 1}]
---
## P

```quiz
id: q
items:
  - id: one
    type: single
    question: Pick B
    options:
      - {id: a, text: A, feedback: "Not *this*"}
      - {id: b, text: B, correct: true}
    explanation: "B is **right**"
```

```scenario
id: s
nodes:
  - id: start
    text: Begin
    choices:
      - {id: left, text: Left, next: mid, feedback: You went left}
      - {id: right, text: Right, next: good}
  - id: mid
    text: Middle
    choices:
      - {id: on, text: On, next: bad}
  - id: good
    text: Good end
    ending: true
    outcome: good
  - id: bad
    text: Bad end
    ending: true
    outcome: bad
```

```reflection
id: r
prompt: Think
```
"""


@pytest.fixture()
def session():
    lesson = parse_lesson(LESSON, "l.md")
    assert lesson.ok, lesson.issues
    sink = InMemoryProgressSink()
    return LessonSession(lesson, Glossary(), sink), sink


def test_quiz_feedback(session):
    s, sink = session
    [(kind, reply)] = s.handle(
        "quiz.answer",
        {"lesson": "l", "block": "q", "item": "one", "answer": option_token("q", "one", "a")},
    )
    assert kind == "quiz.feedback" and reply["correct"] is False
    assert reply["option_feedback"] == {option_token("q", "one", "a"): "<p>Not <em>this</em></p>"}
    assert reply["explanation"] == "<p>B is <strong>right</strong></p>" and reply["attempts"] == 1
    [(_, reply)] = s.handle(
        "quiz.answer",
        {"lesson": "l", "block": "q", "item": "one", "answer": option_token("q", "one", "b")},
    )
    assert reply["correct"] is True and reply["attempts"] == 2
    assert [(a[2], a[4]) for a in sink.attempts] == [("one", False), ("one", True)]


@pytest.mark.parametrize(
    "kind,payload,code",
    [
        (
            "quiz.answer",
            {"lesson": "l", "block": "nope", "item": "one", "answer": "x"},
            "unknown-block",
        ),
        (
            "quiz.answer",
            {"lesson": "l", "block": "q", "item": "nope", "answer": "x"},
            "unknown-item",
        ),
        (
            "quiz.answer",
            {"lesson": "l", "block": "q", "item": "one", "answer": ["x"]},
            "bad-answer",
        ),
        ("quiz.answer", {"lesson": "l", "block": "q", "item": "one"}, "bad-answer"),
        (
            "quiz.answer",
            {"lesson": "other", "block": "q", "item": "one", "answer": "x"},
            "wrong-lesson",
        ),
        ("quiz.answer", "not a dict", "bad-payload"),
        ("quiz.answer", {"lesson": "l"}, "bad-payload"),
        (
            "scenario.choice",
            {"lesson": "l", "block": "s", "node": "start", "choice": "up"},
            "unknown-choice",
        ),
        (
            "scenario.choice",
            {"lesson": "l", "block": "s", "node": "good", "choice": "x"},
            "unexpected-node",
        ),
        (
            "scenario.choice",
            {"lesson": "l", "block": "q", "node": "start", "choice": "left"},
            "unknown-block",
        ),
        ("reflection.save", {"lesson": "l", "block": "r", "text": 5}, "bad-text"),
        ("reflection.save", {"lesson": "l", "block": "r", "text": "x" * 20001}, "bad-text"),
        ("made.up", {"lesson": "l", "block": "r"}, "unknown-kind"),
    ],
)
def test_malformed_messages_get_error_replies(session, kind, payload, code):
    s, sink = session
    [(reply_kind, reply)] = s.handle(kind, payload)
    assert reply_kind == "error" and reply["code"] == code
    assert not sink.attempts and not sink.paths and not sink.reflections


def test_scenario_path_is_recorded_at_an_ending(session):
    s, sink = session
    [(kind, r1)] = s.handle(
        "scenario.choice", {"lesson": "l", "block": "s", "node": "start", "choice": "left"}
    )
    assert (
        kind == "scenario.node" and r1["node"] == "mid" and r1["feedback"] == "<p>You went left</p>"
    )
    assert r1["ending"] is False and not sink.paths
    [(_, r2)] = s.handle(
        "scenario.choice", {"lesson": "l", "block": "s", "node": "mid", "choice": "on"}
    )
    assert r2["ending"] is True and r2["outcome"] == "bad" and r2["path"] == ["start", "mid", "bad"]
    assert sink.paths == [("l", "s", ["start", "mid", "bad"])]
    [(_, r3)] = s.handle("scenario.restart", {"lesson": "l", "block": "s"})
    assert r3["node"] == "start" and r3["path"] == ["start"]
    s.handle("scenario.choice", {"lesson": "l", "block": "s", "node": "start", "choice": "right"})
    assert sink.paths[-1] == ("l", "s", ["start", "good"])


def test_scenario_restarts_when_page_was_reloaded(session):
    s, sink = session
    s.handle("scenario.choice", {"lesson": "l", "block": "s", "node": "start", "choice": "left"})
    [(_, reply)] = s.handle(
        "scenario.choice", {"lesson": "l", "block": "s", "node": "start", "choice": "right"}
    )
    assert reply["path"] == ["start", "good"]


def test_reflection_saved(session):
    s, sink = session
    assert s.handle("reflection.save", {"lesson": "l", "block": "r", "text": "My thoughts"}) == [
        ("reflection.saved", {"block": "r"})
    ]
    assert sink.reflections == {("l", "r"): "My thoughts"}
