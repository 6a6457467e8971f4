"""The relation map data and the generated glossary quiz."""

from __future__ import annotations

from pathlib import Path

from destination_europe.core.glossary import Glossary, GlossaryEntry, load_glossary
from destination_europe.core.glossary_graph import neighbourhood
from destination_europe.core.glossary_quiz import (
    KINDS,
    MASK,
    GlossaryQuiz,
    check_answer,
    confusables,
)

REPO = Path(__file__).resolve().parents[2]


def make(term_id, term, definition, **relations) -> GlossaryEntry:
    return GlossaryEntry(
        term_id, term, definition, ["S 1"], themes=["international-protection"], **relations
    )


def sample() -> Glossary:
    return Glossary(
        [
            make(
                "international-protection",
                "international protection",
                "Refugee status or subsidiary protection.",
                narrower=["refugee-status", "subsidiary-protection"],
                related=["refugee"],
            ),
            make(
                "refugee-status",
                "refugee status",
                "Recognition as a refugee.",
                broader=["international-protection"],
            ),
            make(
                "subsidiary-protection",
                "subsidiary protection",
                "Protection for people facing serious harm.",
                broader=["international-protection"],
                related=["beneficiary-of-subsidiary-protection"],
            ),
            make(
                "refugee",
                "refugee",
                "A person outside their country who fears persecution; refugees are protected.",
                related=["international-protection"],
                variants=["refugees"],
            ),
            make(
                "applicant-for-international-protection",
                "applicant for international protection",
                "A person waiting for a final decision on an application.",
            ),
            make(
                "beneficiary-of-subsidiary-protection",
                "beneficiary of subsidiary protection",
                "A person granted subsidiary protection.",
                related=["subsidiary-protection"],
            ),
        ]
    )


def test_neighbourhood_places_broader_above_narrower_below_related_aside():
    graph = neighbourhood(sample(), "refugee-status")
    roles = {n.id: n.role for n in graph.nodes}
    assert roles == {"refugee-status": "centre", "international-protection": "broader"}
    assert graph.node("international-protection").y < graph.node("refugee-status").y == 0
    graph = neighbourhood(sample(), "international-protection")
    by_id = {n.id: n for n in graph.nodes}
    assert by_id["refugee-status"].y > 0 and by_id["subsidiary-protection"].y > 0
    assert by_id["refugee"].role == "related" and by_id["refugee"].x != 0
    kinds = {(e.source, e.target, e.kind) for e in graph.edges}
    assert ("international-protection", "refugee-status", "broader") in kinds
    assert ("international-protection", "refugee", "related") in kinds
    assert len(graph.edges) == 3  # each relation once, although both entries list it
    positions = {(n.x, n.y) for n in graph.nodes}
    assert len(positions) == len(graph.nodes)  # no two boxes on top of each other


def test_neighbourhood_depth_two_and_unknown_id():
    graph = neighbourhood(sample(), "refugee-status", depth=2)
    assert {"subsidiary-protection", "refugee"} <= set(graph.ids())
    assert graph.node("refugee").role == "outer" and graph.node("refugee").depth == 2
    assert neighbourhood(sample(), "nope").nodes == []


def test_quiz_is_deterministic_and_uses_every_kind():
    glossary = sample()
    first = GlossaryQuiz(glossary, seed=7).questions(9)
    again = GlossaryQuiz(glossary, seed=7).questions(9)
    other = GlossaryQuiz(glossary, seed=8).questions(9)
    assert first == again and first != other
    assert {q.kind for q in first} == set(KINDS)
    assert len({q.id for q in first}) == len(first)


def test_definition_questions_mask_the_term_and_have_one_right_answer():
    glossary = sample()
    for q in GlossaryQuiz(glossary, seed=3).questions(12, kinds=("definition",)):
        entry = glossary.get(q.answer)
        option_ids = [o.id for o in q.options]
        assert q.answer in option_ids and len(set(option_ids)) == len(option_ids) >= 2
        assert entry.term.casefold() not in q.text.casefold()
        if q.answer == "refugee":
            assert MASK in q.text and "refugees" not in q.text


def test_relation_answers_follow_the_data_and_are_checked_in_the_core():
    glossary = sample()
    questions = GlossaryQuiz(glossary, seed=1).questions(20, kinds=("relation",))
    assert questions
    for q in questions:
        a = glossary.get(q.term_id)
        assert q.other_id in getattr(a, q.answer)
        assert check_answer(q, q.answer).correct
        wrong = next(o.id for o in q.options if o.id != q.answer)
        result = check_answer(q, wrong)
        assert not result.correct and result.explain == (q.term_id, q.other_id)


def test_confusable_pairs_and_explanations_name_both_entries():
    glossary = sample()
    near = confusables(glossary, "refugee")
    assert near[:2] == [
        "applicant-for-international-protection",
        "beneficiary-of-subsidiary-protection",
    ]
    questions = GlossaryQuiz(glossary, seed=2).questions(6, kinds=("confusable",))
    q = next(q for q in questions if q.answer == "refugee")
    options = {o.id for o in q.options}
    assert {
        "applicant-for-international-protection",
        "beneficiary-of-subsidiary-protection",
    } <= options
    result = check_answer(q, "applicant-for-international-protection")
    assert not result.correct
    assert result.explain == ("refugee", "applicant-for-international-protection")
    assert check_answer(q, "refugee").explain == ("refugee",)
    assert not check_answer(q, "not-an-option").correct


def test_quiz_on_the_shipped_glossary_and_a_tiny_one():
    glossary, _ = load_glossary(REPO / "resources" / "glossary")
    questions = GlossaryQuiz(glossary, seed=0).questions(10)
    assert len(questions) == 10
    assert GlossaryQuiz(Glossary([]), seed=0).questions(5) == []
    theme_only = GlossaryQuiz(glossary, seed=0, theme="international-protection").questions(5)
    assert all("international-protection" in glossary.get(q.term_id).themes for q in theme_only)
