"""Schema migrations: every earlier schema upgrades with every row intact; newer is refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from destination_europe.core.progress import ProgressError, ProgressStore
from destination_europe.core.progress.migrate import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    script_revisions,
    upgrade,
)
from destination_europe.core.progress.store import DB_NAME

P1 = "11111111-1111-4111-8111-111111111111"
P2 = "22222222-2222-4222-8222-222222222222"
T0 = "2025-03-01T09:00:00.000000Z"

# Rows to write into a database at each earlier revision (every table of that revision).
SEEDS: dict[str, dict[str, list[dict[str, object]]]] = {
    "0001": {
        "profiles": [
            dict(
                id=P1,
                name="Ana",
                kind="learner",
                pin_hash=None,
                failed_tries=0,
                locked_until=0.0,
                created_at=T0,
                updated_at=T0,
            ),
            dict(
                id=P2,
                name="Ms Berg",
                kind="teacher",
                pin_hash="scrypt$16384$8$1$00$00",
                failed_tries=2,
                locked_until=12.5,
                created_at=T0,
                updated_at=T0,
            ),
        ],
        "events": [
            dict(
                id=f"aaaaaaaa-0000-4000-8000-00000000000{i}",
                profile_id=P1,
                ts=f"2025-03-01T09:0{i}:00.000000Z",
                kind=kind,
                lesson_id="words-that-matter",
                block_id=block,
                item_id=item,
                correct=correct,
                payload=payload,
            )
            for i, (kind, block, item, correct, payload) in enumerate(
                [
                    ("lesson_opened", "", "", None, "{}"),
                    ("section_reached", "", "", None, '{"section":2}'),
                    ("attempt", "quiz-1", "q1", 0, '{"answer":["b"]}'),
                    ("attempt", "quiz-1", "q1", 1, '{"answer":["a"]}'),
                    ("reflection", "reflect-1", "", None, '{"text":"Länger als gedacht"}'),
                ]
            )
        ],
        "assignments": [
            dict(
                id="bbbbbbbb-0000-4000-8000-000000000001",
                title="Week 1",
                lesson_ids='["words-that-matter"]',
                module_ids="[]",
                due="2025-06-30",
                created_at=T0,
                created_by="Ms Berg",
            ),
        ],
    },
}


def _db_at(revision: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / DB_NAME
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        upgrade(conn, revision)
    engine.dispose()
    return db


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        return {r[0] for r in rows} - {"alembic_version"}


def test_the_app_knows_exactly_the_revisions_the_scripts_define() -> None:
    assert script_revisions() == list(KNOWN_REVISIONS)
    assert len(KNOWN_REVISIONS) >= 2  # so the upgrade test below is real


def test_every_earlier_revision_has_seed_rows_for_every_table(tmp_path: Path) -> None:
    assert set(SEEDS) == set(KNOWN_REVISIONS[:-1])
    for revision, tables in SEEDS.items():
        db = _db_at(revision, tmp_path / revision)
        assert _tables(db) == set(tables), revision


@pytest.mark.parametrize("revision", KNOWN_REVISIONS[:-1])
def test_upgrade_from_each_earlier_revision_keeps_every_row(tmp_path: Path, revision: str) -> None:
    db = _db_at(revision, tmp_path)
    seeds = SEEDS[revision]
    with sqlite3.connect(db) as conn:
        for table, rows in seeds.items():
            for row in rows:
                cols = ", ".join(row)
                marks = ", ".join("?" for _ in row)
                conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    store, notices = ProgressStore.open(tmp_path)
    try:
        assert f"migrated:{revision}->{HEAD_REVISION}" in notices
        assert any(b.reason == "pre-migration" for b in store.list_backups())
        # the app reads the old rows through its own API
        names = {p.name for p in store.list_profiles()}
        assert names == {"Ana", "Ms Berg"}
        store.set_current_profile(P1)
        assert store.resume_point() == ("words-that-matter", 2)
        assert store.reflections()[("words-that-matter", "reflect-1")] == "Länger als gedacht"
        assert store.lesson_progress("words-that-matter").questions_correct == 1
        assert [a.title for a in store.assignments()] == ["Week 1"]
    finally:
        store.close()
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        assert (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        )
        for table, rows in seeds.items():
            stored = {r["id"]: dict(r) for r in conn.execute(f"SELECT * FROM {table}")}
            assert len(stored) == len(rows), table
            for row in rows:
                for column, value in row.items():
                    assert stored[row["id"]][column] == value, (table, column)
        colours = {r[0] for r in conn.execute("SELECT colour FROM profiles")}
        assert colours == {"#2a6f97"}  # the column 0002 added has its default


def test_a_database_newer_than_the_app_is_refused_untouched(data_dir: Path) -> None:
    store, _ = ProgressStore.open(data_dir)
    store.close()
    db = data_dir / DB_NAME
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(ProgressError) as err:
        ProgressStore.open(data_dir)
    assert err.value.code == "newer-database"
    assert "0099" in str(err.value) and str(db) in str(err.value)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_a_foreign_sqlite_file_is_refused(data_dir: Path) -> None:
    with sqlite3.connect(data_dir / DB_NAME) as conn:
        conn.execute("CREATE TABLE recipes (id INTEGER)")
    with pytest.raises(ProgressError) as err:
        ProgressStore.open(data_dir)
    assert err.value.code == "not-progress-database"


def test_the_models_match_the_migrated_schema(data_dir: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from destination_europe.core.progress.models import Base

    store, _ = ProgressStore.open(data_dir, backup=False)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        store.close()
    assert diff == []
