"""The content checker: every module, lesson, block, link, plan and glossary entry.

``check_content(root)`` returns issues sorted by file and line; ``format_issues`` turns
them into ``path:line: severity: message [code]`` lines with paths relative to ``root``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from destination_europe.core.factsheets import check_factsheets
from destination_europe.core.game.content import check_game
from destination_europe.core.glossary import Glossary, check_glossary_relations, load_glossary
from destination_europe.core.languages import LANGUAGES

from .blocks import BrokenBlock
from .issues import Issue
from .loader import load_catalog, load_countries, load_indicator_ids
from .model import Catalog, ChartBlock, CountryCardBlock, Lesson, TermCardBlock

_INLINE_LINK = re.compile(r"\]\(\s*<?([A-Za-z][A-Za-z0-9+.-]*):([^)\s>]*)")
_REF_LINK = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?([A-Za-z][A-Za-z0-9+.-]*):(\S*?)>?(?:\s|$)")
_UNSAFE = re.compile(r"<\s*script|\son[a-z]+\s*=|javascript:", re.I)


def check_content(root: Path) -> list[Issue]:
    """All problems in ``root/lessons`` and ``root/resources/glossary``, sorted."""
    catalog = load_catalog(root)
    glossary, issues = load_glossary(root / "resources" / "glossary")
    issues = list(issues) + check_glossary_relations(glossary) + catalog.all_issues()
    issues.extend(check_references(catalog, glossary, root))
    issues.extend(check_factsheets(root))
    issues.extend(check_game(root))
    unique = {(i.path, i.line, i.severity, i.code, i.message): i for i in issues}
    return sorted(unique.values(), key=lambda i: (i.path, i.line, i.severity, i.code, i.message))


def check_references(catalog: Catalog, glossary: Glossary, root: Path) -> list[Issue]:
    """Cross-references: glossary ids, lessons, countries, indicators, translations, plans."""
    countries = set(load_countries(root))
    indicators, issues = load_indicator_ids(root)
    if not countries:
        issues.append(
            Issue(
                str(root / "resources/reference/countries.csv"),
                1,
                "warning",
                "no-countries",
                "countries.csv not found; country codes are only checked for their form",
            )
        )
    ctx = _Context(catalog, glossary, countries, indicators)
    ctx.root = root
    for lesson in catalog.lessons.values():
        issues.extend(ctx.lesson(lesson))
        missing = [
            lang
            for lang in LANGUAGES
            if lang != "en" and lang not in catalog.translations.get(lesson.id, {})
        ]
        if missing:
            issues.append(
                Issue(
                    lesson.path,
                    1,
                    "warning",
                    "translation-missing",
                    f"lesson '{lesson.id}' has no translation for: {', '.join(missing)}",
                )
            )
    for by_lang in catalog.translations.values():
        for translated in by_lang.values():
            issues.extend(ctx.lesson(translated))
    for module in catalog.modules:
        # a module whose lessons are translated should show its own title in that language
        langs = {lang for lid in module.lesson_ids for lang in catalog.translations.get(lid, {})}
        untitled = sorted(langs - set(module.translations))
        if untitled:
            issues.append(
                Issue(
                    str(Path(module.path) / "module.yaml"),
                    1,
                    "warning",
                    "module-translation-missing",
                    f"module '{module.id}' has lessons in {', '.join(untitled)} but no "
                    f"module.<lang>.yaml with its title for "
                    f"{'it' if len(untitled) == 1 else 'them'}",
                )
            )
    for plan in catalog.plans:
        for step in plan.steps:
            if step.lesson and step.lesson not in catalog.lessons:
                issues.append(
                    Issue(
                        plan.path,
                        step.line,
                        "error",
                        "unknown-lesson",
                        f"lesson plan step: unknown lesson '{step.lesson}'",
                    )
                )
    plan_ids = [p.id for p in catalog.plans]
    for plan in catalog.plans:
        if plan_ids.count(plan.id) > 1:
            issues.append(
                Issue(
                    plan.path,
                    1,
                    "error",
                    "duplicate-id",
                    f"lesson plan id '{plan.id}' is used twice",
                )
            )
    return issues


class _Context:
    def __init__(
        self, catalog: Catalog, glossary: Glossary, countries: set[str], indicators: set[str] | None
    ) -> None:
        self.catalog = catalog
        self.glossary = glossary
        self.countries = countries
        self.indicators = indicators
        self.root: Path | None = None
        self._store: Any = None  # StatisticsStore once loaded, False if it cannot be

    def chart_countries_without_data(self, block: ChartBlock) -> list[str]:
        """Countries of a chart block that have no value in its years (shipped statistics)."""
        if self._store is None and self.root is not None:
            from destination_europe.core.statistics import DataError, StatisticsStore

            try:
                self._store = StatisticsStore.load(self.root / "resources" / "statistics")
            except (DataError, OSError):
                self._store = False
        if not self._store:
            return []
        first, last = block.years or (None, None)
        missing = []
        for code in block.countries or ["EU27"]:
            try:
                series = self._store.series(block.indicator, code)
            except KeyError:
                series = []
            if not any(
                o.value is not None
                and (first is None or o.year >= first)
                and (last is None or o.year <= last)
                for o in series
            ):
                missing.append(code)
        if block.chart_type == "map":
            return []  # a map shows every country; "no data" is drawn as such
        return missing

    def country_ok(self, code: str) -> bool:
        return code in self.countries if self.countries else bool(re.match(r"^[A-Z]{2}$", code))

    def lesson(self, lesson: Lesson) -> list[Issue]:
        out: list[Issue] = []
        path = lesson.path

        def err(line: int, code: str, message: str, severity: str = "error") -> None:
            out.append(Issue(path, max(1, line), severity, code, message))  # type: ignore[arg-type]

        for term in lesson.terms:
            if term not in self.glossary:
                err(
                    lesson.line_ids.get(f"term:{term}", 1),
                    "unknown-term",
                    f"front matter: '{term}' is not a glossary id",
                )
        for code in lesson.countries:
            if not self.country_ok(code):
                err(
                    lesson.line_ids.get(f"country:{code}", 1),
                    "unknown-country",
                    f"front matter: '{code}' is not an EMN country code",
                )
        for block in lesson.blocks:
            if isinstance(block, BrokenBlock):
                continue
            if isinstance(block, TermCardBlock) and block.term and block.term not in self.glossary:
                err(
                    block.line,
                    "unknown-term",
                    f"term-card '{block.id}': '{block.term}' is not a glossary id",
                )
            if (
                isinstance(block, CountryCardBlock)
                and block.country
                and not self.country_ok(block.country)
            ):
                err(
                    block.line,
                    "unknown-country",
                    f"country-card '{block.id}': '{block.country}' is not an EMN country code",
                )
            if isinstance(block, ChartBlock):
                for code in block.countries:
                    if code != "EU27" and not self.country_ok(code):
                        err(
                            block.line,
                            "unknown-country",
                            f"chart '{block.id}': '{code}' is not an EMN country code",
                        )
                if self.indicators is None:
                    err(
                        block.line,
                        "indicators-unknown",
                        f"chart '{block.id}': indicator '{block.indicator}' cannot be checked (resources/statistics/indicators.yaml not found)",
                        "warning",
                    )
                elif block.indicator and block.indicator not in self.indicators:
                    err(
                        block.line,
                        "unknown-indicator",
                        f"chart '{block.id}': unknown indicator '{block.indicator}'",
                    )
                elif block.indicator:
                    for code in self.chart_countries_without_data(block):
                        err(
                            block.line,
                            "chart-no-data",
                            f"chart '{block.id}': no {block.indicator} values for {code}"
                            + (f" in {block.years[0]}-{block.years[1]}" if block.years else ""),
                        )
        out.extend(self.links(lesson))
        return out

    def links(self, lesson: Lesson) -> list[Issue]:
        out: list[Issue] = []
        try:
            lines = Path(lesson.path).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return out
        for number, line in enumerate(lines, start=1):
            found = _INLINE_LINK.findall(line) + _REF_LINK.findall(line)
            for scheme, target in found:
                problem = self.link_problem(scheme.lower(), target)
                if problem:
                    severity, code, message = problem
                    out.append(Issue(lesson.path, number, severity, code, message))  # type: ignore[arg-type]
            if _UNSAFE.search(line):
                out.append(
                    Issue(
                        lesson.path,
                        number,
                        "warning",
                        "unsafe-html",
                        "scripts, on*= attributes and javascript: links are removed when the lesson is shown",
                    )
                )
        return out

    def link_problem(self, scheme: str, target: str) -> tuple[str, str, str] | None:
        if scheme == "glossary":
            if target not in self.glossary:
                return ("error", "unknown-term", f"link to unknown glossary term '{target}'")
        elif scheme == "lesson":
            lesson_id, _, section = target.partition("#")
            lesson = self.catalog.lessons.get(lesson_id)
            if lesson is None:
                return ("error", "unknown-lesson", f"link to unknown lesson '{lesson_id}'")
            if section and section not in {s.id for s in lesson.sections}:
                return (
                    "error",
                    "unknown-section",
                    f"link to unknown section '{section}' of lesson '{lesson_id}'",
                )
        elif scheme == "country":
            if not self.country_ok(target):
                return (
                    "error",
                    "unknown-country",
                    f"link to unknown country '{target}' (use an ISO2 code of an EMN country)",
                )
        elif scheme == "javascript":
            return None  # reported once per line as unsafe-html
        elif scheme == "http":
            return (
                "warning",
                "insecure-link",
                "http: links are removed; use https: (the app does not open web pages anyway)",
            )
        elif scheme not in ("https", "app", "mailto"):
            return (
                "warning",
                "unknown-link-scheme",
                f"links with the scheme '{scheme}:' are removed when the lesson is shown",
            )
        return None


def format_issues(issues: list[Issue], root: Path) -> list[str]:
    return [issue.format(root) for issue in issues]


def error_count(issues: list[Issue]) -> int:
    return sum(1 for i in issues if i.is_error)
