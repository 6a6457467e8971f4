"""Glossary: search in any language, browse A–Z or by theme, read a term page, follow the
relation map, and practise with a quiz generated from the entries.

The core does the work: ``core.glossary`` loads the entries, ``core.glossary_search`` ranks
what the learner types, ``core.glossary_graph`` lays out the relation map and
``core.glossary_quiz`` makes and checks the questions. "Used in these lessons" comes from
the auto-linker's index (``core.content.linkreport.link_report``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from destination_europe.ui.glossary_page import (
    entry_html,
    language_name,
    theme_colours,
    theme_label,
)
from destination_europe.ui.sections.base import Section, heading

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALL = ""


def fold(text: str) -> str:
    """The search module's folding (imported on first use: it pulls in the glossary core)."""
    from destination_europe.core.glossary_search import fold as _fold

    return _fold(text)


class GlossarySection(Section):
    section_id = "glossary"
    linkActivated = Signal(str, str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self._glossary = None
        self._search = None
        self._lessons: dict[str, list[tuple[str, str]]] | None = None
        self._current: str | None = None
        self._letter = ALL
        self._sorted: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 12)
        outer.setSpacing(8)
        outer.addWidget(heading(self.tr("Glossary")))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Glossary views"))
        outer.addWidget(self.tabs, 1)

        browse = QWidget()
        column = QVBoxLayout(browse)
        column.setContentsMargins(0, 10, 0, 0)
        row = QHBoxLayout()
        caption = QLabel(self.tr("&Search:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a term, in any language"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.search.setClearButtonEnabled(True)
        caption.setBuddy(self.search)
        row.addWidget(caption)
        row.addWidget(self.search, 1)
        theme_caption = QLabel(self.tr("T&heme:"))
        self.theme_box = QComboBox()
        self.theme_box.setAccessibleName(self.tr("Show the terms of one theme"))
        self.theme_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        theme_caption.setBuddy(self.theme_box)
        row.addWidget(theme_caption)
        row.addWidget(self.theme_box)
        self.count_label = QLabel()
        self.count_label.setObjectName("muted")
        row.addWidget(self.count_label)
        column.addLayout(row)

        letters = QHBoxLayout()
        letters.setSpacing(2)
        self.letter_group = QButtonGroup(self)
        self.letter_group.setExclusive(True)
        self.letter_buttons: dict[str, QToolButton] = {}
        for letter in [ALL, *LETTERS]:
            button = QToolButton()
            button.setText(self.tr("All") if letter == ALL else letter)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setAccessibleName(
                self.tr("All terms")
                if letter == ALL
                else self.tr("Terms starting with {letter}").format(letter=letter)
            )
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _c=False, x=letter: self.set_letter(x))
            self.letter_group.addButton(button)
            self.letter_buttons[letter] = button
            letters.addWidget(button)
        letters.addStretch(1)
        self.letter_buttons[ALL].setChecked(True)
        self.letter_bar = QWidget()
        self.letter_bar.setLayout(letters)
        letters.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.letter_bar)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Terms"))
        self.list.setUniformItemSizes(True)
        self.entry_tabs = QTabWidget()
        self.entry_tabs.setAccessibleName(self.tr("Term views"))
        self.entry = QTextBrowser()
        self.entry.setAccessibleName(self.tr("Glossary entry"))
        self.entry.setOpenLinks(False)
        self.entry.anchorClicked.connect(self._on_anchor)
        from destination_europe.ui.glossary_map import RelationMap

        self.map = RelationMap()
        self.map.setAccessibleName(self.tr("Relation map"))
        self.map.termActivated.connect(self.open_target)
        self.entry_tabs.addTab(self.entry, self.tr("&Entry"))
        self.entry_tabs.addTab(self.map, self.tr("Relation &map"))
        splitter.addWidget(self.list)
        splitter.addWidget(self.entry_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        column.addWidget(splitter, 1)
        self.tabs.addTab(browse, self.tr("&Browse"))

        from destination_europe.ui.glossary_quiz_panel import GlossaryQuizPanel

        self.quiz = GlossaryQuizPanel(sink=services.lazy_sink)
        self.quiz.termLinkActivated.connect(self.open_target)
        self.tabs.addTab(self.quiz, self.tr("&Quiz"))
        self.tabs.currentChanged.connect(self._on_tab)

        self.search.textChanged.connect(self._refresh_list)
        self.theme_box.currentIndexChanged.connect(lambda _i: self._refresh_list())
        self.list.currentItemChanged.connect(self._on_current)
        self.search.returnPressed.connect(self._focus_first_result)

    def title(self) -> str:
        return self.tr("Glossary")

    # -- loading --------------------------------------------------------------------------
    def activated(self) -> None:
        if self._glossary is not None:
            return
        from destination_europe.core.glossary import load_glossary
        from destination_europe.core.glossary_search import GlossarySearch

        self._glossary, issues = load_glossary(self.services.resources / "glossary")
        self._search = GlossarySearch(self._glossary)
        self._sorted = [e.id for e in sorted(self._glossary, key=lambda e: (fold(e.term), e.id))]
        themes = sorted({t for e in self._glossary for t in e.themes}, key=theme_label)
        self.theme_box.blockSignals(True)
        self.theme_box.addItem(self.tr("All themes"), ALL)
        for code in themes:
            self.theme_box.addItem(theme_label(code), code)
        self.theme_box.blockSignals(False)
        self.quiz.set_glossary(self._glossary, self._colours())
        self._style_letters()
        self.services.themeChanged.connect(self._on_theme)
        errors = [i for i in issues if i.is_error]
        self._refresh_list()
        if errors:
            self.entry.setPlainText(
                self.tr("Some glossary entries could not be read:")
                + "\n"
                + "\n".join(i.format(self.services.content_root) for i in errors[:20])
            )
        elif self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._record_lookups = True  # from now on, entries shown are the learner's own look-ups

    def _style_letters(self) -> None:
        c = self._colours()
        self.letter_bar.setStyleSheet(
            f"QToolButton {{ min-width: 22px; padding: 2px 4px; }}"
            f"QToolButton:disabled {{ color: {c['border']}; }}"
            f"QToolButton:checked {{ background: {c['accent']}; color: {c['accent_fg']};"
            f" border-radius: 4px; }}"
        )

    def _on_theme(self, _theme: str) -> None:
        self._style_letters()
        self.quiz.colours = self._colours()
        if self._current is not None:
            self.show_entry(self._current)

    def _colours(self) -> dict[str, str]:
        return theme_colours(getattr(self.services, "theme", "light"))

    def _lesson_index(self) -> dict[str, list[tuple[str, str]]]:
        """term id -> [(lesson id, title)], from the auto-linker's index (built once)."""
        if self._lessons is None:
            from destination_europe.core.content.linkreport import link_report
            from destination_europe.core.content.loader import load_catalog

            index: dict[str, dict[str, str]] = {}
            try:
                catalog = load_catalog(self.services.content_root)
                rows = link_report(catalog, self._glossary)
            except Exception:  # noqa: BLE001 - a broken lesson must not break the glossary
                catalog, rows = None, []
            lang = getattr(self.services, "lang", "en")
            for row in rows:
                lesson = catalog.lessons.get(row.lesson) if catalog else None
                if lesson is None:
                    continue
                translated = catalog.translations.get(row.lesson, {}).get(lang)
                title = (translated or lesson).title
                index.setdefault(row.term, {}).setdefault(row.lesson, title)
            self._lessons = {term: list(found.items()) for term, found in index.items()}
        return self._lessons

    # -- the list -------------------------------------------------------------------------
    def theme(self) -> str:
        return str(self.theme_box.currentData() or ALL)

    def set_letter(self, letter: str) -> None:
        self._letter = letter
        self.letter_buttons[letter].setChecked(True)
        if letter != ALL and self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
        self._refresh_list()

    def _refresh_list(self, _text: str | None = None) -> None:
        if self._glossary is None:
            return
        query = self.search.text().strip()
        theme = self.theme()
        if query and self._letter != ALL:
            self._letter = ALL
            self.letter_buttons[ALL].setChecked(True)
        rows: list[tuple[str, str]] = []  # (term id, how it matched)
        if query:
            for hit in self._search.search(query, limit=200):
                rows.append((hit.term_id, self._match_note(hit)))
        else:
            rows = [(term_id, "") for term_id in self._sorted]
        shown_letters = {
            fold(e.term)[:1].upper() for e in self._glossary if not theme or theme in e.themes
        }
        filtered = []
        for term_id, note in rows:
            entry = self._glossary.get(term_id)
            if entry is None or (theme and theme not in entry.themes):
                continue
            if not query and self._letter != ALL and fold(entry.term)[:1].upper() != self._letter:
                continue
            filtered.append((entry, note))
        for letter, button in self.letter_buttons.items():
            button.setEnabled(letter == ALL or letter in shown_letters)
        self.list.blockSignals(True)
        self.list.clear()
        for entry, note in filtered:
            item = QListWidgetItem(f"{entry.term}  —  {note}" if note else entry.term)
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.short_definition())
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.count_label.setText(self.tr("%n term(s)", "", len(filtered)))
        ids = self.visible_ids()
        if query and ids:
            self.list.setCurrentRow(0)  # results as you type: show the best match
        elif self._current in ids:
            self.list.blockSignals(True)
            self.list.setCurrentRow(ids.index(self._current))
            self.list.blockSignals(False)

    def _match_note(self, hit) -> str:
        if hit.field == "term":
            return ""
        if hit.field == "definition":
            return self.tr("in the definition")
        if hit.field == "equivalent":
            return f"{hit.text} ({hit.lang})"
        if hit.score < 50:
            return self.tr("did you mean this? ({text})").format(text=hit.text)
        return hit.text

    def _focus_first_result(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def visible_ids(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    # -- the term page and the map ---------------------------------------------------------
    def _on_current(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_entry(item.data(Qt.ItemDataRole.UserRole))

    def show_entry(self, term_id: str) -> bool:
        entry = self._glossary.get(term_id) if self._glossary is not None else None
        if entry is None:
            return False
        if getattr(self, "_record_lookups", False) and term_id != self._current:
            store = self.services.progress
            if store is not None:
                store.glossary_term_looked_up(term_id)
        self._current = term_id
        lessons = self._lessons.get(term_id, []) if self._lessons is not None else None
        self.entry.setHtml(entry_html(entry, self._glossary, lessons, self._colours()))
        if lessons is None:
            QTimer.singleShot(0, self._fill_lessons)
        self._draw_map(term_id)
        return True

    def _fill_lessons(self) -> None:
        self._lesson_index()
        if self._current is not None:
            entry = self._glossary.get(self._current)
            lessons = self._lessons.get(self._current, []) if self._lessons else []
            scroll = self.entry.verticalScrollBar().value()
            self.entry.setHtml(entry_html(entry, self._glossary, lessons, self._colours()))
            self.entry.verticalScrollBar().setValue(scroll)

    def _draw_map(self, term_id: str) -> None:
        from destination_europe.core.glossary_graph import neighbourhood

        graph = neighbourhood(self._glossary, term_id)
        legend = [
            self.tr("Above: broader terms · below: narrower terms · sides: related terms"),
            self.tr("Click a term (or Tab to it and press Enter) to put it in the centre."),
        ]
        if len(graph.nodes) == 1:
            legend.insert(0, self.tr("This term has no broader, narrower or related terms yet."))
        self.map.set_graph(graph, self._colours(), legend)

    def _on_anchor(self, url: QUrl) -> None:
        target = url.path() or url.toString().partition(":")[2]
        if url.scheme() == "glossary":
            self.open_target(target)
        elif url.scheme() in ("lesson", "country"):
            self.linkActivated.emit(url.scheme(), target)

    def _on_tab(self, index: int) -> None:
        if self.tabs.widget(index) is self.quiz and not self.quiz.questions:
            self.quiz.start(theme=self.theme() or None)

    def open_target(self, term_id: str) -> None:
        self.activated()
        if self._glossary is None or term_id not in self._glossary:
            return
        if self.tabs.currentWidget() is not self.tabs.widget(0):
            self.tabs.setCurrentIndex(0)
        if term_id not in self.visible_ids():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.theme_box.blockSignals(True)
            self.theme_box.setCurrentIndex(0)
            self.theme_box.blockSignals(False)
            self._letter = ALL
            self.letter_buttons[ALL].setChecked(True)
            self._refresh_list()
        ids = self.visible_ids()
        if term_id in ids:
            self.list.setCurrentRow(ids.index(term_id))
        else:
            self.show_entry(term_id)

    def language_name(self, code: str) -> str:
        return language_name(code)

    # -- self-test --------------------------------------------------------------------------
    def selftest_views(self):
        def browse():
            self.activated()
            self.tabs.setCurrentIndex(0)
            self.entry_tabs.setCurrentIndex(0)
            return None

        def term():
            self.open_target("refugee" if self._glossary and "refugee" in self._glossary else "")
            self.entry_tabs.setCurrentIndex(0)
            return None

        def relation_map():
            centre = "international-protection"
            if self._glossary is not None and centre in self._glossary:
                self.open_target(centre)
            self.tabs.setCurrentIndex(0)
            self.entry_tabs.setCurrentWidget(self.map)
            return None

        def quiz():
            self.tabs.setCurrentWidget(self.quiz)
            return None

        return [
            ("glossary", browse),
            ("glossary-term", term),
            ("glossary-map", relation_map),
            ("glossary-quiz", quiz),
        ]
