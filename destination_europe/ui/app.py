"""Composition root: builds the core services and the Qt layer, and wires them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from destination_europe import paths


def _prepare_environment() -> None:
    """Chromium settings that must be in place before the QApplication exists."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    for flag in (
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-pings",
        "--disable-domain-reliability",
    ):
        if flag not in flags:
            flags.append(flag)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to start its sandbox as root (see docs/ARCHITECTURE.md).
        os.environ["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
        if "--no-sandbox" not in flags:
            flags.append("--no-sandbox")
    os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)


def _leave(code: int) -> None:
    """Exit without the interpreter's final teardown of Qt objects.

    Everything the app stores is written in transactions before this point; PySide6 on
    Python 3.11 can crash in the last garbage collection of a process with many Qt
    objects, which would turn a clean exit into an error code.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def create_application(argv: list[str] | None = None):
    """Create (or return) the QApplication with the app scheme registered first."""
    _prepare_environment()
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    from destination_europe.ui.web.scheme import register_scheme

    register_scheme()
    from PySide6.QtCore import QCoreApplication, Qt

    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Destination Europe")
    app.setOrganizationName("EMN")
    app.setApplicationDisplayName("Destination Europe")
    return app


def build_main_window(data_dir: Path, lang: str | None, *, content_root: Path | None = None):
    """Wire the core services and the Qt views into one main window."""
    from destination_europe.ui.i18n import install_translator
    from destination_europe.ui.main_window import MainWindow
    from destination_europe.ui.services import Services

    code = install_translator(lang, data_dir)
    services = Services(content_root=content_root or paths.content_root(), data_dir=data_dir)
    services.lang = code
    return MainWindow(services)


def run_app(data_dir: Path, lang: str | None) -> int:
    app = create_application()
    window = build_main_window(data_dir, lang)
    window.show()
    code = app.exec()
    window.shutdown()
    _leave(code)
    return code


def run_self_test(
    data_dir: Path, lang: str | None, screenshots: Path | None, timeout: float
) -> int:
    app = create_application()
    window = build_main_window(data_dir, lang)
    from destination_europe.ui.selftest import SelfTest

    test = SelfTest(window, screenshots, timeout)
    window.resize(1400, 900)
    window.show()
    ok = test.run(app)
    print(test.summary(), flush=True)
    window.close()
    window.shutdown()
    _leave(0 if ok else 1)
    return 0 if ok else 1
