"""Alembic environment for the progress database.

Run programmatically by :mod:`destination_europe.core.progress.migrate`: the caller puts an
open SQLAlchemy connection in ``config.attributes["connection"]``. There is deliberately no
``__init__.py`` here, so this file is data (shipped next to the code, also in the installer
bundle) and is never imported as a module.
"""

from __future__ import annotations

from alembic import context

from destination_europe.core.progress.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run through destination_europe.core.progress.migrate.upgrade()")
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) mode is not supported for the progress database")
run_migrations()
