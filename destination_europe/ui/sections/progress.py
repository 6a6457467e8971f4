"""My progress: the learner's dashboard and, for teacher profiles after their PIN, the
teacher view with the class reports.

Built on first activation; refreshed each time it is shown and when the learner changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from destination_europe.ui.sections.base import Section, heading


class ProgressSection(Section):
    section_id = "progress"
    linkActivated = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.dashboard = None
        self.teacher = None
        self.tabs: QTabWidget | None = None
        self.unlocked: set[str] = set()  # teacher profiles that gave their PIN this session
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(24, 20, 24, 12)
        self._layout.addWidget(heading(self.title()))
        self.problem = QLabel("")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._layout.addWidget(self.problem)
        services.profileChanged.connect(lambda _p: self._on_profile())

    def title(self) -> str:
        return self.tr("My progress")

    def _build(self) -> bool:
        if self.tabs is not None:
            return True
        if self.services.progress is None:
            self.problem.setText(
                self.tr(
                    "Your progress cannot be shown: the progress database could not be "
                    "opened ({error})."
                ).format(error=self.services.progress_error or "")
            )
            self.problem.show()
            return False
        from destination_europe.ui.progress_dashboard import DashboardTab
        from destination_europe.ui.progress_teacher import TeacherTab

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("My progress and teacher view"))
        self.dashboard = DashboardTab(self.services)
        self.dashboard.linkActivated.connect(self.linkActivated)
        self.teacher = TeacherTab(self.services)
        self.teacher.unlocked = self.unlocked
        self.tabs.addTab(self.dashboard, self.tr("My &dashboard"))
        self.tabs.addTab(self.teacher, self.tr("&Teacher view"))
        self._layout.addWidget(self.tabs, 1)
        return True

    def is_teacher(self) -> bool:
        store = self.services.progress
        if store is None or store.current_profile_id is None:
            return False
        profile = store.get_profile(store.current_profile_id)
        return profile is not None and profile.is_teacher

    def unlock(self, profile_id: str) -> None:
        """Remember that this teacher gave the PIN (the switcher or the teacher tab)."""
        self.unlocked.add(profile_id)

    def activated(self) -> None:
        if not self._build():
            return
        self.refresh()

    def refresh(self) -> None:
        if self.tabs is None:
            return
        teacher = self.is_teacher()
        self.tabs.setTabVisible(1, teacher)
        if teacher:
            self.tabs.setCurrentIndex(1)
            self.teacher.refresh()
        else:
            self.tabs.setCurrentIndex(0)
        self.dashboard.refresh()

    def _on_profile(self) -> None:
        if self.tabs is not None and self.isVisible():
            self.refresh()
        elif self.tabs is not None:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh()

    def show_teacher_view(self) -> None:
        if self._build() and self.is_teacher():
            self.refresh()
            self.tabs.setCurrentIndex(1)

    def selftest_views(self):
        def dashboard():
            self.activated()
            if self.dashboard is None:
                return None
            self.tabs.setCurrentIndex(0)
            return self.dashboard.view

        def teacher():
            self.activated()
            if self.teacher is None:
                return None
            self.tabs.setTabVisible(1, True)
            self.tabs.setCurrentIndex(1)
            self.teacher.refresh()
            return None

        return [("progress-dashboard", dashboard), ("progress-teacher", teacher)]
