"""The content checker: each kind of error, with the right file and line."""

from __future__ import annotations

import shutil
from pathlib import Path
from textwrap import dedent

import pytest

from destination_europe.core.content.checker import check_content, format_issues
from destination_europe.core.content.loader import load_catalog
from destination_europe.core.content.stats import content_stats

REPO = Path(__file__).resolve().parents[2]

MODULE = dedent("""\
    id: mod
    title: Module
    summary: A module.
    order: 1
    theme: basics
    level: beginner
    duration_minutes: 20
    objectives: [Learn]
    lessons:
      - first
      - second
    """)

GLOSSARY = dedent("""\
    - id: refugee
      term: refugee
      definition: A protected person.
      sources: ["Directive 2011/95/EU, Art. 2(d)"]
      broader: [international-protection]
    - id: international-protection
      term: international protection
      definition: Refugee or subsidiary status.
      sources: ["Directive 2011/95/EU, Art. 2(a)"]
      narrower: [refugee]
    """)


def lesson_text(lesson_id: str, body: str = "## Page\n\nText about a refugee.\n") -> str:
    return dedent(f"""\
        ---
        id: {lesson_id}
        title: Lesson {lesson_id}
        minutes: 10
        objectives: [Know]
        terms: [refugee]
        countries: [DE]
        sources:
          - act: Directive 2011/95/EU
            article: Art. 2
        ---
        """) + dedent(body)


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    (tmp_path / "resources" / "reference").mkdir(parents=True)
    shutil.copy(
        REPO / "resources" / "reference" / "countries.csv", tmp_path / "resources" / "reference"
    )
    (tmp_path / "resources" / "glossary").mkdir()
    (tmp_path / "resources" / "glossary" / "r.yaml").write_text(GLOSSARY)
    folder = tmp_path / "lessons" / "01-mod"
    folder.mkdir(parents=True)
    (folder / "module.yaml").write_text(MODULE)
    (folder / "first.md").write_text(lesson_text("first"))
    (folder / "second.md").write_text(lesson_text("second"))
    return tmp_path


def errors(root: Path) -> set[tuple[str, int, str]]:
    return {(Path(i.path).name, i.line, i.code) for i in check_content(root) if i.is_error}


def write(root: Path, name: str, text: str) -> None:
    (root / "lessons" / "01-mod" / name).write_text(text)


def test_clean_tree_has_no_errors(tree):
    assert errors(tree) == set()
    catalog = load_catalog(tree)
    assert [m.id for m in catalog.modules] == ["mod"] and list(catalog.lessons) == [
        "first",
        "second",
    ]


def test_unknown_references_in_links_and_blocks(tree):
    write(
        tree,
        "second.md",
        lesson_text(
            "second",
            """\
        ## Page

        See [x](glossary:nope), [y](lesson:missing), [z](country:XX), [ok](lesson:first#page).

        ```term-card
        id: t
        term: nope
        ```

        ```country-card
        id: c
        country: ZZ
        ```
        """,
        ),
    )
    found = errors(tree)
    assert {
        ("second.md", 14, "unknown-term"),
        ("second.md", 14, "unknown-lesson"),
        ("second.md", 14, "unknown-country"),
    } <= found
    assert ("second.md", 16, "unknown-term") in found and (
        "second.md",
        21,
        "unknown-country",
    ) in found
    assert not any(code == "unknown-section" for _, _, code in found)


def test_front_matter_references(tree):
    write(
        tree,
        "second.md",
        lesson_text("second")
        .replace("terms: [refugee]", "terms: [refugee, ghost]")
        .replace("countries: [DE]", "countries: [DE, US]"),
    )
    found = errors(tree)
    assert ("second.md", 6, "unknown-term") in found and (
        "second.md",
        7,
        "unknown-country",
    ) in found


def test_listed_lesson_without_file_and_file_without_listing(tree):
    (tree / "lessons" / "01-mod" / "second.md").unlink()
    write(tree, "extra.md", lesson_text("extra"))
    found = errors(tree)
    assert ("module.yaml", 11, "lesson-file-missing") in found
    assert ("extra.md", 1, "lesson-not-listed") in found


def test_duplicate_ids(tree):
    other = tree / "lessons" / "02-other"
    other.mkdir()
    (other / "module.yaml").write_text(
        MODULE.replace("lessons:\n  - first\n  - second\n", "lessons:\n  - first\n")
    )
    (other / "first.md").write_text(lesson_text("first"))
    found = errors(tree)
    assert ("module.yaml", 1, "duplicate-id") in found
    assert ("first.md", 1, "duplicate-id") in found


def test_id_must_match_file(tree):
    write(tree, "second.md", lesson_text("other-id"))
    assert ("second.md", 2, "id-file-mismatch") in errors(tree)


