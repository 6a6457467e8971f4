"""The progress store: one SQLite database in the data directory, written in transactions.

``ProgressStore.open(data_dir)`` checks the file, recovers it from a backup if it is damaged,
refuses a database made by a newer app, runs the migrations, takes the start-up backup and
returns the store with a list of notices (``code:detail`` strings, see PROGRESS.md) for the
interface to explain. Every write method commits its own transaction before it returns, so
what the interface confirms is on disk. WAL mode with ``synchronous=FULL``.

The learner-facing methods act for the *current* profile (:meth:`set_current_profile`);
the lesson engine uses the store as its ``ProgressSink``.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from . import backup as bk
from . import views
from .activity import ActivityMethods, record_of
from .errors import ProgressError
from .events import Clock, EventRecord, new_id
from .migrate import HEAD_REVISION, KNOWN_REVISIONS, stored_revision, upgrade
from .models import Assignment, Event, Profile
from .profile_store import ProfileMethods
from .profiles import (
    LEARNER,
    ProfileInfo,
    check_colour,
    clean_name,
)

DB_NAME = "progress.sqlite3"


def _engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, record_of: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (atomic DDL too)
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA busy_timeout=10000")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _add_assignment(s: Session, info: views.AssignmentInfo) -> bool:
    if s.get(Assignment, info.id) is not None:
        return False
    s.add(
        Assignment(
            id=info.id,
            title=info.title,
            lesson_ids=json.dumps(list(info.lesson_ids)),
            module_ids=json.dumps(list(info.module_ids)),
            due=info.due,
            created_at=info.created_at,
            created_by=info.created_by,
        )
    )
    return True


@dataclass
class MergeResult:
    profiles_added: int = 0
    profiles_updated: int = 0
    events_added: int = 0
    assignment_added: bool = False


class ProgressStore(ProfileMethods, ActivityMethods):
    """Profiles, events, assignments and backups in ``<data dir>/progress.sqlite3``."""

    def __init__(self, data_dir: Path, engine: Engine, now: Callable[[], float]) -> None:
        self.data_dir = data_dir
        self.db_path = data_dir / DB_NAME
        self.backup_dir = data_dir / bk.BACKUP_DIR
        self.engine = engine
        self.now = now
        self.clock = Clock(now)
        self.current_profile_id: str | None = None
        self.last_backup = now()

    # ------------------------------------------------------------------ opening

    @classmethod
    def open(
        cls, data_dir: Path, *, now: Callable[[], float] = time.time, backup: bool = True
    ) -> tuple[ProgressStore, list[str]]:
        data_dir = Path(data_dir)
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ProgressError("cannot-open", f"{data_dir}: {exc}") from exc
        db_path = data_dir / DB_NAME
        backup_dir = data_dir / bk.BACKUP_DIR
        notices = cls._recover(db_path, backup_dir, now)
        try:
            revision = stored_revision(db_path)
        except LookupError as exc:
            raise ProgressError(
                "not-progress-database",
                f"{db_path} is a database of another program (tables {exc.args[0]}); "
                "move it away or choose another data folder",
            ) from exc
        except sqlite3.DatabaseError as exc:
            raise ProgressError("cannot-open", f"{db_path}: {exc}") from exc
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise ProgressError(
                "newer-database",
                f"{db_path} has schema version {revision}, made by a newer version of "
                f"Destination Europe (this one knows up to {HEAD_REVISION}); "
                "install the newer version or choose another data folder",
            )
        engine = _engine(db_path)
        try:
            if revision != HEAD_REVISION:
                if revision is not None:
                    bk.make_backup(db_path, backup_dir, "pre-migration", now())
                with engine.begin() as conn:
                    upgrade(conn)
                if revision is not None:
                    notices.append(f"migrated:{revision}->{HEAD_REVISION}")
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            engine.dispose()
            raise ProgressError("cannot-open", f"{db_path}: {exc}") from exc
        store = cls(data_dir, engine, now)
        if backup:
            notices.extend(store._rolling_backup("start"))
        return store, notices

    @staticmethod
    def _recover(db_path: Path, backup_dir: Path, now: Callable[[], float]) -> list[str]:
        """Move a damaged database aside and put the newest sound backup in its place."""
        if not db_path.exists() or db_path.stat().st_size == 0:
            return []
        problems = bk.check_file(db_path, quick=True, readonly=False)
        if not problems:
            return []
        aside = bk.move_aside(db_path, "damaged", now())
        notices = [f"damaged:{aside.name}"]
        good = bk.newest_good_backup(backup_dir)
        if good is None:
            notices.append("no-backup:started empty")
            return notices
        bk.copy_database(good.path, db_path)
        notices.append(f"restored:{good.path.name}")
        return notices

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ backups

    def _after_write(self) -> None:
        self.backup_if_due()

    def _rolling_backup(self, reason: str) -> list[str]:
        try:
            path = bk.make_backup(self.db_path, self.backup_dir, reason, self.now())
            bk.prune(self.backup_dir)
        except (sqlite3.Error, OSError) as exc:
            return [f"backup-failed:{exc}"]
        self.last_backup = self.now()
        return [f"backup:{path.name}"]

    def backup_now(self, reason: str = "manual") -> Path:
        path = bk.make_backup(self.db_path, self.backup_dir, reason, self.now())
        bk.prune(self.backup_dir)
        self.last_backup = self.now()
        return path

    def backup_if_due(self) -> Path | None:
        """Take the rolling backup when 30 minutes passed since the last one (call it from a
        timer; writes call it too)."""
        if self.now() - self.last_backup < bk.BACKUP_INTERVAL:
            return None
        try:
            return self.backup_now("auto")
        except (sqlite3.Error, OSError):
            self.last_backup = self.now()  # try again in 30 minutes, do not fail the write
            return None

    def list_backups(self) -> list[bk.BackupInfo]:
        return bk.list_backups(self.backup_dir)

    def integrity_check(self) -> list[str]:
        """``[]`` when ``PRAGMA integrity_check`` says ok, else its messages."""
        with self.engine.connect() as conn:
            rows = [str(r[0]) for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def restore_backup(self, backup_path: Path) -> list[str]:
        """Replace the database with a backup (the current one is backed up first, as
        ``before-restore``). Returns notices like :meth:`open`; the store stays usable."""
        backup_path = Path(backup_path)
        problems = bk.check_file(backup_path)
        if problems:
            raise ProgressError("bad-backup", f"{backup_path}: {problems[0]}")
        try:
            revision = stored_revision(backup_path)
        except (LookupError, sqlite3.DatabaseError) as exc:
            raise ProgressError("bad-backup", f"{backup_path}: not a progress database") from exc
        if revision not in KNOWN_REVISIONS:
            raise ProgressError("bad-backup", f"{backup_path}: schema {revision} is unknown")
        # no pruning here: it could delete the very backup being restored
        undo = bk.make_backup(self.db_path, self.backup_dir, "before-restore", self.now())
        notices = [f"backup:{undo.name}"]
        self.engine.dispose()
        bk.move_aside(self.db_path, "replaced", self.now())
        bk.copy_database(backup_path, self.db_path)
        self.engine = _engine(self.db_path)
        if revision != HEAD_REVISION:
            with self.engine.begin() as conn:
                upgrade(conn)
            notices.append(f"migrated:{revision}->{HEAD_REVISION}")
        notices.append(f"restored:{backup_path.name}")
        return notices

    # ------------------------------------------------------------------ assignments

    def create_assignment(
        self,
        title: str,
        lesson_ids: Sequence[str] = (),
        module_ids: Sequence[str] = (),
        due: str | None = None,
        created_by: str = "",
    ) -> views.AssignmentInfo:
        info = views.AssignmentInfo(
            id=new_id(),
            title=title,
            lesson_ids=tuple(lesson_ids),
            module_ids=tuple(module_ids),
            due=due,
            created_at=self.clock.ts(),
            created_by=created_by,
        )
        views.check_assignment(info)
        self.save_assignment(info)
        return info

    def save_assignment(self, info: views.AssignmentInfo) -> bool:
        """Store an assignment unless one with its id exists; True when it was new."""
        with Session(self.engine) as s, s.begin():
            return _add_assignment(s, info)

    # ------------------------------------------------------------------ merging packets

    def insert_events(self, records: Iterable[EventRecord]) -> int:
        """Store events made elsewhere; those already present are skipped. One transaction.
        Returns how many were new."""
        rows = [r.row() for r in records]
        if not rows:
            return 0
        with self.engine.begin() as conn:
            before = conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
            stmt = sqlite_insert(Event).on_conflict_do_nothing(index_elements=["id"])
            conn.execute(stmt, rows)
            after = conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
        return int(after - before)

    def merge(
        self,
        profiles: Sequence[ProfileInfo],
        records: Sequence[EventRecord],
        assignment: views.AssignmentInfo | None = None,
    ) -> MergeResult:
        """Merge what a packet or passport carries, all in one transaction.

        Learner profiles missing here are added; one present here takes the packet's name
        and colour only if the packet's copy was changed later (ties broken by the values),
        so packets merged in any order end the same. Teacher profiles are never merged.
        Events and the assignment already present are skipped.
        """
        result = MergeResult()
        with Session(self.engine) as s, s.begin():
            for incoming in profiles:
                if incoming.kind != LEARNER:
                    continue
                mine = s.get(Profile, incoming.id)
                if mine is None:
                    s.add(
                        Profile(
                            id=incoming.id,
                            name=clean_name(incoming.name),
                            kind=LEARNER,
                            colour=check_colour(incoming.colour),
                            pin_hash=None,
                            failed_tries=0,
                            locked_until=0.0,
                            created_at=incoming.created_at,
                            updated_at=incoming.updated_at,
                        )
                    )
                    result.profiles_added += 1
                elif mine.kind == LEARNER and (
                    incoming.updated_at,
                    incoming.name,
                    incoming.colour,
                ) > (mine.updated_at, mine.name, mine.colour):
                    mine.name, mine.colour = incoming.name, incoming.colour
                    mine.updated_at = incoming.updated_at
                    result.profiles_updated += 1
            s.flush()
            if records:
                conn = s.connection()
                before = conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
                stmt = sqlite_insert(Event).on_conflict_do_nothing(index_elements=["id"])
                conn.execute(stmt, [r.row() for r in records])
                after = conn.exec_driver_sql("SELECT count(*) FROM events").scalar_one()
                result.events_added = int(after - before)
            if assignment is not None:
                result.assignment_added = _add_assignment(s, assignment)
        return result

    def learner_events(self, profile_ids: Iterable[str]) -> list[EventRecord]:
        """Every event of these profiles, ordered by ``(ts, id)`` (for packets)."""
        wanted = list(profile_ids)
        query = select(Event).where(Event.profile_id.in_(wanted)).order_by(Event.ts, Event.id)
        with Session(self.engine) as s:
            return [record_of(e) for e in s.scalars(query)]

    def assignments(self) -> list[views.AssignmentInfo]:
        with Session(self.engine) as s:
            rows = s.scalars(select(Assignment).order_by(Assignment.created_at, Assignment.id))
            return [
                views.AssignmentInfo(
                    a.id,
                    a.title,
                    tuple(json.loads(a.lesson_ids)),
                    tuple(json.loads(a.module_ids)),
                    a.due,
                    a.created_at,
                    a.created_by,
                )
                for a in rows
            ]
