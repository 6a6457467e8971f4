"""The interface language: which one, and the Qt translators that carry it.

Order of choice: ``--lang`` on the command line, then the language saved in Preferences
(``ui/language`` in the data folder's ``settings.ini``), then the system locale when it is
one of the 13 languages, else English.

The translators installed: the app's own ``resources/i18n/destination_europe_<lang>.qm``
and Qt's base translations (``qtbase_<lang>.qm``, or the older ``qt_<lang>.qm`` where Qt has
only that) from PySide6's translations folder, so standard buttons and file dialogs speak
the language too; for Greek, which PySide6 has no such file for, the project's own
``resources/i18n/qtbase_extra_el.ts`` carries those strings. A missing or outdated ``.qm``
is compiled from its ``.ts`` when ``pyside6-lrelease`` is at hand (a source checkout); the
installer ships compiled files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from destination_europe import paths
from destination_europe.core.languages import DEFAULT_LANGUAGE, LANGUAGES, is_supported

SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []


def system_language() -> str:
    """The first of the user's system languages that the app has, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if is_supported(code):
            return code
    return DEFAULT_LANGUAGE


def saved_language(data_dir: Path | None) -> str | None:
    if data_dir is None:
        return None
    settings = QSettings(str(Path(data_dir) / "settings.ini"), QSettings.Format.IniFormat)
    value = str(settings.value(SETTINGS_KEY, "") or "")
    return value if is_supported(value) else None


def save_language(settings: QSettings, code: str) -> None:
    if is_supported(code):
        settings.setValue(SETTINGS_KEY, code)
        settings.sync()


def resolve_language(lang: str | None, data_dir: Path | None = None) -> str:
    if lang and is_supported(lang):
        return lang
    return saved_language(data_dir) or system_language()


def native_name(code: str) -> str:
    """The language's name in itself, capitalised (``Deutsch``, ``Ελληνικά``)."""
    name = QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def i18n_dir() -> Path:
    return paths.resources_dir() / "i18n"


def ensure_compiled(
    code: str, folder: Path | None = None, stem: str = "destination_europe"
) -> Path | None:
    """The language's ``.qm``, compiled first if it is missing or older than its ``.ts``."""
    folder = folder or i18n_dir()
    ts = folder / f"{stem}_{code}.ts"
    qm = folder / f"{stem}_{code}.qm"
    if ts.is_file() and (not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            from destination_europe.tools.i18n import compile_ts

            compile_ts(ts, qm)
        except Exception:  # no lrelease or no write access: keep what exists
            pass
    return qm if qm.is_file() else None


def _load(app, file: Path | None = None, *, base: str = "", code: str = "") -> bool:
    translator = QTranslator(app)
    if file is not None:
        ok = translator.load(str(file))
    else:
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ok = translator.load(f"{base}_{code}", folder)
    if ok and not translator.isEmpty():
        app.installTranslator(translator)
        _installed.append(translator)
        return True
    return False


def install_translator(lang: str | None, data_dir: Path | None = None) -> str:
    """Install the translators for the chosen language; return its code."""
    code = resolve_language(lang, data_dir)
    QLocale.setDefault(QLocale(code))
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if code == DEFAULT_LANGUAGE and not (i18n_dir() / f"destination_europe_{code}.ts").is_file():
        return code
    qm = ensure_compiled(code)
    if qm is not None:
        _load(app, qm)
    if code != "en" and not _load(app, base="qtbase", code=code):
        _load(app, base="qt", code=code)
    # Qt's own strings for a language PySide6 has no qtbase file for (Greek): our own file
    extra = ensure_compiled(code, stem="qtbase_extra")
    if extra is not None:
        _load(app, extra)
    return code


def installed_files() -> list[str]:
    """File paths of the translators now installed (for tests and the About dialog)."""
    return [t.filePath() for t in _installed]


__all__ = [
    "LANGUAGES",
    "ensure_compiled",
    "install_translator",
    "installed_files",
    "native_name",
    "resolve_language",
    "save_language",
    "saved_language",
    "system_language",
]
