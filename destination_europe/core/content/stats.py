"""Counts of what the content holds (for the about page, the CLI and CI summaries)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from destination_europe.core.glossary import load_glossary
from destination_europe.core.languages import LANGUAGES

from .loader import load_catalog, load_indicator_ids
from .model import QUESTION_KINDS, QuizBlock, ScenarioBlock


def content_stats(root: Path) -> dict[str, Any]:
    catalog = load_catalog(root)
    glossary, _ = load_glossary(root / "resources" / "glossary")
    questions = dict.fromkeys(QUESTION_KINDS, 0)
    scenarios = 0
    for lesson in catalog.lessons.values():
        for block in lesson.blocks:
            if isinstance(block, QuizBlock):
                for item in block.items:
                    if item.kind in questions:
                        questions[item.kind] += 1
            elif isinstance(block, ScenarioBlock):
                scenarios += 1
    equivalents = {lang: 0 for lang in LANGUAGES if lang != "en"}
    for entry in glossary:
        for lang in entry.equivalents:
            if lang in equivalents:
                equivalents[lang] += 1
    indicators, _ = load_indicator_ids(root)
    return {
        "modules": len(catalog.modules),
        "lessons": len(catalog.lessons),
        "questions": questions,
        "scenarios": scenarios,
        "lesson_plans": len(catalog.plans),
        "glossary_terms": len(glossary),
        "glossary_equivalents": equivalents,
        "factsheets": 0,
        "indicators": len(indicators or ()),
        "game": {"roles": 0, "rounds": 0, "cards": 0, "characters": 0},
    }
