"""Schema versions of the progress database and running the Alembic migrations in code.

The scripts live in ``migrations/`` inside this package (so a PyInstaller bundle that ships
the package folder has them); nothing reads an ``alembic.ini``. Alembic is imported only when
a database actually needs upgrading, which keeps an ordinary start fast.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Every revision this app knows, oldest first; the last one is what the models describe.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD_REVISION = KNOWN_REVISIONS[-1]


def alembic_config(connection: Any | None = None) -> Any:
    """An Alembic ``Config`` built in code, pointing at the package's scripts."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_revisions() -> list[str]:
    """The revisions the scripts on disk define, oldest first (tests compare with ours)."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


def stored_revision(db_path: Path) -> str | None:
    """The revision a database file is at; None for an empty or new file.

    Raises ``sqlite3.DatabaseError`` if the file is not a database, and ``LookupError`` if
    it is a database with tables but without a version (not ours).
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables:
            if tables:
                raise LookupError(sorted(tables))
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def upgrade(connection: Any, target: str = "head") -> None:
    """Upgrade the database behind ``connection`` (inside its transaction) to ``target``."""
    from alembic import command

    command.upgrade(alembic_config(connection), target)
