"""Glossary search: quality on a fixed list of queries, ranking, typos, diacritics."""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_europe.core.glossary import Glossary, GlossaryEntry, load_glossary
from destination_europe.core.glossary_search import GlossarySearch, fold

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def shipped() -> GlossarySearch:
    glossary, _ = load_glossary(REPO / "resources" / "glossary")
    return GlossarySearch(glossary)


# (query, expected top result): several languages, typos, no diacritics, odd case.
QUALITY = [
    ("refugee", "refugee"),
    ("Refugees", "refugee"),
    ("REFUGIE", "refugee"),  # French "réfugié" without accents
    ("réfugié", "refugee"),
    ("Fluchtling", "refugee"),  # German "Flüchtling" without the umlaut
    ("anerkennungsquote", "recognition-rate"),
    ("taux de reconnaissance", "recognition-rate"),
    ("refugea", "refugee"),  # typo
    ("subsidary protection", "subsidiary-protection"),  # typo
    ("recogniton rate", "recognition-rate"),  # typo
    ("entry/exit", "entry-exit-system"),
    ("third country nat", "third-country-national"),
    ("first time applicant", "first-time-applicant"),
    ("dublin proc", "dublin-procedure"),
    ("non refoulement", "non-refoulement"),
    ("fear persecution race religion", "refugee"),  # words of the definition only
]


@pytest.mark.parametrize(("query", "expected"), QUALITY)
def test_search_quality_top_result(shipped, query, expected):
    hits = shipped.search(query)
    assert hits, query
    assert hits[0].term_id == expected, [(h.term_id, h.score, h.text) for h in hits[:5]]


def test_fold_ignores_case_accents_and_punctuation():
    assert fold("  Réfugié ") == "refugie"
    assert fold("Entry/Exit System") == "entry exit system"
    assert fold("ΠΡΌΣΦΥΓΑΣ") == fold("πρόσφυγας") == "προσφυγασ"  # final sigma folded too
    assert fold("Šengenas") == "sengenas"


def make(term_id, term, definition, **extra) -> GlossaryEntry:
    return GlossaryEntry(term_id, term, definition, ["S 1"], **extra)


@pytest.fixture()
def small() -> GlossarySearch:
    return GlossarySearch(
        Glossary(
            [
                make("asylum", "asylum", "Protection a State grants.", synonyms=["refuge"]),
                make("asylum-seeker", "asylum seeker", "A person who asks for protection."),
                make("right-of-asylum", "right of asylum", "A right in the Charter."),
                make("protection", "protection", "What asylum gives a person in need."),
                make(
                    "refugee",
                    "refugee",
                    "A person outside their country.",
                    equivalents={"el": "πρόσφυγας", "uk": "біженець", "lv": "bēglis"},
                ),
                make(
                    "stateless-person",
                    "stateless person",
                    "Nobody's national.",
                    equivalents={"sl": "oseba brez državljanstva", "lt": "asmuo be pilietybės"},
                ),
            ]
        )
    )


def test_ranking_exact_then_prefix_then_word_then_definition(small):
    hits = small.search("asylum")
    assert [h.term_id for h in hits] == ["asylum", "asylum-seeker", "right-of-asylum", "protection"]
    assert [h.field for h in hits] == ["term", "term", "term", "definition"]
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True) and scores[0] == 100


def test_each_entry_appears_once_with_its_best_match(small):
    hits = small.search("refuge")
    assert [h.term_id for h in hits].count("asylum") == 1
    assert hits[0].term_id == "asylum" and hits[0].field == "synonym"  # exact synonym first


def test_other_alphabets_and_missing_diacritics(small):
    assert small.search("προσφυγας")[0].term_id == "refugee"
    assert small.search("Біженець")[0].lang == "uk"
    hit = small.search("beglis")[0]
    assert (hit.term_id, hit.field, hit.lang, hit.text) == ("refugee", "equivalent", "lv", "bēglis")
    assert small.search("drzavljanstva")[0].term_id == "stateless-person"
    assert small.search("pilietybes")[0].term_id == "stateless-person"


def test_results_as_you_type_narrow_down(small):
    typed = [small.search("stateless person"[:n])[0].term_id for n in range(3, 17)]
    assert typed[-1] == "stateless-person"
    assert all(t == "stateless-person" for t in typed[2:])


def test_fuzzy_fallback_only_when_no_term_matches(small):
    hits = small.search("asylym seeker")
    assert hits[0].term_id == "asylum-seeker" and hits[0].score < 50
    assert all(h.score >= 50 for h in small.search("asyl"))  # found by FTS, no fuzzy


def test_empty_nonsense_and_limit(small):
    assert small.search("") == [] and small.search("   ") == []
    assert small.search("zzzzqqqq") == []
    assert len(small.search("a", limit=2)) == 2
    assert small.search('"asylum" OR *') != []  # FTS syntax in the query does no harm
