"""The Markdown body of a lesson: sections (``## `` headings) and fenced interactive blocks.

A fenced code block whose info string is a block kind (```quiz, ```scenario, ...) holds YAML
and becomes a :class:`Block`; other fences stay ordinary code. ``## `` headings outside
fences start sections. In ``Section.markdown`` every block's lines are replaced by one
placeholder line followed by blank lines, so line numbers inside the Markdown still match
the file.
"""

from __future__ import annotations

import re
from typing import Any

from .fields import ID_RE, ISO2_RE, Fields
from .issues import IssueList
from .model import (
    BLOCK_KINDS,
    Block,
    ChartBlock,
    CountryCardBlock,
    DiscussionBlock,
    FacilitatorNoteBlock,
    QuizBlock,
    ReflectionBlock,
    ScenarioBlock,
    Section,
    TermCardBlock,
    TimelineBlock,
    TimelineEvent,
)
from .quiz import parse_quiz
from .scenario import parse_scenario
from .yamlsource import load_yaml

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})\s*([^\s`{]*)")
_H2 = re.compile(r"^ {0,3}##(?!#)(?:\s+(.*?))?\s*$")
_H1 = re.compile(r"^ {0,3}#(?!#)\s")
_EXPLICIT_ID = re.compile(r"\s*\{\s*#([A-Za-z0-9_-]+)\s*\}\s*$")
PLACEHOLDER = "DEBLOCKPLACEHOLDER{}X"
PLACEHOLDER_RE = re.compile(r"DEBLOCKPLACEHOLDER(\d+)X")
GROUPINGS = ("pairs", "small-groups", "whole-class", "")
CHART_TYPES = ("line", "bar", "map")
_DATE_RE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class BrokenBlock(Block):
    """A block whose YAML could not be read; it renders as an error box."""


def slugify(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug or "section"


def split_sections(
    lines: list[str], first_line: int, path: str, fallback_title: str
) -> tuple[list[Section], IssueList]:
    """Split body ``lines`` (the first is file line ``first_line``) into sections with blocks."""
    issues = IssueList(path)
    sections: list[Section] = []
    current = Section(id="intro", title=fallback_title, line=first_line, markdown="")
    buffer: list[str] = []
    index = 0
    seen_ids: set[str] = set()
    preamble = True  # the text before the first heading

    def close() -> None:
        current.markdown = "\n".join(buffer)
        if current.markdown.strip() or current.blocks or not preamble:
            sections.append(current)
            seen_ids.add(current.id)

    while index < len(lines):
        line = lines[index]
        lineno = first_line + index
        fence = _FENCE.match(line)
        if fence:
            marker, info = fence.group(1), fence.group(2).lower()
            end = _closing_fence(lines, index + 1, marker)
            if info in BLOCK_KINDS:
                if end is None:
                    issues.error(
                        lineno, "block-unclosed", f"```{info} block opened here is never closed"
                    )
                    end = len(lines)
                body = "\n".join(lines[index + 1 : end])
                block = parse_block(info, body, lineno, issues)
                current.blocks.append(block)
                span = min(end, len(lines) - 1) - index + 1
                # A blank line first, so that the placeholder is a paragraph of its own.
                marker_lines = [PLACEHOLDER.format(len(current.blocks) - 1)]
                if span > 1:
                    marker_lines.insert(0, "")
                buffer.extend(marker_lines + [""] * (span - len(marker_lines)))
                index += span
                continue
            stop = len(lines) if end is None else end + 1
            buffer.extend(lines[index:stop])
            index = stop
            continue
        heading = _H2.match(line)
        if heading:
            close()
            preamble = False
            title = heading.group(1) or ""
            title = re.sub(r"\s#+\s*$", "", title)
            explicit = _EXPLICIT_ID.search(title)
            if explicit:
                title = title[: explicit.start()].strip()
                section_id = explicit.group(1)
            else:
                section_id = slugify(title)
            if not title:
                issues.error(lineno, "empty-heading", "a '## ' section heading has no title")
            base, n = section_id, 2
            while section_id in seen_ids:
                section_id, n = f"{base}-{n}", n + 1
            seen_ids.add(section_id)
            current = Section(
                id=section_id, title=title or fallback_title, line=lineno, markdown=""
            )
            buffer = [""]  # the heading line itself, so that line numbers still match
            index += 1
            continue
        if _H1.match(line):
            issues.warning(
                lineno,
                "h1-in-body",
                "use '## ' for sections; the lesson title comes from the front matter",
            )
        buffer.append(line)
        index += 1
    close()
    return sections, issues


def _closing_fence(lines: list[str], start: int, marker: str) -> int | None:
    pattern = re.compile(r"^ {0,3}" + re.escape(marker[0]) + "{" + str(len(marker)) + r",}\s*$")
    for i in range(start, len(lines)):
        if pattern.match(lines[i]):
            return i
    return None


def parse_block(kind: str, body: str, fence_line: int, issues: IssueList) -> Block:
    """Parse the YAML ``body`` of a ```kind block whose fence is on ``fence_line``."""
    data, problems = load_yaml(body, issues.path, first_line=fence_line + 1)
    issues.extend(problems)
    if problems:
        return BrokenBlock(kind=kind, id="", line=fence_line)
    f = Fields(data, issues, fence_line, f"```{kind} block")
    if not f.ok:
        return BrokenBlock(kind=kind, id="", line=fence_line)
    block_id = f.ident("id")
    title = f.text("title")
    if not block_id:
        return BrokenBlock(kind=kind, id="", line=fence_line, title=title)
    before = len([i for i in issues if i.is_error])
    block = _PARSERS[kind](data, block_id, fence_line, title, issues)
    block.line = fence_line
    block.title = title
    if kind not in ("quiz", "scenario") and len([i for i in issues if i.is_error]) > before:
        return BrokenBlock(kind=kind, id=block_id, line=fence_line, title=title)
    return block


def _quiz(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    block = QuizBlock(kind="quiz", id=bid, line=line)
    parse_quiz(data, block, issues)
    return block


def _scenario(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    block = ScenarioBlock(kind="scenario", id=bid, line=line)
    parse_scenario(data, block, issues)
    return block


def _reflection(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    f = Fields(data, issues, line, f"reflection '{bid}'")
    f.unknown_keys({"id", "title", "prompt", "hint"})
    return ReflectionBlock(
        kind="reflection",
        id=bid,
        line=line,
        prompt=f.text("prompt", required=True),
        hint=f.text("hint"),
    )


def _chart(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    f = Fields(data, issues, line, f"chart '{bid}'")
    f.unknown_keys({"id", "title", "indicator", "countries", "years", "type", "caption"})
    block = ChartBlock(
        kind="chart",
        id=bid,
        line=line,
        indicator=f.text("indicator", required=True),
        caption=f.text("caption"),
    )
    if block.indicator and not re.match(r"^[A-Za-z0-9_.-]+$", block.indicator):
        issues.error(
            f.line_of("indicator"),
            "bad-id",
            f"chart '{bid}': indicator {block.indicator!r} is not a valid id",
        )
    for code, cline in f.text_list("countries", required=True):
        if code != "EU27" and not ISO2_RE.match(code):
            issues.error(
                cline,
                "bad-country",
                f"chart '{bid}': {code!r} is not an ISO 3166 alpha-2 code (or EU27)",
            )
        else:
            block.countries.append(code)
    block.years = _years(f, bid, issues)
    block.chart_type = f.text("type") or "line"
    if block.chart_type not in CHART_TYPES:
        issues.error(
            f.line_of("type"),
            "bad-value",
            f"chart '{bid}': type must be one of {', '.join(CHART_TYPES)}",
        )
    return block


def _years(f: Fields, bid: str, issues: IssueList) -> tuple[int, int] | None:
    if not f.has("years"):
        issues.error(f.line, "missing-field", f"chart '{bid}': missing 'years' (e.g. 2015-2024)")
        return None
    raw = f.data["years"]
    found: list[int] = []
    if isinstance(raw, int) and not isinstance(raw, bool):
        found = [raw, raw]
    elif isinstance(raw, str) and re.match(r"^\s*\d{4}\s*(?:-|–|\.\.)\s*\d{4}\s*$", raw):
        found = [int(x) for x in re.findall(r"\d{4}", raw)]
    elif (
        isinstance(raw, list)
        and len(raw) == 2
        and all(isinstance(x, int) and not isinstance(x, bool) for x in raw)
    ):
        found = list(raw)
    if len(found) != 2 or not (1900 <= found[0] <= found[1] <= 2100):
        issues.error(
            f.line_of("years"),
            "bad-value",
            f"chart '{bid}': 'years' must be a range such as 2015-2024 or [2015, 2024]",
        )
        return None
    return found[0], found[1]


def _country_card(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    f = Fields(data, issues, line, f"country-card '{bid}'")
    f.unknown_keys({"id", "title", "country", "text"})
    code = f.text("country", required=True)
    if code and not ISO2_RE.match(code):
        issues.error(
            f.line_of("country"),
            "bad-country",
            f"country-card '{bid}': {code!r} is not an ISO 3166 alpha-2 code",
        )
    return CountryCardBlock(
        kind="country-card", id=bid, line=line, country=code, text=f.text("text")
    )


def _term_card(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    f = Fields(data, issues, line, f"term-card '{bid}'")
    f.unknown_keys({"id", "title", "term", "text"})
    term = f.text("term", required=True)
    if term and not ID_RE.match(term):
        issues.error(
            f.line_of("term"), "bad-id", f"term-card '{bid}': {term!r} is not a glossary id"
        )
    return TermCardBlock(kind="term-card", id=bid, line=line, term=term, text=f.text("text"))


def _timeline(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    f = Fields(data, issues, line, f"timeline '{bid}'")
    f.unknown_keys({"id", "title", "events"})
    block = TimelineBlock(kind="timeline", id=bid, line=line)
    for i, (raw, eline) in enumerate(f.items("events", required=True)):
        ef = Fields(raw, issues, eline, f"timeline '{bid}' event {i + 1}")
        if not ef.ok:
            continue
        ef.unknown_keys({"date", "title", "text", "source"})
        date = ef.text("date", required=True)
        if date and not _DATE_RE.match(date):
            issues.error(
                ef.line_of("date"),
                "bad-date",
                f"timeline '{bid}' event {i + 1}: date {date!r} must be YYYY, YYYY-MM or YYYY-MM-DD",
            )
        block.events.append(
            TimelineEvent(
                date, ef.text("title", required=True), ef.text("text"), ef.text("source"), ef.line
            )
        )
    dates = [e.date for e in block.events]
    if dates != sorted(dates):
        issues.warning(f.line, "timeline-order", f"timeline '{bid}': events are not in date order")
    return block


def _discussion(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    f = Fields(data, issues, line, f"discussion '{bid}'")
    f.unknown_keys({"id", "title", "prompt", "questions", "minutes", "grouping"})
    block = DiscussionBlock(
        kind="discussion", id=bid, line=line, prompt=f.text("prompt", required=True)
    )
    block.questions = [t for t, _ in f.text_list("questions")]
    block.minutes = f.integer("minutes", minimum=1) or None
    block.grouping = f.text("grouping")
    if block.grouping not in GROUPINGS:
        issues.error(
            f.line_of("grouping"),
            "bad-value",
            f"discussion '{bid}': grouping must be pairs, small-groups or whole-class",
        )
    return block


def _facilitator_note(data: Any, bid: str, line: int, title: str, issues: IssueList) -> Block:
    f = Fields(data, issues, line, f"facilitator-note '{bid}'")
    f.unknown_keys({"id", "title", "text"})
    return FacilitatorNoteBlock(
        kind="facilitator-note", id=bid, line=line, text=f.text("text", required=True)
    )


_PARSERS = {
    "quiz": _quiz,
    "scenario": _scenario,
    "reflection": _reflection,
    "chart": _chart,
    "country-card": _country_card,
    "term-card": _term_card,
    "timeline": _timeline,
    "discussion": _discussion,
    "facilitator-note": _facilitator_note,
}
