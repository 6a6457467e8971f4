"""Load and validate the game files in ``resources/game/``.

``load_game(root)`` never raises: every problem becomes an :class:`Issue` naming the file
and line, like the lesson checker. ``check_game(root)`` returns only the issues (with the
story-rule analysis of :mod:`.stories`), ``game_stats(root)`` the counts that
``content-stats`` reports.

Files: ``roles.yaml``, ``rounds.yaml``, ``cards.yaml``, ``characters.yaml``,
``stories.yaml``, ``debrief.yaml`` (format: docs/GAME.md), and the translated role and card
texts in ``i18n/<lang>/`` (:mod:`.translations`).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import Any

from destination_europe.core.content.fields import Fields
from destination_europe.core.content.issues import Issue, IssueList
from destination_europe.core.content.yamlsource import load_yaml

from .model import (
    CHARACTER_KINDS,
    GOAL_KINDS,
    INDICATORS,
    LEVELS,
    ROLE_KINDS,
    Card,
    Character,
    Condition,
    DebriefRound,
    Fragment,
    GameContent,
    Goal,
    NewsFlash,
    Role,
    Round,
    SecretPriority,
)
from .translations import check_translations, is_translation_issue, translate_content

GAME_FOLDER = ("resources", "game")
FILES = (
    "roles.yaml",
    "rounds.yaml",
    "cards.yaml",
    "characters.yaml",
    "stories.yaml",
    "debrief.yaml",
)
LEGAL_STATUSES = ("existing", "national", "needs-law")
MIN_ROLES = 8
MIN_CARDS_PER_ROUND = 8
MIN_MIGRANT_CHARACTERS = 4
MAX_FILE_BYTES = 2_000_000


class GameContentError(Exception):
    """The game files have errors; ``issues`` lists them."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = issues
        first = issues[0].format() if issues else "no game content"
        super().__init__(f"{len(issues)} error(s) in the game files; first: {first}")


def game_folder(root: Path) -> Path:
    return root.joinpath(*GAME_FOLDER)


def _read(path: Path, issues: IssueList) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            issues.error(1, "file-too-large", f"the file is larger than {MAX_FILE_BYTES} bytes")
            return None
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        issues.error(1, "missing-file", f"game file {path.name} is missing")
        return None
    except UnicodeDecodeError:
        issues.error(1, "not-utf8", "the file is not UTF-8 text")
        return None
    except OSError as exc:
        issues.error(1, "unreadable", f"cannot read the file: {exc.strerror or exc}")
        return None
    data, problems = load_yaml(text, str(path))
    issues.extend(problems)
    return data


def _list_of(data: Any, key: str, issues: IssueList) -> list[tuple[Any, int]]:
    """Items of a top-level list (or of ``data[key]`` when the file is a mapping)."""
    if data is None:
        return []
    if isinstance(data, dict) and key in data:
        f = Fields(data, issues, 1, key)
        return f.items(key, required=True)
    if isinstance(data, list):
        lines = getattr(data, "lines", [])
        return [(v, lines[i] if i < len(lines) else 1) for i, v in enumerate(data)]
    issues.error(getattr(data, "line", 1), "not-a-list", f"expected a list of {key}")
    return []


def _ids(f: Fields, key: str) -> tuple[tuple[str, int], ...]:
    return tuple(f.text_list(key))


def load_statistics_units(root: Path) -> dict[str, str] | None:
    """``{indicator id: unit}`` from resources/statistics/indicators.yaml, None if absent."""
    path = root / "resources" / "statistics" / "indicators.yaml"
    if not path.is_file():
        return None
    data, _ = load_yaml(path.read_text(encoding="utf-8"), str(path))
    if isinstance(data, dict):
        data = data.get("indicators")
    units: dict[str, str] = {}
    for item in data if isinstance(data, list) else []:
        if isinstance(item, dict) and item.get("id"):
            units[str(item["id"])] = str(item.get("unit") or "")
    return units


def load_country_codes(root: Path) -> tuple[str, ...]:
    """ISO-2 codes of the 35 EMN countries (resources/reference/countries.csv)."""
    path = root / "resources" / "reference" / "countries.csv"
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return tuple(row["iso2"] for row in csv.DictReader(handle) if row.get("iso2"))
    except (OSError, KeyError, csv.Error):
        return ()


_GLOSSARY_ID = re.compile(r"^-\s+id:\s*['\"]?([a-z0-9]+(?:-[a-z0-9]+)*)['\"]?\s*$", re.M)


