"""The progress store: the lesson engine's sink, resume, notes, history, dashboard data."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from destination_europe.core.content.lessonfile import parse_lesson
from destination_europe.core.content.quiz import option_token
from destination_europe.core.content.session import LessonSession, ProgressSink
from destination_europe.core.glossary import Glossary
from destination_europe.core.progress import ProgressError, ProgressStore
from destination_europe.core.progress.store import DB_NAME

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
      - {id: a, text: A}
      - {id: b, text: B, correct: true}
```

```scenario
id: s
nodes:
  - id: start
    text: Begin
    choices:
      - {id: right, text: Right, next: good}
  - id: good
    text: Good end
    ending: true
    outcome: good
```

```reflection
id: r
prompt: Think
```
"""


@pytest.fixture()
def store(data_dir: Path):
    s, _ = ProgressStore.open(data_dir, backup=False)
    s.set_current_profile(s.create_learner("Ana", "#c44536").id)
    yield s
    s.close()


def _reopen(store: ProgressStore) -> ProgressStore:
    """A second store on the same folder: sees only what was committed."""
    other, _ = ProgressStore.open(store.data_dir, backup=False)
    other.set_current_profile(store.current_profile_id)
    return other


def test_the_store_is_the_lesson_engines_sink(store: ProgressStore) -> None:
    sink: ProgressSink = store  # the protocol is satisfied
    lesson = parse_lesson(LESSON, "l.md")
    session = LessonSession(lesson, Glossary(), sink)
    for choice in ("a", "b"):
        session.handle(
            "quiz.answer",
            {
                "lesson": "l",
                "block": "q",
                "item": "one",
                "answer": option_token("q", "one", choice),
            },
        )
    session.handle(
        "scenario.choice", {"lesson": "l", "block": "s", "node": "start", "choice": "right"}
    )
    session.handle("reflection.save", {"lesson": "l", "block": "r", "text": "first"})
    session.handle("reflection.save", {"lesson": "l", "block": "r", "text": "second"})
    other = _reopen(store)
    try:
        attempts = other.attempts("l")
        assert [(a.item_id, a.correct) for a in attempts] == [("one", False), ("one", True)]
        assert attempts[0].answer == option_token("q", "one", "a")
        assert other.scenario_paths("l") == [("l", "s", ["start", "good"])]
        assert other.reflections("l") == {("l", "r"): "second"}
    finally:
        other.close()


def test_writes_without_a_profile_are_refused(data_dir: Path) -> None:
    s, _ = ProgressStore.open(data_dir, backup=False)
    try:
        with pytest.raises(ProgressError) as err:
            s.lesson_opened("l")
        assert err.value.code == "no-profile"
    finally:
        s.close()


def test_resume_is_exact_to_the_section_after_a_restart(store: ProgressStore) -> None:
    assert store.resume_point() is None
    store.lesson_opened("one")
    store.section_reached("one", 1)
    store.section_reached("one", 3)
    store.lesson_opened("two")
    store.section_reached("two", 1)
    store.section_reached("two", 2)
    store.section_reached("two", 1)  # went back a page
    other = _reopen(store)
    try:
        assert other.resume_point() == ("two", 1)
        progress = other.lesson_progress("two")
        assert (progress.furthest_section, progress.current_section) == (2, 1)
        other.lesson_opened("one")
        assert other.resume_point() == ("one", 3)
    finally:
        other.close()


def test_each_profile_has_its_own_progress(store: ProgressStore) -> None:
    store.lesson_opened("one")
    ben = store.create_learner("Ben")
    store.set_current_profile(ben.id)
    assert store.resume_point() is None
    assert store.attempts() == []


