"""Answer checking for every question kind, and that answers never leak into the HTML."""

from __future__ import annotations

import pytest

from destination_europe.core.content.blockhtml import make_label, render_block
from destination_europe.core.content.issues import IssueList
from destination_europe.core.content.model import QuizBlock
from destination_europe.core.content.quiz import (
    AnswerError,
    check_answer,
    matching_answers,
    normalise_text,
    option_token,
    parse_quiz,
)
from destination_europe.core.content.yamlsource import load_yaml
from destination_europe.core.glossary import Glossary

QUIZ = """
id: q
items:
  - id: single
    type: single
    question: Pick B
    options:
      - {id: a, text: A, feedback: No}
      - {id: b, text: B, correct: true, feedback: Yes}
  - id: multi
    type: multiple
    question: Pick A and C
    options:
      - {id: a, text: A, correct: true}
      - {id: b, text: B}
      - {id: c, text: C, correct: true}
  - id: tf
    type: true-false
    question: Sky is blue
    answer: true
    feedback_correct: Well done
    feedback_incorrect: Look up
  - id: order
    type: ordering
    question: Sort
    options: [First, Second, Third]
  - id: match
    type: matching
    question: Match
    pairs:
      - {id: fr, left: France, right: Paris}
      - {id: de, left: Germany, right: Berlin}
    distractors: [Madrid]
  - id: fill
    type: fill-in
    question: Name it
    answers: ["Non-refoulement", "Genève Convention"]
"""


@pytest.fixture()
def quiz() -> QuizBlock:
    data, problems = load_yaml(QUIZ, "x.md")
    assert not problems
    block = QuizBlock(kind="quiz", id="q", line=1)
    issues = IssueList("x.md")
    parse_quiz(data, block, issues)
    assert not issues, issues
    return block


def item(quiz: QuizBlock, item_id: str):
    return next(i for i in quiz.items if i.id == item_id)


def tok(item_id: str, option_id: str) -> str:
    return option_token("q", item_id, option_id)


def test_single(quiz):
    it = item(quiz, "single")
    right = check_answer("q", it, tok("single", "b"))
    wrong = check_answer("q", it, tok("single", "a"))
    assert right.correct and not wrong.correct
    assert wrong.option_feedback == {tok("single", "a"): "No"}
    with pytest.raises(AnswerError):
        check_answer("q", it, "b")  # raw ids are not accepted, only tokens


def test_multiple_needs_exactly_the_right_set(quiz):
    it = item(quiz, "multi")
    assert check_answer("q", it, [tok("multi", "a"), tok("multi", "c")]).correct
    partial = check_answer("q", it, [tok("multi", "a")])
    assert not partial.correct and partial.marks == {tok("multi", "a"): True}
    assert not check_answer(
        "q", it, [tok("multi", "a"), tok("multi", "b"), tok("multi", "c")]
    ).correct


def test_true_false(quiz):
    it = item(quiz, "tf")
    assert check_answer("q", it, True).feedback == "Well done"
    result = check_answer("q", it, False)
    assert not result.correct and result.feedback == "Look up"
    with pytest.raises(AnswerError):
        check_answer("q", it, "true")


def test_ordering(quiz):
    it = item(quiz, "order")
    right = [tok("order", o) for o in ("a", "b", "c")]
    assert check_answer("q", it, right).correct
    swapped = [right[1], right[0], right[2]]
    result = check_answer("q", it, swapped)
    assert not result.correct and result.marks[right[2]] is True and result.marks[right[0]] is False
    with pytest.raises(AnswerError):
        check_answer("q", it, right[:2])


def test_matching(quiz):
    it = item(quiz, "match")
    answers = {a.text: a.id for a in matching_answers(it)}
    assert set(answers) == {"Paris", "Berlin", "Madrid"}
    fr, de = tok("match", "fr"), tok("match", "de")
    assert check_answer("q", it, {fr: answers["Paris"], de: answers["Berlin"]}).correct
    wrong = check_answer("q", it, {fr: answers["Madrid"], de: answers["Berlin"]})
    assert not wrong.correct and wrong.marks == {fr: False, de: True}
    assert not check_answer("q", it, {fr: answers["Paris"]}).correct  # incomplete
    with pytest.raises(AnswerError):
        check_answer("q", it, {fr: "Paris"})


@pytest.mark.parametrize(
    "given",
    [
        "non-refoulement",
        "NON-REFOULEMENT",
        "  non - refoulement ",
        "Non–refoulement",
        "non-refoulement.",
        "Geneve convention",
        "genève   CONVENTION",
    ],
)
def test_fill_in_is_lenient(quiz, given):
    assert check_answer("q", item(quiz, "fill"), given).correct


@pytest.mark.parametrize("given", ["refoulement", "", "Geneva", "non refoulement x"])
def test_fill_in_rejects_wrong_answers(quiz, given):
    assert not check_answer("q", item(quiz, "fill"), given).correct


def test_normalise_text_quotes_and_case():
    assert normalise_text("L’État  “libre”") == normalise_text('l\'etat "LIBRE"')
    assert normalise_text("EES", case_sensitive=True) != normalise_text("ees", case_sensitive=True)


def test_rendered_quiz_hides_answers(quiz):
    html = render_block(
        quiz,
        lesson_id="l",
        lang="en",
        mode="learner",
        label=make_label({}),
        glossary=Glossary(),
        countries={},
        reflections={},
    )
    assert "correct" not in html.replace("data-label-correct", "").replace(
        "data-label-incorrect", ""
    )
    for raw_id in ('value="a"', 'value="b"', 'data-option="fr"', 'Paris</option><option value="r'):
        assert raw_id not in html
    order_tokens = [tok("order", o) for o in ("a", "b", "c")]
    positions = [html.index(f'data-option="{t}"') for t in order_tokens]
    assert positions != sorted(positions)  # not shown in the answer order
    assert html.count('type="radio"') == 2 + 2 and html.count('type="checkbox"') == 3
    assert (
        "<select" in html and 'type="text"' in html and "<fieldset>" in html and "<legend" in html
    )


def test_parse_errors_for_bad_items():
    data, _ = load_yaml(
        """
id: q
items:
  - id: two
    type: single
    question: Two right
    options:
      - {text: A, correct: true}
      - {text: B, correct: true}
  - id: weird
    type: essay
    question: Hmm
  - id: m
    type: matching
    question: Match
    pairs:
      - {left: A, right: X}
""",
        "x.md",
    )
    block = QuizBlock(kind="quiz", id="q", line=1)
    issues = IssueList("x.md")
    parse_quiz(data, block, issues)
    found = {(i.code, i.line) for i in issues}
    assert ("single-many-correct", 4) in found
    assert ("unknown-question-type", 11) in found
    assert ("matching-malformed", 13) in found
