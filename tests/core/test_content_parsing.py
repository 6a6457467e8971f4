"""Parsing lesson files: front matter, sections, blocks and line numbers."""

from __future__ import annotations

from textwrap import dedent

from destination_europe.core.content.blocks import BrokenBlock
from destination_europe.core.content.lessonfile import parse_lesson
from destination_europe.core.content.model import (
    ChartBlock,
    CountryCardBlock,
    QuizBlock,
    ScenarioBlock,
    TimelineBlock,
)
from destination_europe.core.content.yamlsource import load_yaml

HEAD = dedent("""\
    ---
    id: demo
    title: Demo lesson
    minutes: 10
    objectives: [Learn something]
    countries: [NO, DE]
    sources:
      - act: Directive 2011/95/EU
        article: Art. 2(d)
    ---
    """)


def lesson(body: str):
    return parse_lesson(HEAD + dedent(body), "demo.md")


def codes(lesson_obj):
    return [(i.code, i.line) for i in lesson_obj.issues]


def test_front_matter_and_sections():
    parsed = lesson("""\
        Intro paragraph.

        ## First page {#first}

        Text.

        ```python
        ## not a section
        ```

        ## Second page
        More.
        """)
    assert parsed.ok, codes(parsed)
    assert parsed.id == "demo" and parsed.title == "Demo lesson" and parsed.minutes == 10
    assert parsed.countries == ["NO", "DE"]  # NO stays Norway, not False
    assert [s.id for s in parsed.sections] == ["intro", "first", "second-page"]
    assert [s.title for s in parsed.sections] == ["Demo lesson", "First page", "Second page"]
    assert parsed.sections[1].line == 13
    assert "## not a section" in parsed.sections[1].markdown
    assert parsed.sources[0].label() == "Directive 2011/95/EU, Art. 2(d)"


def test_block_kinds_are_parsed_with_their_lines():
    parsed = lesson("""\
        ## Page

        ```chart
        id: c1
        indicator: asylum-first-time-applicants
        countries: [DE, EU27]
        years: 2015-2024
        ```

        ```country-card
        id: card
        country: NO
        ```

        ```timeline
        id: t
        events:
          - date: 2024-06-11
            title: In force
        ```
        """)
    assert parsed.ok, codes(parsed)
    chart, card, timeline = parsed.blocks
    assert (
        isinstance(chart, ChartBlock)
        and chart.years == (2015, 2024)
        and chart.countries == ["DE", "EU27"]
    )
    assert chart.line == 13
    assert isinstance(card, CountryCardBlock) and card.country == "NO"
    assert isinstance(timeline, TimelineBlock) and timeline.events[0].date == "2024-06-11"


def test_malformed_yaml_in_block_points_at_the_line():
    parsed = lesson("""\
        ## Page

        ```quiz
        id: q
        items:
          - id: a
            type: single
            question: [unclosed
        ```
        """)
    assert not parsed.ok
    [issue] = [i for i in parsed.issues if i.code == "yaml-syntax"]
    assert issue.line == 18  # "question: [unclosed" (the YAML stream ends inside it)
    assert isinstance(parsed.blocks[0], BrokenBlock)


def test_error_inside_quiz_item_points_at_the_item():
    parsed = lesson("""\
        ## Page

        ```quiz
        id: q
        items:
          - id: fine
            type: true-false
            question: Yes?
            answer: true
          - id: broken
            type: single
            question: Which?
            options:
              - text: A
              - text: B
        ```
        """)
    [issue] = [i for i in parsed.issues if i.code == "no-correct-answer"]
    assert issue.line == 20  # "- id: broken"
    assert isinstance(parsed.blocks[0], QuizBlock)


def test_missing_front_matter_and_unclosed_block():
    parsed = parse_lesson("No front matter here\n", "x.md")
    assert ("no-front-matter", 1) in codes(parsed)
    assert parsed.id == "x"
    unclosed = lesson("## P\n\n```scenario\nid: s\n")
    assert ("block-unclosed", 13) in codes(unclosed)


def test_duplicate_block_ids_and_required_fields():
    parsed = lesson("""\
        ## P

        ```reflection
        id: same
        prompt: One?
        ```

        ```reflection
        id: same
        prompt: Two?
        ```

        ```discussion
        id: d
        ```
        """)
    found = codes(parsed)
    assert ("duplicate-block-id", 18) in found
    assert ("missing-field", 24) in found  # discussion without prompt: its first line


def test_sources_must_name_article_or_year():
    text = HEAD.replace("    article: Art. 2(d)\n", "").replace("article: Art. 2(d)\n", "")
    parsed = parse_lesson(text + "Body\n", "demo.md")
    assert ("source-incomplete", 8) in codes(parsed)
    no_sources = parse_lesson(HEAD.split("sources:")[0] + "---\nBody\n", "demo.md")
    assert "missing-field" in [c for c, _ in codes(no_sources)]


def test_load_yaml_reports_duplicate_keys_and_keeps_strings():
    value, issues = load_yaml("a: yes\nb: off\nc: true\n", "f.yaml")
    assert value == {"a": "yes", "b": "off", "c": True} and not issues
    _, issues = load_yaml("a: 1\na: 2\n", "f.yaml", first_line=5)
    assert issues[0].line == 6 and issues[0].code == "yaml-syntax"


def test_scenario_block_parsed():
    parsed = lesson("""\
        ## P

        ```scenario
        id: s
        nodes:
          - id: a
            text: Start
            choices:
              - text: go
                next: b
          - id: b
            text: End
            ending: true
        ```
        """)
    assert parsed.ok, codes(parsed)
    block = parsed.blocks[0]
    assert (
        isinstance(block, ScenarioBlock)
        and block.start == "a"
        and block.nodes["a"].choices[0].id == "c1"
    )
