"""What the screens show, computed from events (pure functions, no database).

Every function takes events ordered by ``(ts, id)`` (as the store returns them) and is
deterministic, so the same set of events always gives the same view whatever order the
events arrived in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from .events import EventRecord

AttemptChoice = Literal["first", "best", "last"]
ATTEMPT_CHOICES: tuple[str, ...] = ("first", "best", "last")


@dataclass(frozen=True)
class Attempt:
    id: str
    ts: str
    lesson_id: str
    block_id: str
    item_id: str
    answer: Any
    correct: bool


@dataclass(frozen=True)
class LessonProgress:
    lesson_id: str
    started: bool = False
    first_opened: str | None = None
    last_activity: str | None = None
    furthest_section: int = -1  # highest section index reached; -1 when none
    current_section: int | None = None  # the section the learner was at most recently
    completed: bool = False
    completed_at: str | None = None
    time_spent: float = 0.0  # seconds
    questions_answered: int = 0  # distinct questions with at least one attempt
    questions_correct: int = 0  # of those, answered correctly at least once
    attempts: int = 0


@dataclass(frozen=True)
class ModuleSummary:
    module_id: str
    lessons_total: int
    lessons_started: int
    lessons_completed: int
    questions_answered: int
    questions_correct: int
    time_spent: float

    @property
    def completion(self) -> float:
        return self.lessons_completed / self.lessons_total if self.lessons_total else 0.0


@dataclass(frozen=True)
class Note:
    id: str
    lesson_id: str
    section: int | None
    text: str
    created: str
    updated: str


@dataclass(frozen=True)
class Bookmark:
    id: str
    lesson_id: str
    section: int
    label: str
    created: str


@dataclass(frozen=True)
class GameRecord:
    game_id: str
    state_json: str
    saved_at: str
    finished: bool = False
    summary_json: str = ""
    finished_at: str | None = None


@dataclass(frozen=True)
class FeedbackRecord:
    id: str
    form_id: str
    answers_json: str
    ts: str


@dataclass(frozen=True)
class TermLookup:
    term_id: str
    first: str
    count: int


@dataclass(frozen=True)
class DayScore:
    day: str  # YYYY-MM-DD (UTC)
    answered: int
    correct: int


@dataclass(frozen=True)
class MissedQuestion:
    lesson_id: str
    block_id: str
    item_id: str
    wrong: int
    attempts: int


@dataclass
class QuestionOutcome:
    """One learner's attempts on one question, reduced to first / best / last."""

    attempts: int = 0
    first: bool = False
    best: bool = False
    last: bool = False
    first_ts: str = ""
    last_ts: str = ""
    answers: list[Any] = field(default_factory=list)

    def pick(self, choice: str) -> bool:
        return {"first": self.first, "best": self.best, "last": self.last}[choice]


def attempts_of(events: Iterable[EventRecord]) -> list[Attempt]:
    return [
        Attempt(
            e.id, e.ts, e.lesson_id, e.block_id, e.item_id, e.data.get("answer"), bool(e.correct)
        )
        for e in events
        if e.kind == "attempt"
    ]


def question_outcomes(events: Iterable[EventRecord]) -> dict[tuple[str, str, str], QuestionOutcome]:
    outcomes: dict[tuple[str, str, str], QuestionOutcome] = {}
    for e in events:
        if e.kind != "attempt":
            continue
        key = (e.lesson_id, e.block_id, e.item_id)
        out = outcomes.get(key)
        correct = bool(e.correct)
        if out is None:
            out = outcomes[key] = QuestionOutcome(first=correct, first_ts=e.ts)
        out.attempts += 1
        out.best = out.best or correct
        out.last = correct
        out.last_ts = e.ts
    return outcomes


def lesson_progress(lesson_id: str, events: Iterable[EventRecord]) -> LessonProgress:
    mine = [e for e in events if e.lesson_id == lesson_id]
    if not mine:
        return LessonProgress(lesson_id)
    opened = [e.ts for e in mine if e.kind in ("lesson_opened", "section_reached")]
    sections = [e.data["section"] for e in mine if e.kind == "section_reached"]
    done = [e.ts for e in mine if e.kind == "lesson_completed"]
    outcomes = question_outcomes(mine)
    return LessonProgress(
        lesson_id=lesson_id,
        started=bool(opened) or bool(outcomes) or bool(done),
        first_opened=opened[0] if opened else None,
        last_activity=mine[-1].ts,
        furthest_section=max(sections, default=-1),
        current_section=sections[-1] if sections else None,
        completed=bool(done),
        completed_at=done[0] if done else None,
        time_spent=sum(float(e.data["seconds"]) for e in mine if e.kind == "time_spent"),
        questions_answered=len(outcomes),
        questions_correct=sum(1 for o in outcomes.values() if o.best),
        attempts=sum(o.attempts for o in outcomes.values()),
    )


def module_summaries(
    modules: Mapping[str, Sequence[str]], events: Sequence[EventRecord]
) -> list[ModuleSummary]:
    by_lesson: dict[str, list[EventRecord]] = {}
    for e in events:
        by_lesson.setdefault(e.lesson_id, []).append(e)
    result = []
    for module_id, lesson_ids in modules.items():
        progress = [lesson_progress(lid, by_lesson.get(lid, [])) for lid in lesson_ids]
        result.append(
            ModuleSummary(
                module_id=module_id,
                lessons_total=len(lesson_ids),
                lessons_started=sum(p.started for p in progress),
                lessons_completed=sum(p.completed for p in progress),
                questions_answered=sum(p.questions_answered for p in progress),
                questions_correct=sum(p.questions_correct for p in progress),
                time_spent=sum(p.time_spent for p in progress),
            )
        )
    return result


