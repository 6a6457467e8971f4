"""Country factsheets: the text profiles in ``resources/factsheets/<ISO2>.yaml`` (no Qt).

One YAML file per EMN country (35) holds its EMN, EU, Schengen and euro status, the national
authorities for asylum and migration, a short profile in plain English and the sources of
every fact. The format is described in ``docs/FACTSHEETS.md``.

- :func:`load_factsheets` reads and validates the files; every problem is an :class:`Issue`
  with file and line. It never raises.
- :func:`check_factsheets` adds the cross-check against the statistics store: every figure
  quoted in a profile must equal the stored value for that country, dataset and year.
- :func:`factsheet_stats` counts what the factsheets hold (for ``content-stats``).
- :func:`quoted_numbers` finds the figures of a profile and the citation each one belongs to.

Numbers in a profile follow one rule: a figure (a number with a thousands separator, a
decimal point, a percent sign or "million", or a whole number of three or more digits that is
not a year) must share its sentence with a citation ``(<publisher> <dataset code>, <year>)``,
e.g. ``22,220 first-time asylum applicants (Eurostat migr_asyappctza, 2024)``.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from destination_europe.core.content.issues import Issue, IssueList
from destination_europe.core.content.yamlsource import LineDict, LineList, load_yaml

FACTSHEETS_FOLDER = "factsheets"
ROLES = ("asylum-first-instance", "migration-policy", "reception", "integration", "emn-ncp")
EMN_STATUSES = ("member", "observer")
EU_STATUSES = ("member", "candidate", "not-candidate")
SCHENGEN_STATUSES = ("full", "partial", "no")
WORDS_MIN, WORDS_MAX = 120, 220
PARAGRAPHS_MIN, PARAGRAPHS_MAX = 2, 4
MAX_FILE_BYTES = 200_000

REQUIRED_KEYS = (
    "country",
    "emn_status",
    "eu_member_since",
    "eu_status",
    "schengen",
    "euro",
    "authorities",
    "profile",
    "sources",
    "lessons",
    "updated",
)
OPTIONAL_KEYS = ("emn_since", "eu_note", "euro_note")

# A citation: "(Eurostat migr_asyappctza, 2024)", "(UNHCR unhcr-population, 2024)".
_CITATION = re.compile(r"\(([^()]*?),\s*((?:19|20)\d{2})\)")
# A dataset-like token, used only when indicators.yaml cannot be read.
_CODE_LIKE = re.compile(r"^(?:[a-z][a-z0-9]*(?:[_\-][a-z0-9]+)+|[A-Z]{2,}(?:\.[A-Z0-9]+)+)$")
_NUMBER = re.compile(
    r"(?<![\w.,/])(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?(?![\w/]|[.,]\d)"
    r"(?P<pct>\s?%|\s+per\s?cent\b|\s+percent\b)?(?P<mil>\s+million\b)?"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(\"“‘'])|\n\s*\n")
_PER_BEFORE = re.compile(r"\bper\s+$")
_MONTH_AFTER = re.compile(
    r"^\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)


# -- the data ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Authority:
    role: str  # one of ROLES
    name: str  # official English name
    source: str  # a source id of the same file or a URL
    line: int = 1


@dataclass(frozen=True)
class Source:
    label: str
    url: str = ""
    reference: str = ""
    id: str = ""  # short code (e.g. "A1", as in the reference facts file), optional
    dataset: str = ""  # statistics dataset code this source stands for, optional
    line: int = 1


@dataclass(frozen=True)
class QuotedNumber:
    """A figure in a profile and the citation that backs it."""

    text: str  # as written, e.g. "22,220" or "9.6%" or "1.13 million"
    value: Decimal  # the number itself (×1,000,000 for "million")
    decimals: int  # how many decimals the text shows (of the millions for "million")
    percent: bool
    million: bool
    datasets: tuple[str, ...]  # dataset codes of the citation ((), if none)
    year: int | None  # year of the citation (None, if none)
    line: int


@dataclass(frozen=True)
class Factsheet:
    country: str
    path: str
    emn_status: str
    emn_since: int | None
    eu_member_since: int | None
    eu_status: str
    eu_note: str
    schengen: str
    schengen_note: str
    euro: bool | int  # False, True (year not given) or the year of adoption
    euro_note: str
    authorities: tuple[Authority, ...]
    profile: str  # paragraphs separated by one blank line, each on one line
    sources: tuple[Source, ...]
    lessons: tuple[str, ...]
    updated: str
    numbers: tuple[QuotedNumber, ...] = field(default=(), compare=False)

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.profile.split("\n\n") if p]

    @property
    def word_count(self) -> int:
        return len(self.profile.split())

    def authority(self, role: str) -> list[Authority]:
        return [a for a in self.authorities if a.role == role]


# -- loading -----------------------------------------------------------------------------


def load_factsheets(resources_dir: Path) -> tuple[dict[str, Factsheet], list[Issue]]:
    """Read every ``<resources_dir>/factsheets/*.yaml``; return (country → factsheet, issues).

    A file with errors is still returned when its country code is usable, so the screen can
    show what is there; callers that need clean data check the issues. Never raises.
    """
    resources_dir = Path(resources_dir)
    folder = resources_dir / FACTSHEETS_FOLDER
    issues: list[Issue] = []
    sheets: dict[str, Factsheet] = {}
    if not folder.is_dir():
        return sheets, issues  # nothing to check (e.g. a content root without factsheets)
    countries = _emn_countries(resources_dir, issues)
    datasets = _known_datasets(resources_dir)
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".yaml", ".yml") or not path.is_file():
            continue
        sheet, problems = parse_factsheet_file(path, countries, datasets)
        issues.extend(problems)
        if sheet is None:
            continue
        if sheet.country in sheets:
            issues.append(
                Issue(
                    str(path),
                    1,
                    "error",
                    "duplicate-country",
                    f"country '{sheet.country}' already has a factsheet in "
                    f"{Path(sheets[sheet.country].path).name}",
                )
            )
            continue
        sheets[sheet.country] = sheet
    if countries:
        missing = [c for c in countries if c not in sheets]
        if missing:
            issues.append(
                Issue(
                    str(folder),
                    1,
                    "warning",
                    "factsheet-missing",
                    f"no factsheet for: {', '.join(missing)}",
                )
            )
    return sheets, issues


def parse_factsheet_file(
    path: Path,
    countries: dict[str, str] | None = None,
    datasets: set[str] | None = None,
) -> tuple[Factsheet | None, list[Issue]]:
    """Parse one file. ``countries`` maps ISO2 → "member"/"observer" (None: not checked);
    ``datasets`` is the set of known dataset codes (None: any code-like token counts)."""
    issues = IssueList(path)
    read = read_yaml_file(path, issues)
    if read is None:
        return None, list(issues)
    data, text = read
    if not isinstance(data, LineDict):
        issues.error(1, "not-a-mapping", "a factsheet must be a mapping of fields")
        return None, list(issues)
    return _Parser(path, data, text, issues, countries, datasets).parse(), list(issues)


def read_yaml_file(path: Path, issues: IssueList) -> tuple[Any, str] | None:
    """``(data, text)`` of a YAML file, or None with the reason in ``issues`` (too large, not
    UTF-8, unreadable, YAML syntax)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            issues.error(1, "file-too-large", f"the file is larger than {MAX_FILE_BYTES} bytes")
            return None
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        issues.error(1, "not-utf8", "the file is not UTF-8 text")
        return None
    except OSError as exc:
        issues.error(1, "unreadable", f"cannot read the file: {exc.strerror or exc}")
        return None
    data, problems = load_yaml(text, str(path))
    issues.extend(problems)
    return None if problems else (data, text)


class _Parser:
    def __init__(
        self,
        path: Path,
        data: LineDict,
        text: str,
        issues: IssueList,
        countries: dict[str, str] | None,
        datasets: set[str] | None,
    ) -> None:
        self.path = path
        self.data = data
        self.lines = text.splitlines()
        self.issues = issues
        self.countries = countries
        self.datasets = datasets

    def line(self, key: str) -> int:
        return self.data.line_of(key)

    def err(self, line: int, code: str, message: str) -> None:
        self.issues.error(line, code, message)

    def parse(self) -> Factsheet | None:
        d = self.data
        for key in REQUIRED_KEYS:
            if key not in d:
                self.err(1, "missing-field", f"missing required field '{key}'")
        for key in d:
            if key not in REQUIRED_KEYS and key not in OPTIONAL_KEYS:
                self.issues.warning(self.line(key), "unknown-field", f"unknown field '{key}'")
        country = self.country()
        if not country:
            return None
        emn_status = self.choice("emn_status", EMN_STATUSES)
        if self.countries and country in self.countries and emn_status:
            expected = self.countries[country]
            if emn_status != expected:
                self.err(
                    self.line("emn_status"),
                    "emn-status-mismatch",
                    f"emn_status is '{emn_status}' but countries.csv lists {country} as {expected}",
                )
        emn_since = self.year("emn_since")
        eu_since = self.year("eu_member_since")
        eu_status = self.choice("eu_status", EU_STATUSES)
        if (
            eu_status
            and "eu_member_since" in d
            and (eu_status == "member") != (eu_since is not None)
        ):
            self.err(
                self.line("eu_member_since"),
                "eu-membership",
                "eu_member_since must be a year for an EU member and null otherwise",
            )
        if emn_status == "member" and eu_status and eu_status != "member":
            self.err(self.line("eu_status"), "eu-membership", "an EMN member is an EU Member State")
        if emn_status == "observer" and eu_status == "member":
            self.err(
                self.line("eu_status"), "eu-membership", "an EMN observer is not an EU Member State"
            )
        schengen, schengen_note = self.schengen()
        euro = self.euro()
        sources = self.sources()
        authorities = self.authorities({s.id for s in sources if s.id})
        profile, numbers = self.profile(sources)
        lessons = self.lessons()
        updated = self.updated()
        return Factsheet(
            country=country,
            path=str(self.path),
            emn_status=emn_status,
            emn_since=emn_since,
            eu_member_since=eu_since,
            eu_status=eu_status,
            eu_note=self.text("eu_note"),
            schengen=schengen,
            schengen_note=schengen_note,
            euro=euro,
            euro_note=self.text("euro_note"),
            authorities=tuple(authorities),
            profile=profile,
            sources=tuple(sources),
            lessons=tuple(lessons),
            updated=updated,
            numbers=tuple(numbers),
        )

    # -- simple fields --------------------------------------------------------------------
    def text(self, key: str, container: Any = None, line: int | None = None) -> str:
        container = self.data if container is None else container
        value = container.get(key)
        if value is None:
            return ""
        if isinstance(value, (dict, list, bool)):
            where = container.line_of(key) if isinstance(container, LineDict) else (line or 1)
            self.err(where, "bad-type", f"'{key}' must be text")
            return ""
        return str(value).strip()

    def country(self) -> str:
        value = self.data.get("country")
        line = self.line("country")
        if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{2}", value.strip()):
            if "country" in self.data:
                self.err(line, "bad-country", "country must be a two-letter ISO code such as 'AT'")
            return ""
        code = value.strip()
        if self.countries is not None and code not in self.countries:
            self.err(line, "unknown-country", f"'{code}' is not an EMN country code (ISO2)")
        if self.path.stem != code:
            self.err(
                line,
                "file-name-mismatch",
                f"the file is named '{self.path.name}' but holds country '{code}' "
                f"(name it {code}.yaml)",
            )
        return code

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        if key not in self.data:
            return ""
        value = self.data[key]
        if not isinstance(value, str) or value not in allowed:
            self.err(self.line(key), "bad-value", f"'{key}' must be one of: {', '.join(allowed)}")
            return ""
        return value

    def year(self, key: str) -> int | None:
        value = self.data.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not 1950 <= value <= 2100:
            self.err(self.line(key), "bad-value", f"'{key}' must be a year or null")
            return None
        return value

    def schengen(self) -> tuple[str, str]:
        value = self.data.get("schengen")
        if value is None:
            return "", ""
        if not isinstance(value, LineDict):
            self.err(self.line("schengen"), "bad-type", "schengen must be {status, note}")
            return "", ""
        status = value.get("status")
        if status not in SCHENGEN_STATUSES:
            self.err(
                value.line_of("status"),
                "bad-value",
                f"schengen.status must be one of: {', '.join(SCHENGEN_STATUSES)}",
            )
            status = ""
        note = self.text("note", value)
        if not note:
            self.err(value.line, "missing-field", "schengen.note is missing (say since when)")
        return str(status or ""), note

    def euro(self) -> bool | int:
        value = self.data.get("euro")
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and 1999 <= value <= 2100:
            return value
        if "euro" in self.data:
            self.err(self.line("euro"), "bad-value", "euro must be true, false or the year")
        return False

    def updated(self) -> str:
        value = self.data.get("updated")
        if isinstance(value, _dt.date):
            return value.isoformat()
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            return value.strip()
        if "updated" in self.data:
            self.err(self.line("updated"), "bad-value", "updated must be a date YYYY-MM-DD")
        return ""

    def lessons(self) -> list[str]:
        value = self.data.get("lessons")
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            self.err(self.line("lessons"), "bad-type", "lessons must be a list of lesson ids")
            return []
        return [x.strip() for x in value]

    # -- lists ----------------------------------------------------------------------------
    def sources(self) -> list[Source]:
        value = self.data.get("sources")
        if value is None or (isinstance(value, list) and not value):
            if "sources" in self.data:
                self.err(self.line("sources"), "missing-sources", "sources must not be empty")
            return []
        if not isinstance(value, LineList):
            self.err(self.line("sources"), "bad-type", "sources must be a list")
            return []
        out: list[Source] = []
        seen: set[str] = set()
        for i, item in enumerate(value):
            line = value.line_of(i)
            if not isinstance(item, LineDict):
                self.err(line, "bad-type", "each source must be {label, url or reference}")
                continue
            for key in item:
                if key not in ("id", "label", "url", "reference", "dataset"):
                    self.issues.warning(item.line_of(key), "unknown-field", f"source: '{key}'")
            label = self.text("label", item)
            url = self.text("url", item)
            reference = self.text("reference", item)
            ident = self.text("id", item)
            if not label or not (url or reference):
                self.err(line, "source-incomplete", "a source needs a label and a url or reference")
            if url and not re.match(r"^https?://\S+$", url):
                self.err(item.line_of("url"), "bad-url", f"not a web address: {url!r}")
            if ident:
                if ident in seen:
                    self.err(line, "duplicate-id", f"source id '{ident}' is used twice")
                seen.add(ident)
            out.append(Source(label, url, reference, ident, self.text("dataset", item), line))
        return out

    def authorities(self, source_ids: set[str]) -> list[Authority]:
        value = self.data.get("authorities")
        if not isinstance(value, LineList) or not value:
            if "authorities" in self.data:
                self.err(self.line("authorities"), "bad-type", "authorities must be a list")
            return []
        out: list[Authority] = []
        for i, item in enumerate(value):
            line = value.line_of(i)
            if not isinstance(item, LineDict):
                self.err(line, "bad-type", "each authority must be {role, name, source}")
                continue
            role = item.get("role")
            if role not in ROLES:
                self.err(
                    item.line_of("role"),
                    "unknown-role",
                    f"unknown authority role {role!r} (one of: {', '.join(ROLES)})",
                )
            name = self.text("name", item)
            source = self.text("source", item)
            if not name:
                self.err(line, "missing-field", "authority: missing 'name'")
            if not source:
                self.err(line, "missing-sources", f"authority '{name}': missing 'source'")
            elif not re.match(r"^https?://", source) and source not in source_ids:
                self.err(
                    item.line_of("source"),
                    "unknown-source",
                    f"authority '{name}': source '{source}' is not an id in sources",
                )
            out.append(Authority(str(role or ""), name, source, line))
        return out

    # -- the profile ----------------------------------------------------------------------
    def profile(self, sources: list[Source]) -> tuple[str, list[QuotedNumber]]:
        value = self.data.get("profile")
        if value is None:
            return "", []
        if not isinstance(value, str):
            self.err(self.line("profile"), "bad-type", "profile must be text")
            return "", []
        key_line = self.line("profile")
        raw_line = self.lines[key_line - 1] if 0 < key_line <= len(self.lines) else ""
        first = key_line + (1 if re.match(r"^\s*profile:\s*[|>]", raw_line) else 0)
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", value) if p.strip()]
        shown = "\n\n".join(paragraphs)
        words = len(shown.split())
        if not WORDS_MIN <= words <= WORDS_MAX:
            self.err(
                key_line,
                "profile-length",
                f"the profile has {words} words; write {WORDS_MIN}-{WORDS_MAX}",
            )
        if not PARAGRAPHS_MIN <= len(paragraphs) <= PARAGRAPHS_MAX:
            self.err(
                key_line,
                "profile-paragraphs",
                f"the profile has {len(paragraphs)} paragraph(s); write "
                f"{PARAGRAPHS_MIN}-{PARAGRAPHS_MAX}",
            )
        numbers, problems = scan_profile(value, first, self.datasets)
        for line, code, message in problems:
            self.err(line, code, message)
        cited = {code for n in numbers for code in n.datasets}
        cited |= {code for _, _, codes in _citations(value, self.datasets) for code in codes}
        listed = {s.dataset for s in sources if s.dataset}
        for code in sorted(cited - listed):
            self.err(
                key_line,
                "missing-source",
                f"the profile cites dataset '{code}' but no source has 'dataset: {code}'",
            )
        return shown, numbers


# -- numbers and citations ---------------------------------------------------------------


def _citations(
    text: str, datasets: set[str] | None
) -> list[tuple[re.Match[str], int, tuple[str, ...]]]:
    out = []
    for m in _CITATION.finditer(text):
        tokens = re.split(r"[\s,;]+", m.group(1).strip())
        if datasets is not None:
            codes = tuple(t for t in tokens if t in datasets)
        else:
            codes = tuple(t for t in tokens if _CODE_LIKE.match(t))
        out.append((m, int(m.group(2)), codes))
    return out


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def scan_profile(
    text: str, first_line: int = 1, datasets: set[str] | None = None
) -> tuple[list[QuotedNumber], list[tuple[int, str, str]]]:
    """Find the figures in ``text`` (which starts at ``first_line``) and their citations.

    Returns (figures, problems); a problem is (line, code, message): ``uncited-number`` for
    a figure without a citation in its sentence, ``citation-without-dataset`` for
    "(…, year)" that names no known dataset code.
    """

    def line_at(pos: int) -> int:
        return first_line + text.count("\n", 0, pos)

    problems: list[tuple[int, str, str]] = []
    citations = _citations(text, datasets)
    masked = list(text)
    for m, _year, codes in citations:
        masked[m.start() : m.end()] = " " * (m.end() - m.start())
        if not codes:
            problems.append(
                (
                    line_at(m.start()),
                    "citation-without-dataset",
                    f"citation {m.group(0)!r} names no known dataset code",
                )
            )
    plain = "".join(masked)
    numbers: list[QuotedNumber] = []
    for start, end in _sentences(text):
        cites = [(m.start(), y, c) for m, y, c in citations if start <= m.start() < end and c]
        for m in _NUMBER.finditer(plain, start, end):
            number = _figure(m, plain, cited=bool(cites))
            if number is None:
                continue
            after = [c for c in cites if c[0] > m.start()]
            before = [c for c in cites if c[0] < m.start()]
            chosen = after[0] if after else (before[-1] if before else None)
            line = line_at(m.start())
            if chosen is None:
                problems.append(
                    (
                        line,
                        "uncited-number",
                        f"the figure '{m.group(0).strip()}' has no '(publisher dataset, year)' "
                        "citation in its sentence",
                    )
                )
            value, decimals, pct, mil = number
            numbers.append(
                QuotedNumber(
                    text=m.group(0).strip(),
                    value=value,
                    decimals=decimals,
                    percent=pct,
                    million=mil,
                    datasets=chosen[2] if chosen else (),
                    year=chosen[1] if chosen else None,
                    line=line,
                )
            )
    return numbers, problems


def _figure(m: re.Match[str], text: str, cited: bool) -> tuple[Decimal, int, bool, bool] | None:
    """(value, decimals, percent, million) if the match is a figure, None otherwise.

    Small whole numbers (one or two digits) count as figures only in a sentence that has a
    citation, and never when a month name follows (a date)."""
    integer, dec = m.group("int"), m.group("dec") or ""
    pct, mil = bool(m.group("pct")), bool(m.group("mil"))
    if _PER_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
        return None  # "per 100,000 inhabitants" is a unit, not a figure
    digits = integer.replace(",", "")
    plain_int = not dec and not pct and not mil and "," not in integer
    if plain_int and len(digits) == 4 and 1900 <= int(digits) <= 2100:
        return None  # a year
    if (
        plain_int
        and len(digits) < 3
        and (not cited or _MONTH_AFTER.match(text[m.end() : m.end() + 12]))
    ):
        return None  # small counts and days of the month
    try:
        value = Decimal(digits + dec)
    except InvalidOperation:  # pragma: no cover - the regex only lets digits through
        return None
    decimals = len(dec) - 1 if dec else 0
    if mil:
        value *= 1_000_000
    return value, decimals, pct, mil


def quoted_numbers(text: str, datasets: set[str] | None = None) -> list[QuotedNumber]:
    """The figures of a profile text with the citation each belongs to."""
    return scan_profile(text, 1, datasets)[0]


def shown_value(value: float, number: QuotedNumber) -> Decimal:
    """``value`` rounded the way ``number`` is written (half up; millions for "million")."""
    scaled = Decimal(repr(value)) / (1_000_000 if number.million else 1)
    exponent = Decimal(1).scaleb(-number.decimals)
    result = scaled.quantize(exponent, rounding=ROUND_HALF_UP)
    return result * (1_000_000 if number.million else 1)


# -- the check against the statistics store ---------------------------------------------


def check_numbers(sheet: Factsheet, store: Any) -> list[Issue]:
    """Every quoted figure must equal a stored value of ``sheet.country`` for the cited
    dataset and year (percent figures only percent indicators, the others the rest)."""
    issues = IssueList(sheet.path)
    indicators = store.indicators()
    for number in sheet.numbers:
        if number.year is None or not number.datasets:
            continue  # already reported as uncited
        candidates = [
            ind
            for ind in indicators
            if {c.strip() for c in ind.dataset.split(",")} & set(number.datasets)
            and (ind.unit == "percent") == number.percent
        ]
        found: list[str] = []
        matched = False
        for ind in candidates:
            for obs in store.series(ind.id, sheet.country):
                if obs.year != number.year or obs.value is None:
                    continue
                found.append(f"{ind.id} = {obs.value:g}")
                if shown_value(obs.value, number) == number.value:
                    matched = True
        if matched:
            continue
        where = f"{', '.join(number.datasets)} {sheet.country} {number.year}"
        if found:
            issues.error(
                number.line,
                "number-mismatch",
                f"'{number.text}' does not match the statistics store for {where} "
                f"({'; '.join(found)})",
            )
        else:
            issues.error(
                number.line,
                "number-no-data",
                f"'{number.text}': the statistics store has no value for {where}",
            )
    return list(issues)


def check_factsheets(root: Path) -> list[Issue]:
    """All problems of ``root/resources/factsheets``, including figures that do not match
    ``root/resources/statistics``; sorted by file and line."""
    resources = Path(root) / "resources"
    sheets, issues = load_factsheets(resources)
    if sheets:
        try:
            from destination_europe.core.statistics import DataError, StatisticsStore

            store = StatisticsStore.load(resources / "statistics")
        except (DataError, OSError, yaml.YAMLError, ValueError) as exc:
            issues.append(
                Issue(
                    str(resources / "statistics"),
                    1,
                    "warning",
                    "statistics-unavailable",
                    f"figures in the factsheets cannot be checked: {exc}",
                )
            )
        else:
            for sheet in sheets.values():
                issues.extend(check_numbers(sheet, store))
        from destination_europe.core.factsheet_i18n import check_translations

        issues.extend(check_translations(resources, sheets))
    unique = {(i.path, i.line, i.severity, i.code, i.message): i for i in issues}
    return sorted(unique.values(), key=lambda i: (i.path, i.line, i.severity, i.code, i.message))


def factsheet_stats(root: Path) -> dict[str, Any]:
    """Counts for ``content-stats``: factsheets, members/observers, authorities by role,
    sources, quoted figures, and the shortest and longest profile in words."""
    sheets, _ = load_factsheets(Path(root) / "resources")
    words = [s.word_count for s in sheets.values()]
    roles = dict.fromkeys(ROLES, 0)
    for sheet in sheets.values():
        for a in sheet.authorities:
            if a.role in roles:
                roles[a.role] += 1
    return {
        "count": len(sheets),
        "members": sum(1 for s in sheets.values() if s.emn_status == "member"),
        "observers": sum(1 for s in sheets.values() if s.emn_status == "observer"),
        "authorities": roles,
        "sources": sum(len(s.sources) for s in sheets.values()),
        "quoted_figures": sum(len(s.numbers) for s in sheets.values()),
        "words_min": min(words, default=0),
        "words_max": max(words, default=0),
        "translations": _translation_counts(Path(root) / "resources", sheets),
    }


def _translation_counts(resources: Path, sheets: dict[str, Factsheet]) -> dict[str, int]:
    """Usable translated profiles per language (those the checker accepts)."""
    from destination_europe.core.factsheet_i18n import load_translations
    from destination_europe.core.languages import DEFAULT_LANGUAGE, LANGUAGES

    return {
        lang: len(load_translations(resources, lang, sheets)[0])
        for lang in LANGUAGES
        if lang != DEFAULT_LANGUAGE
    }


# -- reference files ---------------------------------------------------------------------


def _emn_countries(resources_dir: Path, issues: list[Issue]) -> dict[str, str] | None:
    """ISO2 → "member"/"observer" from countries.csv; None (with a warning) if unreadable."""
    from destination_europe.core.countries import load_countries
    from destination_europe.core.statistics import DataError

    try:
        countries = load_countries(resources_dir)
    except (OSError, DataError) as exc:
        issues.append(
            Issue(
                str(resources_dir / "reference" / "countries.csv"),
                1,
                "warning",
                "no-countries",
                f"countries.csv cannot be read, country codes are not checked: {exc}",
            )
        )
        return None
    status = {"eu-member": "member", "observer": "observer"}
    return {c.iso2: status[c.status] for c in countries.emn}


def _known_datasets(resources_dir: Path) -> set[str] | None:
    """Dataset codes named in ``statistics/indicators.yaml``; None if it cannot be read."""
    path = resources_dir / "statistics" / "indicators.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    codes: set[str] = set()
    for item in data if isinstance(data, list) else []:
        if isinstance(item, dict) and isinstance(item.get("dataset"), str):
            codes.update(c.strip() for c in item["dataset"].split(",") if c.strip())
    return codes or None


def sources_for(sheet: Factsheet, ids: Iterable[str]) -> list[Source]:
    """The sources of ``sheet`` with the given ids, in file order."""
    wanted = set(ids)
    return [s for s in sheet.sources if s.id in wanted]
