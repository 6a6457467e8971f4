"""Property tests: random or broken lesson files never crash the parser, and every issue
carries a path and a line >= 1 that exists in the file."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from destination_europe.core.content.lessonfile import parse_lesson
from destination_europe.core.content.render import render_section
from destination_europe.core.content.session import InMemoryProgressSink, LessonSession
from destination_europe.core.glossary import Glossary, GlossaryEntry

REPO = Path(__file__).resolve().parents[2]
SAMPLE = (REPO / "lessons" / "00-getting-started" / "application-step-by-step.md").read_text(
    encoding="utf-8"
)
SAMPLE_LINES = SAMPLE.splitlines(keepends=True)
GLOSSARY = Glossary([GlossaryEntry("refugee", "refugee", "D.", ["x"])])

FRAGMENTS = st.sampled_from(
    [
        "---\n",
        "## ",
        "```quiz\n",
        "```scenario\n",
        "```chart\n",
        "```\n",
        "id: x\n",
        "items:\n",
        "  - id: a\n",
        "    type: single\n",
        "options: [",
        "]\n",
        ": :\n",
        "\t",
        "- ",
        "{#id}",
        "\n",
        "answer: yes\n",
        "nodes:\n",
        "next: nowhere\n",
        "\ufeff",
        "<script>x</script>",
        "[a](glossary:zz)",
        "ending: true\n",
        "!!! note\n",
        "    indented\n",
        "&amp;",
        "\x00",
        "é",
        "‘’",
    ]
)

TEXT = st.one_of(
    st.text(max_size=400),
    st.lists(FRAGMENTS, max_size=60).map("".join),
    st.builds(  # a real lesson with some lines removed, duplicated or swapped
        lambda cuts: "".join(line for i, line in enumerate(SAMPLE_LINES) if i not in cuts),
        st.sets(st.integers(0, len(SAMPLE_LINES) - 1), max_size=12),
    ),
    st.builds(
        lambda pos, junk: SAMPLE[:pos] + junk + SAMPLE[pos:],
        st.integers(0, len(SAMPLE)),
        st.lists(FRAGMENTS, max_size=5).map("".join),
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_parser_never_crashes_and_issues_have_lines(text):
    lesson = parse_lesson(text, "fuzz.md")
    line_count = max(1, len(text.splitlines()) + 1)
    for issue in lesson.issues:
        assert issue.path == "fuzz.md"
        assert 1 <= issue.line <= line_count + 1, issue
        assert issue.severity in ("error", "warning") and issue.code and issue.message
    for index in range(len(lesson.sections)):
        html = render_section(lesson, index, glossary=GLOSSARY, mode="facilitator")
        assert "<script" not in html.lower()


@settings(max_examples=100, deadline=None)
@given(
    st.text(max_size=20),
    st.dictionaries(
        st.sampled_from(["lesson", "block", "item", "answer", "node", "choice", "text"]),
        st.one_of(
            st.none(),
            st.integers(),
            st.text(max_size=10),
            st.lists(st.text(max_size=5), max_size=3),
            st.sampled_from(
                [
                    "samir",
                    "steps-quiz",
                    "order-steps",
                    "match-rules",
                    "arrival",
                    "ask",
                    "samir-reflection",
                ]
            ),
        ),
    ),
)
def test_session_never_raises(kind, payload):
    lesson = parse_lesson(SAMPLE, "l.md")
    session = LessonSession(lesson, GLOSSARY, InMemoryProgressSink())
    for k in (kind, "quiz.answer", "scenario.choice", "reflection.save", "scenario.restart"):
        replies = session.handle(k, payload)
        assert isinstance(replies, list) and all(
            isinstance(r, tuple) and len(r) == 2 for r in replies
        )
