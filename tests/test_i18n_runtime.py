"""Language choice, translators, localized formatting and the Preferences dialog."""

from __future__ import annotations

import datetime as dt
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from destination_europe.ui import formatting, i18n
from destination_europe.ui.preferences_dialog import restart_arguments


@pytest.fixture(autouse=True)
def _back_to_english(qapp):
    yield
    i18n.install_translator("en")


def test_cli_language_wins_then_saved_then_system(data_dir) -> None:
    settings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    i18n.save_language(settings, "fi")
    assert i18n.resolve_language("de", data_dir) == "de"
    assert i18n.resolve_language(None, data_dir) == "fi"
    assert i18n.resolve_language(None, None) == i18n.system_language()
    assert i18n.resolve_language("xx", None) == i18n.system_language()


def test_system_language_is_one_of_the_13(monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("sk_SK")))
    assert i18n.system_language() == "sk"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert i18n.system_language() == "en"


@pytest.mark.parametrize(
    ("lang", "text"),
    [("de", "Länder"), ("el", "Χώρες"), ("uk", "Країни"), ("lt", "Šalys")],
)
def test_app_and_qt_translations_are_installed(lang: str, text: str) -> None:
    assert i18n.install_translator(lang) == lang
    assert QCoreApplication.translate("CountriesSection", "Countries") == text
    files = " ".join(i18n.installed_files())
    assert f"destination_europe_{lang}.qm" in files
    assert QLocale().name().startswith(lang)


def test_qt_base_translation_is_loaded_for_standard_buttons() -> None:
    i18n.install_translator("de")
    assert any("qtbase_de" in f for f in i18n.installed_files())
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_plural_forms_follow_the_language() -> None:
    i18n.install_translator("uk")
    tr = QCoreApplication.translate
    assert tr("GlossarySection", "%n term(s)", "", 1) == "1 термін"
    assert tr("GlossarySection", "%n term(s)", "", 3) == "3 терміни"
    assert tr("GlossarySection", "%n term(s)", "", 7) == "7 термінів"
    i18n.install_translator("en")
    assert tr("GlossarySection", "%n term(s)", "", 1) == "1 term"


def test_numbers_percentages_and_dates_follow_the_language() -> None:
    assert formatting.format_number(1234567, "de") == "1.234.567"
    assert formatting.format_number(1234567, "en") == "1,234,567"
    assert formatting.format_number(12.345, "fr", 1) == "12,3"
    assert formatting.format_percent(12.5, "de") == "12,5\u00a0%"
    assert formatting.format_percent(12.5, "en") == "12.5%"
    assert formatting.format_date(dt.date(2024, 3, 5), "de") == "05.03.24"
    assert "März" in formatting.format_date(dt.date(2024, 3, 5), "de", long=True)
    assert formatting.format_number(None) == ""


def test_country_names_come_from_cldr() -> None:
    assert formatting.country_name("DE", "el") == "Γερμανία"
    assert formatting.country_name("EL", "fr") == "Grèce"
    assert formatting.country_name("GE", "uk") == "Грузія"
    assert formatting.country_name("MK", "de") == "Nordmazedonien"
    assert formatting.country_name("ZZZ", "de") == "ZZZ"


def test_restart_replaces_the_language_argument(monkeypatch) -> None:
    monkeypatch.setattr(sys, "frozen", False, raising=False)
    program, args = restart_arguments("fr", ["/x/__main__.py", "--lang", "de", "--data-dir", "/d"])
    assert program == sys.executable
    assert args == ["-m", "destination_europe", "--lang", "fr", "--data-dir", "/d"]
    _, args = restart_arguments("el", ["/venv/bin/destination-europe", "--lang=de"])
    assert args == ["/venv/bin/destination-europe", "--lang", "el"]


def test_preferences_apply_theme_and_size_and_save_language(qtbot, data_dir) -> None:
    from destination_europe.ui.app import build_main_window
    from destination_europe.ui.preferences_dialog import PreferencesDialog

    window = build_main_window(data_dir, "en")
    qtbot.addWidget(window)
    action = window.preferences_action
    assert action in window.file_menu.actions()
    assert action.shortcut().toString() == "Ctrl+,"
    dialog = PreferencesDialog(window.services, window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    dialog.text_size.setValue(130)
    dialog.language.setCurrentIndex(dialog.language.findData("el"))
    assert dialog.apply() is True  # a new language needs a restart
    assert window.services.theme == "high-contrast"
    assert window.services.zoom == pytest.approx(1.3)
    assert i18n.saved_language(data_dir) == "el"
    assert window.services.settings.value("view/theme_source") == "user"
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert "Ελληνικά" in names and "Deutsch" in names and len(names) == 13


def test_greek_standard_buttons_and_file_dialog_come_from_our_own_qt_translation() -> None:
    """PySide6 has no qtbase_el.qm: resources/i18n/qtbase_extra_el.ts fills the gap."""
    i18n.install_translator("el")
    assert any("qtbase_extra_el" in f for f in i18n.installed_files())
    tr = QCoreApplication.translate
    for context, source in (
        ("QPlatformTheme", "Cancel"),
        ("QPlatformTheme", "Save"),
        ("QPlatformTheme", "&Yes"),
        ("QFileDialog", "File &name:"),
        ("QWidgetTextControl", "&Copy"),
    ):
        translated = tr(context, source)
        assert translated != source and any("\u0370" <= ch <= "\u03ff" for ch in translated), (
            context,
            source,
            translated,
        )


def test_the_extra_qt_translations_are_complete_and_compiled() -> None:
    from destination_europe.tools import i18n as tools

    files = tools.extra_qt_ts()
    assert [f.name for f in files] == ["qtbase_extra_el.ts"]
    for ts in files:
        messages = tools.read_ts(ts)
        assert len(messages) > 150 and all(m.finished for m in messages), ts.name
        qm = ts.with_suffix(".qm")
        assert qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime, (
            f"{qm.name}: run 'python -m destination_europe.tools.i18n compile'"
        )
