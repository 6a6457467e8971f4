"""Checker rules for the glossary: every problem is an error with file and line."""

from __future__ import annotations

from pathlib import Path

from destination_europe.core.content.checker import check_content
from destination_europe.core.glossary import check_glossary_relations, load_glossary


def entry(term_id: str, term: str | None = None, extra: str = "") -> str:
    return (
        f"- id: {term_id}\n  term: {term or term_id}\n  definition: D of {term_id}.\n"
        f"  sources: [Directive 2011/95/EU, Art. 2]\n{extra}"
    )


def codes(issues) -> set[tuple[str, int, str]]:
    return {(Path(i.path).name, i.line, i.code) for i in issues}


def test_duplicate_ids_and_terms_across_files_are_errors(tmp_path):
    (tmp_path / "one.yaml").write_text(entry("refugee", "Refugee"))
    (tmp_path / "two.yaml").write_text(entry("refugee") + entry("refugee-2", "refugee  "))
    glossary, issues = load_glossary(tmp_path)
    found = codes(issues)
    assert ("two.yaml", 1, "duplicate-id") in found
    assert ("two.yaml", 6, "duplicate-term") in found  # same term, other case and spaces
    assert all(i.is_error for i in issues)
    assert glossary.ids() == ["refugee", "refugee-2"]


def test_empty_definition_and_missing_or_empty_sources_are_errors(tmp_path):
    (tmp_path / "g.yaml").write_text(
        "- id: a\n  term: A\n  definition: '  '\n  sources: [S 1]\n"
        "- id: b\n  term: B\n  definition: D\n"
        "- id: c\n  term: C\n  definition: D\n  sources: ['']\n"
        "- id: d\n  term: D\n  definition: D\n  sources: []\n"
    )
    _, issues = load_glossary(tmp_path)
    found = codes(issues)
    assert ("g.yaml", 3, "empty-field") in found
    assert ("g.yaml", 5, "missing-field") in found
    assert ("g.yaml", 11, "empty-field") in found
    assert ("g.yaml", 15, "empty-field") in found
    assert all(i.is_error for i in issues)


def test_unknown_equivalent_language_is_an_error_reviewed_is_read(tmp_path):
    (tmp_path / "g.yaml").write_text(
        entry("a", extra="  equivalents:\n    fr: réfugié\n    xx: nope\n  reviewed: [fr, qq]\n")
    )
    glossary, issues = load_glossary(tmp_path)
    found = {(i.line, i.code, i.severity) for i in issues}
    assert (7, "unknown-language", "error") in found
    assert (8, "unknown-language", "error") in found
    a = glossary.get("a")
    assert a.equivalents == {"fr": "réfugié"} and a.reviewed == ["fr"]
    assert a.is_reviewed("fr") and not a.is_reviewed("de")
    assert a.equivalent("en") == "a" and a.equivalent("de") == ""


def test_missing_equivalents_are_not_an_error(tmp_path):
    (tmp_path / "g.yaml").write_text(entry("a"))
    _, issues = load_glossary(tmp_path)
    assert issues == []


def test_relations_unknown_asymmetric_conflicting_and_cyclic(tmp_path):
    (tmp_path / "g.yaml").write_text(
        entry("parent", extra="  narrower:\n    - child\n    - ghost\n  related: [child]\n")
        + entry("child", extra="  related: [other]\n")
        + entry("other", extra="  broader: [loop]\n  narrower: [loop]\n")
        + entry("loop", extra="  broader: [other]\n  narrower: [other]\n")
    )
    glossary, issues = load_glossary(tmp_path)
    assert issues == []
    found = {(i.line, i.code) for i in check_glossary_relations(glossary)}
    assert (6, "relation-not-reciprocal") in found  # child does not list parent as broader
    assert (7, "unknown-term") in found  # ghost, at its own line
    assert (8, "relation-conflict") in found  # child both narrower and related
    assert (8, "relation-not-reciprocal") in found  # related is not symmetric
    assert (13, "relation-not-reciprocal") in found  # other is not related back
    assert (18, "broader-cycle") in found
    assert all(i.is_error for i in check_glossary_relations(glossary))


def test_symmetric_relations_pass(tmp_path):
    (tmp_path / "g.yaml").write_text(
        entry("parent", extra="  narrower: [child]\n")
        + entry("child", extra="  broader: [parent]\n  related: [peer]\n")
        + entry("peer", extra="  related: [child]\n")
    )
    glossary, issues = load_glossary(tmp_path)
    assert issues == [] and check_glossary_relations(glossary) == []


def test_check_content_reports_glossary_errors_with_path_and_line(tmp_path):
    folder = tmp_path / "resources" / "glossary"
    folder.mkdir(parents=True)
    (tmp_path / "lessons").mkdir()
    (folder / "borders.yaml").write_text(entry("a", extra="  related: [b]\n") + entry("b"))
    found = [i for i in check_content(tmp_path) if i.code == "relation-not-reciprocal"]
    assert found and found[0].format(tmp_path).startswith(
        "resources/glossary/borders.yaml:5: error:"
    )
