"""The main window: a sidebar of sections, menus, shortcuts and a status bar."""

from __future__ import annotations

import time

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from destination_europe.ui.about_dialog import AboutDialog, ShortcutsDialog
from destination_europe.ui.sections.base import Section
from destination_europe.ui.sections.countries import CountriesSection
from destination_europe.ui.sections.glossary import GlossarySection
from destination_europe.ui.sections.home import HomeSection
from destination_europe.ui.sections.learn import LearnSection
from destination_europe.ui.sections.play import PlaySection
from destination_europe.ui.sections.progress import ProgressSection
from destination_europe.ui.services import Services
from destination_europe.ui.theme import apply_theme


class MainWindow(QMainWindow):
    firstPaint = Signal()

    def __init__(self, services: Services) -> None:
        super().__init__()
        self.services = services
        self.setWindowTitle(self.tr("Destination Europe"))
        self.setObjectName("mainWindow")
        self._painted = False

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setFixedWidth(210)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.sections: list[Section] = [
            HomeSection(services),
            LearnSection(services),
            PlaySection(services),
            GlossarySection(services),
            CountriesSection(services),
            ProgressSection(services),
        ]
        for section in self.sections:
            item = QListWidgetItem(
                section.sidebar_title() if hasattr(section, "sidebar_title") else section.title()
            )
            item.setData(Qt.ItemDataRole.UserRole, section.section_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section.title())
            self.sidebar.addItem(item)
            self.stack.addWidget(section)
            if hasattr(section, "navigate"):
                section.navigate.connect(self.show_section)
            if hasattr(section, "linkActivated"):
                section.linkActivated.connect(self.follow_link)
        self.sidebar.currentRowChanged.connect(self._on_row)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.offline_label = QLabel()
        self.offline_label.setObjectName("offlineStatus")
        self.statusBar().addPermanentWidget(self.offline_label)
        self._update_offline_label()
        self._build_menus()
        apply_theme(services.theme, services.zoom)
        services.themeChanged.connect(lambda t: apply_theme(t, self.services.zoom))
        services.zoomChanged.connect(lambda z: apply_theme(self.services.theme, z))
        services.webEngineReady.connect(self._on_engine_ready)
        self._install_extensions()
        self._restore()

    def _install_extensions(self) -> None:
        """Menu entries and status-bar widgets that feature modules add (e.g. progress)."""
        try:
            from destination_europe.ui.preferences_dialog import install_preferences_action
        except ImportError:
            pass
        else:
            install_preferences_action(self)
        # Progress opens a database and imports SQLAlchemy: that waits until the window is on
        # screen (or until something asks for ``progress_ui`` earlier).
        self.firstPaint.connect(self._install_progress)

    def _install_progress(self) -> None:
        if "progress_ui" in self.__dict__:
            return
        try:
            from destination_europe.ui.progress_menu import install_progress_actions
        except ImportError:
            self.__dict__["progress_ui"] = None
            return
        install_progress_actions(self)

    def __getattr__(self, name: str):
        if name == "progress_ui":
            self._install_progress()
            return self.__dict__["progress_ui"]
        raise AttributeError(name)

    # -- sections -------------------------------------------------------------------------
    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.section_id == section_id:
                return s
        raise KeyError(section_id)

    def show_section(self, section_id: str) -> None:
        for i, s in enumerate(self.sections):
            if s.section_id == section_id:
                self.sidebar.setCurrentRow(i)
                return

    def current_section(self) -> Section:
        return self.sections[self.stack.currentIndex()]

    def _on_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        section = self.sections[row]
        self.services.settings.setValue("window/section", section.section_id)
        self.statusBar().showMessage(section.title(), 3000)
        self.export_action.setEnabled(hasattr(section, "export_png"))
        if self._painted:
            section.activated()

    def follow_link(self, scheme: str, target: str) -> None:
        """In-app links from any page: ``glossary:ID``, ``lesson:ID``, ``country:ISO2``."""
        destination = {"glossary": "glossary", "lesson": "learn", "country": "countries"}.get(
            scheme
        )
        if destination is None:
            return
        section = self.section(destination)
        self.show_section(destination)
        if hasattr(section, "open_target"):
            section.open_target(target)

    # -- menus ----------------------------------------------------------------------------
    def _action(self, text: str, shortcut=None, slot=None, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if slot is not None:
            action.triggered.connect(slot)
        action.setCheckable(checkable)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        self.file_menu = file_menu
        self.export_action = self._action(
            self.tr("&Export chart as PNG…"), QKeySequence.StandardKey.Save, self._export_chart
        )
        self.export_action.setEnabled(False)
        file_menu.addAction(self.export_action)
        file_menu.addAction(
            self._action(self.tr("&Import Eurostat data file…"), "Ctrl+I", self._import_eurostat)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        )

        view = bar.addMenu(self.tr("&View"))
        view.setObjectName("viewMenu")
        for i, section in enumerate(self.sections):
            view.addAction(
                self._action(
                    section.title(),
                    f"Ctrl+{i + 1}",
                    lambda _=False, s=section.section_id: self.show_section(s),
                )
            )
        view.addSeparator()
        view.addAction(
            self._action(
                self.tr("Zoom &in"),
                QKeySequence.StandardKey.ZoomIn,
                lambda: self.services.set_zoom(self.services.zoom + 0.1),
            )
        )
        view.addAction(
            self._action(
                self.tr("Zoom &out"),
                QKeySequence.StandardKey.ZoomOut,
                lambda: self.services.set_zoom(self.services.zoom - 0.1),
            )
        )
        view.addAction(
            self._action(self.tr("&Actual size"), "Ctrl+0", lambda: self.services.set_zoom(1.0))
        )
        view.addAction(
            self._action(
                self.tr("&Projector mode (large text)"),
                "Ctrl+Shift+P",
                lambda: self.services.set_zoom(1.6),
            )
        )
        view.addSeparator()
        themes = view.addMenu(self.tr("&Theme"))
        group = QActionGroup(self)
        for key, label in (
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high-contrast", self.tr("High contrast")),
        ):
            action = self._action(
                label, None, lambda _=False, k=key: self.services.set_theme(k), checkable=True
            )
            action.setChecked(self.services.theme == key)
            group.addAction(action)
            themes.addAction(action)
        self.mode_action = self._action(
            self.tr("&Facilitator mode (show facilitator notes)"),
            "Ctrl+Shift+F",
            self._toggle_mode,
            checkable=True,
        )
        view.addAction(self.mode_action)
        self.fullscreen_action = self._action(
            self.tr("&Full screen"),
            QKeySequence.StandardKey.FullScreen,
            self._toggle_fullscreen,
            checkable=True,
        )
        view.addAction(self.fullscreen_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        self.help_menu = help_menu
        help_menu.addAction(
            self._action(
                self.tr("&Keyboard shortcuts"),
                QKeySequence.StandardKey.HelpContents,
                lambda: ShortcutsDialog(self).exec(),
            )
        )
        help_menu.addAction(
            self._action(
                self.tr("&About Destination Europe"),
                None,
                lambda: AboutDialog(self.services, self).exec(),
            )
        )

    def _import_eurostat(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a Eurostat data file"),
            "",
            self.tr("Eurostat files (*.tsv *.csv *.txt);;All files (*)"),
        )
        if path:
            self.import_eurostat_file(path)

    def import_eurostat_file(self, path: str) -> bool:
        """Import and tell the user what happened (a dialog for errors, the status bar else)."""
        from pathlib import Path

        from PySide6.QtWidgets import QMessageBox

        from destination_europe.core.eurostat_import import ImportFileError
        from destination_europe.core.statistics import DataError
        from destination_europe.ui.indicator_names import indicator_name

        try:
            result = self.services.import_eurostat(Path(path))
        except (ImportFileError, DataError, OSError) as exc:
            self.last_import_message = str(exc)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Import refused"),
                self.tr("The file was not imported, nothing was changed:") + "\n" + str(exc),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setModal(False)
            box.show()
            return False
        lines = [
            self.tr("{name}: {count} values, {first}–{last}").format(
                name=indicator_name(ind), count=n, first=a, last=b
            )
            for ind, (n, a, b) in result.summary().items()
        ]
        self.last_import_message = "; ".join(lines)
        self.statusBar().showMessage(
            self.tr("Imported from {dataset}: {what}").format(
                dataset=result.dataset, what=self.last_import_message
            ),
            15000,
        )
        return True

    def _toggle_mode(self, checked: bool) -> None:
        self.services.mode = "facilitator" if checked else "learner"
        for section in self.sections:
            if hasattr(section, "mode_changed"):
                section.mode_changed()

    def _toggle_fullscreen(self, checked: bool) -> None:
        self.showFullScreen() if checked else self.showNormal()

    def _export_chart(self) -> None:
        section = self.current_section()
        if hasattr(section, "export_png"):
            section.export_png()

    # -- state ----------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.services.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 820)
        last = str(self.services.settings.value("window/section", "home"))
        ids = [s.section_id for s in self.sections]
        self.sidebar.setCurrentRow(ids.index(last) if last in ids else 0)

    def shutdown(self) -> None:
        """Delete the web views (and their pages) before the web engine profile goes."""
        from PySide6.QtCore import QCoreApplication, QEvent

        from destination_europe.ui.web.view import WebView

        for view in self.findChildren(WebView):
            view.close()
            view.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.services.close()  # every write is already committed; this releases the file
        if self.services.web_engine_started:
            self.services.web_engine.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.services.settings.setValue("window/geometry", self.saveGeometry())
        self.services.settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_paint_time = time.perf_counter()
            # The web engine starts only after the window is on screen.
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.firstPaint.emit()
        self.current_section().activated()

    def _on_engine_ready(self) -> None:
        self.services.web_engine.interceptor.blocked.connect(
            lambda _u: self._update_offline_label()
        )
        self._update_offline_label()

    def _update_offline_label(self) -> None:
        blocked = (
            self.services.web_engine.interceptor.blocked_count
            if self.services.web_engine_started
            else 0
        )
        self.offline_label.setText(self.tr("Offline: %n outside request(s) blocked", "", blocked))
        self.offline_label.setAccessibleName(self.offline_label.text())
