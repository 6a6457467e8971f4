"""The teacher view: the class overview grid, per-learner and per-question reports, exports.

Shown to teacher profiles only, after their PIN. The teacher chooses which attempt counts
for each question (first, best or last); every table and export follows that choice. CSV
files are written by the core's report writers (the columns are in docs/PROGRESS.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from destination_europe.core.progress import reports
from destination_europe.core.progress.profiles import LEARNER
from destination_europe.ui.progress_catalog import ContentIndex, content_index
from destination_europe.ui.progress_dashboard import local_time, minutes
from destination_europe.ui.progress_export import module_title, report_html, write_pdf
from destination_europe.ui.progress_models import Cell, TableModel, score_colour, sortable_table
from destination_europe.ui.progress_profiles import PinPanel


def make_table(model: TableModel, name: str, parent: QWidget) -> QTableView:
    return sortable_table(model, name, parent)


class TeacherTab(QWidget):
    """Locked (PIN panel) until the current teacher profile is unlocked, then the reports."""

    unlockedChanged = Signal(str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.report: reports.ClassReport | None = None
        self.unlocked: set[str] = set()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)
        self.lock_page = QWidget()
        lock = QVBoxLayout(self.lock_page)
        self.lock_text = QLabel(self.tr("Enter your PIN to open the teacher view."))
        self.lock_text.setWordWrap(True)
        lock.addWidget(self.lock_text)
        self.pin_panel: PinPanel | None = None
        self.pin_holder = QVBoxLayout()
        lock.addLayout(self.pin_holder)
        self.unlock_button = QPushButton(self.tr("&Open the teacher view"))
        self.unlock_button.setAccessibleName(self.tr("Open the teacher view"))
        self.unlock_button.clicked.connect(lambda _=False: self.try_unlock())
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        lock.addLayout(row)
        lock.addStretch(1)
        self.stack.addWidget(self.lock_page)
        self.stack.addWidget(self._reports_page())

    def _reports_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(self.tr("Count for each &question:"))
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Which attempt counts"))
        for key, label in (
            ("first", self.tr("the first attempt")),
            ("best", self.tr("the best attempt (right at least once)")),
            ("last", self.tr("the last attempt")),
        ):
            self.choice.addItem(label, key)
        self.choice.setCurrentIndex(1)
        caption.setBuddy(self.choice)
        self.choice.currentIndexChanged.connect(lambda _i: self.refresh())
        row.addWidget(caption)
        row.addWidget(self.choice)
        row.addStretch(1)
        for text, slot, name in (
            (self.tr("Export &CSV…"), self.ask_csv, self.tr("Export the class report as CSV")),
            (self.tr("Export &PDF…"), self.ask_pdf, self.tr("Export the class report as PDF")),
            (self.tr("&Refresh"), self.refresh, self.tr("Refresh the reports")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(lambda _=False, s=slot: s())
            row.addWidget(button)
        layout.addLayout(row)
        self.counts = QLabel("")
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)

        self.tabs = QTabWidget()
        self.grid_model = TableModel()
        self.grid_help = QLabel(
            self.tr(
                "Each cell: lessons completed / lessons in the module · share of the "
                "questions answered that count as right. Point at a cell for details; "
                "double-click a learner for the report."
            )
        )
        self.grid_help.setWordWrap(True)
        layout.addWidget(self.grid_help)
        self.grid = make_table(self.grid_model, self.tr("Class overview"), self)
        self.grid.doubleClicked.connect(self._grid_to_learner)
        self.tabs.addTab(self.grid, self.tr("Class &overview"))

        learner_page = QWidget()
        lp = QVBoxLayout(learner_page)
        lrow = QHBoxLayout()
        lcaption = QLabel(self.tr("&Learner:"))
        self.learner_box = QComboBox()
        self.learner_box.setAccessibleName(self.tr("Learner of the report"))
        lcaption.setBuddy(self.learner_box)
        self.learner_box.currentIndexChanged.connect(lambda _i: self._fill_learner())
        lrow.addWidget(lcaption)
        lrow.addWidget(self.learner_box, 1)
        self.show_all = QCheckBox(self.tr("Show lessons &not started"))
        self.show_all.setAccessibleName(self.tr("Show lessons not started"))
        self.show_all.toggled.connect(lambda _c: self._fill_learner())
        lrow.addWidget(self.show_all)
        lp.addLayout(lrow)
        self.learner_model = TableModel(
            [
                self.tr("Module"),
                self.tr("Lesson"),
                self.tr("State"),
                self.tr("Sections reached"),
                self.tr("Questions right"),
                self.tr("Attempts"),
                self.tr("Minutes"),
                self.tr("Last activity"),
            ]
        )
        self.learner_table = make_table(self.learner_model, self.tr("Learner report"), self)
        lp.addWidget(self.learner_table, 1)
        self.tabs.addTab(learner_page, self.tr("Per &learner"))

        self.question_model = TableModel(
            [
                self.tr("Question"),
                self.tr("Lesson"),
                self.tr("Learners"),
                self.tr("Right"),
                self.tr("% right"),
                self.tr("Attempts per learner"),
            ]
        )
        self.question_table = make_table(
            self.question_model, self.tr("Questions, most difficult first"), self
        )
        self.tabs.addTab(self.question_table, self.tr("Difficult &questions"))
        layout.addWidget(self.tabs, 1)
        return page

    # -- locking -----------------------------------------------------------------------------
    @property
    def store(self):
        return self.services.progress

    def is_open(self) -> bool:
        store = self.store
        return (
            store is not None
            and store.current_profile_id is not None
            and store.current_profile_id in self.unlocked
        )

    def unlock(self, profile_id: str) -> None:
        self.unlocked.add(profile_id)
        self.unlockedChanged.emit(profile_id)
        self.refresh()

    def try_unlock(self) -> bool:
        if self.pin_panel is None:
            return False
        return self.pin_panel.try_pin()

    def _ensure_pin_panel(self) -> PinPanel:
        if self.pin_panel is None:
            self.pin_panel = PinPanel(self.store, self)
            self.pin_panel.unlocked.connect(self.unlock)
            self.pin_panel.pin.returnPressed.connect(self.try_unlock)
            self.pin_panel.waitChanged.connect(lambda w: self.unlock_button.setEnabled(not w))
            self.pin_holder.addWidget(self.pin_panel)
        return self.pin_panel

    def _show_lock(self) -> None:
        store = self.store
        profile = (
            store.get_profile(store.current_profile_id)
            if store is not None and store.current_profile_id
            else None
        )
        panel = self._ensure_pin_panel()
        teacher = profile is not None and profile.is_teacher
        panel.setVisible(teacher)
        self.unlock_button.setVisible(teacher)
        if teacher:
            panel.set_profile(profile.id)
            self.lock_text.setText(
                self.tr("{name}, enter your PIN to open the teacher view.").format(
                    name=profile.name
                )
            )
        else:
            self.lock_text.setText(
                self.tr(
                    "The teacher view is for teacher profiles. Switch to your teacher "
                    "profile with File ▸ Switch learner…, or create one with "
                    "File ▸ New teacher profile…"
                )
            )
        self.lock_text.setAccessibleName(self.lock_text.text())
        self.stack.setCurrentWidget(self.lock_page)

    # -- reports -----------------------------------------------------------------------------
    def index(self) -> ContentIndex:
        return content_index(self.services.content_root, self.services.lang)

    def refresh(self) -> None:
        if not self.is_open():
            self._show_lock()
            return
        self.stack.setCurrentIndex(1)
        index = self.index()
        self.report = reports.class_report(self.store, index.modules, self.choice.currentData())
        self._fill_grid(index)
        self._fill_learner_box()
        self._fill_questions(index)
        self.counts.setText(
            self.tr("%n learner(s) on this PC", "", len(self.report.learners))
            + " · "
            + self.tr("%n question(s) answered by somebody", "", len(self.report.questions))
        )

    def _fill_grid(self, index: ContentIndex) -> None:
        report = self.report
        titles = [module_title(index, m) for m in report.modules]
        headers = [self.tr("Learner")] + [_short(t) for t in titles]
        tips = [""] + titles
        rows, keys = [], []
        for learner in report.learners:
            row = [Cell(learner.name)]
            for module_id in report.modules:
                cell = report.cell(learner.id, module_id)
                score = cell.score_percent
                text = f"{cell.lessons_completed}/{cell.lessons_total}"
                if score is not None:
                    text += f" · {score:.0f} %"
                tip = self.tr(
                    "{started} started, {done} completed; {right} of {answered} questions "
                    "right; {minutes} min; last activity {last}"
                ).format(
                    started=cell.lessons_started,
                    done=cell.lessons_completed,
                    right=cell.questions_correct,
                    answered=cell.questions_answered,
                    minutes=minutes(cell.time_spent),
                    last=local_time(cell.last_activity) or "–",
                )
                row.append(
                    Cell(
                        text,
                        (cell.lessons_completed, -1 if score is None else score),
                        tooltip=tip,
                        background=score_colour(score),
                    )
                )
            rows.append(row)
            keys.append(learner.id)
        self.grid_model.set_rows(rows, keys, headers, tips)
        header = self.grid.horizontalHeader()
        header.resizeSection(0, 170)
        for col in range(1, len(headers)):
            header.resizeSection(col, 165)

    def _grid_to_learner(self, proxy_index) -> None:
        source = self.grid.model().mapToSource(proxy_index)
        learner_id = self.grid_model.row_keys[source.row()]
        i = self.learner_box.findData(learner_id)
        if i >= 0:
            self.learner_box.setCurrentIndex(i)
            self.tabs.setCurrentIndex(1)

    def _fill_learner_box(self) -> None:
        current = self.learner_box.currentData()
        self.learner_box.blockSignals(True)
        self.learner_box.clear()
        for learner in self.report.learners:
            self.learner_box.addItem(learner.name, learner.id)
        i = self.learner_box.findData(current)
        self.learner_box.setCurrentIndex(max(0, i))
        self.learner_box.blockSignals(False)
        self._fill_learner()

    def _fill_learner(self) -> None:
        learner_id = self.learner_box.currentData()
        if not learner_id or self.report is None:
            self.learner_model.set_rows([])
            return
        index = self.index()
        choice = self.report.choice
        from destination_europe.core.progress.views import lesson_progress, question_outcomes

        events = self.store.events(learner_id)
        outcomes = question_outcomes(events)
        groups = dict(index.modules)
        archived = sorted(self.store.archived_ids(index.lesson_ids, learner_id))
        if archived:
            groups[reports.ARCHIVED] = archived
        rows = []
        for module_id, lesson_ids in groups.items():
            for lesson_id in lesson_ids:
                progress = lesson_progress(lesson_id, events)
                if not progress.started and not self.show_all.isChecked():
                    continue
                mine = [o for k, o in outcomes.items() if k[0] == lesson_id]
                right = sum(o.pick(choice) for o in mine)
                sections = len(index.section_titles.get(lesson_id, []))
                reached = progress.furthest_section + 1
                if module_id == reports.ARCHIVED:
                    state = self.tr("archived")
                elif progress.completed:
                    state = self.tr("completed")
                elif progress.started:
                    state = self.tr("in progress")
                else:
                    state = self.tr("not started")
                rows.append(
                    [
                        Cell(module_title(index, module_id)),
                        Cell(index.lesson_title(lesson_id)),
                        Cell(state),
                        Cell.number(
                            reached, f"{reached} / {sections}" if sections else str(reached)
                        ),
                        Cell.number(right, f"{right} / {len(mine)}" if mine else ""),
                        Cell.number(progress.attempts),
                        Cell.number(progress.time_spent, minutes(progress.time_spent)),
                        Cell(local_time(progress.last_activity), progress.last_activity or ""),
                    ]
                )
        self.learner_model.set_rows(rows)
        header = self.learner_table.horizontalHeader()
        for col, width in enumerate((200, 250, 100, 130, 130, 80, 70)):
            header.resizeSection(col, width)

    def _fill_questions(self, index: ContentIndex) -> None:
        rows = []
        for q in self.report.questions:
            text = index.question_text(q.lesson_id, q.block_id, q.item_id)
            lesson = index.lesson_title(q.lesson_id)
            if not index.known(q.lesson_id):
                lesson += " " + self.tr("(archived)")
            rows.append(
                [
                    Cell(text, tooltip=text),
                    Cell(lesson),
                    Cell.number(q.learners_attempted),
                    Cell.number(q.learners_correct),
                    Cell.number(
                        q.percent_correct,
                        f"{q.percent_correct:.0f} %",
                        background=score_colour(q.percent_correct),
                    ),
                    Cell.number(q.attempts_per_learner, f"{q.attempts_per_learner:.2f}"),
                ]
            )
        self.question_model.set_rows(rows)
        header = self.question_table.horizontalHeader()
        for col, width in enumerate((420, 240, 80, 70, 80)):
            header.resizeSection(col, width)

    # -- exports -----------------------------------------------------------------------------
    def export_csv(self, path: Path) -> tuple[Path, Path]:
        """The learners × modules CSV at ``path`` and the questions CSV beside it
        (``<name>-questions.csv``)."""
        if self.report is None:
            self.refresh()
        path = Path(path)
        questions = path.with_name(path.stem + "-questions.csv")
        with open(path, "w", encoding="utf-8", newline="") as fh:
            reports.write_learner_csv(self.report, fh)
        with open(questions, "w", encoding="utf-8", newline="") as fh:
            reports.write_question_csv(self.report, fh)
        return path, questions

    def export_pdf(self, path: Path) -> Path:
        if self.report is None:
            self.refresh()
        title = self.tr("Class report")
        return write_pdf(Path(path), report_html(self.report, self.index(), title), title)

    def _ask(self, suffix: str, filter_text: str) -> Path | None:
        if not self.is_open():
            return None
        default = str(Path.home() / (self.tr("class-report") + suffix))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the class report"), default, filter_text
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(suffix) else path + suffix)

    def ask_csv(self) -> None:
        path = self._ask(".csv", self.tr("CSV (*.csv)"))
        if path is not None:
            try:
                first, second = self.export_csv(path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Export the class report"), str(exc))
                return
            self.counts.setText(self.tr("Saved {a} and {b}.").format(a=first.name, b=second.name))

    def ask_pdf(self) -> None:
        path = self._ask(".pdf", self.tr("PDF (*.pdf)"))
        if path is not None:
            try:
                self.export_pdf(path)
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Export the class report"), str(exc))
                return
            self.counts.setText(self.tr("Saved {a}.").format(a=path.name))

    def learner_count(self) -> int:
        return len(self.store.list_profiles(LEARNER)) if self.store else 0


def _short(text: str, limit: int = 17) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
