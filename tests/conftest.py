"""Shared test set-up: Qt runs offscreen, the web engine without sandbox as root."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(scope="session")
def qapp_cls():
    from PySide6.QtWidgets import QApplication

    return QApplication


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls, pytestconfig):
    """The app's own QApplication: the app:// scheme is registered before it exists."""
    from destination_europe.ui.app import create_application

    return create_application(qapp_args or ["destination-europe-tests"])


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


# PySide6 on Python 3.11 can crash while the interpreter tears down a process that created
# many Qt objects ("bool_dealloc" in the final garbage collection), after every test has
# passed. The results are final by then, so a Qt test run leaves without that teardown.
def pytest_sessionfinish(session, exitstatus):
    session.config._de_exitstatus = int(exitstatus)


def pytest_unconfigure(config):
    status = getattr(config, "_de_exitstatus", None)
    if status is not None and "PySide6.QtWidgets" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(status)
