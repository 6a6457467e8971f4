"""Installs the Qt translator for the chosen interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from destination_europe import paths
from destination_europe.core.languages import DEFAULT_LANGUAGE

_installed: list[QTranslator] = []


def install_translator(lang: str | None) -> str:
    """Load ``resources/i18n/destination_europe_<lang>.qm`` if it exists; return the language."""
    code = lang or DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(code))
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qm = paths.resources_dir() / "i18n" / f"destination_europe_{code}.qm"
    if qm.is_file():
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
    return code