def test_missing_sources_is_an_error(tree):
    text = lesson_text("second").replace(
        "sources:\n  - act: Directive 2011/95/EU\n    article: Art. 2\n", ""
    )
    write(tree, "second.md", text)
    assert any(code == "missing-field" and name == "second.md" for name, _, code in errors(tree))


def test_quiz_errors_have_item_lines(tree):
    write(
        tree,
        "second.md",
        lesson_text(
            "second",
            """\
        ## Quiz

        ```quiz
        id: q
        items:
          - id: none
            type: single
            question: No correct option
            options: [A, B]
          - id: order
            type: ordering
            question: One option only
            options: [A]
        ```
        """,
        ),
    )
    found = errors(tree)
    assert ("second.md", 17, "no-correct-answer") in found
    assert ("second.md", 21, "too-few-options") in found


def test_scenario_errors(tree):
    write(
        tree,
        "second.md",
        lesson_text(
            "second",
            """\
        ## Story

        ```scenario
        id: s
        nodes:
          - id: a
            text: Start
            choices:
              - {text: go, next: b}
              - {text: lost, next: nowhere}
          - id: b
            text: Stuck
          - id: island
            text: Nobody comes here
            ending: true
        ```
        """,
        ),
    )
    found = errors(tree)
    assert ("second.md", 21, "unknown-node") in found
    assert ("second.md", 22, "dead-end") in found
    assert ("second.md", 24, "unreachable-node") in found
    assert ("second.md", 17, "no-way-out") in found


def test_malformed_yaml_in_module_and_glossary(tree):
    (tree / "lessons" / "01-mod" / "module.yaml").write_text(
        MODULE.replace("order: 1", "order: [1")
    )
    (tree / "resources" / "glossary" / "x.yaml").write_text(
        "- id: a\n  term: A\n  definition: : :\n   bad\n"
    )
    found = errors(tree)
    assert any(
        name == "module.yaml" and code == "yaml-syntax" and line in (4, 5)
        for name, line, code in found
    )
    assert any(name == "x.yaml" and code == "yaml-syntax" for name, _, code in found)


def test_glossary_relations(tree):
    (tree / "resources" / "glossary" / "r.yaml").write_text(
        GLOSSARY.replace("narrower: [refugee]", "related: [ghost]")
    )
    found = errors(tree)
    assert ("r.yaml", 5, "relation-not-reciprocal") in found
    assert ("r.yaml", 10, "unknown-term") in found


def test_translations_warn_when_missing_and_compare_blocks(tree):
    write(
        tree,
        "first.fr.md",
        lesson_text("first", "## Page\n\n```reflection\nid: extra\nprompt: Hmm\n```\n"),
    )
    write(tree, "first.xx.md", lesson_text("first"))
    issues = check_content(tree)
    missing = [
        i for i in issues if i.code == "translation-missing" and Path(i.path).name == "first.md"
    ]
    assert (
        missing
        and "fr" not in missing[0].message.split(": ")[1].split(", ")
        and "de" in missing[0].message
    )
    assert any(i.code == "translation-block-extra" and i.line == 14 for i in issues)
    assert ("first.xx.md", 1, "bad-file-name") in errors(tree)
    catalog = load_catalog(tree)
    assert catalog.lesson("first", "fr").lang == "fr" and catalog.lesson("first", "de").lang == "en"


def test_module_texts_are_translated_beside_module_yaml(tree):
    write(tree, "first.de.md", lesson_text("first"))
    # lessons in German but no German module title: a warning on module.yaml
    assert any(
        i.code == "module-translation-missing"
        and "de" in i.message
        and i.path.endswith("module.yaml")
        for i in check_content(tree)
    )
    write(tree, "module.de.yaml", "title: Modul\nsummary: Ein Modul.\nobjectives: [Lernen]\n")
    write(tree, "module.xx.yaml", "title: X\n")
    write(tree, "module.fr.yaml", "title: Module FR\nobjectives: [Un, Deux]\nauthor: me\n")
    issues = check_content(tree)
    assert not any(i.code == "module-translation-missing" for i in issues)
    assert ("module.xx.yaml", 1, "bad-file-name") in errors(tree)
    assert ("module.fr.yaml", 3, "unknown-field") in {
        (Path(i.path).name, i.line, i.code) for i in issues
    }
    catalog = load_catalog(tree)
    module = catalog.modules[0]
    assert module.text("de").title == "Modul" and module.text("de").objectives == ["Lernen"]
    assert module.text("it").title == "Module"  # no Italian file: English
    # warnings keep the file; the objectives fall back as a whole
    assert module.text("fr").title == "Module FR" and module.text("fr").objectives == ["Learn"]
    write(tree, "module.it.yaml", "summary: senza titolo\n")
    assert "it" not in load_catalog(tree).modules[0].translations  # an error keeps it out
    assert content_stats(tree)["module_translations"]["de"] == 1


