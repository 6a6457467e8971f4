"""Feedback forms: one for learners, one for teachers. Answers are saved in the progress
database (``store.save_feedback(form_id, answers_json)``), on this PC, in one transaction."""

from __future__ import annotations

import json

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

LEARNER_FORM = "learner-feedback-v1"
TEACHER_FORM = "teacher-feedback-v1"


class FeedbackDialog(QDialog):
    def __init__(self, store, teacher: bool, lesson_id: str = "", parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.teacher = teacher
        self.lesson_id = lesson_id
        self.saved_id: str | None = None
        self.form_id = TEACHER_FORM if teacher else LEARNER_FORM
        self.setWindowTitle(
            self.tr("Feedback from a teacher") if teacher else self.tr("Feedback from a learner")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your answers are saved on this PC with your progress. Nothing is sent over "
                "the internet; your teacher or the EMN team can collect them with the "
                "results."
            )
            if not teacher
            else self.tr(
                "Your answers are saved on this PC. They help improve the material for "
                "the next sessions."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = _Column()
        self.rating_group = QButtonGroup(self)
        rating_row = QHBoxLayout()
        for value in range(1, 6):
            button = QRadioButton(str(value))
            button.setAccessibleName(self.tr("Rating {n} of 5").format(n=value))
            self.rating_group.addButton(button, value)
            rating_row.addWidget(button)
        rating_row.addStretch(1)
        rating_widget = QWidget()
        rating_widget.setLayout(rating_row)
        self.texts: dict[str, QPlainTextEdit] = {}
        if teacher:
            form.addRow(
                self.tr(
                    "How well did the material fit your session? (1 = not at all, 5 = very well)"
                ),
                rating_widget,
            )
            self.group_size = QSpinBox()
            self.group_size.setRange(0, 500)
            self.group_size.setAccessibleName(self.tr("Number of participants"))
            form.addRow(self.tr("Number of &participants:"), self.group_size)
            questions = (
                ("worked", self.tr("What worked &well?")),
                ("change", self.tr("What should &change?")),
                ("technical", self.tr("Did anything not &work on the PCs?")),
            )
        else:
            self.group_size = None
            form.addRow(
                self.tr("How useful was this for you? (1 = not at all, 5 = very)"), rating_widget
            )
            questions = (
                ("hard", self.tr("What was &hard to understand?")),
                ("more", self.tr("What would you like to learn &more about?")),
                ("other", self.tr("Anything &else?")),
            )
        for key, label in questions:
            edit = QPlainTextEdit()
            edit.setAccessibleName(label.replace("&", ""))
            edit.setFixedHeight(64)
            self.texts[key] = edit
            caption = QLabel(label)
            caption.setBuddy(edit)
            caption.setWordWrap(True)
            form.addRow(caption, edit)
        layout.addLayout(form.layout)
        self.message = QLabel("")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def answers(self) -> dict:
        rating = self.rating_group.checkedId()
        out: dict = {"rating": rating if rating > 0 else None}
        if self.group_size is not None:
            out["participants"] = self.group_size.value() or None
        for key, edit in self.texts.items():
            out[key] = edit.toPlainText().strip()
        if self.lesson_id:
            out["lesson"] = self.lesson_id
        return out

    def try_accept(self) -> None:
        answers = self.answers()
        if answers["rating"] is None and not any(v for k, v in answers.items() if k in self.texts):
            self.message.setText(self.tr("Please give a rating or write something."))
            return
        self.saved_id = self.store.save_feedback(self.form_id, json.dumps(answers))
        self.accept()


class _Column:
    """Each question above its answer field (long questions read better than in a form)."""

    def __init__(self) -> None:
        self.layout = QVBoxLayout()
        self.layout.setSpacing(4)

    def addRow(self, label, widget) -> None:  # noqa: N802 - mirrors QFormLayout
        caption = label if isinstance(label, QLabel) else QLabel(label)
        caption.setWordWrap(True)
        if caption.buddy() is None:
            caption.setBuddy(widget)
        self.layout.addSpacing(6)
        self.layout.addWidget(caption)
        self.layout.addWidget(widget)
