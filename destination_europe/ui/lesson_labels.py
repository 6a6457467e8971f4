"""Texts of the controls inside lesson pages, in the interface language.

The core renders lesson HTML with label keys (``DEFAULT_LABELS`` in
``core/content/blockhtml.py``); this module gives each key its translated text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("LessonLabels", text)


def lesson_labels() -> dict[str, str]:
    return {
        "quiz": _t("Quiz"),
        "question_n": _t("Question {n} of {total}"),
        "check_answer": _t("Check answer"),
        "correct": _t("Correct"),
        "incorrect": _t("Not quite"),
        "show_explanation": _t("Show explanation"),
        "select_one": _t("Choose one answer."),
        "select_all": _t("Choose all answers that apply."),
        "true": _t("True"),
        "false": _t("False"),
        "ordering_hint": _t(
            "Put the items in the right order with the Move up and Move down buttons."
        ),
        "move_up": _t("Move up"),
        "move_down": _t("Move down"),
        "matching_hint": _t("Choose the matching answer for each item."),
        "choose": _t("Choose…"),
        "your_answer": _t("Your answer"),
        "scenario": _t("Scenario"),
        "scenario_path": _t("Your choices so far"),
        "scenario_end": _t("End of the scenario"),
        "restart": _t("Restart"),
        "reflection": _t("Reflection"),
        "save_note": _t("Save note"),
        "note_saved": _t("Saved to your notes"),
        "chart_unavailable": _t("Data not available yet for this chart."),
        "country": _t("Country"),
        "open_factsheet": _t("Open the country factsheet"),
        "term": _t("Glossary term"),
        "open_glossary": _t("Open in the glossary"),
        "term_unknown": _t("This term is not in the glossary."),
        "sources": _t("Sources"),
        "timeline": _t("Timeline"),
        "discussion": _t("Discussion"),
        "minutes": _t("{minutes} min"),
        "grouping_pairs": _t("In pairs"),
        "grouping_small-groups": _t("In small groups"),
        "grouping_whole-class": _t("Whole class"),
        "facilitator_note": _t("Facilitator note"),
        "block_error": _t("This activity could not be loaded. The content checker explains why."),
        "error": _t("Something went wrong. Please try again."),
        "section_missing": _t("This page does not exist."),
    }
