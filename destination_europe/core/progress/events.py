"""Events: what a learner did, each with a UUID and a UTC timestamp.

An event is created once, where it happened, and never changes. Copies of it (in a results
packet, in a passport) carry the same UUID, so storing it again is a no-op: merging the same
data twice changes nothing, and every view is computed from the set of events ordered by
``(ts, id)``, so packets merged in any order give the same result.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# kind -> does it carry (lesson, block, item)? The payload keys are documented in PROGRESS.md.
KINDS: frozenset[str] = frozenset(
    {
        "attempt",  # lesson, block, item, correct; data: {answer}
        "scenario_path",  # lesson, block; data: {path: [node ids]}
        "reflection",  # lesson, block; data: {text}
        "lesson_opened",  # lesson
        "section_reached",  # lesson; data: {section: int}
        "lesson_completed",  # lesson
        "time_spent",  # lesson; data: {seconds: number}
        "note_saved",  # lesson (may be ""); data: {note: id, text, section: int | null}
        "note_deleted",  # data: {note: id}
        "bookmark_added",  # lesson; data: {bookmark: id, section: int, label}
        "bookmark_removed",  # data: {bookmark: id}
        "term_looked_up",  # item = term id
        "game_saved",  # item = game id; data: {state: JSON text}
        "game_finished",  # item = game id; data: {summary: JSON text}
        "feedback",  # item = form id; data: {answers: JSON text}
    }
)
MAX_ID = 200
_TS = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{6})Z")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def ts_from_epoch(seconds: float) -> str:
    """``2024-05-01T10:00:00.123456Z``: sorts as text in time order."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def epoch_from_ts(ts: str) -> float:
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()


def is_ts(value: object) -> bool:
    if not isinstance(value, str):
        return False
    match = _TS.fullmatch(value)
    if match is None:
        return False
    try:
        y, mo, d, h, mi, sec, us = (int(g) for g in match.groups())
        datetime(y, mo, d, h, mi, sec, us)  # a real date and time
    except ValueError:
        return False
    return True


def is_uuid(value: object) -> bool:
    """A UUID in its canonical lower-case text form."""
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def new_id() -> str:
    return str(uuid.uuid4())


@dataclass
class Clock:
    """Timestamps that never go backwards within one store (1 µs apart at least)."""

    now: Callable[[], float]
    _last: str = field(default="", repr=False)

    def ts(self) -> str:
        stamp = ts_from_epoch(self.now())
        if stamp <= self._last:
            stamp = ts_from_epoch(epoch_from_ts(self._last) + 1e-6)
            if stamp <= self._last:  # float rounding at this magnitude
                stamp = ts_from_epoch(epoch_from_ts(self._last) + 2e-6)
        self._last = stamp
        return stamp


@dataclass(frozen=True)
class EventRecord:
    """An event as plain data (what packets carry and what views read)."""

    id: str
    profile_id: str
    ts: str
    kind: str
    lesson_id: str = ""
    block_id: str = ""
    item_id: str = ""
    correct: bool | None = None
    data: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "profile": self.profile_id,
            "ts": self.ts,
            "kind": self.kind,
            "lesson": self.lesson_id,
            "block": self.block_id,
            "item": self.item_id,
            "correct": self.correct,
            "data": self.data,
        }

    def row(self) -> dict[str, Any]:
        """Column values for the ``events`` table."""
        return {
            "id": self.id,
            "profile_id": self.profile_id,
            "ts": self.ts,
            "kind": self.kind,
            "lesson_id": self.lesson_id,
            "block_id": self.block_id,
            "item_id": self.item_id,
            "correct": self.correct,
            "payload": dump_payload(self.data),
        }


def dump_payload(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class EventFormatError(ValueError):
    """An event in a packet is malformed; the message says which field."""


def event_from_json(obj: object) -> EventRecord:
    """Validate one event object from a packet; raise :class:`EventFormatError`."""
    if not isinstance(obj, dict):
        raise EventFormatError("an event must be a JSON object")
    unknown = set(obj) - {
        "id",
        "profile",
        "ts",
        "kind",
        "lesson",
        "block",
        "item",
        "correct",
        "data",
    }
    if unknown:
        raise EventFormatError(f"unknown field '{sorted(unknown)[0]}'")
    if not is_uuid(obj.get("id")):
        raise EventFormatError("'id' must be a UUID")
    if not is_uuid(obj.get("profile")):
        raise EventFormatError("'profile' must be a UUID")
    if not is_ts(obj.get("ts")):
        raise EventFormatError("'ts' must be a UTC time like 2024-05-01T10:00:00.000000Z")
    kind = obj.get("kind")
    if kind not in KINDS:
        raise EventFormatError(f"unknown event kind {kind!r}")
    ids = {}
    for key in ("lesson", "block", "item"):
        value = obj.get(key, "")
        if not isinstance(value, str) or len(value) > MAX_ID:
            raise EventFormatError(f"'{key}' must be a text of at most {MAX_ID} characters")
        ids[key] = value
    correct = obj.get("correct")
    if correct is not None and not isinstance(correct, bool):
        raise EventFormatError("'correct' must be true, false or null")
    if kind == "attempt" and correct is None:
        raise EventFormatError("an attempt needs 'correct'")
    data = obj.get("data", {})
    if not isinstance(data, dict):
        raise EventFormatError("'data' must be a JSON object")
    _check_data(kind, data)
    return EventRecord(
        id=obj["id"],
        profile_id=obj["profile"],
        ts=obj["ts"],
        kind=kind,
        lesson_id=ids["lesson"],
        block_id=ids["block"],
        item_id=ids["item"],
        correct=correct,
        data=data,
    )


def _check_data(kind: str, data: dict[str, Any]) -> None:
    def need(key: str, types: type | tuple[type, ...], *, optional: bool = False) -> None:
        if key not in data:
            if optional:
                return
            raise EventFormatError(f"'{kind}' needs data.{key}")
        value = data[key]
        if isinstance(value, bool) and bool not in (
            types if isinstance(types, tuple) else (types,)
        ):
            raise EventFormatError(f"data.{key} has the wrong type")
        if not isinstance(value, types):
            raise EventFormatError(f"data.{key} has the wrong type")

    if kind == "section_reached":
        need("section", int)
    elif kind == "time_spent":
        need("seconds", (int, float))
    elif kind == "reflection":
        need("text", str)
    elif kind == "scenario_path":
        need("path", list)
        if not all(isinstance(p, str) for p in data["path"]):
            raise EventFormatError("data.path must be a list of node ids")
    elif kind == "note_saved":
        need("note", str)
        need("text", str)
    elif kind in ("note_deleted",):
        need("note", str)
    elif kind == "bookmark_added":
        need("bookmark", str)
        need("section", int)
    elif kind == "bookmark_removed":
        need("bookmark", str)
    elif kind == "game_saved":
        need("state", str)
    elif kind == "game_finished":
        need("summary", str)
    elif kind == "feedback":
        need("answers", str)
