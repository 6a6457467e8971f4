"""The user's data directory: where profiles, progress and settings live."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

PORTABLE_FOLDER = "data"


class DataDirError(Exception):
    """The data directory cannot be created or written to."""


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("destination-europe", "EMN"))


def app_folder(*, executable: str | None = None, frozen: bool | None = None) -> Path:
    """The folder the user sees the program in.

    Frozen (PyInstaller): the executable's folder, or the folder holding the ``.app`` on
    macOS. From source: the repository root.
    """
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    if not frozen:
        return Path(__file__).resolve().parents[2]
    exe_dir = Path(executable or sys.executable).resolve().parent
    contents = exe_dir.parent
    if exe_dir.name == "MacOS" and contents.name == "Contents" and contents.parent.suffix == ".app":
        return contents.parent.parent
    return exe_dir


def portable_data_dir(
    force: bool = False, *, executable: str | None = None, frozen: bool | None = None
) -> Path | None:
    """The ``data`` folder beside the program when the app runs portable, else None.

    Portable means: running frozen with a folder named ``data`` beside the executable
    (e.g. on a USB stick), or ``force`` (the ``--portable`` option), which also works from
    source and lets prepare_data_dir create the folder.
    """
    if frozen is None:
        frozen = bool(getattr(sys, "frozen", False))
    folder = app_folder(executable=executable, frozen=frozen) / PORTABLE_FOLDER
    if force or (frozen and folder.is_dir()):
        return folder
    return None


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
