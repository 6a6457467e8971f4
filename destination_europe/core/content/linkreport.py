"""Which glossary terms the auto-linker links, per lesson and section (``check-content --links``)."""

from __future__ import annotations

from dataclasses import dataclass

from destination_europe.core.glossary import Glossary

from .model import Catalog, Lesson
from .render import section_prose


@dataclass(frozen=True)
class LinkReportRow:
    lesson: str
    lang: str
    section: str
    term: str  # glossary id
    text: str  # the words that became the link
    path: str
    line: int  # best-effort line of the first use in the file


def lesson_links(lesson: Lesson, glossary: Glossary) -> list[LinkReportRow]:
    rows: list[LinkReportRow] = []
    for section in lesson.sections:
        _, links = section_prose(section, glossary, lesson.lang)
        source = section.markdown.splitlines()
        for link in links:
            rows.append(
                LinkReportRow(
                    lesson.id,
                    lesson.lang,
                    section.id,
                    link.term_id,
                    link.text,
                    lesson.path,
                    section.line + _find_line(source, link.text),
                )
            )
    return rows


def _find_line(lines: list[str], text: str) -> int:
    """Index of the line where ``text`` starts (it may wrap onto the next lines)."""
    needle = " ".join(text.split()).casefold()
    squeezed = [" ".join(line.split()).casefold() for line in lines]
    for index, line in enumerate(squeezed):
        if lines[index].lstrip().startswith("#"):
            continue
        window = " ".join(squeezed[index : index + 4])
        position = window.find(needle)
        if position != -1 and position <= len(line):
            return index
    return 0


def link_report(catalog: Catalog, glossary: Glossary) -> list[LinkReportRow]:
    """Rows for every lesson and translation, in catalog order."""
    rows: list[LinkReportRow] = []
    for module in catalog.modules:
        for lesson_id in module.lesson_ids:
            lesson = catalog.lessons.get(lesson_id)
            if lesson is None:
                continue
            rows.extend(lesson_links(lesson, glossary))
            for lang in sorted(catalog.translations.get(lesson_id, {})):
                rows.extend(lesson_links(catalog.translations[lesson_id][lang], glossary))
    return rows
