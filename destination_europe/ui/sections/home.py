"""Home: what the app is, where to go, and one real figure to start a conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from destination_europe.ui.sections.base import CardButton, Section, column, heading, paragraph


class HomeSection(Section):
    section_id = "home"
    navigate = Signal(str)

    def __init__(self, services, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        layout = column(self)
        layout.addWidget(heading(self.tr("Welcome to Destination Europe")))
        layout.addWidget(
            paragraph(
                self.tr(
                    "Learn how migration and integration policy works in Europe: who decides "
                    "at EU, national and city level, what the law says, and what the real "
                    "figures show. Everything here works without an internet connection."
                )
            )
        )
        self.continue_button = CardButton(self.tr("Continue where I stopped"), "")
        self.continue_button.setObjectName("continueCard")
        self.continue_button.clicked.connect(lambda: self._go("learn"))
        self.continue_button.hide()
        layout.addWidget(self.continue_button)
        grid = QGridLayout()
        grid.setSpacing(12)
        entries = [
            ("learn", self.tr("Learn"), self.tr("Modules and lessons with quizzes and scenarios")),
            ("play", self.tr("Play"), self.tr("The role-play for a group around one screen")),
            ("glossary", self.tr("Glossary"), self.tr("Key terms, defined in plain words")),
            ("countries", self.tr("Countries"), self.tr("Charts and a map of real statistics")),
        ]
        for i, (target, title, blurb) in enumerate(entries):
            button = CardButton(title, blurb)
            button.clicked.connect(lambda _=False, t=target: self._go(t))
            grid.addWidget(button, i // 2, i % 2)
        layout.addLayout(grid)

        self.fact_box = QFrame()
        self.fact_box.setObjectName("notice")
        fact_layout = column(self.fact_box, margins=16, spacing=6)
        fact_layout.addWidget(heading(self.tr("A figure to discuss"), 2))
        self.fact = paragraph("")
        self.fact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        fact_layout.addWidget(self.fact)
        layout.addWidget(self.fact_box)
        self.fact_box.hide()
        layout.addStretch(1)
        self._fact_loaded = False

    def _go(self, target: str) -> None:
        # Signal.emit returns a bool; a lambda slot must not hand it back to Qt.
        self.navigate.emit(target)

    def title(self) -> str:
        return self.tr("Home")

    def _show_continue(self) -> None:
        """The current learner's place from the progress store (lesson and section); the
        click is routed there by ``ui/progress_menu.py`` (``resume_target``)."""
        store = self.services.progress
        self.resume_target = None
        place = None
        if store is None:  # no database: the place this PC remembers
            place = self.services.settings.value("learn/place")
        elif store.current_profile_id is not None:
            resume = store.resume_point()
            if resume is not None:
                from destination_europe.ui.progress_catalog import content_index

                index = content_index(self.services.content_root, self.services.lang)
                lesson_id, section = resume
                if index.known(lesson_id):
                    self.resume_target = resume
                    section_title = index.section_title(lesson_id, section)
                    place = index.lesson_title(lesson_id)
                    if section_title:
                        place += f" — {section_title}"
        if place:
            blurb = self.continue_button.findChild(QLabel, "cardBlurb")
            blurb.setText(str(place))
            self.continue_button.setAccessibleDescription(str(place))
            self.continue_button.show()
        else:
            self.continue_button.hide()

    def activated(self) -> None:
        self._show_continue()
        # Runs after the window's first paint: reading the statistics never delays start-up.
        if not self._fact_loaded:
            self._fact_loaded = True
            self._load_fact()

    def _load_fact(self) -> None:
        store = self.services.statistics()
        if store is None:
            return
        indicator = "asylum-first-time-applicants"
        try:
            year = store.latest_year(indicator, "EU27")
        except KeyError:
            return
        if year is None:
            return
        obs = store.values_for_year(indicator, year).get("EU27")
        previous = store.values_for_year(indicator, year - 1).get("EU27")
        if obs is None or obs.value is None:
            return
        locale = self.locale()
        text = self.tr(
            "In {year}, {value} people from outside the EU applied for asylum in the EU "
            "for the first time."
        ).format(year=year, value=locale.toString(int(obs.value)))
        if previous is not None and previous.value:
            text += " " + self.tr("In {year} there had been {value}.").format(
                year=year - 1, value=locale.toString(int(previous.value))
            )
        text += "\n" + self.tr("Source: {publisher}, dataset {dataset}.").format(
            publisher=obs.publisher, dataset=obs.dataset
        )
        self.fact.setText(text)
        self.fact.setAccessibleName(text)
        self.fact_box.show()
