"""Lesson plans: ``lessons/plans/<id>.yaml`` — a timed sequence of lessons and activities.

Example::

    id: getting-started-45
    title: Words that matter in 45 minutes
    audience: Secondary school, age 16+
    total_minutes: 45
    steps:
      - lesson: who-is-who
        minutes: 25
      - activity: Pair discussion
        minutes: 10
        description: ...
"""

from __future__ import annotations

from pathlib import Path

from .fields import Fields
from .issues import IssueList
from .model import LessonPlan, PlanStep
from .yamlsource import load_yaml

PLAN_KEYS = {"id", "title", "audience", "total_minutes", "summary", "steps"}


def parse_plan(text: str, path: str | Path) -> LessonPlan:
    spath = str(path)
    issues = IssueList(spath)
    plan = LessonPlan(id=Path(spath).stem, title="", path=spath)
    data, problems = load_yaml(text, spath)
    issues.extend(problems)
    if problems:
        plan.issues = list(issues)
        return plan
    f = Fields(data, issues, 1, "lesson plan")
    if f.ok:
        f.unknown_keys(PLAN_KEYS)
        plan.id = f.ident("id") or plan.id
        if plan.id != Path(spath).stem:
            issues.error(
                f.line_of("id"),
                "id-file-mismatch",
                f"lesson plan id '{plan.id}' must match the file name '{Path(spath).stem}'",
            )
        plan.title = f.text("title", required=True)
        plan.audience = f.text("audience", required=True)
        plan.summary = f.text("summary")
        plan.total_minutes = f.integer("total_minutes", required=True, minimum=1)
        for i, (raw, line) in enumerate(f.items("steps", required=True)):
            sf = Fields(raw, issues, line, f"lesson plan step {i + 1}")
            if not sf.ok:
                continue
            sf.unknown_keys({"lesson", "activity", "minutes", "description"})
            step = PlanStep(
                minutes=sf.integer("minutes", required=True, minimum=1),
                line=sf.line,
                lesson=sf.text("lesson"),
                activity=sf.text("activity"),
                description=sf.text("description"),
            )
            if bool(step.lesson) == bool(step.activity):
                issues.error(
                    sf.line,
                    "plan-step",
                    f"lesson plan step {i + 1}: give either 'lesson' or 'activity'",
                )
            plan.steps.append(step)
        total = sum(s.minutes for s in plan.steps)
        if plan.total_minutes and plan.steps and total != plan.total_minutes:
            issues.error(
                f.line_of("total_minutes"),
                "plan-minutes",
                f"lesson plan: the steps add up to {total} minutes, not total_minutes {plan.total_minutes}",
            )
    plan.issues = list(issues)
    return plan