def test_lesson_progress_and_module_summaries(store: ProgressStore) -> None:
    store.lesson_opened("a1")
    store.record_attempt("a1", "q", "x", "w", False)
    store.record_attempt("a1", "q", "x", "r", True)
    store.record_attempt("a1", "q", "y", "w", False)
    store.add_time("a1", 90)
    store.add_time("a1", 30.5)
    store.add_time("a1", -5)  # ignored
    store.lesson_completed("a1")
    store.lesson_opened("b1")
    p = store.lesson_progress("a1")
    assert (p.started, p.completed, p.questions_answered, p.questions_correct, p.attempts) == (
        True,
        True,
        2,
        1,
        3,
    )
    assert p.time_spent == pytest.approx(120.5)
    summaries = store.module_summaries({"A": ["a1", "a2"], "B": ["b1"]})
    assert [(m.module_id, m.lessons_started, m.lessons_completed) for m in summaries] == [
        ("A", 1, 1),
        ("B", 1, 0),
    ]
    assert summaries[0].completion == 0.5
    assert [(d.answered, d.correct) for d in store.scores_over_time()] == [(3, 1)]
    assert [(m.item_id, m.wrong) for m in store.most_missed()] == [("x", 1), ("y", 1)]


def test_notes_bookmarks_terms_games_feedback(store: ProgressStore) -> None:
    n1 = store.add_note("Ask about Dublin", "l", 2)
    n2 = store.add_note("General note")
    store.update_note(n1, "Ask about the Dublin III Regulation")
    store.delete_note(n2)
    b1 = store.add_bookmark("l", 3, "the map")
    b2 = store.add_bookmark("m", 0)
    store.remove_bookmark(b2)
    for term in ("asylum", "refugee", "asylum"):
        store.glossary_term_looked_up(term)
    store.game_saved("g1", json.dumps({"round": 1}))
    store.game_saved("g1", json.dumps({"round": 2}))
    store.game_finished("g1", json.dumps({"score": 7}))
    store.save_feedback("student-form", json.dumps({"liked": 5}))
    other = _reopen(store)
    try:
        [note] = other.notes()
        assert (note.id, note.lesson_id, note.section, note.text) == (
            n1,
            "l",
            2,
            "Ask about the Dublin III Regulation",
        )
        assert note.updated > note.created
        assert [(b.id, b.section, b.label) for b in other.bookmarks()] == [(b1, 3, "the map")]
        assert [(t.term_id, t.count) for t in other.terms_looked_up()] == [
            ("asylum", 2),
            ("refugee", 1),
        ]
        [game] = other.games()
        assert json.loads(game.state_json) == {"round": 2} and game.finished
        assert json.loads(game.summary_json) == {"score": 7}
        assert [f.form_id for f in other.feedback()] == ["student-form"]
    finally:
        other.close()
    with pytest.raises(ProgressError):
        store.game_saved("g2", "{not json")


def test_progress_on_removed_content_is_kept_and_reported_archived(store: ProgressStore) -> None:
    store.lesson_opened("old-lesson")
    store.record_attempt("old-lesson", "q", "x", "a", True)
    store.lesson_opened("kept")
    assert store.archived_ids({"kept", "new"}) == {"old-lesson"}
    assert store.lesson_progress("old-lesson").questions_answered == 1


def test_every_write_is_committed_when_the_call_returns(store: ProgressStore) -> None:
    event_id = store.record_attempt("l", "q", "x", ["a"], True)
    # a plain sqlite3 connection (another process would see the same) finds it at once
    with sqlite3.connect(store.data_dir / DB_NAME) as conn:
        assert conn.execute("SELECT kind FROM events WHERE id = ?", (event_id,)).fetchone() == (
            "attempt",
        )
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_timestamps_never_go_backwards(data_dir: Path) -> None:
    frozen = [1_750_000_000.0]
    s, _ = ProgressStore.open(data_dir, now=lambda: frozen[0], backup=False)
    try:
        s.set_current_profile(s.create_learner("Ana").id)
        for section in range(5):
            s.section_reached("l", section)
        frozen[0] -= 60  # the PC clock is set back
        s.section_reached("l", 9)
        assert s.resume_point() == ("l", 9)
        stamps = [e.ts for e in s.events()]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    finally:
        s.close()
