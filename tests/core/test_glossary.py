"""The glossary model and loader."""

from __future__ import annotations

from pathlib import Path

from destination_europe.core.glossary import check_glossary_relations, load_glossary

REPO = Path(__file__).resolve().parents[2]


def test_shipped_glossary_loads_cleanly():
    glossary, issues = load_glossary(REPO / "resources" / "glossary")
    assert issues == [] and check_glossary_relations(glossary) == []
    assert len(glossary) >= 12
    for entry in glossary:
        assert entry.definition and entry.sources, entry.id
        assert all(any(ch.isdigit() for ch in s) for s in entry.sources if "Eurostat" not in s), (
            entry.id
        )
    refugee = glossary.get("refugee")
    assert (
        refugee is not None
        and "refugees" in refugee.forms()
        and refugee.equivalents["fr"] == "réfugié"
    )


def test_loader_reports_problems_with_lines(tmp_path):
    (tmp_path / "a.yaml").write_text(
        "- id: a-term\n  term: A\n  definition: D\n  sources: [S]\n  colour: blue\n"
        "- id: Bad Id\n  term: B\n  definition: D\n  sources: [S]\n"
        "- id: a-term\n  term: again\n  definition: D\n  sources: [S]\n"
        "- id: c\n  term: C\n  sources: [S]\n  equivalents: {xx: Cé, fr: 3}\n"
    )
    (tmp_path / "b.yaml").write_text("key: not a list\n")
    (tmp_path / "c.yaml").write_text("- id: x\n  term: [unclosed\n")
    glossary, issues = load_glossary(tmp_path)
    found = {(Path(i.path).name, i.line, i.code) for i in issues}
    assert ("a.yaml", 5, "unknown-field") in found
    assert ("a.yaml", 6, "bad-id") in found
    assert ("a.yaml", 10, "duplicate-id") in found
    assert ("a.yaml", 14, "missing-field") in found  # c has no definition
    assert ("a.yaml", 17, "unknown-language") in found and ("a.yaml", 17, "bad-type") in found
    assert ("b.yaml", 1, "not-a-list") in found
    assert any(name == "c.yaml" and code == "yaml-syntax" for name, _, code in found)
    assert glossary.ids() == ["a-term", "c"]


def test_relations_must_exist_and_be_reciprocal(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "- id: parent\n  term: P\n  definition: D\n  sources: [S]\n  narrower: [child, ghost]\n"
        "- id: child\n  term: C\n  definition: D\n  sources: [S]\n  related: [child]\n"
    )
    glossary, issues = load_glossary(tmp_path)
    assert issues == []
    found = {(i.line, i.code) for i in check_glossary_relations(glossary)}
    assert (5, "unknown-term") in found
    assert (5, "relation-not-reciprocal") in found  # child does not name parent as broader
    assert (10, "self-relation") in found
