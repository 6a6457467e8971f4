"""My progress: charts of the current learner's work, lessons to continue, notes, bookmarks
and the history of attempts.

The charts use the multi-chart page (``resources/web/charts.js``): the first call publishes
the page with ``DE.data.charts``; later refreshes send ``charts.update`` and Plotly redraws
in place. Lessons the content no longer has are listed as "archived", never hidden.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from destination_europe.ui import progress_charts as pc
from destination_europe.ui.progress_catalog import ContentIndex, content_index
from destination_europe.ui.progress_export import notes_html, notes_markdown, write_pdf
from destination_europe.ui.progress_models import Cell, TableModel, sortable_table
from destination_europe.ui.progress_profiles import avatar_pixmap
from destination_europe.ui.web.engine import page_html

ROLE_ID = Qt.ItemDataRole.UserRole
PAGE_STYLE = (
    "<style>#charts{grid-template-columns:repeat(auto-fill,minmax(24rem,1fr));gap:.75rem}"
    ".de-chart-card .de-chart-plot{height:15.5rem}"
    ".de-chart-card[data-chart=completion] .de-chart-plot{height:22rem}"
    ".de-chart-plot.de-empty{height:6rem}body{padding:.5rem .75rem}</style>"
)


def local_time(ts: str | None) -> str:
    if not ts:
        return ""
    moment = QDateTime.fromString(ts.replace("Z", "+00:00"), Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return ts[:16].replace("T", " ")
    return moment.toLocalTime().toString("yyyy-MM-dd HH:mm")


def minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f}" if seconds >= 60 or seconds == 0 else "<1"


class NoteDialog(QDialog):
    def __init__(self, title: str, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.editor = QPlainTextEdit(text)
        self.editor.setAccessibleName(self.tr("Note text"))
        layout.addWidget(self.editor, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 300)


class DashboardTab(QWidget):
    linkActivated = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.view = None
        self.charts: list[dict] = []
        self.resume_for_link: tuple[str, int] | None = None  # where a lesson link continues
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        head = QHBoxLayout()
        self.avatar = QLabel()
        self.summary = QLabel("")
        self.summary.setObjectName("progressSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.avatar)
        head.addWidget(self.summary, 1)
        outer.addLayout(head)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.lists = QTabWidget()
        self.lists.setAccessibleName(self.tr("My lessons, notes, bookmarks and attempts"))
        self.lessons = QTextBrowser()
        self.lessons.setOpenLinks(False)
        self.lessons.setAccessibleName(self.tr("My lessons"))
        self.lessons.anchorClicked.connect(self._on_anchor)
        self.lists.addTab(self.lessons, self.tr("&Lessons"))
        self.lists.addTab(self._notes_page(), self.tr("&Notes"))
        self.lists.addTab(self._bookmarks_page(), self.tr("&Bookmarks"))
        self.attempt_model = TableModel(
            [
                self.tr("When"),
                self.tr("Lesson"),
                self.tr("Question"),
                self.tr("Answer"),
                self.tr("Result"),
            ]
        )
        self.attempt_table = self._table(self.attempt_model, self.tr("Attempt history"))
        self.attempt_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.lists.addTab(self.attempt_table, self.tr("&Attempts"))
        self.splitter.addWidget(self.lists)
        self.charts_holder = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.charts_holder)
        self.charts_holder.setContentsMargins(0, 0, 0, 0)
        self.splitter.addWidget(holder)
        self.splitter.setSizes([430, 640])
        outer.addWidget(self.splitter, 1)

    # -- building blocks -------------------------------------------------------------------
    def _table(self, model: TableModel, name: str) -> QTableView:
        return sortable_table(model, name, self)

    def _button(self, text: str, slot, name: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name or text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _=False: slot())
        return button

    def _notes_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName(self.tr("My notes"))
        self.notes_list.setWordWrap(True)
        self.notes_list.itemDoubleClicked.connect(lambda _i: self.edit_selected_note())
        layout.addWidget(self.notes_list, 1)
        row = QHBoxLayout()
        row.addWidget(self._button(self.tr("N&ew note…"), self.new_note))
        self.note_edit_button = self._button(self.tr("&Edit…"), self.edit_selected_note)
        self.note_delete_button = self._button(self.tr("&Delete"), self.delete_selected_note)
        row.addWidget(self.note_edit_button)
        row.addWidget(self.note_delete_button)
        row.addStretch(1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Export my notes:")))
        row.addWidget(
            self._button(
                self.tr("&Markdown…"), self._ask_markdown, self.tr("Export my notes as Markdown")
            )
        )
        row.addWidget(
            self._button(self.tr("&PDF…"), self._ask_pdf, self.tr("Export my notes as PDF"))
        )
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _bookmarks_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.bookmarks_list = QListWidget()
        self.bookmarks_list.setAccessibleName(self.tr("My bookmarks"))
        self.bookmarks_list.itemActivated.connect(lambda _i: self.open_selected_bookmark())
        layout.addWidget(self.bookmarks_list, 1)
        row = QHBoxLayout()
        row.addWidget(
            self._button(
                self.tr("&Open"), self.open_selected_bookmark, self.tr("Open the bookmarked lesson")
            )
        )
        row.addWidget(
            self._button(
                self.tr("&Remove"), self.remove_selected_bookmark, self.tr("Remove the bookmark")
            )
        )
        row.addStretch(1)
        layout.addLayout(row)
        return page

    # -- data -------------------------------------------------------------------------------
    @property
    def store(self):
        return self.services.progress

    def index(self) -> ContentIndex:
        return content_index(self.services.content_root, self.services.lang)

    def refresh(self) -> None:
        store = self.store
        if store is None or store.current_profile_id is None:
            self.summary.setText(
                self.tr("Progress cannot be saved on this PC: {error}").format(
                    error=self.services.progress_error or ""
                )
            )
            return
        index = self.index()
        profile = store.get_profile(store.current_profile_id)
        self.avatar.setPixmap(avatar_pixmap(profile.colour, profile.name, 40))
        summaries = store.module_summaries(index.modules)
        attempts = store.attempts()
        distinct = {(a.lesson_id, a.block_id, a.item_id) for a in attempts}
        right = {(a.lesson_id, a.block_id, a.item_id) for a in attempts if a.correct}
        total = sum(s.lessons_total for s in summaries)
        done = sum(s.lessons_completed for s in summaries)
        started = sum(s.lessons_started for s in summaries)
        self.summary.setText(
            self.tr(
                "<b>{name}</b><br>{started} of {total} lessons started, {done} completed · "
                "{answered} questions answered ({right} right at least once) · "
                "{attempts} attempts in all"
            ).format(
                name=html.escape(profile.name),
                started=started,
                total=total,
                done=done,
                answered=len(distinct),
                right=len(right & distinct),
                attempts=len(attempts),
            )
        )
        self.summary.setAccessibleName(self.summary.text())
        self.lessons.setHtml(self.lessons_html(index))
        self._fill_notes(index)
        self._fill_bookmarks(index)
        self._fill_attempts(index, attempts)
        self.show_charts(self.chart_list(index, summaries))

    def chart_list(self, index: ContentIndex, summaries) -> list[dict]:
        store = self.store
        texts = {
            "completed": self.tr("completed"),
            "started": self.tr("started"),
            "not_started": self.tr("not started"),
            "lessons": self.tr("lessons"),
            "right": self.tr("right"),
            "wrong": self.tr("wrong"),
            "answers": self.tr("answers"),
        }
        return [
            {
                "id": "completion",
                "title": self.tr("Lessons per module"),
                "figure": pc.completion_figure(summaries, index.module_titles, texts),
            },
            {
                "id": "scores",
                "title": self.tr("My answers per day"),
                "figure": pc.scores_figure(store.scores_over_time(), texts),
            },
            {
                "id": "missed",
                "title": self.tr("Questions I most often got wrong"),
                "figure": pc.missed_figure(
                    store.most_missed(8), index.questions, self.tr("wrong answers")
                ),
            },
            {
                "id": "terms",
                "title": self.tr("Glossary terms I looked up"),
                "figure": pc.terms_figure(store.terms_looked_up(), self.tr("times looked up")),
            },
        ]

    def show_charts(self, charts: list[dict]) -> None:
        self.charts = charts
        if self.view is None:
            from destination_europe.ui.web.view import WebView

            self.view = WebView(self.services.web_engine)
            self.view.setAccessibleName(self.tr("My progress charts"))
            self.view.linkActivated.connect(self.linkActivated)
            self.charts_holder.addWidget(self.view)
            self.view.show_page(
                "progress-dashboard",
                page_html(
                    PAGE_STYLE + '<div id="charts"></div>',
                    title=self.tr("My progress"),
                    scripts=("plotly/plotly.min.js", "web/charts.js"),
                    theme=self.services.theme,
                    lang=self.services.lang,
                    data={
                        "charts": charts,
                        "labels": {"no_data": self.tr("Nothing here yet.")},
                    },
                ),
            )
        else:
            self.view.post("charts.update", charts, expect="charts.updated")

    # -- lessons ---------------------------------------------------------------------------
    def lessons_html(self, index: ContentIndex) -> str:
        e = html.escape
        store = self.store
        parts: list[str] = []
        resume = store.resume_point()
        if resume is not None:
            lesson_id, section = resume
            place = index.lesson_title(lesson_id)
            section_title = index.section_title(lesson_id, section)
            if section_title:
                place += f" — {section_title}"
            parts.append(
                f"<p><b>{e(self.tr('Continue where I stopped:'))}</b> "
                f"<a href='lesson:{e(lesson_id)}'>{e(place)}</a></p>"
            )
        rows: list[str] = []
        touched = {e_.lesson_id for e_ in store.events(kinds=("lesson_opened", "attempt"))}
        untouched: list[str] = []
        for module_id, lesson_ids in index.modules.items():
            if not touched & set(lesson_ids):
                untouched.append(module_id)
                continue
            rows.append(f"<h3>{e(index.module_titles.get(module_id, module_id))}</h3><ul>")
            for lesson_id in lesson_ids:
                rows.append(self._lesson_line(index, lesson_id, archived=False))
            rows.append("</ul>")
        if untouched:
            rows.append(f"<h3>{e(self.tr('Modules not started yet'))}</h3><ul>")
            for module_id in untouched:
                lesson_ids = index.modules[module_id]
                start = (
                    f" · <a href='lesson:{e(lesson_ids[0])}'>{e(self.tr('start'))}</a>"
                    if lesson_ids
                    else ""
                )
                count = self.tr("%n lesson(s)", "", len(lesson_ids))
                title = e(index.module_titles.get(module_id, module_id))
                rows.append(f"<li>{title} <i>({e(count)})</i>{start}</li>")
            rows.append("</ul>")
        archived = sorted(store.archived_ids(index.lesson_ids))
        if archived:
            rows.append(f"<h3>{e(self.tr('Archived'))}</h3>")
            rows.append(
                "<p><i>"
                + e(
                    self.tr(
                        "These lessons are no longer in the content of this version; your "
                        "progress in them is kept."
                    )
                )
                + "</i></p><ul>"
            )
            for lesson_id in archived:
                rows.append(self._lesson_line(index, lesson_id, archived=True))
            rows.append("</ul>")
        parts.extend(rows)
        parts.append(self._assignments_html(index))
        return "".join(parts)

    def _lesson_line(self, index: ContentIndex, lesson_id: str, archived: bool) -> str:
        e = html.escape
        progress = self.store.lesson_progress(lesson_id)
        title = e(index.lesson_title(lesson_id))
        if archived:
            state = self.tr("archived")
        elif progress.completed:
            state = self.tr("completed")
        elif progress.started:
            state = self.tr("in progress")
        else:
            state = self.tr("not started")
        details = []
        if progress.questions_answered:
            details.append(
                self.tr("{right} of {n} questions right").format(
                    right=progress.questions_correct, n=progress.questions_answered
                )
            )
        if progress.time_spent:
            details.append(self.tr("{m} min").format(m=minutes(progress.time_spent)))
        link = ""
        if not archived and progress.started and not progress.completed:
            link = f" · <a href='lesson:{e(lesson_id)}'>{e(self.tr('continue'))}</a>"
        elif not archived:
            label = self.tr("open again") if progress.completed else self.tr("start")
            link = f" · <a href='lesson:{e(lesson_id)}'>{e(label)}</a>"
        extra = f" — {e(', '.join(details))}" if details else ""
        return f"<li>{title} <i>({e(state)})</i>{extra}{link}</li>"

    def _assignments_html(self, index: ContentIndex) -> str:
        e = html.escape
        assignments = self.store.assignments()
        if not assignments:
            return ""
        out = [f"<h3>{e(self.tr('Assignments from my teacher'))}</h3><ul>"]
        for a in assignments:
            lessons = list(a.lesson_ids)
            for module_id in a.module_ids:
                lessons += index.modules.get(module_id, [])
            done = sum(self.store.lesson_progress(lid).completed for lid in lessons)
            due = self.tr(", due {date}").format(date=a.due) if a.due else ""
            out.append(
                f"<li><b>{e(a.title)}</b>{e(due)}: "
                + e(self.tr("{done} of {n} lessons completed").format(done=done, n=len(lessons)))
                + "</li>"
            )
        out.append("</ul>")
        return "".join(out)

    def _on_anchor(self, url: QUrl) -> None:
        target = url.path() or url.toString().partition(":")[2]
        if url.scheme() == "lesson":
            progress = self.store.lesson_progress(target)
            self.resume_for_link = (target, progress.current_section or 0)
        self.linkActivated.emit(url.scheme(), target)

    # -- notes -----------------------------------------------------------------------------
    def _fill_notes(self, index: ContentIndex) -> None:
        self.notes_list.clear()
        for note in self.store.notes():
            where = self.tr("General note")
            if note.lesson_id:
                where = index.lesson_title(note.lesson_id)
                if not index.known(note.lesson_id):
                    where += " " + self.tr("(archived)")
            text = f"{where} · {local_time(note.updated)}\n{note.text}"
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, note.id)
            self.notes_list.addItem(item)
        has = self.notes_list.count() > 0
        if has:
            self.notes_list.setCurrentRow(0)
        self.note_edit_button.setEnabled(has)
        self.note_delete_button.setEnabled(has)

    def _selected_id(self, widget: QListWidget) -> str | None:
        item = widget.currentItem()
        return item.data(ROLE_ID) if item is not None else None

    def save_note(self, note_id: str | None, text: str, lesson_id: str = "") -> str | None:
        """Add (``note_id`` None) or change a note; empty text saves nothing."""
        if not text.strip():
            return None
        if note_id is None:
            note_id = self.store.add_note(text, lesson_id)
        else:
            self.store.update_note(note_id, text)
        self.refresh()
        return note_id

    def delete_note(self, note_id: str) -> None:
        self.store.delete_note(note_id)
        self.refresh()

    def new_note(self) -> None:
        resume = self.store.resume_point()
        dialog = NoteDialog(self.tr("New note"), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_note(None, dialog.editor.toPlainText(), resume[0] if resume else "")

    def edit_selected_note(self) -> None:
        note_id = self._selected_id(self.notes_list)
        note = next((n for n in self.store.notes() if n.id == note_id), None)
        if note is None:
            return
        dialog = NoteDialog(self.tr("Edit note"), note.text, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_note(note.id, dialog.editor.toPlainText())

    def delete_selected_note(self) -> None:
        note_id = self._selected_id(self.notes_list)
        if note_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete note"), self.tr("Delete the selected note?")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_note(note_id)

    def export_notes(self, path: Path) -> Path:
        """Write my notes as Markdown (``.md``) or PDF (``.pdf``), by the file's suffix."""
        store = self.store
        profile = store.get_profile(store.current_profile_id)
        notes, index = store.notes(), self.index()
        path = Path(path)
        if path.suffix.lower() == ".pdf":
            return write_pdf(path, notes_html(profile.name, notes, index), self.tr("My notes"))
        path.write_text(notes_markdown(profile.name, notes, index), encoding="utf-8")
        return path

    def _ask_export(self, suffix: str, filter_text: str) -> None:
        name = self.store.get_profile(self.store.current_profile_id).name
        default = str(Path.home() / f"{self.tr('notes')}-{name}{suffix}")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export my notes"), default, filter_text
        )
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            try:
                self.export_notes(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Export my notes"), str(exc))

    def _ask_markdown(self) -> None:
        self._ask_export(".md", self.tr("Markdown (*.md)"))

    def _ask_pdf(self) -> None:
        self._ask_export(".pdf", self.tr("PDF (*.pdf)"))

    # -- bookmarks -------------------------------------------------------------------------
    def _fill_bookmarks(self, index: ContentIndex) -> None:
        self.bookmarks_list.clear()
        for mark in self.store.bookmarks():
            where = index.lesson_title(mark.lesson_id)
            section = index.section_title(mark.lesson_id, mark.section)
            if not index.known(mark.lesson_id):
                where += " " + self.tr("(archived)")
            text = " — ".join(x for x in (where, section, mark.label) if x)
            item = QListWidgetItem(text)
            item.setData(ROLE_ID, mark.id)
            item.setData(ROLE_ID + 1, mark.lesson_id)
            self.bookmarks_list.addItem(item)
        if self.bookmarks_list.count():
            self.bookmarks_list.setCurrentRow(0)

    def open_selected_bookmark(self) -> None:
        item = self.bookmarks_list.currentItem()
        if item is not None:
            mark = next((b for b in self.store.bookmarks() if b.id == item.data(ROLE_ID)), None)
            if mark is not None:
                self.resume_for_link = (mark.lesson_id, mark.section)
                self.linkActivated.emit("lesson", mark.lesson_id)

    def remove_selected_bookmark(self) -> None:
        mark = self._selected_id(self.bookmarks_list)
        if mark is not None:
            self.store.remove_bookmark(mark)
            self.refresh()

    # -- attempts --------------------------------------------------------------------------
    def _fill_attempts(self, index: ContentIndex, attempts) -> None:
        rows = []
        for a in reversed(attempts):
            lesson = index.lesson_title(a.lesson_id)
            if not index.known(a.lesson_id):
                lesson += " " + self.tr("(archived)")
            question = index.question_text(a.lesson_id, a.block_id, a.item_id)
            answer = index.answer_text(a.answer)
            rows.append(
                [
                    Cell(local_time(a.ts), a.ts),
                    Cell(lesson),
                    Cell(question, tooltip=question),
                    Cell(answer, tooltip=answer),
                    Cell(
                        self.tr("right") if a.correct else self.tr("wrong"),
                        int(a.correct),
                        background="#cfeedd" if a.correct else "#f6d0d3",
                    ),
                ]
            )
        self.attempt_model.set_rows(rows)
        header = self.attempt_table.horizontalHeader()
        for col, width in enumerate((135, 130, 220, 140)):
            header.resizeSection(col, width)
