"""The glossary quiz: questions generated from the glossary, instant feedback, explanations
that link to both entries. Answers are checked by :func:`core.glossary_quiz.check_answer`.
"""

from __future__ import annotations

import html
import random
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # the quiz engine loads with the glossary, after the first paint
    from destination_europe.core.glossary import Glossary
    from destination_europe.core.glossary_quiz import Question, Result

QUIZ_LENGTH = 10


class GlossaryQuizPanel(QWidget):
    """Ten questions at a time; ``termLinkActivated(id)`` when an explanation link is used."""

    termLinkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None, sink: Any = None) -> None:
        super().__init__(parent)
        self.glossary: Glossary | None = None
        self.sink = sink  # anything with record_attempt(lesson, block, item, answer, correct)
        self.colours: dict[str, str] = {}
        self.questions: list[Question] = []
        self.index = 0
        self.score = 0
        self.answered: Result | None = None
        self.seed = 0
        self.theme: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("muted")
        self.new_button = QPushButton(self.tr("&New quiz"))
        self.new_button.setAccessibleName(self.tr("Start a new glossary quiz"))
        self.new_button.clicked.connect(lambda: self.start())
        top.addWidget(self.progress_label, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setObjectName("para")
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.prompt)
        self.definition_box = QFrame()
        self.definition_box.setObjectName("notice")
        box_layout = QVBoxLayout(self.definition_box)
        box_layout.setContentsMargins(14, 10, 14, 10)
        self.definition = QLabel()
        self.definition.setWordWrap(True)
        self.definition.setObjectName("para")
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.definition)
        layout.addWidget(self.definition_box)
        self.options_box = QVBoxLayout()
        self.options_box.setSpacing(6)
        layout.addLayout(self.options_box)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("&Check answer"))
        self.check_button.setAccessibleName(self.tr("Check answer"))
        self.check_button.clicked.connect(self.check)
        self.next_button = QPushButton(self.tr("Ne&xt question"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.clicked.connect(self.next_question)
        row.addWidget(self.check_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.feedback = QTextBrowser()
        self.feedback.setAccessibleName(self.tr("Feedback and explanation"))
        self.feedback.setOpenLinks(False)
        self.feedback.anchorClicked.connect(self._on_anchor)
        layout.addWidget(self.feedback, 1)

    # -- questions ------------------------------------------------------------------------
    def set_glossary(self, glossary: Glossary, colours: dict[str, str]) -> None:
        self.glossary = glossary
        self.colours = colours

    def start(self, seed: int | None = None, theme: str | None = "") -> None:
        """A new quiz; ``theme`` "" keeps the current theme filter (None: all themes)."""
        if self.glossary is None:
            return
        if theme != "":
            self.theme = theme
        self.seed = random.randrange(1 << 30) if seed is None else seed
        from destination_europe.core.glossary_quiz import GlossaryQuiz

        quiz = GlossaryQuiz(self.glossary, self.seed, self.theme)
        self.questions = quiz.questions(QUIZ_LENGTH)
        if not self.questions and self.theme is not None:
            self.questions = GlossaryQuiz(self.glossary, self.seed).questions(QUIZ_LENGTH)
        self.index = 0
        self.score = 0
        self._show()

    @property
    def question(self) -> Question | None:
        return self.questions[self.index] if 0 <= self.index < len(self.questions) else None

    def _term(self, term_id: str) -> str:
        entry = self.glossary.get(term_id) if self.glossary else None
        return entry.term if entry else term_id

    def _show(self) -> None:
        self.answered = None
        self.feedback.clear()
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        q = self.question
        if q is None:
            self._finished()
            return
        self.progress_label.setText(
            self.tr("Question {n} of {total} · score {score}").format(
                n=self.index + 1, total=len(self.questions), score=self.score
            )
        )
        if q.kind == "relation":
            self.prompt.setText(
                self.tr("For “{a}”, the term “{b}” is…").format(
                    a=self._term(q.term_id), b=self._term(q.other_id)
                )
            )
            self.definition.setText("")
            self.definition_box.hide()
        else:
            self.prompt.setText(
                self.tr("Which term matches this definition?")
                if q.kind == "definition"
                else self.tr("These terms are easily confused. Which one matches this definition?")
            )
            self.definition.setText(q.text)
            self.definition_box.show()
        labels = {
            "broader": self.tr("a broader term (more general)"),
            "narrower": self.tr("a narrower term (more specific)"),
            "related": self.tr("a related term"),
        }
        for number, option in enumerate(q.options, start=1):
            text = labels.get(option.id, option.label) if q.kind == "relation" else option.label
            button = QRadioButton(f"&{number}  {text}")
            button.setAccessibleName(text)
            button.setProperty("option_id", option.id)
            self.group.addButton(button)
            self.options_box.addWidget(button)
            self.buttons.append(button)
        self.check_button.setEnabled(True)
        self.next_button.setEnabled(False)
        if self.buttons:
            self.buttons[0].setFocus()

    def _finished(self) -> None:
        self.prompt.setText(
            self.tr(
                "Quiz finished: {score} of {total} right. Start a new quiz for new questions."
            ).format(score=self.score, total=len(self.questions))
            if self.questions
            else self.tr("There are not enough glossary entries for a quiz.")
        )
        self.progress_label.setText("")
        self.definition_box.hide()
        self.check_button.setEnabled(False)
        self.next_button.setEnabled(False)
        self.new_button.setFocus()

    # -- answering ------------------------------------------------------------------------
    def choose(self, option_id: str) -> None:
        for button in self.buttons:
            if button.property("option_id") == option_id:
                button.setChecked(True)

    def check(self) -> Result | None:
        q = self.question
        chosen = self.group.checkedButton()
        if q is None or self.answered is not None:
            return self.answered
        if chosen is None:
            self.feedback.setHtml(f"<p>{html.escape(self.tr('Choose an answer first.'))}</p>")
            return None
        answer = str(chosen.property("option_id"))
        from destination_europe.core.glossary_quiz import check_answer

        result = check_answer(q, answer)
        self.answered = result
        if result.correct:
            self.score += 1
        if self.sink is not None:
            self.sink.record_attempt("glossary", "glossary-quiz", q.id, answer, result.correct)
        for button in self.buttons:
            option_id = button.property("option_id")
            if option_id == result.expected:
                button.setText(button.text() + "  ✓")
            elif option_id == answer:
                button.setText(button.text() + "  ✗")
            button.setEnabled(False)
        self.feedback.setHtml(self._explanation(q, result))
        self.check_button.setEnabled(False)
        self.next_button.setEnabled(True)
        self.next_button.setFocus()
        self.progress_label.setText(
            self.tr("Question {n} of {total} · score {score}").format(
                n=self.index + 1, total=len(self.questions), score=self.score
            )
        )
        return result

    def next_question(self) -> None:
        self.index += 1
        self._show()

    def _link(self, term_id: str) -> str:
        accent = self.colours.get("accent", "#1f4e9c")
        return (
            f"<a href='glossary:{html.escape(term_id)}' style='color:{accent}'>"
            f"{html.escape(self._term(term_id))}</a>"
        )

    def _definition(self, term_id: str) -> str:
        entry = self.glossary.get(term_id) if self.glossary else None
        return html.escape(entry.short_definition(400)) if entry else ""

    def _explanation(self, q: Question, result: Result) -> str:
        e = html.escape
        verdict = self.tr("Correct.") if result.correct else self.tr("Not quite.")
        colour = "#1b7f3b" if result.correct else "#b3261e"
        if self.colours.get("bg") == "#000000":
            colour = self.colours.get("accent", colour)
        parts = [f"<p style='font-size:13pt;color:{colour}'><b>{e(verdict)}</b></p>"]
        if q.kind == "relation":
            kind = {
                "broader": self.tr("a broader term"),
                "narrower": self.tr("a narrower term"),
                "related": self.tr("a related term"),
            }[q.answer]
            parts.append(
                "<p>"
                + e(self.tr("The glossary lists {b} as {kind} of {a}."))
                .replace("{b}", self._link(q.other_id))
                .replace("{kind}", e(kind))
                .replace("{a}", self._link(q.term_id))
                + "</p>"
            )
            for term_id in (q.term_id, q.other_id):
                parts.append(f"<p>{self._link(term_id)}: {self._definition(term_id)}</p>")
            return "".join(parts)
        parts.append(
            "<p>"
            + e(self.tr("This is the definition of {term}:")).replace(
                "{term}", self._link(q.answer)
            )
            + f" {self._definition(q.answer)}</p>"
        )
        if not result.correct and len(result.explain) > 1:
            other = result.explain[1]
            parts.append(
                "<p>"
                + e(self.tr("You chose {term}, which means something else:")).replace(
                    "{term}", self._link(other)
                )
                + f" {self._definition(other)}</p>"
            )
        return "".join(parts)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "glossary":
            self.termLinkActivated.emit(url.path() or url.toString().partition(":")[2])
