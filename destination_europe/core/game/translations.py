"""Translated game texts, laid over the English game content.

A translation lives beside the originals, one folder per language code::

    resources/game/i18n/<lang>/roles.yaml   # per role id: name, public_brief, interests,
                                            #   constraints, secret.text
    resources/game/i18n/<lang>/cards.yaml   # per card id: title, description, legal_basis

and the rounds, characters, stories and debrief (:mod:`.translations_narrative`).

Only these text fields are read; ids, numbers, effects and rules always come from the
English files, so a game (and a saved game) is the same game in every language. A field
that is missing or empty in a translation falls back to the English text.

Issues: an id that the English content does not know, a duplicate id and a broken file are
errors (``path:line``); a missing translation (a whole entry, a field, a file) and a legal
basis whose act numbers differ from the English one are warnings, so that a language can
be translated step by step.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from destination_europe.core.content.acts import act_numbers
from destination_europe.core.content.fields import Fields
from destination_europe.core.content.issues import Issue, IssueList
from destination_europe.core.languages import DEFAULT_LANGUAGE, LANGUAGES

from .model import Card, GameContent, Role

I18N_FOLDER = "i18n"
ROLE_FIELDS = ("name", "public_brief", "interests", "constraints", "secret")
CARD_FIELDS = ("title", "description", "legal_basis")


def translation_folder(root: Path, lang: str) -> Path:
    return root / "resources" / "game" / I18N_FOLDER / lang


def translation_languages(root: Path) -> list[str]:
    """Language codes that have a folder under ``resources/game/i18n`` (sorted)."""
    folder = root / "resources" / "game" / I18N_FOLDER
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if p.is_dir())


def _entries(path: Path, issues: IssueList, what: str) -> list[tuple[Fields, str]]:
    """``(fields, id)`` of every entry of a translation file (errors for broken entries)."""
    from .content import _list_of, _read

    data = _read(path, issues)
    out: list[tuple[Fields, str]] = []
    for raw, line in _list_of(data, what + "s", issues):
        f = Fields(raw, issues, line, f"{what} translation")
        if f.ok:
            out.append((f, f.ident("id")))
    return out


def _text(f: Fields, key: str, missing: list[str]) -> str | None:
    """The translated text of ``key``, or None (and a note in ``missing``) to fall back."""
    value = f.text(key)
    if not value:
        missing.append(key)
        return None
    return value


def _text_list(
    f: Fields, key: str, english: tuple[str, ...], what: str, missing: list[str]
) -> tuple[str, ...] | None:
    values = tuple(t for t, _ in f.text_list(key))
    if not values:
        missing.append(key)
        return None
    if len(values) != len(english):
        f.issues.warning(
            f.line_of(key),
            "translation-count",
            f"{what}: '{key}' has {len(values)} item(s), the English text {len(english)}",
        )
    return values


class _Overlay:
    def __init__(self, root: Path, lang: str) -> None:
        self.folder = translation_folder(root, lang)
        self.lang = lang
        self.issues_lists: list[IssueList] = []

    def _file(self, name: str) -> tuple[Path, IssueList] | None:
        path = self.folder / name
        issues = IssueList(path)
        self.issues_lists.append(issues)
        if not path.is_file():
            issues.warning(
                1,
                "translation-missing",
                f"no {name} translation for language '{self.lang}'; English texts are used",
            )
            return None
        return path, issues

    def _seen(
        self, issues: IssueList, f: Fields, kind: str, ident: str, known: Any, seen: set[str]
    ) -> bool:
        if not ident:
            return False
        if ident not in known:
            issues.error(
                f.line_of("id"),
                "translation-unknown-id",
                f"{kind} '{ident}' does not exist in the English {kind}s.yaml",
            )
            return False
        if ident in seen:
            issues.error(f.line, "duplicate-id", f"{kind} '{ident}' is translated twice")
            return False
        seen.add(ident)
        return True

    def _missing_ids(self, issues: IssueList, kind: str, known: Any, seen: set[str]) -> None:
        for ident in known:
            if ident not in seen:
                issues.warning(
                    1,
                    "translation-missing",
                    f"{kind} '{ident}' has no '{self.lang}' translation; English is used",
                )

    def roles(self, roles: dict[str, Role]) -> dict[str, Role]:
        found = self._file("roles.yaml")
        if found is None:
            return roles
        path, issues = found
        out = dict(roles)
        seen: set[str] = set()
        for f, ident in _entries(path, issues, "role"):
            f.unknown_keys({"id", *ROLE_FIELDS})
            if not self._seen(issues, f, "role", ident, roles, seen):
                continue
            role = roles[ident]
            what = f"role '{ident}' ({self.lang})"
            missing: list[str] = []
            changes: dict[str, Any] = {}
            for key in ("name", "public_brief"):
                value = _text(f, key, missing)
                if value is not None:
                    changes[key] = value
            for key in ("interests", "constraints"):
                values = _text_list(f, key, getattr(role, key), what, missing)
                if values is not None:
                    changes[key] = values
            secret_text = None
            if f.has("secret"):
                s = Fields(f.data["secret"], issues, f.line_of("secret"), f"{what} secret")
                if s.ok:
                    s.unknown_keys({"text"})
                    secret_text = s.text("text") or None
            if secret_text:
                changes["secret"] = dataclasses.replace(role.secret, text=secret_text)
            else:
                missing.append("secret.text")
            self._report_missing(issues, f, what, missing)
            out[ident] = dataclasses.replace(role, **changes)
        self._missing_ids(issues, "role", roles, seen)
        return out

    def cards(self, cards: dict[str, Card]) -> dict[str, Card]:
        found = self._file("cards.yaml")
        if found is None:
            return cards
        path, issues = found
        out = dict(cards)
        seen: set[str] = set()
        for f, ident in _entries(path, issues, "card"):
            f.unknown_keys({"id", *CARD_FIELDS})
            if not self._seen(issues, f, "card", ident, cards, seen):
                continue
            card = cards[ident]
            what = f"card '{ident}' ({self.lang})"
            missing: list[str] = []
            changes: dict[str, Any] = {}
            for key in CARD_FIELDS:
                value = _text(f, key, missing)
                if value is not None:
                    changes[key] = value
            basis = changes.get("legal_basis")
            if basis is not None and _acts(basis) != _acts(card.legal_basis):
                issues.warning(
                    f.line_of("legal_basis"),
                    "translation-legal-basis",
                    f"{what}: the legal basis names other act numbers than the English one "
                    f"({', '.join(sorted(_acts(card.legal_basis))) or 'none'})",
                )
            self._report_missing(issues, f, what, missing)
            out[ident] = dataclasses.replace(card, **changes)
        self._missing_ids(issues, "card", cards, seen)
        return out

    @staticmethod
    def _report_missing(issues: IssueList, f: Fields, what: str, missing: list[str]) -> None:
        if missing:
            issues.warning(
                f.line,
                "translation-missing",
                f"{what}: not translated: {', '.join(missing)}; English is used",
            )


def _acts(text: str) -> set[str]:
    return act_numbers(text)


def translate_content(
    content: GameContent, root: Path, lang: str | None
) -> tuple[GameContent, list[Issue]]:
    """``content`` with the texts of ``lang`` laid over it, and the issues.

    English (or any language without a folder under ``resources/game/i18n``) returns the
    content unchanged and no issues.
    """
    if not lang or lang == DEFAULT_LANGUAGE or not translation_folder(root, lang).is_dir():
        return content, []
    from .translations_narrative import (
        translate_characters,
        translate_debrief,
        translate_fragments,
        translate_rounds,
    )

    overlay = _Overlay(root, lang)
    debrief, closing = translate_debrief(overlay, content.debrief, content.closing_questions)
    translated = dataclasses.replace(
        content,
        roles=overlay.roles(content.roles),
        cards=overlay.cards(content.cards),
        rounds=translate_rounds(overlay, content.rounds),
        characters=translate_characters(overlay, content.characters),
        fragments=translate_fragments(overlay, content.fragments),
        debrief=debrief,
        closing_questions=closing,
    )
    issues = [i for lst in overlay.issues_lists for i in lst]
    return translated, issues


def check_translations(content: GameContent, root: Path) -> list[Issue]:
    """Issues of every translation folder, checked against the English ``content``."""
    issues: list[Issue] = []
    for lang in translation_languages(root):
        folder = translation_folder(root, lang)
        if lang == DEFAULT_LANGUAGE or lang not in LANGUAGES:
            issues.append(
                Issue(
                    str(folder),
                    1,
                    "warning",
                    "translation-language",
                    f"'{lang}' is not a language the app is translated into; the folder is ignored",
                )
            )
            continue
        issues.extend(translate_content(content, root, lang)[1])
    return issues


def is_translation_issue(issue: Issue, root: Path) -> bool:
    """True for issues in ``resources/game/i18n`` (they never stop a game from loading)."""
    folder = (root / "resources" / "game" / I18N_FOLDER).resolve()
    try:
        Path(issue.path).resolve().relative_to(folder)
    except (ValueError, OSError):
        return False
    return True
