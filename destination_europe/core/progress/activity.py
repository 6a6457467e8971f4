"""The store's learner-activity methods: what the current profile does, and what it did.

Every write is one event in its own transaction (committed when the method returns); every
read computes its view from the profile's events (see :mod:`.views`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from . import views
from .errors import ProgressError
from .events import Clock, EventRecord, dump_payload, new_id
from .models import Event

MAX_TEXT = 100_000  # characters in a note, reflection or JSON document


def record_of(e: Event) -> EventRecord:
    return EventRecord(
        e.id,
        e.profile_id,
        e.ts,
        e.kind,
        e.lesson_id,
        e.block_id,
        e.item_id,
        e.correct,
        json.loads(e.payload),
    )


def _text(value: str, code: str = "text-too-long") -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise ProgressError(code, f"expected a text of at most {MAX_TEXT} characters")
    return value


def _json_text(value: str) -> str:
    _text(value)
    try:
        json.loads(value)
    except (TypeError, ValueError) as exc:
        raise ProgressError("bad-json", f"not a JSON document: {exc}") from exc
    return value


class ActivityMethods:
    """Mixed into :class:`~.store.ProgressStore`; acts for ``current_profile_id``."""

    engine: Engine
    clock: Clock
    current_profile_id: str | None

    def _after_write(self) -> None:
        """Hook run after each write (the store takes its rolling backup when due)."""

    def _profile(self) -> str:
        if self.current_profile_id is None:
            raise ProgressError("no-profile", "no current profile is chosen")
        return self.current_profile_id

    def _add(
        self,
        kind: str,
        lesson_id: str = "",
        block_id: str = "",
        item_id: str = "",
        correct: bool | None = None,
        data: dict[str, Any] | None = None,
    ) -> str:
        record = EventRecord(
            new_id(),
            self._profile(),
            self.clock.ts(),
            kind,
            str(lesson_id),
            str(block_id),
            str(item_id),
            correct,
            data or {},
        )
        with self.engine.begin() as conn:
            conn.execute(insert(Event), record.row())
        self._after_write()
        return record.id

    # ProgressSink (the lesson engine)
    def record_attempt(
        self, lesson_id: str, block_id: str, item_id: str, answer: Any, correct: bool
    ) -> str:
        try:
            dump_payload({"answer": answer})
        except (TypeError, ValueError):
            answer = repr(answer)
        return self._add("attempt", lesson_id, block_id, item_id, bool(correct), {"answer": answer})

    def record_scenario_path(self, lesson_id: str, block_id: str, path: list[str]) -> str:
        return self._add(
            "scenario_path", lesson_id, block_id, data={"path": [str(p) for p in path]}
        )

    def save_reflection(self, lesson_id: str, block_id: str, text: str) -> str:
        return self._add("reflection", lesson_id, block_id, data={"text": _text(text)})

    # lessons
    def lesson_opened(self, lesson_id: str) -> str:
        return self._add("lesson_opened", lesson_id)

    def section_reached(self, lesson_id: str, section_index: int) -> str:
        return self._add("section_reached", lesson_id, data={"section": int(section_index)})

    def lesson_completed(self, lesson_id: str) -> str:
        return self._add("lesson_completed", lesson_id)

    def add_time(self, lesson_id: str, seconds: float) -> str | None:
        seconds = max(0.0, min(float(seconds), 24 * 3600.0))
        if seconds == 0:
            return None
        return self._add("time_spent", lesson_id, data={"seconds": round(seconds, 3)})

    # notes and bookmarks
    def add_note(self, text: str, lesson_id: str = "", section_index: int | None = None) -> str:
        note = new_id()
        data = {"note": note, "text": _text(text), "section": section_index}
        self._add("note_saved", lesson_id, data=data)
        return note

    def update_note(self, note_id: str, text: str) -> None:
        old = next((n for n in self.notes() if n.id == note_id), None)
        if old is None:
            raise ProgressError("unknown-note", note_id)
        self._add("note_saved", old.lesson_id, data={"note": note_id, "text": _text(text)})

    def delete_note(self, note_id: str) -> None:
        self._add("note_deleted", data={"note": note_id})

    def add_bookmark(self, lesson_id: str, section_index: int, label: str = "") -> str:
        mark = new_id()
        data = {"bookmark": mark, "section": int(section_index), "label": _text(label)[:200]}
        self._add("bookmark_added", lesson_id, data=data)
        return mark

    def remove_bookmark(self, bookmark_id: str) -> None:
        self._add("bookmark_removed", data={"bookmark": bookmark_id})

    # glossary, games, feedback
    def glossary_term_looked_up(self, term_id: str) -> str:
        return self._add("term_looked_up", item_id=term_id)

    def game_saved(self, game_id: str, state_json: str) -> str:
        return self._add("game_saved", item_id=game_id, data={"state": _json_text(state_json)})

    def game_finished(self, game_id: str, summary_json: str) -> str:
        data = {"summary": _json_text(summary_json)}
        return self._add("game_finished", item_id=game_id, data=data)

    def save_feedback(self, form_id: str, answers_json: str) -> str:
        return self._add("feedback", item_id=form_id, data={"answers": _json_text(answers_json)})

    # ------------------------------------------------------------------ reading

    def events(
        self,
        profile_id: str | None = None,
        *,
        kinds: Iterable[str] | None = None,
        lesson_id: str | None = None,
        all_profiles: bool = False,
    ) -> list[EventRecord]:
        """Events ordered by ``(ts, id)``: of ``profile_id`` (default: the current profile),
        or of everyone with ``all_profiles=True``."""
        query = select(Event).order_by(Event.ts, Event.id)
        if not all_profiles:
            query = query.where(Event.profile_id == (profile_id or self._profile()))
        if kinds is not None:
            query = query.where(Event.kind.in_(list(kinds)))
        if lesson_id is not None:
            query = query.where(Event.lesson_id == lesson_id)
        with Session(self.engine) as s:
            return [record_of(e) for e in s.scalars(query)]

    def resume_point(self) -> tuple[str, int] | None:
        return views.resume_point(self.events(kinds=("lesson_opened", "section_reached")))

    def lesson_progress(
        self, lesson_id: str, profile_id: str | None = None
    ) -> views.LessonProgress:
        return views.lesson_progress(lesson_id, self.events(profile_id, lesson_id=lesson_id))

    def module_summaries(
        self, modules: Mapping[str, Sequence[str]], profile_id: str | None = None
    ) -> list[views.ModuleSummary]:
        """``modules``: module id -> its lesson ids, in order (from the content catalog)."""
        return views.module_summaries(modules, self.events(profile_id))

    def attempts(self, lesson_id: str | None = None) -> list[views.Attempt]:
        return views.attempts_of(self.events(kinds=("attempt",), lesson_id=lesson_id))

    def reflections(self, lesson_id: str | None = None) -> dict[tuple[str, str], str]:
        """(lesson, block) -> the latest text."""
        found = self.events(kinds=("reflection",), lesson_id=lesson_id)
        return {(e.lesson_id, e.block_id): e.data["text"] for e in found}

    def scenario_paths(self, lesson_id: str | None = None) -> list[tuple[str, str, list[str]]]:
        found = self.events(kinds=("scenario_path",), lesson_id=lesson_id)
        return [(e.lesson_id, e.block_id, list(e.data["path"])) for e in found]

    def notes(self, lesson_id: str | None = None) -> list[views.Note]:
        found = views.notes_of(self.events(kinds=("note_saved", "note_deleted")))
        return [n for n in found if lesson_id is None or n.lesson_id == lesson_id]

    def bookmarks(self) -> list[views.Bookmark]:
        return views.bookmarks_of(self.events(kinds=("bookmark_added", "bookmark_removed")))

    def terms_looked_up(self) -> list[views.TermLookup]:
        return views.terms_of(self.events(kinds=("term_looked_up",)))

    def games(self) -> list[views.GameRecord]:
        return views.games_of(self.events(kinds=("game_saved", "game_finished")))

    def feedback(self, form_id: str | None = None) -> list[views.FeedbackRecord]:
        found = self.events(kinds=("feedback",))
        return [
            views.FeedbackRecord(e.id, e.item_id, e.data["answers"], e.ts)
            for e in found
            if form_id is None or e.item_id == form_id
        ]

    def scores_over_time(self) -> list[views.DayScore]:
        return views.scores_over_time(self.events(kinds=("attempt",)))

    def most_missed(self, limit: int = 10) -> list[views.MissedQuestion]:
        return views.most_missed(self.events(kinds=("attempt",)), limit)

    def archived_ids(
        self, known_lesson_ids: Iterable[str], profile_id: str | None = None
    ) -> set[str]:
        """Lesson ids with progress (of one profile, or anyone when None and no current
        profile) that the content no longer has: the interface shows them as archived."""
        known = set(known_lesson_ids)
        query = select(Event.lesson_id).distinct().where(Event.lesson_id != "")
        owner = profile_id or self.current_profile_id
        if owner is not None:
            query = query.where(Event.profile_id == owner)
        with Session(self.engine) as s:
            return {lid for lid in s.scalars(query) if lid not in known}
