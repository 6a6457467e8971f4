"""Rendering sections: sanitising, accessible blocks, modes and labels."""

from __future__ import annotations

from destination_europe.core.content.lessonfile import parse_lesson
from destination_europe.core.content.render import DEFAULT_LABELS, render_section
from destination_europe.core.glossary import Glossary, GlossaryEntry

HEAD = """---
id: l
title: Lesson
minutes: 5
objectives: [x]
sources: [{act: Directive 2011/95/EU, article: Art. 2}]
---
"""

GLOSSARY = Glossary(
    [
        GlossaryEntry(
            "refugee", "refugee", "A protected person.", ["Directive 2011/95/EU, Art. 2(d)"]
        )
    ]
)


def render(body: str, index: int = 0, **kwargs) -> str:
    lesson = parse_lesson(HEAD + body, "l.md")
    return render_section(lesson, index, glossary=GLOSSARY, **kwargs)


def test_hostile_markup_is_removed():
    html = render("""## Page

Hello <script>alert('x')</script> world.

<img src="x.png" onerror="alert(1)">

[click](javascript:alert(1)) and <a href="javascript:alert(2)" onclick="evil()">raw</a>

<iframe src="https://evil.example"></iframe> <style>body{}</style>
""")
    lowered = html.lower()
    assert "<script" not in lowered and "alert('x')" not in lowered
    assert "onerror" not in lowered and "onclick" not in lowered
    assert "javascript:" not in lowered
    assert "<iframe" not in lowered and "<style" not in lowered
    assert "Hello" in html and 'src="x.png"' in html


def test_allowed_schemes_survive():
    html = render(
        "## P\n\n[g](glossary:refugee) [l](lesson:other) [c](country:DE) [w](https://europa.eu) [h](http://x.eu)\n"
    )
    for href in (
        'href="glossary:refugee"',
        'href="lesson:other"',
        'href="country:DE"',
        'href="https://europa.eu"',
    ):
        assert href in html
    assert "http://x.eu" not in html


def test_markdown_extensions():
    html = render(
        '## P\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n!!! note "Mind"\n    Text[^1].\n\n[^1]: Foot.\n'
    )
    assert "<table>" in html and 'class="admonition note"' in html and 'class="footnote"' in html


def test_facilitator_note_only_for_facilitators():
    body = "## P\n\n```facilitator-note\nid: n\ntext: Secret tip\n```\n"
    assert "Secret tip" not in render(body)
    assert "Secret tip" in render(body, mode="facilitator")


def test_labels_come_from_the_caller():
    body = "## P\n\n```reflection\nid: r\nprompt: Think\n```\n"
    assert DEFAULT_LABELS["save_note"] in render(body)
    translated = render(body, labels={"save_note": "Notiz speichern"})
    assert "Notiz speichern" in translated and DEFAULT_LABELS["save_note"] not in translated
    assert ">Think</label>" in translated and "<textarea" in translated
    assert "My old note &lt;b&gt;" in render(body, reflections={"r": "My old note <b>"})


def test_block_text_is_escaped():
    html = render(
        '## P\n\n```discussion\nid: d\ntitle: "<b onmouseover=x>T</b>"\nprompt: "<script>bad()</script> Why?"\n```\n'
    )
    assert "<script" not in html and "onmouseover" not in html and "Why?" in html


def test_chart_placeholder():
    html = render(
        "## P\n\n```chart\nid: c\nindicator: asylum-first-time-applicants\ncountries: [DE, NO]\nyears: [2015, 2024]\n```\n"
    )
    assert (
        'class="de-block de-chart"' in html
        and 'data-indicator="asylum-first-time-applicants"' in html
    )
    assert 'data-countries="DE,NO"' in html and 'data-years="2015-2024"' in html
    assert DEFAULT_LABELS["chart_unavailable"] in html


def test_scenario_nodes_pre_rendered_hidden():
    html = render("""## P

```scenario
id: s
nodes:
  - id: a
    text: Start here
    choices:
      - {text: Go, next: b}
  - id: b
    text: The end
    ending: true
```
""")
    assert 'data-node="a" tabindex="-1">' in html
    assert 'data-node="b" tabindex="-1" data-ending="true" data-outcome="" hidden>' in html
    assert "next" not in html.replace("Next", "")  # where a choice leads is not in the page


def test_cards_and_timeline():
    html = render(
        """## P

```term-card
id: t
term: refugee
```

```term-card
id: t2
term: not-there
```

```country-card
id: c
country: DE
```

```timeline
id: tl
events:
  - {date: 1951-07-28, title: Refugee Convention}
```
""",
        countries={"DE": "Germany"},
    )
    assert "A protected person." in html and 'href="glossary:refugee"' in html
    assert DEFAULT_LABELS["term_unknown"] in html
    assert ">Germany</h3>" in html and 'href="country:DE"' in html
    assert '<time datetime="1951-07-28">' in html


def test_broken_block_and_missing_section():
    html = render("## P\n\n```quiz\nid: q\nitems: [\n```\n")
    assert 'class="de-block de-error"' in html
    assert DEFAULT_LABELS["section_missing"] in render("## P\n", index=7)


def test_sources_footer_on_last_section():
    html = render("## A\n\nx\n\n## B\n\ny\n", index=1)
    assert "Directive 2011/95/EU, Art. 2" in html and "de-sources" in html
    assert "de-sources" not in render("## A\n\nx\n\n## B\n\ny\n", index=0)
