"""The content model: modules, lessons, sections and interactive blocks, as plain data.

Everything here is produced by the parsers from validated files; a lesson that failed
to parse still exists (with ``issues``) so the interface can show an error badge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .issues import Issue

# The Asylum and Migration Overview themes (EMN annual report chapters) a module follows.
THEMES: tuple[str, ...] = (
    "basics",  # migration basics and how EU policy is made
    "legal-migration",
    "international-protection",
    "minors-vulnerable",
    "integration",
    "citizenship-statelessness",
    "borders-visas-schengen",
    "irregular-migration-smuggling",
    "trafficking",
    "return-readmission",
    "migration-development",
    "ukraine-temporary-protection",
)
LEVELS: tuple[str, ...] = ("beginner", "intermediate", "advanced")
BLOCK_KINDS: tuple[str, ...] = (
    "quiz",
    "scenario",
    "reflection",
    "chart",
    "country-card",
    "term-card",
    "timeline",
    "discussion",
    "facilitator-note",
)
QUESTION_KINDS: tuple[str, ...] = (
    "single",
    "multiple",
    "true-false",
    "ordering",
    "matching",
    "fill-in",
)
QuestionKind = Literal["single", "multiple", "true-false", "ordering", "matching", "fill-in"]


@dataclass(frozen=True)
class Source:
    """A legal act and article, or a dataset and year (``kind`` says which)."""

    kind: Literal["act", "dataset"]
    name: str  # the act ("Directive 2011/95/EU") or the dataset code ("migr_asyappctza")
    detail: str  # the article ("Art. 2(d)") or the year ("2023")
    note: str = ""
    line: int = 1

    def label(self) -> str:
        if self.kind == "act":
            return f"{self.name}, {self.detail}"
        return f"{self.name} ({self.detail})"


# ---------------------------------------------------------------- blocks


@dataclass
class Block:
    """Common part of every interactive block: kind, id and where it is."""

    kind: str
    id: str
    line: int  # line of the opening fence
    title: str = ""


@dataclass
class QuizOption:
    id: str
    text: str
    correct: bool = False
    feedback: str = ""
    line: int = 1


@dataclass
class MatchPair:
    id: str  # id of the left-hand prompt
    left: str
    right: str
    right_id: str  # id of the right-hand answer
    line: int = 1


@dataclass
class QuizItem:
    id: str
    kind: str  # one of QUESTION_KINDS (may be unknown in a broken file)
    prompt: str
    line: int
    options: list[QuizOption] = field(default_factory=list)  # single, multiple, ordering
    answer_bool: bool | None = None  # true-false
    pairs: list[MatchPair] = field(default_factory=list)  # matching
    distractors: list[QuizOption] = field(default_factory=list)  # matching: extra answers
    answers: list[str] = field(default_factory=list)  # fill-in: accepted answers
    case_sensitive: bool = False  # fill-in
    feedback_correct: str = ""
    feedback_incorrect: str = ""
    explanation: str = ""


@dataclass
class QuizBlock(Block):
    items: list[QuizItem] = field(default_factory=list)


@dataclass
class ScenarioChoice:
    id: str
    text: str
    next: str
    feedback: str = ""
    line: int = 1


@dataclass
class ScenarioNode:
    id: str
    text: str
    line: int
    choices: list[ScenarioChoice] = field(default_factory=list)
    ending: bool = False
    outcome: str = ""  # for endings: "good", "mixed", "bad" or "" (styling only)
    feedback: str = ""


@dataclass
class ScenarioBlock(Block):
    intro: str = ""
    start: str = ""
    nodes: dict[str, ScenarioNode] = field(default_factory=dict)


@dataclass
class ReflectionBlock(Block):
    prompt: str = ""
    hint: str = ""


@dataclass
class ChartBlock(Block):
    indicator: str = ""
    countries: list[str] = field(default_factory=list)
    years: tuple[int, int] | None = None
    chart_type: str = "line"  # line, bar or map
    caption: str = ""


@dataclass
class CountryCardBlock(Block):
    country: str = ""
    text: str = ""


@dataclass
class TermCardBlock(Block):
    term: str = ""
    text: str = ""


@dataclass
class TimelineEvent:
    date: str
    title: str
    text: str = ""
    source: str = ""
    line: int = 1


@dataclass
class TimelineBlock(Block):
    events: list[TimelineEvent] = field(default_factory=list)


@dataclass
class DiscussionBlock(Block):
    prompt: str = ""
    questions: list[str] = field(default_factory=list)
    minutes: int | None = None
    grouping: str = ""  # "pairs", "small-groups", "whole-class" or ""


@dataclass
class FacilitatorNoteBlock(Block):
    text: str = ""


# ---------------------------------------------------------------- lessons and modules


@dataclass
class Section:
    """One page of a lesson: the text under a ``## `` heading, with its blocks."""

    id: str
    title: str
    line: int  # line of the heading (or of the first body line for an untitled intro)
    markdown: str  # the section's Markdown with each block replaced by a placeholder line
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Lesson:
    id: str
    title: str
    path: str
    lang: str = "en"
    module_id: str = ""
    minutes: int = 0
    level: str = ""
    objectives: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    line_ids: dict[str, int] = field(default_factory=dict)  # front-matter key -> line

    @property
    def ok(self) -> bool:
        return not any(i.is_error for i in self.issues)

    @property
    def blocks(self) -> list[Block]:
        return [b for s in self.sections for b in s.blocks]

    def block(self, block_id: str) -> Block | None:
        for b in self.blocks:
            if b.id == block_id:
                return b
        return None


