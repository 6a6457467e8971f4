"""The glossary: EMN-style entries (term, definition, sources, relations, equivalents).

Data lives in ``resources/glossary/*.yaml`` — one file per initial letter, each a YAML
list of entries. ``load_glossary`` never raises; every problem is an Issue with file and
line. Relations are checked by :func:`check_glossary_relations`.
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
}


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
    path: str = ""
    line: int = 1
    lines: dict[str, int] = field(default_factory=dict)  # field -> line, for the checker

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
    entry.synonyms = [t for t, _ in f.text_list("synonyms")]
    entry.variants = [t for t, _ in f.text_list("variants")]
    for key in ("broader", "narrower", "related"):
        ids: list[str] = []
        for value, vline in f.text_list(key):
            if not ID_RE.match(value):
                issues.error(vline, "bad-id", f"{f.what}: {key} {value!r} is not a glossary id")
                continue
            ids.append(value)
        setattr(entry, key, ids)
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
                    issues.warning(
                        eline,
                        "unknown-language",
                        f"{f.what}: equivalent language {lang!r} is not one of the app's languages",
                    )
                if not isinstance(term, str) or not term.strip():
                    issues.error(
                        eline, "bad-type", f"{f.what}: equivalent for {lang!r} must be text"
                    )
                    continue
                entry.equivalents[str(lang)] = term.strip()
    return entry


def check_glossary_relations(glossary: Glossary) -> list[Issue]:
    """Unknown ids in broader/narrower/related, and broader/narrower that are not reciprocal."""
    issues: list[Issue] = []
    for entry in glossary:
        for key in ("broader", "narrower", "related"):
            line = entry.lines.get(key, entry.line)
            for other in getattr(entry, key):
                if other not in glossary:
                    issues.append(
                        Issue(
                            entry.path,
                            line,
                            "error",
                            "unknown-term",
                            f"glossary entry '{entry.id}': {key} '{other}' is not a glossary id",
                        )
                    )
                elif other == entry.id:
                    issues.append(
                        Issue(
                            entry.path,
                            line,
                            "error",
                            "self-relation",
                            f"glossary entry '{entry.id}' lists itself as {key}",
                        )
                    )
        for other_id in entry.broader:
            other = glossary.get(other_id)
            if other is not None and entry.id not in other.narrower:
                issues.append(
                    Issue(
                        entry.path,
                        entry.lines.get("broader", entry.line),
                        "error",
                        "relation-not-reciprocal",
                        f"glossary entry '{entry.id}' has broader '{other_id}', but '{other_id}' does not list '{entry.id}' as narrower",
                    )
                )
        for other_id in entry.narrower:
            other = glossary.get(other_id)
            if other is not None and entry.id not in other.broader:
                issues.append(
                    Issue(
                        entry.path,
                        entry.lines.get("narrower", entry.line),
                        "error",
                        "relation-not-reciprocal",
                        f"glossary entry '{entry.id}' has narrower '{other_id}', but '{other_id}' does not list '{entry.id}' as broader",
                    )
                )
    return issues
