"""Learn: the module list and the lesson view with its section stepper.

The lesson pages are rendered by the core (``core/content/render.py``); answers coming
from the page go to a ``LessonSession`` in the core, and its replies go back to the page.
A broken lesson is listed with a warning sign and shows the checker's messages; every
other lesson keeps working.
"""

from __future__ import annotations

import html
import time

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from destination_europe.ui.lesson_labels import lesson_labels
from destination_europe.ui.sections.base import Section, heading
from destination_europe.ui.web.engine import page_html

ROLE_LESSON = Qt.ItemDataRole.UserRole
ROLE_TITLE = Qt.ItemDataRole.UserRole + 1


class LearnSection(Section):
    section_id = "learn"
    linkActivated = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.catalog = None
        self.glossary = None
        self.lesson = None
        self.session = None
        self.index = 0
        self.view = None
        self._timing: tuple[str | None, float] = (None, time.monotonic())
        services.profileChanged.connect(self.reset)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.addWidget(heading(self.tr("Learn")))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Modules and lessons"))
        self.tree.itemActivated.connect(self._on_item)
        self.tree.itemClicked.connect(self._on_item)
        self.splitter.addWidget(self.tree)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(12, 0, 0, 0)
        self.lesson_title = QLabel(self.tr("Choose a lesson on the left."))
        self.lesson_title.setObjectName("h2")
        self.lesson_title.setWordWrap(True)
        column.addWidget(self.lesson_title)
        self.page_holder = QVBoxLayout()
        column.addLayout(self.page_holder, 1)
        stepper = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ &Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous section"))
        self.next_button = QPushButton(self.tr("&Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next section"))
        self.position = QLabel()
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prev_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.bookmark_button = QPushButton(self.tr("☆ &Bookmark"))
        self.bookmark_button.setAccessibleName(self.tr("Bookmark this section"))
        self.bookmark_button.clicked.connect(self.bookmark)
        self.note_button = QPushButton(self.tr("✎ N&ote"))
        self.note_button.setAccessibleName(self.tr("Write a note about this section"))
        self.note_button.clicked.connect(self._ask_note)
        stepper.addWidget(self.prev_button)
        stepper.addWidget(self.bookmark_button)
        stepper.addWidget(self.note_button)
        stepper.addWidget(self.position, 1)
        stepper.addWidget(self.next_button)
        column.addLayout(stepper)
        self.splitter.addWidget(right)

        self.side_box = QWidget()
        side_layout = QVBoxLayout(self.side_box)
        side_layout.setContentsMargins(8, 0, 0, 0)
        second_row = QHBoxLayout()
        second_label = QLabel(self.tr("Second &language:"))
        self.second_language = QComboBox()
        self.second_language.setAccessibleName(
            self.tr("Second language for glossary terms (bilingual reading)")
        )
        second_label.setBuddy(self.second_language)
        self.second_language.addItem(self.tr("none"), "")
        # the language names (babel's CLDR data) are filled in when the section first opens
        second_row.addWidget(second_label)
        second_row.addWidget(self.second_language, 1)
        side_layout.addLayout(second_row)
        self.side = QTextBrowser()
        self.side.setAccessibleName(self.tr("Glossary panel"))
        self.side.setOpenLinks(False)
        self.side.anchorClicked.connect(lambda url: self._emit_link(url.scheme(), url.path()))
        self.side.setMinimumWidth(220)
        side_layout.addWidget(self.side, 1)
        self.side_box.hide()
        self._side_entry = None
        self.splitter.addWidget(self.side_box)
        self.splitter.setSizes([340, 880, 280])
        outer.addWidget(self.splitter, 1)
        for keys, step in (("Alt+Right", 1), ("Alt+Left", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.go(self.index + s))
        self._update_stepper()

    def _emit_link(self, scheme: str, target: str) -> None:
        self.linkActivated.emit(scheme, target)

    def title(self) -> str:
        return self.tr("Learn")

    # -- catalog ----------------------------------------------------------------------
    def _fill_second_languages(self) -> None:
        if self.second_language.count() > 1:
            return
        from destination_europe.core.languages import LANGUAGES
        from destination_europe.ui.formatting import language_name

        for code in LANGUAGES:
            self.second_language.addItem(language_name(code, self.services.lang), code)
        saved = str(self.services.settings.value("learn/second_language", ""))
        self.second_language.setCurrentIndex(max(0, self.second_language.findData(saved)))
        self.second_language.currentIndexChanged.connect(self._on_second_language)

    def activated(self) -> None:
        self._fill_second_languages()
        if self.catalog is not None:
            return
        from destination_europe.core.content.loader import load_catalog
        from destination_europe.core.glossary import load_glossary

        self.catalog = load_catalog(self.services.content_root)
        self.glossary, _issues = load_glossary(self.services.resources / "glossary")
        lang = self.services.lang
        for module in self.catalog.modules:
            module_text = module.text(lang)
            top = QTreeWidgetItem([module_text.title])
            top.setFlags(top.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            top.setToolTip(0, f"{module_text.title}\n{module_text.summary}".strip())
            if any(i.is_error for i in module.issues):
                top.setText(0, "⚠ " + module_text.title)
                top.setToolTip(0, "\n".join(i.format() for i in module.issues))
            self.tree.addTopLevelItem(top)
            for lesson_id in module.lesson_ids:
                lesson = self.catalog.lesson(lesson_id, lang)
                title = lesson.title if lesson is not None and lesson.title else lesson_id
                item = QTreeWidgetItem([title])
                item.setData(0, ROLE_LESSON, lesson_id)
                item.setData(0, ROLE_TITLE, title)
                if lesson is None or not lesson.ok:
                    item.setText(0, "⚠ " + title)
                    item.setToolTip(0, self.tr("This lesson has errors and cannot be shown."))
                elif lesson.minutes:
                    item.setToolTip(0, f"{title} · " + self.tr("%n minute(s)", "", lesson.minutes))
                top.addChild(item)
            top.setData(0, ROLE_TITLE, module_text.title)
            top.setExpanded(True)
        self.refresh_marks()
        if not self.catalog.modules:
            self.lesson_title.setText(self.tr("No lessons were found."))
        store = self.services.progress
        resume = store.resume_point() if store is not None else None
        last = self.services.settings.value("learn/lesson")
        if resume is not None and self.catalog.lesson(resume[0]) is not None:
            self.open_lesson(resume[0], resume[1])
        elif store is None and last and self.catalog.lesson(str(last)) is not None:
            self.open_lesson(str(last), int(self.services.settings.value("learn/section", 0)))
        else:
            first = self._first_lesson_item()
            if first is not None:
                self.open_lesson(first.data(0, ROLE_LESSON))

    def _first_lesson_item(self) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.childCount():
                return top.child(0)
        return None

    def _on_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        lesson_id = item.data(0, ROLE_LESSON)
        if lesson_id:
            self.open_lesson(lesson_id)

    # -- lesson view -------------------------------------------------------------------
    def _ensure_view(self):
        if self.view is None:
            from destination_europe.ui.web.view import WebView

            self.view = WebView(self.services.web_engine)
            self.view.setAccessibleName(self.tr("Lesson page"))
            self.view.message.connect(self._on_message)
            self.view.linkActivated.connect(self._on_link)
            self.page_holder.addWidget(self.view)
        return self.view

    def open_lesson(self, lesson_id: str, index: int = 0) -> None:
        from destination_europe.core.content.session import LessonSession

        if self.catalog is None:
            self.activated()
        lesson = self.catalog.lesson(lesson_id, self.services.lang)
        self._select_item(lesson_id)
        if lesson is None:
            self._show_problem(lesson_id, [])
            return
        self.lesson = lesson
        if not lesson.ok or not lesson.sections:
            self._show_problem(lesson.title or lesson_id, [i.format() for i in lesson.issues])
            return
        self.session = LessonSession(lesson, self.glossary, self.sink)
        store = self.services.progress
        if store is not None:
            store.lesson_opened(lesson.id)
        self.lesson_title.setText(lesson.title)
        self.go(max(0, min(index, len(lesson.sections) - 1)), force=True)

    def _select_item(self, lesson_id: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, ROLE_LESSON) == lesson_id:
                    self.tree.setCurrentItem(top.child(j))

    def _show_problem(self, title: str, messages: list[str]) -> None:
        self.lesson = None
        self.session = None
        self.lesson_title.setText(
            self.tr("⚠ {title}: this lesson cannot be shown").format(title=title)
        )
        body = "".join(f"<li><code>{html.escape(m)}</code></li>" for m in messages)
        intro = html.escape(self.tr("The content checker found these problems:"))
        self._ensure_view().show_page(
            "lesson-error",
            page_html(
                f'<div class="de-error" role="alert"><p>{intro}</p><ul>{body}</ul></div>',
                title=title,
                theme=self.services.theme,
            ),
        )
        self._update_stepper()

    def go(self, index: int, *, force: bool = False) -> None:
        if self.lesson is None or not (0 <= index < len(self.lesson.sections)):
            return
        if index == self.index and not force:
            return
        from destination_europe.core.content.render import render_section

        self.index = index
        countries = {c.iso2: c.name for c in self.services.countries.all}
        fragment = render_section(
            self.lesson,
            index,
            glossary=self.glossary,
            mode=self.services.mode,
            labels=lesson_labels(),
            countries=countries,
            reflections=self._reflections(),
        )
        charts = self._chart_figures(index)
        scripts: tuple[str, ...] = ("web/lesson.js",)
        if charts:
            scripts += ("plotly/plotly.min.js", "web/lesson-charts.js")
        self._ensure_view().show_page(
            f"lesson-{self.lesson.id}-{index}",
            page_html(
                f'<main class="de-lesson">{fragment}</main>',
                title=self.lesson.title,
                styles=("lesson.css",),
                scripts=scripts,
                theme=self.services.theme,
                lang=self.lesson.lang,
                data={"lesson": self.lesson.id, "labels": lesson_labels(), "charts": charts},
            ),
        )
        self._record_place(index)
        self.services.settings.setValue("learn/lesson", self.lesson.id)
        self.services.settings.setValue("learn/section", index)
        self.services.settings.setValue(
            "learn/place", f"{self.lesson.title} — {self.lesson.sections[index].title}"
        )
        self._update_stepper()

    @property
    def sink(self):
        return self.services.progress_sink

    def _reflections(self) -> dict[str, str]:
        store = self.services.progress
        if store is not None:
            saved = store.reflections(self.lesson.id)
        else:
            saved = getattr(self.sink, "reflections", {})
        return {b: t for (lid, b), t in saved.items() if lid == self.lesson.id}

    def _record_place(self, index: int) -> None:
        store = self.services.progress
        if store is None:
            return
        self._record_time()
        store.section_reached(self.lesson.id, index)
        if index == len(self.lesson.sections) - 1:
            store.lesson_completed(self.lesson.id)
        self.refresh_marks(self.lesson.id)

    def _record_time(self) -> None:
        """Time on the previous page goes to its lesson (idle stretches count at most 15 min)."""
        now = time.monotonic()
        previous, started = self._timing
        self._timing = (self.lesson.id if self.lesson is not None else None, now)
        store = self.services.progress
        if previous and store is not None and now > started:
            store.add_time(previous, min(now - started, 15 * 60))

    def refresh_marks(self, only_lesson: str | None = None) -> None:
        """✓ completed, ◐ started; each module shows how many of its lessons are done."""
        store = self.services.progress
        if store is None:
            return
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            ids = [top.child(j).data(0, ROLE_LESSON) for j in range(top.childCount())]
            if only_lesson is not None and only_lesson not in ids:
                continue
            done = 0
            for j in range(top.childCount()):
                item = top.child(j)
                title = item.data(0, ROLE_TITLE)
                if item.text(0).startswith("⚠"):
                    continue
                progress = store.lesson_progress(item.data(0, ROLE_LESSON))
                if progress.completed:
                    done += 1
                    item.setText(0, "✓ " + title)
                    item.setData(
                        0,
                        Qt.ItemDataRole.AccessibleTextRole,
                        self.tr("{title}, completed").format(title=title),
                    )
                elif progress.started:
                    item.setText(0, "◐ " + title)
                    item.setData(
                        0,
                        Qt.ItemDataRole.AccessibleTextRole,
                        self.tr("{title}, started").format(title=title),
                    )
                else:
                    item.setText(0, title)
            if not top.text(0).startswith("⚠"):
                top.setText(0, f"{top.data(0, ROLE_TITLE)} ({done}/{top.childCount()})")

    def reset(self, _profile_id: str = "") -> None:
        """Another learner: reload the list and their place."""
        self._record_time()
        self.catalog = None
        self.lesson = None
        self.session = None
        self.tree.clear()
        if self.isVisible():
            self.activated()

    def _chart_figures(self, index: int) -> dict[str, dict]:
        from destination_europe.core.content.model import ChartBlock
        from destination_europe.ui.chart_builder import block_figure

        figures = {}
        for block in self.lesson.sections[index].blocks:
            if isinstance(block, ChartBlock):
                figure = block_figure(self.services, block)
                if figure is not None:
                    figures[block.id] = figure
        return figures

    def bookmark(self) -> str | None:
        """Bookmark the section on screen (listed in My progress)."""
        store = self.services.progress
        if store is None or self.lesson is None:
            return None
        section = self.lesson.sections[self.index]
        mark = store.add_bookmark(
            self.lesson.id, self.index, f"{self.lesson.title} — {section.title}"
        )
        self.bookmark_button.setText(self.tr("★ &Bookmarked"))
        return mark

    def _ask_note(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.lesson is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Note"), self.tr("Your note about this section:")
        )
        if ok and text.strip():
            self.add_note(text)

    def add_note(self, text: str) -> str | None:
        store = self.services.progress
        if store is None or self.lesson is None:
            return None
        note = store.add_note(text, self.lesson.id, self.index)
        win = self.window()
        if hasattr(win, "statusBar"):
            win.statusBar().showMessage(self.tr("Note saved in My progress."), 4000)
        return note

    def _update_stepper(self) -> None:
        total = len(self.lesson.sections) if self.lesson is not None else 0
        self.prev_button.setEnabled(total > 0 and self.index > 0)
        self.bookmark_button.setEnabled(total > 0)
        self.note_button.setEnabled(total > 0)
        self.bookmark_button.setText(self.tr("☆ &Bookmark"))
        self.next_button.setEnabled(total > 0 and self.index < total - 1)
        self.position.setText(
            self.tr("Section {n} of {total}: {title}").format(
                n=self.index + 1, total=total, title=self.lesson.sections[self.index].title
            )
            if total
            else ""
        )
        self.position.setAccessibleName(self.position.text())

    def mode_changed(self) -> None:
        if self.lesson is not None:
            self.go(self.index, force=True)

    # -- page events ---------------------------------------------------------------------
    def _on_message(self, kind: str, payload: dict) -> None:
        if self.session is None or kind.startswith("page.") or kind.startswith("link"):
            return
        for reply_kind, reply in self.session.handle(kind, payload):
            self.view.post(reply_kind, reply)

    def _on_link(self, scheme: str, target: str) -> None:
        if scheme == "glossary" and self.glossary is not None:
            entry = self.glossary.get(target)
            if entry is not None:
                self._show_term(entry)
                return
        if scheme == "lesson" and self.catalog is not None and self.catalog.lesson(target):
            self.open_lesson(target)
            return
        self.linkActivated.emit(scheme, target)

    def _on_second_language(self, _index: int) -> None:
        self.services.settings.setValue("learn/second_language", self.second_language.currentData())
        if self._side_entry is not None:
            self._show_term(self._side_entry, record=False)

    def _show_term(self, entry, *, record: bool = True) -> None:
        store = self.services.progress
        if store is not None and record:
            store.glossary_term_looked_up(entry.id)
        self._side_entry = entry
        e = html.escape
        sources_label = self.tr("Sources")
        open_label = self.tr("Open the full entry in the glossary")
        parts = [f"<h3>{e(entry.term)}</h3>"]
        second = self.second_language.currentData()
        if second:
            term = entry.equivalents.get(second)
            language = self.second_language.currentText()
            if term:
                draft = "" if second in getattr(entry, "reviewed", []) else " " + self.tr("(draft)")
                parts.append(
                    f"<p style='font-size:13pt'><b>{e(language)}:</b> {e(term)}<i>{e(draft)}</i></p>"
                )
            else:
                parts.append(f"<p><b>{e(language)}:</b> {e(self.tr('no equivalent yet'))}</p>")
        sources = "".join(f"<li>{e(s)}</li>" for s in entry.sources)
        parts.append(
            f"<p>{e(entry.definition)}</p><p><b>{e(sources_label)}:</b></p><ul>{sources}</ul>"
        )
        parts.append(f"<p><a href='glossary:{e(entry.id)}'>{e(open_label)}</a></p>")
        self.side.setHtml("".join(parts))
        self.side_box.show()

    def open_target(self, target: str) -> None:
        self.open_lesson(target)

    def selftest_views(self):
        def lesson():
            self.activated()
            return self.view

        return [(self.section_id, lesson)]
