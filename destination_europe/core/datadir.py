"""The user's data directory: where profiles, progress and settings live."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class DataDirError(Exception):
    """The data directory cannot be created or written to."""


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("destination-europe", "EMN"))


def prepare_data_dir(path: Path | None) -> Path:
    """Create the folder if needed and prove it is writable; raise DataDirError if not."""
    folder = (path or default_data_dir()).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise DataDirError(f"{folder}: {exc.strerror or exc}") from exc
    return folder
