"""Rolling backups, integrity check, restore, and recovery of a damaged database at start."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from destination_europe.core.progress import ProgressError, ProgressStore
from destination_europe.core.progress import backup as bk
from destination_europe.core.progress.store import DB_NAME


def _store_with_answers(data_dir: Path, answers: int) -> ProgressStore:
    store, _ = ProgressStore.open(data_dir)
    store.set_current_profile(store.create_learner("Ana").id)
    for i in range(answers):
        store.record_attempt("l", "q", f"i{i}", "a" * 100, True)
    return store


def test_a_database_overwritten_with_garbage_is_restored_from_the_newest_backup(
    data_dir: Path,
) -> None:
    store = _store_with_answers(data_dir, 3)
    store.backup_now()  # holds the 3 answers
    store.record_attempt("l", "q", "late", "a", True)  # after the last backup: lost
    store.close()
    db = data_dir / DB_NAME
    garbage = os.urandom(4096) * 20
    db.write_bytes(garbage)
    store, notices = ProgressStore.open(data_dir)
    try:
        codes = [n.split(":", 1)[0] for n in notices]
        assert codes[:2] == ["damaged", "restored"]
        aside = data_dir / notices[0].split(":", 1)[1]
        assert aside.read_bytes() == garbage  # set aside, not deleted
        assert notices[1].endswith("-manual.sqlite3")
        assert store.integrity_check() == []
        learner = store.list_profiles()[0]
        store.set_current_profile(learner.id)
        assert sorted(a.item_id for a in store.attempts()) == ["i0", "i1", "i2"]
    finally:
        store.close()


def test_a_garbage_backup_is_skipped_for_an_older_good_one(data_dir: Path) -> None:
    store = _store_with_answers(data_dir, 2)
    good = store.backup_now()
    store.close()
    bad = data_dir / "backups" / "progress-29990101T000000-000000Z-auto.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    (data_dir / DB_NAME).write_bytes(b"\0" * 8192)
    store, notices = ProgressStore.open(data_dir)
    store.close()
    assert f"restored:{good.name}" in notices


def test_damaged_without_any_backup_starts_empty_and_says_so(data_dir: Path) -> None:
    (data_dir / DB_NAME).write_bytes(b"SQLite format 3\0" + os.urandom(5000))
    store, notices = ProgressStore.open(data_dir)
    try:
        assert [n.split(":")[0] for n in notices[:2]] == ["damaged", "no-backup"]
        assert store.list_profiles() == []
        assert store.integrity_check() == []
    finally:
        store.close()


def test_a_backup_is_taken_at_start_and_after_thirty_minutes_of_use(data_dir: Path) -> None:
    clock = [1_750_000_000.0]
    store, notices = ProgressStore.open(data_dir, now=lambda: clock[0])
    try:
        assert notices and notices[0].startswith("backup:")
        assert [b.reason for b in store.list_backups()] == ["start"]
        store.set_current_profile(store.create_learner("Ana").id)
        clock[0] += 29 * 60
        store.lesson_opened("l")
        assert len(store.list_backups()) == 1
        clock[0] += 2 * 60
        store.lesson_opened("l")
        assert [b.reason for b in store.list_backups()] == ["auto", "start"]
        assert store.backup_if_due() is None  # just taken
    finally:
        store.close()


def test_restore_a_chosen_backup(data_dir: Path) -> None:
    store = _store_with_answers(data_dir, 1)
    chosen = store.backup_now()
    store.record_attempt("l", "q", "later", "a", False)
    notices = store.restore_backup(chosen)
    try:
        assert f"restored:{chosen.name}" in notices
        assert [a.item_id for a in store.attempts()] == ["i0"]
        store.record_attempt("l", "q", "after", "a", True)  # the store still works
        assert [b.reason for b in store.list_backups()][0] == "before-restore"
        undo = store.list_backups()[0].path
        store.restore_backup(undo)
        assert [a.item_id for a in store.attempts()] == ["i0", "later"]
    finally:
        store.close()


def test_a_damaged_backup_cannot_be_restored(data_dir: Path, tmp_path: Path) -> None:
    store = _store_with_answers(data_dir, 1)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 1000)
    try:
        with pytest.raises(ProgressError) as err:
            store.restore_backup(bad)
        assert err.value.code == "bad-backup"
        assert [a.item_id for a in store.attempts()] == ["i0"]
    finally:
        store.close()


def test_integrity_check_reports_a_corrupted_page(data_dir: Path) -> None:
    store = _store_with_answers(data_dir, 100)
    assert store.integrity_check() == []
    store.close()
    db = data_dir / DB_NAME
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 4 * page] = os.urandom(page)  # damage a page in the middle
    db.write_bytes(bytes(data))
    assert bk.check_file(db) != []


def _touch(folder: Path, when: datetime, reason: str = "auto") -> None:
    name = f"progress-{when.strftime('%Y%m%dT%H%M%S-%f')}Z-{reason}.sqlite3"
    (folder / name).write_bytes(b"x")


def test_pruning_keeps_recent_daily_weekly_and_monthly_backups(tmp_path: Path) -> None:
    now = datetime(2025, 6, 30, 12, 0, tzinfo=UTC)
    for hours in range(0, 400 * 24, 12):  # one every 12 hours for 400 days
        _touch(tmp_path, now - timedelta(hours=hours))
    (tmp_path / "progress-garbage.sqlite3.tmp").write_bytes(b"half")  # a crashed backup
    removed = bk.prune(tmp_path)
    kept = bk.list_backups(tmp_path)
    assert removed and len(kept) < 40
    days = {b.created.date() for b in kept}
    assert {(now - timedelta(days=d)).date() for d in range(7)} <= days  # last 7 days
    weeks = {b.created.isocalendar()[:2] for b in kept}
    assert len(weeks) >= 5
    months = {(b.created.year, b.created.month) for b in kept}
    assert len(months) == 12
    assert kept[0].created == now  # the newest is always kept
    assert (tmp_path / "progress-garbage.sqlite3.tmp").exists()  # not ours to judge