def _glossary_ids(root: Path) -> set[str] | None:
    """Ids of the glossary entries (``- id: …`` lines of resources/glossary/*.yaml).

    A scan rather than a full parse: the glossary is large and the game only needs its ids
    (the glossary's own checker validates the entries).
    """
    folder = root / "resources" / "glossary"
    if not folder.is_dir():
        return None
    ids: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        try:
            ids.update(_GLOSSARY_ID.findall(path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError):
            continue
    return ids


class _Loader:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.folder = game_folder(root)
        self.lists: list[IssueList] = []
        self.extra: list[Issue] = []
        self.refs: list[tuple[str, int, str, str, str]] = []  # path, line, kind, id, context

    def file(self, name: str) -> tuple[Any, IssueList]:
        issues = IssueList(self.folder / name)
        data = _read(self.folder / name, issues)
        self.lists.append(issues)
        return data, issues

    @property
    def issues(self) -> list[Issue]:
        return [i for lst in self.lists for i in lst] + self.extra

    def ref(self, issues: IssueList, line: int, kind: str, ident: str, context: str) -> None:
        self.refs.append((issues.path, line, kind, ident, context))

    # -- roles -----------------------------------------------------------------------
    def roles(self) -> dict[str, Role]:
        data, issues = self.file("roles.yaml")
        roles: dict[str, Role] = {}
        for raw, line in _list_of(data, "roles", issues):
            f = Fields(raw, issues, line, "role")
            if not f.ok:
                continue
            f.unknown_keys(
                {
                    "id",
                    "name",
                    "kind",
                    "level",
                    "public_brief",
                    "interests",
                    "constraints",
                    "secret",
                    "weights",
                }
            )
            role_id = f.ident("id")
            what = f"role '{role_id}'"
            kind = f.text("kind", required=True)
            if kind and kind not in ROLE_KINDS:
                issues.error(
                    f.line_of("kind"),
                    "bad-value",
                    f"{what}: kind must be one of {', '.join(ROLE_KINDS)}",
                )
            level = f.text("level", required=True)
            if level and level not in LEVELS:
                issues.error(
                    f.line_of("level"),
                    "bad-value",
                    f"{what}: level must be one of {', '.join(LEVELS)}",
                )
            weights = self.indicator_map(f, "weights", issues, what, low=-3, high=3, required=True)
            secret = self.secret(f, issues, what)
            if role_id in roles:
                issues.error(f.line, "duplicate-id", f"role id '{role_id}' is used twice")
            roles[role_id] = Role(
                id=role_id,
                name=f.text("name", required=True),
                kind=kind,
                level=level,
                public_brief=f.text("public_brief", required=True),
                interests=tuple(t for t, _ in f.text_list("interests", required=True)),
                constraints=tuple(t for t, _ in f.text_list("constraints", required=True)),
                secret=secret,
                weights=weights,
                path=issues.path,
                line=f.line,
            )
        if len(roles) < MIN_ROLES:
            issues.error(
                1, "too-few-roles", f"the game needs at least {MIN_ROLES} roles, found {len(roles)}"
            )
        return roles

    def secret(self, f: Fields, issues: IssueList, what: str) -> SecretPriority:
        if not f.has("secret"):
            f._missing("secret", True)
            return SecretPriority("", ())
        s = Fields(f.data["secret"], issues, f.line_of("secret"), f"{what} secret")
        if not s.ok:
            return SecretPriority("", ())
        s.unknown_keys({"text", "goals"})
        goals: list[Goal] = []
        for raw, line in s.items("goals", required=True):
            g = Fields(raw, issues, line, f"{what} goal")
            if not g.ok:
                continue
            g.unknown_keys({"kind", "points", "indicator", "value", "cards", "count"})
            kind = g.text("kind", required=True)
            if kind and kind not in GOAL_KINDS:
                issues.error(
                    g.line_of("kind"),
                    "bad-value",
                    f"{what}: goal kind must be one of {', '.join(GOAL_KINDS)}",
                )
            points = g.integer("points", required=True, minimum=1)
            indicator = g.text("indicator")
            cards = _ids(g, "cards")
            if kind.startswith("indicator"):
                if indicator not in INDICATORS:
                    issues.error(
                        g.line_of("indicator"),
                        "unknown-game-indicator",
                        f"{what}: goal indicator '{indicator}' is not one of {', '.join(INDICATORS)}",
                    )
                if not g.has("value"):
                    g._missing("value", True)
            elif kind.startswith("cards"):
                if not cards:
                    issues.error(g.line, "missing-field", f"{what}: goal '{kind}' needs 'cards'")
                for card, cline in cards:
                    self.ref(issues, cline, "card", card, f"{what} goal")
            count = g.integer("count", minimum=0)
            if cards and count > len(cards):
                issues.error(
                    g.line_of("count"),
                    "bad-value",
                    f"{what}: goal count is larger than its card list",
                )
            goals.append(
                Goal(
                    kind=kind,
                    points=points,
                    indicator=indicator,
                    value=g.integer("value"),
                    cards=tuple(c for c, _ in cards),
                    count=count,
                    line=g.line,
                )
            )
        return SecretPriority(text=s.text("text", required=True), goals=tuple(goals))

    def indicator_map(
        self,
        f: Fields,
        key: str,
        issues: IssueList,
        what: str,
        *,
        low: int,
        high: int,
        required: bool,
    ) -> dict[str, int]:
        if not f.has(key):
            f._missing(key, required)
            return {}
        raw = f.data[key]
        m = Fields(raw, issues, f.line_of(key), f"{what} {key}")
        out: dict[str, int] = {}
        if not m.ok:
            return out
        for name in m.data:
            if name not in INDICATORS:
                issues.error(
                    m.line_of(name),
                    "unknown-game-indicator",
                    f"{what}: '{name}' in {key} is not one of {', '.join(INDICATORS)}",
                )
                continue
            value = m.integer(str(name), required=True)
            if not low <= value <= high:
                issues.error(
                    m.line_of(name),
                    "bad-value",
                    f"{what}: {key}.{name} must be between {low} and {high}",
                )
            out[str(name)] = value
        return out

    # -- rounds ----------------------------------------------------------------------
    def rounds(self, units: dict[str, str] | None) -> tuple[Round, ...]:
        data, issues = self.file("rounds.yaml")
        rounds: list[Round] = []
        for raw, line in _list_of(data, "rounds", issues):
            f = Fields(raw, issues, line, "round")
            if not f.ok:
                continue
            f.unknown_keys(
                {
                    "id",
                    "level",
                    "title",
                    "situation",
                    "news",
                    "lead_role",
                    "budget",
                    "capital",
                    "statistics",
                }
            )
            round_id = f.ident("id")
            what = f"round '{round_id}'"
            level = f.text("level", required=True)
            expected = LEVELS[len(rounds)] if len(rounds) < len(LEVELS) else None
            if level != expected:
                issues.error(
                    f.line_of("level"),
                    "bad-value",
                    f"{what}: round {len(rounds) + 1} must have level '{expected}' (EU, national, city in order)",
                )
            news: list[NewsFlash] = []
            for item, nline in f.items("news", required=True):
                n = Fields(item, issues, nline, f"{what} news flash")
                if n.ok:
                    n.unknown_keys({"id", "text"})
                    news.append(
                        NewsFlash(id=n.ident("id"), text=n.text("text", required=True), line=n.line)
                    )
            lead = f.text("lead_role", required=True)
            self.ref(issues, f.line_of("lead_role"), "role", lead, what)
            statistics = _ids(f, "statistics")
            if not statistics:
                issues.error(
                    f.line, "missing-field", f"{what}: missing 'statistics' (indicator ids to show)"
                )
            for ident, sline in statistics:
                if units is None:
                    issues.warning(
                        sline,
                        "indicators-unknown",
                        f"{what}: statistics indicator '{ident}' cannot be checked",
                    )
                elif ident not in units:
                    issues.error(
                        sline,
                        "unknown-indicator",
                        f"{what}: unknown statistics indicator '{ident}'",
                    )
            if (
                units is not None
                and statistics
                and not any(units.get(i) in ("percent", "per-100k") for i, _ in statistics)
            ):
                issues.error(
                    f.line_of("statistics"),
                    "no-composite-statistics",
                    f"{what}: list at least one rate (percent or per-100k) so the composite Member State has data",
                )
            rounds.append(
                Round(
                    id=round_id,
                    level=level,
                    number=len(rounds) + 1,
                    title=f.text("title", required=True),
                    situation=f.text("situation", required=True),
                    news=tuple(news),
                    lead_role=lead,
                    budget=f.integer("budget", required=True, minimum=0),
                    capital=f.integer("capital", required=True, minimum=0),
                    statistics=tuple(i for i, _ in statistics),
                    path=issues.path,
                    line=f.line,
                )
            )
        if len(rounds) != len(LEVELS):
            issues.error(
                1,
                "wrong-round-count",
                f"the game has {len(LEVELS)} rounds (EU, national, city), found {len(rounds)}",
            )
        seen: set[str] = set()
        for r in rounds:
            if r.id in seen:
                issues.error(r.line, "duplicate-id", f"round id '{r.id}' is used twice")
            seen.add(r.id)
        return tuple(rounds)

    # -- cards -----------------------------------------------------------------------
    def cards(self, round_ids: set[str]) -> dict[str, Card]:
        data, issues = self.file("cards.yaml")
        cards: dict[str, Card] = {}
        for raw, line in _list_of(data, "cards", issues):
            f = Fields(raw, issues, line, "card")
            if not f.ok:
                continue
            f.unknown_keys(
                {
                    "id",
                    "round",
                    "title",
                    "description",
                    "legal_basis",
                    "legal_status",
                    "cost",
                    "effects",
                    "excludes",
                    "glossary",
                }
            )
            card_id = f.ident("id")
            what = f"card '{card_id}'"
            round_id = f.text("round", required=True)
            if round_id and round_id not in round_ids:
                issues.error(
                    f.line_of("round"), "unknown-round", f"{what}: unknown round '{round_id}'"
                )
            status = f.text("legal_status", required=True)
            if status and status not in LEGAL_STATUSES:
                issues.error(
                    f.line_of("legal_status"),
                    "bad-value",
                    f"{what}: legal_status must be one of {', '.join(LEGAL_STATUSES)}",
                )
            cost_budget = cost_capital = 0
            if f.has("cost"):
                c = Fields(f.data["cost"], issues, f.line_of("cost"), f"{what} cost")
                if c.ok:
                    c.unknown_keys({"budget", "capital"})
                    cost_budget = c.integer("budget", required=True, minimum=0)
                    cost_capital = c.integer("capital", required=True, minimum=0)
            else:
                f._missing("cost", True)
            effects = self.indicator_map(
                f, "effects", issues, what, low=-10, high=10, required=True
            )
            if f.has("effects") and not any(effects.values()):
                issues.error(
                    f.line_of("effects"),
                    "no-effect",
                    f"{what}: a card must change at least one indicator",
                )
            if effects and all(v >= 0 for v in effects.values()):
                issues.warning(
                    f.line_of("effects"),
                    "no-trade-off",
                    f"{what}: every effect is positive; a policy card should cost something",
                )
            excludes = _ids(f, "excludes")
            for other, eline in excludes:
                self.ref(issues, eline, "card", other, f"{what} excludes")
                if other == card_id:
                    issues.error(eline, "bad-value", f"{what}: a card cannot exclude itself")
            glossary = _ids(f, "glossary")
            for term, gline in glossary:
                self.ref(issues, gline, "term", term, what)
            if card_id in cards:
                issues.error(f.line, "duplicate-id", f"card id '{card_id}' is used twice")
            cards[card_id] = Card(
                id=card_id,
                round=round_id,
                title=f.text("title", required=True),
                description=f.text("description", required=True),
                legal_basis=f.text("legal_basis", required=True),
                legal_status=status,
                cost_budget=cost_budget,
                cost_capital=cost_capital,
                effects=effects,
                excludes=tuple(e for e, _ in excludes),
                glossary=tuple(g for g, _ in glossary),
                path=issues.path,
                line=f.line,
            )
        for round_id in sorted(round_ids):
            n = sum(1 for c in cards.values() if c.round == round_id)
            if n < MIN_CARDS_PER_ROUND:
                issues.error(
                    1,
                    "too-few-cards",
                    f"round '{round_id}' has {n} policy cards; at least {MIN_CARDS_PER_ROUND} are needed",
                )
        return cards

    # -- characters and stories -------------------------------------------------------
    def characters(self) -> dict[str, Character]:
        data, issues = self.file("characters.yaml")
        out: dict[str, Character] = {}
        for raw, line in _list_of(data, "characters", issues):
            f = Fields(raw, issues, line, "character")
            if not f.ok:
                continue
            f.unknown_keys({"id", "name", "kind", "age", "intro", "glossary"})
            char_id = f.ident("id")
            what = f"character '{char_id}'"
            kind = f.text("kind", required=True)
            if kind and kind not in CHARACTER_KINDS:
                issues.error(
                    f.line_of("kind"),
                    "bad-value",
                    f"{what}: kind must be one of {', '.join(CHARACTER_KINDS)}",
                )
            glossary = _ids(f, "glossary")
            for term, gline in glossary:
                self.ref(issues, gline, "term", term, what)
            if char_id in out:
                issues.error(f.line, "duplicate-id", f"character id '{char_id}' is used twice")
            out[char_id] = Character(
                id=char_id,
                name=f.text("name", required=True),
                kind=kind,
                age=f.integer("age", required=True, minimum=0),
                intro=f.text("intro", required=True),
                glossary=tuple(g for g, _ in glossary),
                path=issues.path,
                line=f.line,
            )
        migrants = sum(1 for c in out.values() if c.kind != "host-society")
        if migrants < MIN_MIGRANT_CHARACTERS:
            issues.error(
                1,
                "too-few-characters",
                f"at least {MIN_MIGRANT_CHARACTERS} migrant characters are needed",
            )
        if not any(c.kind == "host-society" for c in out.values()):
            issues.error(
                1,
                "no-host-voice",
                "one character must be a voice of the host society (kind: host-society)",
            )
        return out

    def fragments(self, characters: set[str], round_ids: set[str]) -> dict[str, Fragment]:
        data, issues = self.file("stories.yaml")
        out: dict[str, Fragment] = {}
        for raw, line in _list_of(data, "fragments", issues):
            f = Fields(raw, issues, line, "fragment")
            if not f.ok:
                continue
            f.unknown_keys(
                {"id", "character", "round", "when", "text", "source", "lesson", "glossary"}
            )
            frag_id = f.ident("id")
            what = f"fragment '{frag_id}'"
            character = f.text("character", required=True)
            if character and character not in characters:
                issues.error(
                    f.line_of("character"),
                    "unknown-character",
                    f"{what}: unknown character '{character}'",
                )
            round_id = f.text("round", required=True)
            if round_id and round_id not in round_ids:
                issues.error(
                    f.line_of("round"), "unknown-round", f"{what}: unknown round '{round_id}'"
                )
            when = Condition()
            if f.has("when"):
                w = Fields(f.data["when"], issues, f.line_of("when"), f"{what} when")
                if w.ok:
                    w.unknown_keys({"all", "any", "none"})
                    parts = {k: _ids(w, k) for k in ("all", "any", "none")}
                    for items in parts.values():
                        for card, cline in items:
                            self.ref(issues, cline, "card", card, what)
                    when = Condition(
                        *(tuple(c for c, _ in parts[k]) for k in ("all", "any", "none"))
                    )
                    if when.is_default:
                        issues.error(
                            w.line,
                            "empty-condition",
                            f"{what}: 'when' lists no cards; leave it out for a default",
                        )
            glossary = _ids(f, "glossary")
            for term, gline in glossary:
                self.ref(issues, gline, "term", term, what)
            if frag_id in out:
                issues.error(f.line, "duplicate-id", f"fragment id '{frag_id}' is used twice")
            out[frag_id] = Fragment(
                id=frag_id,
                character=character,
                round=round_id,
                when=when,
                text=f.text("text", required=True),
                source=f.text("source", required=True),
                lesson=f.text("lesson"),
                glossary=tuple(g for g, _ in glossary),
                path=issues.path,
                line=f.line,
            )
        return out

    def debrief(self, round_ids: list[str]) -> tuple[dict[str, DebriefRound], tuple[str, ...]]:
        data, issues = self.file("debrief.yaml")
        out: dict[str, DebriefRound] = {}
        closing: tuple[str, ...] = ()
        if data is None:
            return out, closing
        f = Fields(data, issues, 1, "debrief.yaml")
        if not f.ok:
            return out, closing
        f.unknown_keys({"rounds", "closing"})
        closing = tuple(t for t, _ in f.text_list("closing"))
        for raw, line in f.items("rounds", required=True):
            r = Fields(raw, issues, line, "debrief round")
            if not r.ok:
                continue
            r.unknown_keys({"round", "questions", "glossary"})
            round_id = r.text("round", required=True)
            if round_id not in round_ids:
                issues.error(
                    r.line_of("round"), "unknown-round", f"debrief: unknown round '{round_id}'"
                )
            glossary = _ids(r, "glossary")
            for term, gline in glossary:
                self.ref(issues, gline, "term", term, f"debrief round '{round_id}'")
            out[round_id] = DebriefRound(
                round=round_id,
                questions=tuple(t for t, _ in r.text_list("questions", required=True)),
                glossary=tuple(g for g, _ in glossary),
                path=issues.path,
                line=r.line,
            )
        for round_id in round_ids:
            if round_id not in out:
                issues.error(
                    1, "missing-debrief", f"debrief: no reflection questions for round '{round_id}'"
                )
        return out, closing

    def check_refs(self, roles: set[str], cards: set[str], glossary: set[str] | None) -> None:
        for path, line, kind, ident, context in self.refs:
            if kind == "role" and ident and ident not in roles:
                self.extra.append(
                    Issue(path, line, "error", "unknown-role", f"{context}: unknown role '{ident}'")
                )
            elif kind == "card" and ident not in cards:
                self.extra.append(
                    Issue(path, line, "error", "unknown-card", f"{context}: unknown card '{ident}'")
                )
            elif kind == "term":
                if glossary is None:
                    self.extra.append(
                        Issue(
                            path,
                            line,
                            "warning",
                            "glossary-unknown",
                            f"{context}: glossary term '{ident}' cannot be checked",
                        )
                    )
                elif ident not in glossary:
                    self.extra.append(
                        Issue(
                            path,
                            line,
                            "error",
                            "unknown-term",
                            f"{context}: '{ident}' is not a glossary id",
                        )
                    )


def load_game(root: Path, lang: str | None = None) -> tuple[GameContent, list[Issue]]:
    """Read every game file under ``root/resources/game``; return the content and issues.

    With ``lang`` (a language code), the role and card texts of
    ``resources/game/i18n/<lang>/`` are laid over the English ones, field by field (see
    :mod:`.translations`); the issues then include those of the translation files.
    """
    loader = _Loader(root)
    units = load_statistics_units(root)
    roles = loader.roles()
    rounds = loader.rounds(units)
    round_ids = [r.id for r in rounds]
    cards = loader.cards(set(round_ids))
    characters = loader.characters()
    fragments = loader.fragments(set(characters), set(round_ids))
    debrief, closing = loader.debrief(round_ids)
    loader.check_refs(set(roles), set(cards), _glossary_ids(root))
    content = GameContent(
        roles=roles,
        rounds=rounds,
        cards=cards,
        characters=characters,
        fragments=fragments,
        debrief=debrief,
        closing_questions=closing,
        statistics_units=units or {},
        countries=load_country_codes(root),
    )
    content, translation_issues = translate_content(content, root, lang)
    return content, loader.issues + translation_issues


def check_game(root: Path) -> list[Issue]:
    """Every problem in the game files, including the story rules, sorted by file and line.

    A content root without ``resources/game`` (e.g. a lessons-only pack) has no game to
    check and gives no issues; ``game check`` reports the missing folder itself. Every
    translation folder (``resources/game/i18n/<lang>/``) is checked too: unknown ids are
    errors, missing translations warnings.
    """
    from .stories import check_story_rules

    if not game_folder(root).is_dir():
        return []
    content, issues = load_game(root)
    if not any(i.code == "yaml-syntax" for i in issues):
        issues = issues + check_story_rules(content)
    issues = issues + check_translations(content, root)
    unique = {(i.path, i.line, i.severity, i.code, i.message): i for i in issues}
    return sorted(unique.values(), key=lambda i: (i.path, i.line, i.severity, i.code, i.message))


def load_game_or_raise(root: Path, lang: str | None = None) -> GameContent:
    """The content (texts in ``lang`` where translated), or :class:`GameContentError` if
    any English game file has an error.

    Problems in a translation file do not stop the game: what cannot be used falls back to
    English (``check_game`` and ``check-content`` report them).
    """
    from .stories import check_story_rules

    content, issues = load_game(root, lang)
    errors = [
        i
        for i in issues + check_story_rules(content)
        if i.is_error and not is_translation_issue(i, root)
    ]
    if errors:
        raise GameContentError(errors)
    return content


def game_stats(root: Path) -> dict[str, Any]:
    """Counts for ``content-stats``: roles, rounds, cards (and per round), characters, fragments."""
    content, _ = load_game(root)
    fragments: dict[str, int] = {c: 0 for c in content.characters}
    for frag in content.fragments.values():
        if frag.character in fragments:
            fragments[frag.character] += 1
    return {
        "roles": len(content.roles),
        "rounds": len(content.rounds),
        "cards": len(content.cards),
        "cards_per_round": {r.id: len(content.cards_of(r.id)) for r in content.rounds},
        "characters": len(content.characters),
        "fragments": fragments,
        "fragments_total": sum(fragments.values()),
    }
