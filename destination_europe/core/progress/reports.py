"""The teacher's class report: learners × modules, per-question statistics, CSV files.

Scores count each question once per learner, using the attempt the teacher chooses: the
``first``, the ``best`` (correct at least once) or the ``last``. Lessons that events mention
but the content no longer has are grouped under the module id ``ARCHIVED``. The CSV columns
are documented in ``docs/PROGRESS.md``; numbers are written as plain numbers (no units, no
thousands separators), one header row, UTF-8.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TextIO

from .events import EventRecord
from .profiles import LEARNER, ProfileInfo
from .views import ATTEMPT_CHOICES, lesson_progress, question_outcomes

if TYPE_CHECKING:
    from .store import ProgressStore

ARCHIVED = "(archived)"

LEARNER_COLUMNS: tuple[str, ...] = (
    "learner_id",
    "learner_name",
    "module_id",
    "lessons_total",
    "lessons_started",
    "lessons_completed",
    "questions_answered",
    "questions_correct",
    "score_percent",
    "time_spent_minutes",
    "last_activity",
    "attempt_counted",
)
QUESTION_COLUMNS: tuple[str, ...] = (
    "module_id",
    "lesson_id",
    "block_id",
    "item_id",
    "learners_attempted",
    "learners_correct",
    "percent_correct",
    "attempts_total",
    "attempts_per_learner",
    "attempt_counted",
)


@dataclass(frozen=True)
class ReportCell:
    lessons_total: int
    lessons_started: int
    lessons_completed: int
    questions_answered: int
    questions_correct: int  # by the chosen attempt
    time_spent: float  # seconds
    last_activity: str | None

    @property
    def score_percent(self) -> float | None:
        if not self.questions_answered:
            return None
        return round(100.0 * self.questions_correct / self.questions_answered, 1)


@dataclass(frozen=True)
class QuestionStat:
    module_id: str
    lesson_id: str
    block_id: str
    item_id: str
    learners_attempted: int
    learners_correct: int  # by the chosen attempt
    attempts_total: int

    @property
    def percent_correct(self) -> float:
        return round(100.0 * self.learners_correct / self.learners_attempted, 1)

    @property
    def attempts_per_learner(self) -> float:
        return round(self.attempts_total / self.learners_attempted, 2)


@dataclass
class ClassReport:
    choice: str
    learners: list[ProfileInfo]
    modules: list[str]
    cells: dict[tuple[str, str], ReportCell] = field(default_factory=dict)
    questions: list[QuestionStat] = field(default_factory=list)  # most difficult first

    def cell(self, learner_id: str, module_id: str) -> ReportCell:
        return self.cells[(learner_id, module_id)]


def build_report(
    learners: Sequence[ProfileInfo],
    events: Sequence[EventRecord],
    modules: Mapping[str, Sequence[str]],
    choice: str = "best",
) -> ClassReport:
    if choice not in ATTEMPT_CHOICES:
        raise ValueError(f"choice must be one of {ATTEMPT_CHOICES}")
    groups = {m: list(ids) for m, ids in modules.items()}
    known = {lid for ids in groups.values() for lid in ids}
    archived = sorted({e.lesson_id for e in events if e.lesson_id and e.lesson_id not in known})
    if archived:
        groups[ARCHIVED] = archived
    module_of = {lid: m for m, ids in groups.items() for lid in ids}
    by_learner: dict[str, list[EventRecord]] = {p.id: [] for p in learners}
    for e in events:
        if e.profile_id in by_learner:
            by_learner[e.profile_id].append(e)
    report = ClassReport(choice, list(learners), list(groups))
    per_question: dict[tuple[str, str, str], list[int]] = {}
    for learner in learners:
        mine = by_learner[learner.id]
        outcomes = question_outcomes(mine)
        for key, out in outcomes.items():
            stat = per_question.setdefault(key, [0, 0, 0])
            stat[0] += 1
            stat[1] += out.pick(choice)
            stat[2] += out.attempts
        by_lesson: dict[str, list[EventRecord]] = {}
        for e in mine:
            by_lesson.setdefault(e.lesson_id, []).append(e)
        for module_id, lesson_ids in groups.items():
            progress = [lesson_progress(lid, by_lesson.get(lid, [])) for lid in lesson_ids]
            answered = [o for k, o in outcomes.items() if module_of.get(k[0]) == module_id]
            stamps = [p.last_activity for p in progress if p.last_activity]
            report.cells[(learner.id, module_id)] = ReportCell(
                lessons_total=len(lesson_ids),
                lessons_started=sum(p.started for p in progress),
                lessons_completed=sum(p.completed for p in progress),
                questions_answered=len(answered),
                questions_correct=sum(o.pick(choice) for o in answered),
                time_spent=sum(p.time_spent for p in progress),
                last_activity=max(stamps) if stamps else None,
            )
    report.questions = [
        QuestionStat(module_of.get(k[0], ARCHIVED), *k, attempted, correct, total)
        for k, (attempted, correct, total) in per_question.items()
    ]
    report.questions.sort(
        key=lambda q: (q.percent_correct, -q.learners_attempted, q.lesson_id, q.block_id, q.item_id)
    )
    return report


def class_report(
    store: ProgressStore,
    modules: Mapping[str, Sequence[str]],
    choice: str = "best",
    profile_ids: Sequence[str] | None = None,
) -> ClassReport:
    """The report over every learner on this PC (or the given ones)."""
    learners = store.list_profiles(LEARNER)
    if profile_ids is not None:
        wanted = set(profile_ids)
        learners = [p for p in learners if p.id in wanted]
    events = store.learner_events([p.id for p in learners])
    return build_report(learners, events, modules, choice)


def _cell_text(text: str) -> str:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_learner_csv(report: ClassReport, out: TextIO) -> int:
    """One row per learner and module; returns the number of data rows."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(LEARNER_COLUMNS)
    rows = 0
    for learner in report.learners:
        for module_id in report.modules:
            cell = report.cell(learner.id, module_id)
            score = cell.score_percent
            writer.writerow(
                [
                    learner.id,
                    _cell_text(learner.name),
                    module_id,
                    cell.lessons_total,
                    cell.lessons_started,
                    cell.lessons_completed,
                    cell.questions_answered,
                    cell.questions_correct,
                    "" if score is None else score,
                    round(cell.time_spent / 60.0, 1),
                    cell.last_activity or "",
                    report.choice,
                ]
            )
            rows += 1
    return rows


def write_question_csv(report: ClassReport, out: TextIO) -> int:
    """One row per question anybody answered, most difficult first."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(QUESTION_COLUMNS)
    for q in report.questions:
        writer.writerow(
            [
                q.module_id,
                q.lesson_id,
                q.block_id,
                q.item_id,
                q.learners_attempted,
                q.learners_correct,
                q.percent_correct,
                q.attempts_total,
                q.attempts_per_learner,
                report.choice,
            ]
        )
    return len(report.questions)
