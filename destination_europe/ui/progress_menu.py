"""Progress in the main window: menu entries, the current-learner button, notices, backups.

``install_progress_actions(window)`` (called by MainWindow) creates a :class:`ProgressUi`
kept as ``window.progress_ui``. The progress store opens after the first paint (start-up
stays fast); what its recovery did is told once, in a non-modal message. Every action is a
method that does the work (tests call them); file choosers go through :meth:`ask_save` and
:meth:`ask_open`, which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QToolButton

from destination_europe.ui.progress_backups import RestoreDialog, important_notices
from destination_europe.ui.progress_catalog import content_index
from destination_europe.ui.progress_profiles import (
    ClassDialog,
    NewProfileDialog,
    ProfileSwitcher,
    avatar_icon,
)

BACKUP_CHECK_MS = 5 * 60 * 1000
PACKET_FILTER = "Destination Europe packets (*.zip);;All files (*)"


def install_progress_actions(window) -> ProgressUi:
    ui = ProgressUi(window)
    window.progress_ui = ui
    return ui


class ProgressUi(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.section = window.section("progress")
        self.started = False
        self.notice_texts: list[str] = []
        self.message_box: QMessageBox | None = None
        self.last_message = ""
        self._build_actions()
        self.status_button = QToolButton()
        self.status_button.setObjectName("learnerButton")
        self.status_button.setAutoRaise(True)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.status_button.clicked.connect(lambda _=False: self.open_switcher())
        self.status_button.setText(self.tr("Learner"))
        window.statusBar().addPermanentWidget(self.status_button)
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        window.firstPaint.connect(self.start)
        self.services.profileChanged.connect(lambda _p: self._on_profile(switched=True))
        window.section("home").continue_button.clicked.connect(self._continue_from_home)
        self.section.linkActivated.connect(self._after_link)
        self._update_actions()

    # -- menus -------------------------------------------------------------------------------
    def _act(self, text: str, slot, menu=None, before=None) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _=False: slot())
        if menu is not None and before is not None:
            menu.insertAction(before, action)
        elif menu is not None:
            menu.addAction(action)
        return action

    def _build_actions(self) -> None:
        file_menu = self.window.file_menu
        separators = [a for a in file_menu.actions() if a.isSeparator()]
        before = separators[-1] if separators else None
        if before is not None:
            file_menu.insertSeparator(before)
        self.switch_action = self._act(
            self.tr("S&witch learner…"), self.open_switcher, file_menu, before
        )
        self.switch_action.setShortcut("Ctrl+Shift+L")
        self.new_learner_action = self._act(
            self.tr("&New learner…"), self.new_learner, file_menu, before
        )
        self.new_teacher_action = self._act(
            self.tr("New &teacher profile…"), self.new_teacher, file_menu, before
        )
        self.class_action = self._act(
            self.tr("Create a &class from a list of names…"), self.create_class, file_menu, before
        )
        file_menu.insertSeparator(before)
        self.passport_export_action = self._act(
            self.tr("Export my progress &passport…"), self.export_passport, file_menu, before
        )
        self.passport_import_action = self._act(
            self.tr("&Import a progress passport…"), self.import_passport, file_menu, before
        )
        packets = QMenu(self.tr("Class pac&kets"), file_menu)
        packets.setObjectName("classPacketsMenu")
        if before is not None:
            file_menu.insertMenu(before, packets)
        else:
            file_menu.addMenu(packets)
        self.packets_menu = packets
        self.export_assignment_action = self._act(
            self.tr("Export an &assignment… (teacher)"), self.export_assignment, packets
        )
        self.import_assignment_action = self._act(
            self.tr("I&mport an assignment…"), self.import_assignment, packets
        )
        self.export_results_action = self._act(
            self.tr("Export my &results…"), self.export_results, packets
        )
        self.import_results_action = self._act(
            self.tr("Import &results… (teacher)"), self.import_results, packets
        )
        self.report_csv_action = self._act(
            self.tr("Export class report as CS&V… (teacher)"), self.report_csv, file_menu, before
        )
        self.report_pdf_action = self._act(
            self.tr("Export class report as P&DF… (teacher)"), self.report_pdf, file_menu, before
        )
        help_menu = self.window.help_menu
        help_before = help_menu.actions()[0] if help_menu.actions() else None
        self.check_action = self._act(
            self.tr("&Check database"), self.check_database, help_menu, help_before
        )
        self.restore_action = self._act(
            self.tr("&Restore from a backup…"), self.restore, help_menu, help_before
        )
        self.feedback_action = self._act(
            self.tr("Send &feedback…"), self.send_feedback, help_menu, help_before
        )
        help_menu.insertSeparator(help_before)
        self.teacher_actions = [
            self.class_action,
            self.export_assignment_action,
            self.import_results_action,
            self.report_csv_action,
            self.report_pdf_action,
        ]

    # -- start -------------------------------------------------------------------------------
    @property
    def store(self):
        return self.services.progress

    def start(self) -> None:
        """Open the store (recovery runs here), tell what recovery did, start the backup
        timer. Runs once, after the first paint; calling it again does nothing."""
        if self.started:
            return
        self.started = True
        store = self.store
        texts = important_notices(self.services.progress_notices)
        if store is None:
            texts.append(
                self.tr(
                    "Your progress cannot be saved: the progress database could not be "
                    "opened. {error}"
                ).format(error=self.services.progress_error or "")
            )
        self.notice_texts = texts
        if texts:
            self.inform(self.tr("Your progress"), "\n\n".join(texts), warning=True)
            self.window.statusBar().showMessage(texts[0], 15000)
        if store is not None:
            self.backup_timer.start()
        self._on_profile()

    def backup_if_due(self):
        store = self.store
        return store.backup_if_due() if store is not None else None

    def inform(self, title: str, text: str, warning: bool = False) -> QMessageBox:
        """A message that does not block: the window waits for OK, the caller does not."""
        if self.message_box is not None:
            self.message_box.close()
            self.message_box.deleteLater()
        box = QMessageBox(
            QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAccessibleName(title)
        box.show()
        self.message_box = box
        self.last_message = text
        return box

    # -- file choosers (tests replace these) -------------------------------------------------
    def ask_save(self, caption: str, name: str, filter_text: str = PACKET_FILTER) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, caption, str(Path.home() / name), filter_text
        )
        return Path(path) if path else None

    def ask_open(
        self, caption: str, many: bool = False, filter_text: str = PACKET_FILTER
    ) -> list[Path]:
        if many:
            paths, _ = QFileDialog.getOpenFileNames(
                self.window, caption, str(Path.home()), filter_text
            )
            return [Path(p) for p in paths]
        path, _ = QFileDialog.getOpenFileName(self.window, caption, str(Path.home()), filter_text)
        return [Path(path)] if path else []

    # -- profiles ----------------------------------------------------------------------------
    def current(self):
        store = self.store
        if store is None or store.current_profile_id is None:
            return None
        return store.get_profile(store.current_profile_id)

    def teacher_unlocked(self) -> bool:
        profile = self.current()
        return profile is not None and profile.is_teacher and profile.id in self.section.unlocked

    def open_switcher(self) -> None:
        store = self.store
        if store is None:
            return
        dialog = ProfileSwitcher(store, store.current_profile_id, self.window)
        dialog.pin_panel.unlocked.connect(self.section.unlock)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen:
            self.switch_to(dialog.chosen)

    def switch_to(self, profile_id: str) -> None:
        self.services.switch_profile(profile_id)

    def _new_profile(self, teacher: bool) -> None:
        if self.store is None:
            return
        dialog = NewProfileDialog(self.store, teacher, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            if teacher:
                self.section.unlock(dialog.created.id)  # just set the PIN
            self.switch_to(dialog.created.id)

    def new_learner(self) -> None:
        self._new_profile(False)

    def new_teacher(self) -> None:
        self._new_profile(True)

    def create_class(self) -> None:
        if not self.teacher_unlocked():
            return
        dialog = ClassDialog(self.store, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            names = ", ".join(p.name for p in dialog.created)
            self.inform(
                self.tr("Class created"),
                self.tr("%n learner profile(s) ready: ", "", len(dialog.created)) + names,
            )
            self.section.refresh()

    def _on_profile(self, switched: bool = False) -> None:
        profile = self.current()
        if profile is not None:
            self.status_button.setIcon(avatar_icon(profile.colour, profile.name, 20))
            self.status_button.setText(profile.name)
            self.status_button.setAccessibleName(
                self.tr("Current learner: {name}. Switch learner").format(name=profile.name)
            )
            self.status_button.setToolTip(self.tr("Switch learner (Ctrl+Shift+L)"))
        self._update_actions()
        if switched:
            self._sync_learn_place()
        home = self.window.section("home")
        if self.started and home.isVisible():
            home._show_continue()

    def _update_actions(self) -> None:
        profile = self.current()
        store_ok = self.started and self.store is not None
        teacher = self.teacher_unlocked()
        for action in (
            self.switch_action,
            self.new_learner_action,
            self.new_teacher_action,
            self.passport_import_action,
            self.import_assignment_action,
            self.export_results_action,
            self.check_action,
            self.restore_action,
            self.feedback_action,
        ):
            action.setEnabled(store_ok)
        for action in self.teacher_actions:
            action.setEnabled(store_ok and teacher)
        learner = profile is not None and not profile.is_teacher
        self.passport_export_action.setEnabled(store_ok and learner)
        self.export_results_action.setText(
            self.tr("Export the results of every learner on this PC…")
            if teacher
            else self.tr("Export my &results…")
        )
        self.export_results_action.setEnabled(store_ok and (learner or teacher))

    def _sync_learn_place(self) -> None:
        """Learn reopens its last lesson from the settings: make that this learner's place."""
        store = self.store
        if store is None or store.current_profile_id is None:
            return
        resume = store.resume_point()
        settings = self.services.settings
        learn = self.window.section("learn")
        if resume is None:
            for key in ("learn/lesson", "learn/section", "learn/place"):
                settings.remove(key)
            return
        settings.setValue("learn/lesson", resume[0])
        settings.setValue("learn/section", resume[1])
        if learn.catalog is not None and (
            learn.lesson is None or (learn.lesson.id, learn.index) != resume
        ):
            learn.open_lesson(*resume)

    # -- continue ----------------------------------------------------------------------------
    def _continue_from_home(self) -> None:
        target = getattr(self.window.section("home"), "resume_target", None)
        if target:
            learn = self.window.section("learn")
            self.window.show_section("learn")
            learn.open_lesson(*target)

    def _after_link(self, scheme: str, target: str) -> None:
        """MainWindow opened the lesson at its start; go on to where the learner was."""
        dashboard = self.section.dashboard
        wanted = getattr(dashboard, "resume_for_link", None)
        if scheme != "lesson" or not wanted or wanted[0] != target or not wanted[1]:
            return
        learn = self.window.section("learn")
        if learn.lesson is not None and learn.lesson.id == target:
            learn.go(wanted[1])

    # -- passports and packets ---------------------------------------------------------------
    def _refused(self, exc: Exception) -> None:
        self.inform(
            self.tr("File refused"),
            self.tr("This file was refused and nothing was changed:\n{reason}").format(
                reason=str(exc)
            ),
            warning=True,
        )

    def _merged_text(self, result) -> str:
        text = self.tr("{file}: {new} new of {total} records, {learners} new learner(s)").format(
            file=Path(result.path).name,
            new=result.events_added,
            total=result.events_in_packet,
            learners=result.profiles_added,
        )
        if result.assignment_added:
            text += self.tr(", a new assignment")
        return text

    def export_passport(self, path: Path | None = None) -> Path | None:
        profile = self.current()
        if profile is None or profile.is_teacher:
            return None
        from destination_europe.core.progress import packets

        path = path or self.ask_save(
            self.tr("Export my progress passport"), f"{profile.name}-passport.zip"
        )
        if path is None:
            return None
        try:
            packets.export_passport(self.store, profile.id, path)
        except OSError as exc:
            self._refused(exc)
            return None
        self.inform(
            self.tr("Passport saved"),
            self.tr(
                "Your progress is in {file}. On the other PC, choose File ▸ Import a progress "
                "passport… to continue there."
            ).format(file=path),
        )
        return path

    def import_passport(self, path: Path | None = None):
        from destination_europe.core.progress import packets
        from destination_europe.core.progress.packets import ImportResult

        if path is None:
            chosen = self.ask_open(self.tr("Import a progress passport"))
            if not chosen:
                return None
            path = chosen[0]
        try:
            packet = packets.read_packet(path, "passport")
            merged = self.store.merge(packet.profiles, packet.events, packet.assignment)
        except (packets.PacketError, OSError) as exc:
            self._refused(exc)
            return None
        result = ImportResult.of(Path(path), packet, merged)
        learners = [p for p in packet.profiles if not p.is_teacher]
        if len(learners) == 1:
            self.switch_to(learners[0].id)
            text = self.tr("Welcome back, {name}: your progress is here.").format(
                name=self.current().name
            )
        else:
            text = self.tr("The passport was merged.")
        self.inform(self.tr("Passport imported"), text + "\n" + self._merged_text(result))
        self.section.refresh()
        return result

    def export_assignment(self) -> None:
        if not self.teacher_unlocked():
            return
        from destination_europe.core.progress.profiles import LEARNER
        from destination_europe.ui.progress_packets import AssignmentDialog

        index = content_index(self.services.content_root, self.services.lang)
        dialog = AssignmentDialog(index, len(self.store.list_profiles(LEARNER)), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path = self.ask_save(self.tr("Export an assignment packet"), "assignment.zip")
        if path is not None:
            self.write_assignment(
                path,
                dialog.title,
                dialog.module_ids,
                dialog.lesson_ids,
                dialog.due,
                dialog.with_roster,
            )

    def write_assignment(
        self, path: Path, title: str, module_ids, lesson_ids, due: str | None, with_roster: bool
    ) -> Path | None:
        from destination_europe.core.progress import packets
        from destination_europe.core.progress.profiles import LEARNER

        store = self.store
        info = store.create_assignment(
            title, lesson_ids, module_ids, due, created_by=self.current().name
        )
        roster = [p.id for p in store.list_profiles(LEARNER)] if with_roster else []
        try:
            packets.export_assignment(store, info.id, path, roster)
        except OSError as exc:
            self._refused(exc)
            return None
        self.inform(
            self.tr("Assignment saved"),
            self.tr(
                "{file}: copy it to a USB stick; on each learner PC choose File ▸ Class "
                "packets ▸ Import an assignment…"
            ).format(file=path),
        )
        return path

    def _import(self, kind: str, paths: list[Path]) -> list:
        from destination_europe.core.progress import packets

        results, refused = [], []
        for path in paths:
            try:
                results.append(packets.import_packet(self.store, path, kind))
            except (packets.PacketError, OSError) as exc:
                refused.append(str(exc))
        lines = [self._merged_text(r) for r in results]
        if refused:
            lines.append(self.tr("Refused (nothing changed from these files):"))
            lines.extend(refused)
        if lines:
            self.inform(self.tr("Import"), "\n".join(lines), warning=bool(refused))
        self.section.refresh()
        return results

    def import_assignment(self, path: Path | None = None) -> list:
        paths = [path] if path else self.ask_open(self.tr("Import an assignment"))
        return self._import("assignment", paths)

    def export_results(self, path: Path | None = None) -> Path | None:
        from destination_europe.core.progress import packets

        profile = self.current()
        if profile is None:
            return None
        everyone = self.teacher_unlocked()
        if profile.is_teacher and not everyone:
            return None
        name = "results.zip" if everyone else f"{profile.name}-results.zip"
        path = path or self.ask_save(self.tr("Export results"), name)
        if path is None:
            return None
        try:
            packets.export_results(self.store, path, None if everyone else [profile.id])
        except OSError as exc:
            self._refused(exc)
            return None
        self.inform(
            self.tr("Results saved"),
            self.tr("{file}: give it to your teacher (for example on a USB stick).").format(
                file=path
            ),
        )
        return path

    def import_results(self, paths: list[Path] | None = None) -> list:
        if not self.teacher_unlocked():
            return []
        paths = paths or self.ask_open(self.tr("Import results"), many=True)
        return self._import("results", paths)

    def report_csv(self) -> None:
        if self.teacher_unlocked():
            self.window.show_section("progress")
            self.section.show_teacher_view()
            self.section.teacher.ask_csv()

    def report_pdf(self) -> None:
        if self.teacher_unlocked():
            self.window.show_section("progress")
            self.section.show_teacher_view()
            self.section.teacher.ask_pdf()

    # -- database ----------------------------------------------------------------------------
    def check_database(self) -> list[str]:
        store = self.store
        if store is None:
            return ["not open"]
        problems = store.integrity_check()
        backups = store.list_backups()
        if not problems:
            text = self.tr("The progress database is sound (SQLite integrity check: ok).")
            text += "\n" + self.tr("%n backup(s) are kept in {folder}.", "", len(backups)).format(
                folder=store.backup_dir
            )
            self.inform(self.tr("Check database"), text)
        else:
            text = self.tr("The integrity check found problems:") + "\n" + "\n".join(problems[:8])
            text += "\n\n" + self.tr(
                "Use Help ▸ Restore from a backup… to go back to a sound copy."
            )
            self.inform(self.tr("Check database"), text, warning=True)
        return problems

    def restore(self) -> None:
        if self.store is None:
            return
        dialog = RestoreDialog(self.store, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore_from(dialog.chosen)

    def restore_from(self, path: Path) -> list[str]:
        from destination_europe.core.progress import ProgressError

        store = self.store
        try:
            notices = store.restore_backup(path)
        except (ProgressError, OSError) as exc:
            self._refused(exc)
            return []
        current = store.current_profile_id
        if current is None or store.get_profile(current) is None:
            learners = store.list_profiles("learner")
            fallback = learners[0].id if learners else store.create_learner(self.tr("Learner")).id
            store.set_current_profile(fallback)
            self.services.settings.setValue("profile/current", fallback)
        self.inform(self.tr("Restore"), "\n".join(important_notices(notices)))
        self.services.profileChanged.emit(store.current_profile_id)
        self.section.refresh()
        return notices

    def send_feedback(self) -> None:
        from destination_europe.ui.progress_feedback import FeedbackDialog

        profile = self.current()
        if profile is None:
            return
        learn = self.window.section("learn")
        lesson = learn.lesson.id if learn.lesson is not None else ""
        dialog = FeedbackDialog(self.store, profile.is_teacher, lesson, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.window.statusBar().showMessage(self.tr("Thank you: your feedback is saved."), 8000)
