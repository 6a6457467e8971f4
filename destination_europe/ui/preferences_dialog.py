"""Preferences: interface language, theme and text size (File → Preferences…, Ctrl+,).

The theme and the text size apply at once. A new interface language is saved and takes
effect at the next start (the window's texts are built once); the dialog says so and offers
"Restart now", which starts the app again with the new language and closes this one.

By default the theme follows the system (``QStyleHints.colorScheme()`` and the contrast
preference); picking a theme in Preferences or in View → Theme makes it the user's choice.
"""

from __future__ import annotations

import contextlib
import sys

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.languages import LANGUAGES
from destination_europe.ui.i18n import native_name, save_language

THEME_SOURCE_KEY = "view/theme_source"  # "system" (follow the system) or "user"
SYSTEM = "system"
THEMES = ("light", "dark", "high-contrast")


def system_theme() -> str:
    """The theme the system asks for: high contrast, dark, or light."""
    hints = QGuiApplication.styleHints()
    try:
        access = hints.accessibility()
        if access.contrastPreference() == Qt.ContrastPreference.HighContrast:
            return "high-contrast"
    except AttributeError:  # Qt older than 6.10
        pass
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


def follows_system(settings) -> bool:
    default = SYSTEM if not settings.contains("view/theme") else "user"
    return str(settings.value(THEME_SOURCE_KEY, default)) == SYSTEM


def restart_arguments(lang: str, argv: list[str] | None = None) -> tuple[str, list[str]]:
    """Program and arguments that start this app again with ``--lang lang``."""
    argv = list(sys.argv if argv is None else argv)
    rest, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
            continue
        if arg.startswith("--lang="):
            continue
        rest.append(arg)
    rest = ["--lang", lang, *rest]
    if getattr(sys, "frozen", False):
        return sys.executable, rest
    script = argv[0] if argv else ""
    if not script or script.endswith("__main__.py") or script == "-m":
        return sys.executable, ["-m", "destination_europe", *rest]
    return sys.executable, [script, *rest]


class PreferencesDialog(QDialog):
    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")
        self.restart_requested = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox()
        self.language.setObjectName("prefLanguage")
        for code in LANGUAGES:
            self.language.addItem(native_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(services.lang)))
        self.language.setAccessibleName(self.tr("Interface language"))
        form.addRow(self._label(self.tr("Interface &language:"), self.language), self.language)

        self.theme = QComboBox()
        self.theme.setObjectName("prefTheme")
        for key, text in (
            (SYSTEM, self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high-contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(text, key)
        current = SYSTEM if follows_system(services.settings) else services.theme
        self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self.theme.setAccessibleName(self.tr("Theme"))
        form.addRow(self._label(self.tr("&Theme:"), self.theme), self.theme)

        self.text_size = QSpinBox()
        self.text_size.setObjectName("prefTextSize")
        self.text_size.setRange(50, 300)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(round(services.zoom * 100))
        self.text_size.setAccessibleName(self.tr("Text size in percent"))
        form.addRow(self._label(self.tr("Text &size:"), self.text_size), self.text_size)

        self.note = QLabel(self.tr("A new interface language takes effect when the app restarts."))
        self.note.setObjectName("muted")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.note.text())
        layout.addWidget(self.note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Apply
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def apply(self) -> bool:
        """Apply theme and text size now, save the language; True if a restart is needed."""
        services = self.services
        theme = str(self.theme.currentData())
        if theme == SYSTEM:
            services.settings.setValue(THEME_SOURCE_KEY, SYSTEM)
            apply_system_theme(services)
        else:
            services.settings.setValue(THEME_SOURCE_KEY, "user")
            if theme != services.theme:
                services.set_theme(theme)
        zoom = self.text_size.value() / 100
        if abs(zoom - services.zoom) > 1e-6:
            services.set_zoom(zoom)
        lang = self.chosen_language()
        if lang != services.lang:
            save_language(services.settings, lang)
            return True
        return False

    def accept(self) -> None:
        needs_restart = self.apply()
        super().accept()
        if needs_restart:
            self.restart_requested = ask_restart(self.parentWidget(), self.chosen_language())


def ask_restart(parent: QWidget | None, lang: str) -> bool:
    """Tell the user a restart is needed; offer "Restart now". True if they chose it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("PreferencesDialog", "Restart needed"))
    box.setText(
        QCoreApplication.translate(
            "PreferencesDialog",
            "The new interface language is saved. It takes effect when the app starts again.",
        )
    )
    now = box.addButton(
        QCoreApplication.translate("PreferencesDialog", "&Restart now"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("PreferencesDialog", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(now)
    box.exec()
    if box.clickedButton() is now:
        restart_app(lang)
        return True
    return False


def restart_app(lang: str) -> None:
    """Start the app again with ``lang`` once this one has closed cleanly, then quit."""
    app = QCoreApplication.instance()
    program, args = restart_arguments(lang)
    app.aboutToQuit.connect(lambda: QProcess.startDetached(program, args))
    for widget in QGuiApplication.topLevelWindows():
        widget.close()
    app.quit()


# -- theme that follows the system ------------------------------------------------------------
def apply_system_theme(services) -> None:
    """Use the system's theme without making it a user choice."""
    theme = system_theme()
    if theme != services.theme:
        services._following_system = True
        try:
            services.set_theme(theme)
        finally:
            services._following_system = False


def _on_theme_changed(services, window) -> None:
    if not getattr(services, "_following_system", False):
        services.settings.setValue(THEME_SOURCE_KEY, "user")
    _sync_theme_actions(window, services.theme)


def _sync_theme_actions(window, theme: str) -> None:
    for group in window.findChildren(QActionGroup):
        actions = group.actions()
        if len(actions) == len(THEMES) and all(a.isCheckable() for a in actions):
            for key, action in zip(THEMES, actions, strict=True):
                action.setChecked(key == theme)


def install_preferences_action(window) -> QAction:
    """Add File → Preferences… (Ctrl+,) and let the theme follow the system by default."""
    services = window.services
    action = QAction(QCoreApplication.translate("PreferencesDialog", "&Preferences…"), window)
    action.setObjectName("preferencesAction")
    action.setShortcut(QKeySequence("Ctrl+,"))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_dialog() -> None:
        PreferencesDialog(services, window).exec()

    action.triggered.connect(open_dialog)
    menu = getattr(window, "file_menu", None)
    if menu is not None:
        actions = menu.actions()
        quit_action = actions[-1] if actions else None
        separator = actions[-2] if len(actions) >= 2 and actions[-2].isSeparator() else None
        menu.insertAction(separator or quit_action, action)
    else:
        window.addAction(action)
    if follows_system(services.settings):
        apply_system_theme(services)
        services.settings.setValue(THEME_SOURCE_KEY, SYSTEM)
        _sync_theme_actions(window, services.theme)
    services.themeChanged.connect(lambda _t: _on_theme_changed(services, window))
    hints = QGuiApplication.styleHints()

    def system_changed(*_args) -> None:
        if follows_system(services.settings):
            apply_system_theme(services)

    hints.colorSchemeChanged.connect(system_changed)
    with contextlib.suppress(AttributeError):
        hints.accessibility().contrastPreferenceChanged.connect(system_changed)
    window.preferences_action = action
    return action
