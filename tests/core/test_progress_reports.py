"""The class report: learners × modules, first/best/last attempt, difficult questions, CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from destination_europe.core.progress import ProgressStore
from destination_europe.core.progress.reports import (
    ARCHIVED,
    LEARNER_COLUMNS,
    QUESTION_COLUMNS,
    class_report,
    write_learner_csv,
    write_question_csv,
)

MODULES = {"m1": ["l1", "l2"], "m2": ["l3"]}


@pytest.fixture()
def store(data_dir: Path):
    s, _ = ProgressStore.open(data_dir, backup=False)
    ana, ben, _cleo = s.create_class(["Ana", "Ben", "=HYPERLINK(evil)"])
    s.set_current_profile(ana.id)
    s.lesson_opened("l1")
    s.record_attempt("l1", "q", "easy", "a", True)
    s.record_attempt("l1", "q", "hard", "a", False)  # wrong, then right
    s.record_attempt("l1", "q", "hard", "b", True)
    s.lesson_completed("l1")
    s.add_time("l1", 600)
    s.record_attempt("gone", "q", "x", "a", True)  # a lesson the content no longer has
    s.set_current_profile(ben.id)
    s.record_attempt("l1", "q", "easy", "a", True)
    s.record_attempt("l1", "q", "hard", "b", True)  # right, then wrong
    s.record_attempt("l1", "q", "hard", "a", False)
    yield s
    s.close()


def test_first_best_last_change_the_scores(store: ProgressStore) -> None:
    by_name = {p.name: p.id for p in store.list_profiles()}
    scores = {}
    for choice in ("first", "best", "last"):
        report = class_report(store, MODULES, choice)
        scores[choice] = (
            report.cell(by_name["Ana"], "m1").questions_correct,
            report.cell(by_name["Ben"], "m1").questions_correct,
        )
    assert scores == {"first": (1, 2), "best": (2, 2), "last": (2, 1)}


def test_the_grid_and_the_archived_group(store: ProgressStore) -> None:
    report = class_report(store, MODULES, "best")
    assert report.modules == ["m1", "m2", ARCHIVED]
    ana = next(p.id for p in report.learners if p.name == "Ana")
    cell = report.cell(ana, "m1")
    assert (cell.lessons_total, cell.lessons_started, cell.lessons_completed) == (2, 1, 1)
    assert cell.score_percent == 100.0 and cell.time_spent == 600
    assert report.cell(ana, "m2").score_percent is None  # nothing answered: no score
    assert report.cell(ana, ARCHIVED).questions_answered == 1


def test_difficult_questions_come_first(store: ProgressStore) -> None:
    report = class_report(store, MODULES, "first")
    hard = report.questions[0]
    assert (hard.item_id, hard.learners_attempted, hard.learners_correct) == ("hard", 2, 1)
    assert hard.percent_correct == 50.0 and hard.attempts_per_learner == 2.0
    assert report.questions[-1].percent_correct == 100.0


def test_learner_csv_has_one_header_and_numbers_as_numbers(store: ProgressStore) -> None:
    out = io.StringIO()
    rows = write_learner_csv(class_report(store, MODULES, "best"), out)
    text = out.getvalue()
    table = list(csv.reader(io.StringIO(text)))
    assert tuple(table[0]) == LEARNER_COLUMNS
    assert len(table) == rows + 1 == 3 * 3 + 1
    assert sum(1 for r in table if tuple(r) == LEARNER_COLUMNS) == 1
    data = [dict(zip(LEARNER_COLUMNS, r, strict=True)) for r in table[1:]]
    ana_m1 = next(r for r in data if r["learner_name"] == "Ana" and r["module_id"] == "m1")
    assert int(ana_m1["questions_answered"]) == 2
    assert float(ana_m1["score_percent"]) == 100.0
    assert float(ana_m1["time_spent_minutes"]) == 10.0
    assert ",100.0," in text and '"100.0"' not in text  # unquoted numbers
    assert any(r["learner_name"] == "'=HYPERLINK(evil)" for r in data)  # no formula injection


def test_question_csv(store: ProgressStore) -> None:
    out = io.StringIO()
    write_question_csv(class_report(store, MODULES, "last"), out)
    table = list(csv.reader(io.StringIO(out.getvalue())))
    assert tuple(table[0]) == QUESTION_COLUMNS
    hard = next(r for r in table[1:] if r[3] == "hard")
    assert hard[:4] == ["m1", "l1", "q", "hard"] and hard[-1] == "last"
    assert (int(hard[4]), int(hard[5]), float(hard[6])) == (2, 1, 50.0)
