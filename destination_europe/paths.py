"""Where the app finds its shipped content and assets. No Qt here.

In a source checkout the content root is the repository (it holds ``lessons/`` and
``resources/``); in a PyInstaller bundle it is ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from pathlib import Path


def content_root() -> Path:
    """The folder that holds ``lessons/`` and ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resources_dir(root: Path | None = None) -> Path:
    return (root or content_root()) / "resources"


def lessons_dir(root: Path | None = None) -> Path:
    return (root or content_root()) / "lessons"


def plotly_js_dir() -> Path:
    """The folder of the installed plotly package that holds ``plotly.min.js``."""
    import plotly

    return Path(plotly.__file__).resolve().parent / "package_data"