def test_module_translation_with_other_objective_count_falls_back(tree):
    write(tree, "module.de.yaml", "title: Modul\nobjectives: [Eins, Zwei]\n")
    issues = check_content(tree)
    assert any(i.code == "translation-objectives" and i.line == 2 for i in issues)
    text = load_catalog(tree).modules[0].text("de")
    assert text.title == "Modul" and text.objectives == ["Learn"] and text.summary == "A module."


def test_chart_indicators(tree):
    write(
        tree,
        "second.md",
        lesson_text(
            "second",
            "## C\n\n```chart\nid: c\nindicator: made-up\ncountries: [DE]\nyears: 2015-2024\n```\n",
        ),
    )
    assert any(i.code == "indicators-unknown" for i in check_content(tree))
    (tree / "resources" / "statistics").mkdir()
    (tree / "resources" / "statistics" / "indicators.yaml").write_text(
        "- id: real\n  title: Real\n"
    )
    assert ("second.md", 14, "unknown-indicator") in errors(tree)


def test_lesson_plans(tree):
    plans = tree / "lessons" / "plans"
    plans.mkdir()
    (plans / "p.yaml").write_text(
        dedent("""\
        id: p
        title: Plan
        audience: Class
        total_minutes: 30
        steps:
          - lesson: first
            minutes: 10
          - lesson: ghost
            minutes: 10
        """)
    )
    found = errors(tree)
    assert ("p.yaml", 8, "unknown-lesson") in found and ("p.yaml", 4, "plan-minutes") in found


def test_broken_lesson_stays_in_catalog(tree):
    write(tree, "second.md", "---\nid: [broken\n---\n## Page\n")
    catalog = load_catalog(tree)
    assert "second" in catalog.lessons and not catalog.lessons["second"].ok
    assert catalog.lessons["first"].ok


def test_format_is_relative_path_and_line(tree):
    write(tree, "second.md", lesson_text("second", "## P\n\n[x](glossary:nope)\n"))
    lines = format_issues([i for i in check_content(tree) if i.is_error], tree)
    assert lines == [
        "lessons/01-mod/second.md:14: error: link to unknown glossary term 'nope' [unknown-term]"
    ]


def test_shipped_content_has_no_errors():
    problems = [i.format(REPO) for i in check_content(REPO) if i.is_error]
    assert problems == []


def test_shipped_content_uses_every_block_and_question_kind():
    catalog = load_catalog(REPO)
    kinds = {b.kind for lesson in catalog.lessons.values() for b in lesson.blocks}
    from destination_europe.core.content.model import BLOCK_KINDS, QUESTION_KINDS

    assert kinds == set(BLOCK_KINDS)
    stats = content_stats(REPO)
    assert all(stats["questions"][k] >= 1 for k in QUESTION_KINDS)
    assert stats["modules"] >= 1 and stats["lesson_plans"] >= 1 and stats["glossary_terms"] >= 12
    assert stats["glossary_equivalents"]["fr"] >= 1 and stats["factsheets"] == 35
    assert {"roles", "rounds", "cards", "characters"} <= set(stats["game"])
    coverage = stats["indicator_coverage"]["asylum-first-time-applicants"]
    assert coverage["countries"] == 29 and coverage["years"] == [2014, 2025]


def test_chart_block_without_data_for_a_country_is_an_error(tmp_path) -> None:
    """Every chart block's data must exist in the shipped statistics."""
    import shutil

    from destination_europe.core.content.checker import check_content

    root = tmp_path / "root"
    shutil.copytree(
        REPO / "lessons" / "00-getting-started", root / "lessons" / "00-getting-started"
    )
    shutil.copytree(REPO / "resources", root / "resources")
    lesson = root / "lessons" / "00-getting-started" / "words-that-matter.md"
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(
        text.replace("countries: [DE, IT, EU27]", "countries: [DE, GE, EU27]"), encoding="utf-8"
    )
    issues = [i for i in check_content(root) if i.code == "chart-no-data"]
    assert len(issues) == 1 and "GE" in issues[0].message
    assert issues[0].line == text[: text.index("```chart")].count("\n") + 1


def test_a_translation_citing_other_act_numbers_is_flagged(tree):
    # the language's own suffix ("/UE") is fine; another number is not
    write(
        tree,
        "first.fr.md",
        lesson_text("first").replace("Directive 2011/95/EU", "Directive 2011/95/UE"),
    )
    assert not any(i.code == "translation-act-numbers" for i in check_content(tree))
    write(tree, "first.fr.md", lesson_text("first").replace("2011/95/EU", "2011/96/UE"))
    found = [i for i in check_content(tree) if i.code == "translation-act-numbers"]
    assert len(found) == 1 and found[0].path.endswith("first.fr.md")
    assert "2011/95" in found[0].message and "2011/96" in found[0].message
    assert found[0].line > 1  # at the sources, not the top of the file