def resume_point(events: Sequence[EventRecord]) -> tuple[str, int] | None:
    """The lesson touched last and the section the learner was at in it."""
    for e in reversed(events):
        if e.kind in ("lesson_opened", "section_reached") and e.lesson_id:
            lesson = e.lesson_id
            for s in reversed(events):
                if s.kind == "section_reached" and s.lesson_id == lesson:
                    return lesson, int(s.data["section"])
            return lesson, 0
    return None


def notes_of(events: Iterable[EventRecord]) -> list[Note]:
    notes: dict[str, Note] = {}
    deleted: set[str] = set()
    for e in events:
        if e.kind == "note_saved":
            nid = e.data["note"]
            old = notes.get(nid)
            section = e.data.get("section")
            notes[nid] = Note(
                id=nid,
                lesson_id=old.lesson_id if old else e.lesson_id,
                section=old.section if old else (section if isinstance(section, int) else None),
                text=e.data["text"],
                created=old.created if old else e.ts,
                updated=e.ts,
            )
        elif e.kind == "note_deleted":
            deleted.add(e.data["note"])
    return sorted(
        (n for n in notes.values() if n.id not in deleted), key=lambda n: (n.created, n.id)
    )


def bookmarks_of(events: Iterable[EventRecord]) -> list[Bookmark]:
    marks: dict[str, Bookmark] = {}
    removed: set[str] = set()
    for e in events:
        if e.kind == "bookmark_added":
            bid = e.data["bookmark"]
            marks.setdefault(
                bid,
                Bookmark(
                    bid, e.lesson_id, int(e.data["section"]), str(e.data.get("label", "")), e.ts
                ),
            )
        elif e.kind == "bookmark_removed":
            removed.add(e.data["bookmark"])
    return [b for b in marks.values() if b.id not in removed]


def games_of(events: Iterable[EventRecord]) -> list[GameRecord]:
    games: dict[str, GameRecord] = {}
    for e in events:
        old = games.get(e.item_id)
        if e.kind == "game_saved":
            games[e.item_id] = GameRecord(
                e.item_id,
                e.data["state"],
                e.ts,
                old.finished if old else False,
                old.summary_json if old else "",
                old.finished_at if old else None,
            )
        elif e.kind == "game_finished":
            games[e.item_id] = GameRecord(
                e.item_id,
                old.state_json if old else "",
                old.saved_at if old else e.ts,
                True,
                e.data["summary"],
                e.ts,
            )
    return sorted(games.values(), key=lambda g: (g.saved_at, g.game_id), reverse=True)


def terms_of(events: Iterable[EventRecord]) -> list[TermLookup]:
    terms: dict[str, TermLookup] = {}
    for e in events:
        if e.kind == "term_looked_up":
            old = terms.get(e.item_id)
            terms[e.item_id] = TermLookup(
                e.item_id, old.first if old else e.ts, (old.count if old else 0) + 1
            )
    return sorted(terms.values(), key=lambda t: (t.first, t.term_id))


def scores_over_time(events: Iterable[EventRecord]) -> list[DayScore]:
    days: dict[str, list[int]] = {}
    for e in events:
        if e.kind == "attempt":
            day = days.setdefault(e.ts[:10], [0, 0])
            day[0] += 1
            day[1] += bool(e.correct)
    return [DayScore(d, a, c) for d, (a, c) in sorted(days.items())]


def most_missed(events: Iterable[EventRecord], limit: int = 10) -> list[MissedQuestion]:
    counts: dict[tuple[str, str, str], list[int]] = {}
    for e in events:
        if e.kind == "attempt":
            c = counts.setdefault((e.lesson_id, e.block_id, e.item_id), [0, 0])
            c[0] += not e.correct
            c[1] += 1
    rows = [MissedQuestion(*k, wrong=w, attempts=a) for k, (w, a) in counts.items() if w]
    rows.sort(key=lambda r: (-r.wrong, -r.attempts, r.lesson_id, r.block_id, r.item_id))
    return rows[:limit]


@dataclass(frozen=True)
class AssignmentInfo:
    """Lessons and/or modules a teacher set, with an optional due date ``YYYY-MM-DD``."""

    id: str
    title: str
    lesson_ids: tuple[str, ...] = ()
    module_ids: tuple[str, ...] = ()
    due: str | None = None
    created_at: str = ""
    created_by: str = ""


def check_assignment(info: AssignmentInfo) -> None:
    """Raise ``ValueError`` with the field at fault when an assignment is not valid."""
    import datetime as _dt

    from .events import MAX_ID, is_ts, is_uuid

    if not is_uuid(info.id):
        raise ValueError("'id' must be a UUID")
    if not isinstance(info.title, str) or not info.title.strip() or len(info.title) > 200:
        raise ValueError("'title' must be a text of 1 to 200 characters")
    for key, ids in (("lessons", info.lesson_ids), ("modules", info.module_ids)):
        if not all(isinstance(i, str) and 0 < len(i) <= MAX_ID for i in ids) or len(ids) > 1000:
            raise ValueError(f"'{key}' must be a list of ids")
    if not info.lesson_ids and not info.module_ids:
        raise ValueError("an assignment needs at least one lesson or module")
    if info.due is not None:
        try:
            ok = _dt.date.fromisoformat(info.due).isoformat() == info.due
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ValueError("'due' must be a date like 2025-06-30")
    if not is_ts(info.created_at):
        raise ValueError("'created' must be a UTC time")
    if not isinstance(info.created_by, str) or len(info.created_by) > 80:
        raise ValueError("'created_by' must be a text of at most 80 characters")
