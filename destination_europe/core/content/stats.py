"""Counts of what the content holds (for the about page, the CLI and CI summaries)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from destination_europe.core.factsheets import factsheet_stats
from destination_europe.core.game.content import game_stats
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
    lesson_translations = {lang: 0 for lang in LANGUAGES if lang != "en"}
    for by_lang in catalog.translations.values():
        for lang in by_lang:
            if lang in lesson_translations:
                lesson_translations[lang] += 1
    module_translations = {lang: 0 for lang in LANGUAGES if lang != "en"}
    for module in catalog.modules:
        for lang in module.translations:
            module_translations[lang] += 1
    return {
        "lesson_translations": lesson_translations,
        "module_translations": module_translations,
        "modules": len(catalog.modules),
        "lessons": len(catalog.lessons),
        "questions": questions,
        "scenarios": scenarios,
        "lesson_plans": len(catalog.plans),
        "glossary_terms": len(glossary),
        "glossary_equivalents": equivalents,
        "factsheets": (facts := factsheet_stats(root))["count"],
        "factsheet_translations": facts["translations"],
        "indicators": len(indicators or ()),
        "game": game_stats(root),
        "indicator_coverage": _indicator_coverage(root),
    }


def _indicator_coverage(root: Path) -> dict[str, dict[str, Any]]:
    """Per indicator: how many countries (incl. EU27) and which years have a value."""
    from destination_europe.core.statistics import DataError, StatisticsStore

    folder = root / "resources" / "statistics"
    if not (folder / "observations.csv").is_file():
        return {}
    try:
        store = StatisticsStore.load(folder)
    except DataError:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for ind in store.indicators():
        countries = 0
        years: set[int] = set()
        for code in store.countries(ind.id):
            have = [o.year for o in store.series(ind.id, code) if o.value is not None]
            if have:
                countries += 1
                years.update(have)
        out[ind.id] = {
            "countries": countries,
            "years": [min(years), max(years)] if years else [],
        }
    return out
