"""The progress database, as SQLAlchemy 2.x typed models (the schema at the newest revision).

Everything a learner does is an :class:`Event` (a UUID, a UTC timestamp, a kind and a JSON
payload); the other tables hold who the learners are and which assignments exist. The
Alembic scripts under ``migrations/versions`` build exactly this schema, revision by revision;
``test_progress_migrations.py`` checks the two agree.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Profile(Base):
    """A learner or a teacher on this PC (teachers have a PIN, learners do not)."""

    __tablename__ = "profiles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16))  # "learner" | "teacher"
    pin_hash: Mapped[str | None] = mapped_column(Text, default=None)
    failed_tries: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    colour: Mapped[str] = mapped_column(String(16), default="#2a6f97", server_default="#2a6f97")


class Event(Base):
    """One thing a learner did. ``id`` is a UUID made where it happened, so merging the
    same event twice (from a packet or a passport) stores it once."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    profile_id: Mapped[str] = mapped_column(String(36), ForeignKey("profiles.id"))
    ts: Mapped[str] = mapped_column(String(32))  # 2024-05-01T10:00:00.123456Z (UTC)
    kind: Mapped[str] = mapped_column(String(32))
    lesson_id: Mapped[str] = mapped_column(String(200), default="")
    block_id: Mapped[str] = mapped_column(String(200), default="")
    item_id: Mapped[str] = mapped_column(String(200), default="")
    correct: Mapped[bool | None] = mapped_column(Boolean, default=None)
    payload: Mapped[str] = mapped_column(Text, default="{}")  # JSON object

    __table_args__ = (
        Index("ix_events_profile_kind", "profile_id", "kind", "lesson_id"),
        Index("ix_events_profile_ts", "profile_id", "ts"),
        Index("ix_events_profile_lesson", "profile_id", "lesson_id", "ts"),
    )


class Assignment(Base):
    """Lessons or modules a teacher set, with an optional due date (from a packet)."""

    __tablename__ = "assignments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    lesson_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    module_ids: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    due: Mapped[str | None] = mapped_column(String(10), default=None)  # YYYY-MM-DD
    created_at: Mapped[str] = mapped_column(String(32))
    created_by: Mapped[str] = mapped_column(String(80), default="")