@dataclass
class ModuleText:
    """A module's title, summary and objectives in one language (``module.<lang>.yaml``)."""

    title: str
    summary: str = ""
    objectives: list[str] = field(default_factory=list)


@dataclass
class Module:
    id: str
    title: str
    path: str  # the module folder
    summary: str = ""
    order: int = 0
    theme: str = ""
    level: str = ""
    duration_minutes: int = 0
    objectives: list[str] = field(default_factory=list)
    lesson_ids: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    translations: dict[str, ModuleText] = field(default_factory=dict)  # lang -> texts

    def text(self, lang: str = "en") -> ModuleText:
        """Title, summary and objectives in ``lang``, each falling back to English."""
        t = self.translations.get(lang)
        if t is None:
            return ModuleText(self.title, self.summary, list(self.objectives))
        return ModuleText(
            t.title or self.title,
            t.summary or self.summary,
            t.objectives if len(t.objectives) == len(self.objectives) else list(self.objectives),
        )


@dataclass
class PlanStep:
    minutes: int
    line: int
    lesson: str = ""  # a lesson id, or
    activity: str = ""  # a named activity without a lesson
    description: str = ""


@dataclass
class LessonPlan:
    id: str
    title: str
    path: str
    audience: str = ""
    total_minutes: int = 0
    summary: str = ""
    steps: list[PlanStep] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)


@dataclass
class Catalog:
    """Everything under ``lessons/``: modules in order, lessons by id and translations."""

    root: str
    modules: list[Module] = field(default_factory=list)
    lessons: dict[str, Lesson] = field(default_factory=dict)  # English (original) lessons
    translations: dict[str, dict[str, Lesson]] = field(default_factory=dict)  # id -> lang -> L
    plans: list[LessonPlan] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)  # problems not tied to one lesson

    def lesson(self, lesson_id: str, lang: str = "en") -> Lesson | None:
        """The lesson in ``lang`` if translated (and not broken), else the original."""
        translated = self.translations.get(lesson_id, {}).get(lang)
        if translated is not None and translated.ok:
            return translated
        return self.lessons.get(lesson_id)

    def module_lessons(self, module: Module, lang: str = "en") -> list[Lesson]:
        found = (self.lesson(lid, lang) for lid in module.lesson_ids)
        return [lesson for lesson in found if lesson is not None]

    def all_issues(self) -> list[Issue]:
        out = list(self.issues)
        for m in self.modules:
            out.extend(m.issues)
        for lesson in self.lessons.values():
            out.extend(lesson.issues)
        for by_lang in self.translations.values():
            for t in by_lang.values():
                out.extend(t.issues)
        for p in self.plans:
            out.extend(p.issues)
        return out
