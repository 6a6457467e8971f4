"""Rolling backups of the progress database with SQLite's online backup API.

Backups are whole database files in ``<data dir>/backups/`` named
``progress-YYYYmmddTHHMMSS-ffffffZ-<reason>.sqlite3`` (UTC). Each is written to a temporary
name, checked with ``PRAGMA quick_check`` and only then renamed, so a crash during a backup
never leaves a half-written file that looks like a backup. :func:`prune` keeps the newest few,
plus the newest of each of the last days, weeks and months.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

BACKUP_DIR = "backups"
BACKUP_INTERVAL = 30 * 60  # seconds of use between automatic backups
KEEP_RECENT = 8
KEEP_DAYS = 7
KEEP_WEEKS = 5
KEEP_MONTHS = 12
REASONS = ("start", "auto", "manual", "pre-migration", "before-restore")
_NAME = re.compile(r"^progress-(\d{8}T\d{6}-\d{6})Z-([a-z-]+)\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # UTC
    reason: str
    size: int


def _stamp(now: float) -> str:
    return datetime.fromtimestamp(now, UTC).strftime("%Y%m%dT%H%M%S-%fZ")


def check_file(path: Path, *, quick: bool = False, readonly: bool = True) -> list[str]:
    """Problems SQLite finds in a database file; ``[]`` when it is sound. Use
    ``readonly=False`` for the live database, so a write-ahead log left by a crash is
    replayed and checked too."""
    if not path.exists():
        return ["missing"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode={'ro' if readonly else 'rw'}", uri=True)
        try:
            pragma = "quick_check" if quick else "integrity_check"
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"not-a-database: {exc}"]
    return [] if rows == ["ok"] else rows


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def copy_database(source: Path, target: Path) -> None:
    """Copy a live database into ``target`` (replaced) with the online backup API."""
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    problems = check_file(tmp, quick=True)
    if problems:
        tmp.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"the copy of {source.name} is not sound: {problems[0]}")
    _fsync(tmp)
    os.replace(tmp, target)


def make_backup(db_path: Path, backup_dir: Path, reason: str, now: float) -> Path:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    backup_dir.mkdir(parents=True, exist_ok=True)
    target = backup_dir / f"progress-{_stamp(now)}-{reason}.sqlite3"
    copy_database(db_path, target)
    return target


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Backups found in the folder, newest first (files with other names are ignored)."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        created = datetime.strptime(match.group(1), "%Y%m%dT%H%M%S-%f").replace(tzinfo=UTC)
        found.append(BackupInfo(path, created, match.group(2), path.stat().st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def _newest_per(
    backups: list[BackupInfo], key: Callable[[datetime], object], count: int
) -> Iterable[BackupInfo]:
    seen: set[object] = set()
    for info in backups:  # newest first
        bucket = key(info.created)
        if bucket in seen:
            continue
        if len(seen) == count:
            break
        seen.add(bucket)
        yield info


def backups_to_keep(backups: list[BackupInfo]) -> set[Path]:
    keep = {b.path for b in backups[:KEEP_RECENT]}
    keep |= {b.path for b in _newest_per(backups, lambda d: d.date(), KEEP_DAYS)}
    keep |= {b.path for b in _newest_per(backups, lambda d: d.isocalendar()[:2], KEEP_WEEKS)}
    keep |= {b.path for b in _newest_per(backups, lambda d: (d.year, d.month), KEEP_MONTHS)}
    return keep


def prune(backup_dir: Path) -> list[Path]:
    """Delete backups outside the daily/weekly/monthly rotation; return what went."""
    backups = list_backups(backup_dir)
    keep = backups_to_keep(backups)
    removed = []
    for info in backups:
        if info.path not in keep:
            with contextlib.suppress(OSError):
                info.path.unlink()
                removed.append(info.path)
    return removed


def newest_good_backup(backup_dir: Path) -> BackupInfo | None:
    for info in list_backups(backup_dir):
        if not check_file(info.path):
            return info
    return None


def move_aside(db_path: Path, label: str, now: float) -> Path:
    """Rename the database (and its -wal/-shm files) to ``<name>.<label>-<stamp>``."""
    target = db_path.with_name(f"{db_path.name}.{label}-{_stamp(now)}")
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    if db_path.exists():
        os.replace(db_path, target)
    return target
