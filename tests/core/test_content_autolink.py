"""Glossary auto-linking rules."""

from __future__ import annotations

import re

from destination_europe.core.content.autolink import autolink_html, linker_for
from destination_europe.core.content.lessonfile import parse_lesson
from destination_europe.core.content.render import render_section
from destination_europe.core.glossary import Glossary, GlossaryEntry


def make_glossary() -> Glossary:
    return Glossary(
        [
            GlossaryEntry(
                "international-protection",
                "international protection",
                "Refugee or subsidiary status.",
                ["x"],
            ),
            GlossaryEntry(
                "applicant",
                "applicant for international protection",
                "Someone waiting.",
                ["x"],
                synonyms=["asylum seeker"],
                variants=["applicants for international protection", "asylum seekers"],
            ),
            GlossaryEntry(
                "refugee",
                "refugee",
                "A person <fleeing> & protected.",
                ["x"],
                variants=["refugees"],
            ),
            GlossaryEntry("ees", "Entry/Exit System", "Border records.", ["x"], synonyms=["EES"]),
            GlossaryEntry(
                "schengen", "Schengen", "Area without controls.", ["x"], case_sensitive=True
            ),
        ]
    )


def link(html: str, glossary: Glossary | None = None, already: set[str] | None = None) -> str:
    out, _ = autolink_html(html, linker_for(glossary or make_glossary()), already)
    return out


def linked_ids(html: str) -> list[str]:
    return re.findall(r'href="glossary:([^"]+)" class="de-term"', html)


def test_longest_match_wins():
    out = link("<p>Every applicant for international protection has rights.</p>")
    assert linked_ids(out) == ["applicant"]
    assert ">applicant for international protection</a>" in out


def test_first_occurrence_per_section_only():
    out = link("<p>A refugee. Another refugee.</p><p>Refugees again.</p>")
    assert linked_ids(out) == ["refugee"]
    assert out.count("</a>") == 1 and "Another refugee." in out and "<p>Refugees again.</p>" in out


def test_already_linked_set_is_shared_across_fragments():
    seen: set[str] = set()
    link("<p>refugee</p>", already=seen)
    assert linked_ids(link("<p>refugee</p>", already=seen)) == []


def test_not_in_headings_links_code_or_pre():
    html = (
        '<h3>refugee</h3><p><a href="https://x.eu">refugee</a> <code>refugee</code></p>'
        "<pre><code>refugee</code></pre><p>a refugee</p>"
    )
    out = link(html)
    assert linked_ids(out) == ["refugee"]
    assert out.endswith(
        '<p>a <a href="glossary:refugee" class="de-term" title="A person &lt;fleeing&gt; &amp; protected.">refugee</a></p>'
    )


def test_explicit_glossary_link_counts_as_linked_and_gets_a_title():
    out = link('<p><a href="glossary:refugee">refugees</a> and a refugee</p>')
    assert linked_ids(out) == []
    assert 'title="A person &lt;fleeing&gt; &amp; protected."' in out


def test_inflected_forms_and_synonyms():
    assert linked_ids(link("<p>Many asylum seekers arrived.</p>")) == ["applicant"]
    assert linked_ids(link("<p>Two refugees.</p>")) == ["refugee"]


def test_word_boundaries():
    assert linked_ids(link("<p>refugeehood and nonrefugee</p>")) == []


def test_case_rules():
    assert (
        linked_ids(link("<p>The ees is not the acronym.</p>")) == []
    )  # acronyms are case-sensitive
    assert linked_ids(link("<p>The EES started.</p>")) == ["ees"]
    assert linked_ids(link("<p>schengen</p>")) == []  # case_sensitive: true
    assert linked_ids(link("<p>Schengen</p>")) == ["schengen"]
    assert linked_ids(link("<p>REFUGEE</p>")) == ["refugee"]  # others ignore case


def test_match_across_line_break_and_entities_kept():
    out = link("<p>an applicant for\ninternational protection &amp; more &lt;b&gt;</p>")
    assert linked_ids(out) == ["applicant"]
    assert "&amp; more &lt;b&gt;" in out


def test_prose_only_not_blocks():
    lesson = parse_lesson(
        """---
id: l
title: L
minutes: 5
objectives: [x]
sources: [{act: A, article: Art. 1}]
---
## One

```quiz
id: q
items:
  - id: i
    type: single
    question: Is a refugee protected?
    options:
      - {text: refugee, correct: true}
      - {text: other}
```

A refugee in prose.

## Two

Another refugee here.
""",
        "l.md",
    )
    assert lesson.ok, lesson.issues
    glossary = make_glossary()
    one = render_section(lesson, 0, glossary=glossary)
    quiz_part = one[one.index("de-quiz") : one.index("</section>")]
    assert "de-term" not in quiz_part
    assert linked_ids(one) == ["refugee"]
    assert linked_ids(render_section(lesson, 1, glossary=glossary)) == ["refugee"]  # new section


def test_linker_is_cached_per_glossary_and_language():
    glossary = make_glossary()
    assert linker_for(glossary) is linker_for(glossary)
    assert linker_for(glossary, "fr") is not linker_for(glossary)


def test_translated_lessons_use_equivalents():
    glossary = Glossary(
        [GlossaryEntry("refugee", "refugee", "D.", ["x"], equivalents={"fr": "réfugié"})]
    )
    out, links = autolink_html("<p>Un réfugié et un refugee.</p>", linker_for(glossary, "fr"))
    assert [link.text for link in links] == ["réfugié"]


def test_deterministic():
    html = "<p>" + " ".join(["refugee asylum seeker EES Schengen"] * 50) + "</p>"
    assert link(html) == link(html)
