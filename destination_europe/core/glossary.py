"""The glossary: EMN-style entries (term, definition, sources, relations, equivalents).

Data lives in ``resources/glossary/*.yaml``: every ``*.yaml`` file of the folder is read
(the shipped entries are grouped by theme group, plus the first entries in per-letter
files), each a YAML list of entries. ``load_glossary`` never raises; every problem is an
Issue with file and line: malformed entries, duplicate ids, duplicate preferred terms,
empty definitions, missing sources, equivalents in a language that is not one of the
app's 13. Relations (unknown ids, broader/narrower and related that are not reciprocal,
broader cycles) are checked by :func:`check_glossary_relations`.

Every equivalent is a draft until a terminologist reviewed it: ``reviewed`` lists the
languages whose equivalents were reviewed (:meth:`GlossaryEntry.is_reviewed`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from destination_europe.core.content.fields import ID_RE, Fields
from destination_europe.core.content.issues import Issue, IssueList
from destination_europe.core.content.yamlsource import LineDict, load_yaml
from destination_europe.core.languages import LANGUAGES

ENTRY_KEYS = {
    "id",
    "term",
    "definition",
    "sources",
    "notes",
    "synonyms",
    "variants",
    "broader",
    "narrower",
    "related",
    "themes",
    "equivalents",
    "case_sensitive",
    "reviewed",
}
RELATION_KEYS = ("broader", "narrower", "related")


@dataclass
class GlossaryEntry:
    id: str
    term: str
    definition: str
    sources: list[str] = field(default_factory=list)
    notes: str = ""
    synonyms: list[str] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # inflected forms used for linking
    broader: list[str] = field(default_factory=list)
    narrower: list[str] = field(default_factory=list)
    related: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    equivalents: dict[str, str] = field(default_factory=dict)  # lang -> term
    case_sensitive: bool = False
    reviewed: list[str] = field(default_factory=list)  # languages whose equivalent was reviewed
    path: str = ""
    line: int = 1
    lines: dict[str, int] = field(default_factory=dict)  # field -> line, for the checker
    ref_lines: dict[tuple[str, str], int] = field(default_factory=dict)  # (key, id) -> line

    def equivalent(self, lang: str) -> str:
        """The term in ``lang``: the equivalent, or the preferred term for English."""
        found = self.equivalents.get(lang, "")
        if not found and lang == "en":
            return self.term
        return found

    def is_reviewed(self, lang: str) -> bool:
        """Whether the equivalent in ``lang`` was reviewed (otherwise it is a draft)."""
        return lang in self.reviewed

    def relations(self) -> list[tuple[str, str]]:
        """``(kind, id)`` for every broader, narrower and related id, in that order."""
        return [(key, other) for key in RELATION_KEYS for other in getattr(self, key)]

    def forms(self) -> list[str]:
        """Every form that links to this entry: the term, synonyms and variants."""
        seen: dict[str, None] = {}
        for form in [self.term, *self.synonyms, *self.variants]:
            if form.strip():
                seen.setdefault(form.strip(), None)
        return list(seen)

    def short_definition(self, limit: int = 220) -> str:
        text = " ".join(self.definition.split())
        if len(text) <= limit:
            return text
        cut = text[:limit].rsplit(" ", 1)[0]
        return cut + "…"


class Glossary:
    """Entries by id, in a stable order (by id). Compared by identity."""

    def __init__(self, entries: list[GlossaryEntry] | None = None) -> None:
        self._entries: dict[str, GlossaryEntry] = {}
        for entry in sorted(entries or [], key=lambda e: e.id):
            self._entries.setdefault(entry.id, entry)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[GlossaryEntry]:
        return iter(self._entries.values())

    def __contains__(self, term_id: object) -> bool:
        return term_id in self._entries

    def get(self, term_id: str) -> GlossaryEntry | None:
        return self._entries.get(term_id)

    def ids(self) -> list[str]:
        return list(self._entries)


def load_glossary(folder: Path) -> tuple[Glossary, list[Issue]]:
    """Load every ``*.yaml`` file of ``folder`` (sorted by name)."""
    issues: list[Issue] = []
    entries: list[GlossaryEntry] = []
    first_seen: dict[str, str] = {}
    terms_seen: dict[str, str] = {}
    if not folder.is_dir():
        return Glossary(), [
            Issue(str(folder), 1, "warning", "no-glossary", "glossary folder not found")
        ]
    for path in sorted(folder.glob("*.yaml")):
        file_issues = IssueList(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            file_issues.error(1, "unreadable", f"cannot read the file: {exc}")
            issues.extend(file_issues)
            continue
        data, problems = load_yaml(text, str(path))
        file_issues.extend(problems)
        if data is None and not problems:
            data = []
        if data is not None and not isinstance(data, list):
            file_issues.error(1, "not-a-list", "a glossary file must be a YAML list of entries")
            data = []
        for index, raw in enumerate(data or []):
            line = data.line_of(index) if hasattr(data, "line_of") else 1
            entry = _parse_entry(raw, line, str(path), file_issues)
            if entry is None:
                continue
            if entry.id in first_seen:
                file_issues.error(
                    entry.line,
                    "duplicate-id",
                    f"glossary id '{entry.id}' is already defined in {first_seen[entry.id]}",
                )
                continue
            first_seen[entry.id] = f"{path.name}:{entry.line}"
            folded = " ".join(entry.term.casefold().split())
            if folded and folded in terms_seen:
                file_issues.error(
                    entry.lines.get("term", entry.line),
                    "duplicate-term",
                    f"glossary entry '{entry.id}': the preferred term '{entry.term}' is already "
                    f"the term of '{terms_seen[folded]}'",
                )
            elif folded:
                terms_seen[folded] = entry.id
            entries.append(entry)
        issues.extend(file_issues)
    return Glossary(entries), issues


def _parse_entry(raw: object, line: int, path: str, issues: IssueList) -> GlossaryEntry | None:
    f = Fields(raw, issues, line, "glossary entry")
    if not f.ok:
        return None
    f.unknown_keys(ENTRY_KEYS)
    entry_id = f.ident("id")
    if not entry_id or not ID_RE.match(entry_id):
        return None
    f.what = f"glossary entry '{entry_id}'"
    entry = GlossaryEntry(
        id=entry_id,
        term=f.text("term", required=True),
        definition=f.text("definition", required=True),
        notes=f.text("notes"),
        case_sensitive=f.boolean("case_sensitive"),
        path=path,
        line=f.line,
    )
    entry.sources = [t for t, _ in f.text_list("sources", required=True)]
    raw_sources = f.data.get("sources")
    if isinstance(raw_sources, list) and raw_sources and not entry.sources:
        issues.error(f.line_of("sources"), "empty-field", f"{f.what}: 'sources' is empty")
    entry.synonyms = [t for t, _ in f.text_list("synonyms")]
    entry.variants = [t for t, _ in f.text_list("variants")]
    for key in RELATION_KEYS:
        ids: list[str] = []
        for value, vline in f.text_list(key):
            if not ID_RE.match(value):
                issues.error(vline, "bad-id", f"{f.what}: {key} {value!r} is not a glossary id")
                continue
            if value in ids:
                issues.error(vline, "duplicate-relation", f"{f.what}: {key} lists {value!r} twice")
                continue
            ids.append(value)
            entry.ref_lines[(key, value)] = vline
        setattr(entry, key, ids)
    for value, vline in f.text_list("reviewed"):
        if value not in LANGUAGES:
            issues.error(
                vline,
                "unknown-language",
                f"{f.what}: reviewed language {value!r} is not one of the app's languages",
            )
        elif value not in entry.reviewed:
            entry.reviewed.append(value)
    entry.themes = [t for t, _ in f.text_list("themes")]
    entry.lines = {str(k): f.line_of(str(k)) for k in f.data}
    raw_eq = f.data.get("equivalents")
    if raw_eq is not None:
        if not isinstance(raw_eq, dict):
            issues.error(
                f.line_of("equivalents"),
                "bad-type",
                f"{f.what}: 'equivalents' must map language codes to terms",
            )
        else:
            for lang, term in raw_eq.items():
                eline = raw_eq.lines.get(lang, f.line) if isinstance(raw_eq, LineDict) else f.line
                if str(lang) not in LANGUAGES:
                    issues.error(
                        eline,
                        "unknown-language",
                        f"{f.what}: equivalent language {lang!r} is not one of the app's languages",
                    )
                    continue
                if not isinstance(term, str) or not term.strip():
                    issues.error(
                        eline, "bad-type", f"{f.what}: equivalent for {lang!r} must be text"
                    )
                    continue
                entry.equivalents[str(lang)] = term.strip()
    for lang in entry.reviewed:
        if lang != "en" and lang not in entry.equivalents:
            issues.warning(
                f.line_of("reviewed"),
                "reviewed-missing-equivalent",
                f"{f.what}: '{lang}' is marked reviewed but has no equivalent",
            )
    return entry


_INVERSE = {"broader": "narrower", "narrower": "broader", "related": "related"}


def check_glossary_relations(glossary: Glossary) -> list[Issue]:
    """Relations between entries, as errors at the line of the offending id:

    ``unknown-term`` (no such entry), ``self-relation``, ``relation-not-reciprocal``
    (A broader B needs B narrower A, and the other way round; A related B needs B related A),
    ``relation-conflict`` (the same id in two relation lists of one entry) and
    ``broader-cycle`` (following broader terms leads back to the entry).
    """
    issues: list[Issue] = []

    def add(entry: GlossaryEntry, key: str, other: str, code: str, message: str) -> None:
        line = entry.ref_lines.get((key, other), entry.lines.get(key, entry.line))
        issues.append(
            Issue(entry.path, line, "error", code, f"glossary entry '{entry.id}' {message}")
        )

    for entry in glossary:
        seen_in: dict[str, str] = {}
        for key, other_id in entry.relations():
            if other_id == entry.id:
                add(entry, key, other_id, "self-relation", f"lists itself as {key}")
                continue
            if other_id in seen_in:
                add(
                    entry,
                    key,
                    other_id,
                    "relation-conflict",
                    f"lists '{other_id}' both as {seen_in[other_id]} and as {key}",
                )
            seen_in.setdefault(other_id, key)
            other = glossary.get(other_id)
            if other is None:
                add(
                    entry, key, other_id, "unknown-term", f"{key} '{other_id}' is not a glossary id"
                )
                continue
            inverse = _INVERSE[key]
            if entry.id not in getattr(other, inverse):
                add(
                    entry,
                    key,
                    other_id,
                    "relation-not-reciprocal",
                    f"has {key} '{other_id}', but '{other_id}' does not list '{entry.id}' as {inverse}",
                )
    issues.extend(_broader_cycles(glossary))
    return issues


def _broader_cycles(glossary: Glossary) -> list[Issue]:
    """One issue per entry that reaches itself by following broader terms."""
    issues: list[Issue] = []
    for entry in glossary:
        stack = list(entry.broader)
        seen: set[str] = set()
        while stack:
            current = stack.pop()
            if current == entry.id:
                issues.append(
                    Issue(
                        entry.path,
                        entry.lines.get("broader", entry.line),
                        "error",
                        "broader-cycle",
                        f"glossary entry '{entry.id}' is its own broader term through a chain of broader terms",
                    )
                )
                break
            if current in seen:
                continue
            seen.add(current)
            other = glossary.get(current)
            if other is not None:
                stack.extend(other.broader)
    return issues
