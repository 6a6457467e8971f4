"""What the progress screens need to know about the content: modules, titles, questions.

Progress refers to content by stable ids; the screens show titles. Ids the content no longer
has are "archived": they are listed under that name, never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

_CACHE: dict[tuple[str, str], ContentIndex] = {}


@dataclass
class ContentIndex:
    modules: dict[str, list[str]] = field(default_factory=dict)  # module id -> lesson ids
    module_titles: dict[str, str] = field(default_factory=dict)
    lesson_titles: dict[str, str] = field(default_factory=dict)
    section_titles: dict[str, list[str]] = field(default_factory=dict)
    questions: dict[tuple[str, str, str], str] = field(default_factory=dict)  # -> prompt
    tokens: dict[str, str] = field(default_factory=dict)  # option token -> option text

    @property
    def lesson_ids(self) -> set[str]:
        return {lid for ids in self.modules.values() for lid in ids}

    def known(self, lesson_id: str) -> bool:
        return lesson_id in self.lesson_titles

    def lesson_title(self, lesson_id: str) -> str:
        return self.lesson_titles.get(lesson_id, lesson_id)

    def section_title(self, lesson_id: str, index: int) -> str:
        titles = self.section_titles.get(lesson_id, [])
        return titles[index] if 0 <= index < len(titles) else ""

    def question_text(self, lesson_id: str, block_id: str, item_id: str) -> str:
        return self.questions.get((lesson_id, block_id, item_id), item_id)

    def answer_text(self, answer: object) -> str:
        """A stored answer in words: option tokens become the option's text."""
        if isinstance(answer, str):
            return self.tokens.get(answer, answer)
        if isinstance(answer, bool) or answer is None:
            return "" if answer is None else str(answer).lower()
        if isinstance(answer, list):
            return "; ".join(self.answer_text(a) for a in answer)
        if isinstance(answer, dict):
            return "; ".join(
                f"{self.answer_text(k)} → {self.answer_text(v)}" for k, v in answer.items()
            )
        return str(answer)


def content_index(root: Path, lang: str = "en") -> ContentIndex:
    """The index of the content under ``root`` (loaded once per folder and language)."""
    key = (str(root), lang)
    cached = _CACHE.get(key)
    if cached is not None:
        return cached
    from destination_europe.core.content.loader import load_catalog
    from destination_europe.core.content.quiz import option_token

    catalog = load_catalog(root)
    index = ContentIndex()
    for module in catalog.modules:
        lessons = catalog.module_lessons(module, lang)
        index.modules[module.id] = [lesson.id for lesson in lessons]
        index.module_titles[module.id] = module.text(lang).title or module.id
        for lesson in lessons:
            index.lesson_titles[lesson.id] = lesson.title or lesson.id
            index.section_titles[lesson.id] = [s.title for s in lesson.sections]
            for block in lesson.blocks:
                for item in getattr(block, "items", []) or []:
                    prompt = " ".join(str(getattr(item, "prompt", "") or item.id).split())
                    index.questions[(lesson.id, block.id, item.id)] = prompt
                    for option in [*item.options, *getattr(item, "distractors", [])]:
                        token = option_token(block.id, item.id, option.id)
                        index.tokens[token] = option.text
                    for pair in getattr(item, "pairs", []) or []:
                        index.tokens[option_token(block.id, item.id, pair.id)] = pair.left
                        index.tokens[option_token(block.id, item.id, pair.right_id)] = pair.right
    _CACHE[key] = index
    return index


def forget_cache() -> None:
    _CACHE.clear()
