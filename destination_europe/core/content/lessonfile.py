"""Parse one lesson file (``<lesson>.md`` or a translation ``<lesson>.<lang>.md``)."""

from __future__ import annotations

from pathlib import Path

from .blocks import BrokenBlock, split_sections
from .fields import ID_RE, ISO2_RE, Fields
from .frontmatter import split_front_matter
from .issues import IssueList
from .model import LEVELS, Lesson, Source

FRONT_MATTER_KEYS = {
    "id",
    "title",
    "minutes",
    "level",
    "objectives",
    "terms",
    "countries",
    "sources",
}


def parse_lesson(text: str, path: str | Path, *, lang: str = "en", module_id: str = "") -> Lesson:
    """Parse a lesson; never raises. Problems are in ``lesson.issues``."""
    spath = str(path)
    issues = IssueList(spath)
    front, problems = split_front_matter(text, spath)
    issues.extend(problems)
    f = Fields(front.data, issues, 1, "front matter") if front.data else None
    lesson = Lesson(id="", title="", path=spath, lang=lang, module_id=module_id)
    if f is not None:
        f.unknown_keys(FRONT_MATTER_KEYS)
        lesson.id = f.ident("id")
        lesson.title = f.text("title", required=True)
        lesson.minutes = f.integer("minutes", required=True, minimum=1)
        lesson.level = f.text("level")
        if lesson.level and lesson.level not in LEVELS:
            issues.error(
                f.line_of("level"),
                "bad-value",
                f"front matter: level must be one of {', '.join(LEVELS)}",
            )
        lesson.objectives = [t for t, _ in f.text_list("objectives", required=True)]
        for term, line in f.text_list("terms"):
            if not ID_RE.match(term):
                issues.error(line, "bad-id", f"front matter: term {term!r} is not a glossary id")
            lesson.terms.append(term)
            lesson.line_ids[f"term:{term}"] = line
        for code, line in f.text_list("countries"):
            if not ISO2_RE.match(code):
                issues.error(
                    line, "bad-country", f"front matter: {code!r} is not an ISO 3166 alpha-2 code"
                )
            lesson.countries.append(code)
            lesson.line_ids[f"country:{code}"] = line
        lesson.sources = _sources(f, issues)
        lesson.line_ids.update({str(k): f.line_of(str(k)) for k in f.data})
    elif not issues:
        issues.error(1, "no-front-matter", "the front matter is empty")
    if not lesson.id:
        lesson.id = Path(spath).name.split(".")[0]
    sections, problems = split_sections(front.body_lines, front.body_start, spath, lesson.title)
    issues.extend(problems)
    lesson.sections = sections
    if not sections:
        issues.error(
            front.body_start, "empty-lesson", "the lesson has no content after the front matter"
        )
    seen: dict[str, int] = {}
    for block in lesson.blocks:
        if not block.id:
            continue
        if block.id in seen:
            issues.error(
                block.line,
                "duplicate-block-id",
                f"block id '{block.id}' is already used on line {seen[block.id]}",
            )
        else:
            seen[block.id] = block.line
        if isinstance(block, BrokenBlock):
            continue
    lesson.issues = list(issues)
    return lesson


def _sources(f: Fields, issues: IssueList) -> list[Source]:
    out: list[Source] = []
    for raw, line in f.items("sources", required=True):
        sf = Fields(raw, issues, line, "front matter source")
        if not sf.ok:
            continue
        sf.unknown_keys({"act", "article", "dataset", "year", "note"})
        if sf.has("act"):
            act = sf.text("act", required=True)
            article = sf.text("article")
            if not article:
                issues.error(
                    sf.line,
                    "source-incomplete",
                    f"source {act!r}: a legal source must name its 'article'",
                )
                continue
            out.append(Source("act", act, article, sf.text("note"), sf.line))
        elif sf.has("dataset"):
            dataset = sf.text("dataset", required=True)
            year = sf.text("year")
            if not year:
                issues.error(
                    sf.line,
                    "source-incomplete",
                    f"source {dataset!r}: a statistical source must name its 'year'",
                )
                continue
            out.append(Source("dataset", dataset, year, sf.text("note"), sf.line))
        else:
            issues.error(
                sf.line,
                "source-incomplete",
                "a source needs 'act' and 'article', or 'dataset' and 'year'",
            )
    return out
