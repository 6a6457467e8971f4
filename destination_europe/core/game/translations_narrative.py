"""Translated round briefings, character introductions, story fragments and debrief questions.

The second half of the translation overlay (:mod:`.translations` holds the roles and cards
and the shared rules). Files, beside ``roles.yaml`` and ``cards.yaml``::

    resources/game/i18n/<lang>/rounds.yaml      # per round id: title, situation,
                                                #   news: [{id, text}]
    resources/game/i18n/<lang>/characters.yaml  # per character id: intro (name optional)
    resources/game/i18n/<lang>/stories.yaml     # per fragment id: text, source, lesson
    resources/game/i18n/<lang>/debrief.yaml     # rounds: [{round, questions}], closing

Only text is read: which fragment a character gets, costs, effects and every id come from
the English files. A missing field, entry or file falls back to English (a warning); an
unknown id is an error at its line.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from destination_europe.core.content.fields import Fields

from .model import Character, DebriefRound, Fragment, NewsFlash, Round

if TYPE_CHECKING:
    from .translations import _Overlay

ROUND_FIELDS = ("title", "situation", "news")
CHARACTER_FIELDS = ("name", "intro")
FRAGMENT_FIELDS = ("text", "source", "lesson")


def translate_rounds(ov: _Overlay, rounds: tuple[Round, ...]) -> tuple[Round, ...]:
    from .translations import _entries, _text

    found = ov._file("rounds.yaml")
    if found is None:
        return rounds
    path, issues = found
    known = {r.id: r for r in rounds}
    out = dict(known)
    seen: set[str] = set()
    for f, ident in _entries(path, issues, "round"):
        f.unknown_keys({"id", *ROUND_FIELDS})
        if not ov._seen(issues, f, "round", ident, known, seen):
            continue
        rnd = known[ident]
        what = f"round '{ident}' ({ov.lang})"
        missing: list[str] = []
        changes: dict[str, Any] = {}
        for key in ("title", "situation"):
            value = _text(f, key, missing)
            if value is not None:
                changes[key] = value
        news = _news(f, rnd, what, missing)
        if news is not None:
            changes["news"] = news
        ov._report_missing(issues, f, what, missing)
        out[ident] = dataclasses.replace(rnd, **changes)
    ov._missing_ids(issues, "round", known, seen)
    return tuple(out[r.id] for r in rounds)


def _news(f: Fields, rnd: Round, what: str, missing: list[str]) -> tuple[NewsFlash, ...] | None:
    """The round's news flashes with translated texts (by id; untranslated ones stay)."""
    if not f.has("news"):
        missing.append("news")
        return None
    texts: dict[str, str] = {}
    english = {n.id for n in rnd.news}
    for raw, line in f.items("news"):
        n = Fields(raw, f.issues, line, f"{what} news")
        if not n.ok:
            continue
        n.unknown_keys({"id", "text"})
        ident = n.ident("id")
        if ident and ident not in english:
            f.issues.error(
                n.line_of("id"),
                "translation-unknown-id",
                f"{what}: news '{ident}' does not exist in the English round",
            )
            continue
        text = n.text("text")
        if ident and text:
            texts[ident] = text
    for ident in sorted(english - set(texts)):
        missing.append(f"news '{ident}'")
    return tuple(dataclasses.replace(n, text=texts.get(n.id, n.text)) for n in rnd.news)


def translate_characters(ov: _Overlay, characters: dict[str, Character]) -> dict[str, Character]:
    from .translations import _entries

    found = ov._file("characters.yaml")
    if found is None:
        return characters
    path, issues = found
    out = dict(characters)
    seen: set[str] = set()
    for f, ident in _entries(path, issues, "character"):
        f.unknown_keys({"id", *CHARACTER_FIELDS})
        if not ov._seen(issues, f, "character", ident, characters, seen):
            continue
        what = f"character '{ident}' ({ov.lang})"
        changes: dict[str, Any] = {}
        name = f.text("name")  # optional: names usually stay as they are
        if name:
            changes["name"] = name
        intro = f.text("intro")
        if intro:
            changes["intro"] = intro
        else:
            ov._report_missing(issues, f, what, ["intro"])
        out[ident] = dataclasses.replace(characters[ident], **changes)
    ov._missing_ids(issues, "character", characters, seen)
    return out


def translate_fragments(ov: _Overlay, fragments: dict[str, Fragment]) -> dict[str, Fragment]:
    from .translations import _acts, _entries, _text

    found = ov._file("stories.yaml")
    if found is None:
        return fragments
    path, issues = found
    out = dict(fragments)
    seen: set[str] = set()
    for f, ident in _entries(path, issues, "fragment"):
        f.unknown_keys({"id", *FRAGMENT_FIELDS})
        if not ov._seen(issues, f, "fragment", ident, fragments, seen):
            continue
        fragment = fragments[ident]
        what = f"fragment '{ident}' ({ov.lang})"
        missing: list[str] = []
        changes: dict[str, Any] = {}
        for key in ("text", "source"):
            value = _text(f, key, missing)
            if value is not None:
                changes[key] = value
        if fragment.lesson:
            value = _text(f, "lesson", missing)
            if value is not None:
                changes["lesson"] = value
        source = changes.get("source")
        if source is not None and _acts(source) != _acts(fragment.source):
            issues.warning(
                f.line_of("source"),
                "translation-legal-basis",
                f"{what}: the source names other act numbers than the English one "
                f"({', '.join(sorted(_acts(fragment.source))) or 'none'})",
            )
        ov._report_missing(issues, f, what, missing)
        out[ident] = dataclasses.replace(fragment, **changes)
    ov._missing_ids(issues, "fragment", fragments, seen)
    return out


def translate_debrief(
    ov: _Overlay, debrief: dict[str, DebriefRound], closing: tuple[str, ...]
) -> tuple[dict[str, DebriefRound], tuple[str, ...]]:
    from .content import _read

    found = ov._file("debrief.yaml")
    if found is None:
        return debrief, closing
    path, issues = found
    data = _read(path, issues)
    f = Fields(data, issues, 1, f"debrief translation ({ov.lang})")
    if not f.ok:
        return debrief, closing
    f.unknown_keys({"rounds", "closing"})
    out = dict(debrief)
    seen: set[str] = set()
    for raw, line in f.items("rounds"):
        r = Fields(raw, issues, line, f"debrief round ({ov.lang})")
        if not r.ok:
            continue
        r.unknown_keys({"round", "questions"})
        ident = r.ident("round")
        if ident and ident not in debrief:
            issues.error(
                r.line_of("round"),
                "translation-unknown-id",
                f"debrief round '{ident}' does not exist in the English debrief.yaml",
            )
            continue
        if not ident or ident in seen:
            if ident:
                issues.error(r.line, "duplicate-id", f"debrief round '{ident}' is translated twice")
            continue
        seen.add(ident)
        questions = _same_length(r, "questions", debrief[ident].questions, ident)
        if questions is not None:
            out[ident] = dataclasses.replace(debrief[ident], questions=questions)
    for ident in debrief:
        if ident not in seen:
            issues.warning(
                1,
                "translation-missing",
                f"debrief round '{ident}' has no '{ov.lang}' translation; English is used",
            )
    closing_out = _same_length(f, "closing", closing, "closing") if f.has("closing") else None
    if closing_out is None:
        issues.warning(
            f.line, "translation-missing", f"no '{ov.lang}' closing questions; English is used"
        )
    return out, closing_out or closing


def _same_length(
    f: Fields, key: str, english: tuple[str, ...], what: str
) -> tuple[str, ...] | None:
    """A translated list of questions; None (English is used) if it has another length, as
    a teacher's printed debrief refers to questions by their number."""
    values = tuple(t for t, _ in f.text_list(key))
    if not values:
        return None
    if len(values) != len(english):
        f.issues.warning(
            f.line_of(key),
            "translation-count",
            f"debrief {what}: '{key}' has {len(values)} item(s), the English text "
            f"{len(english)}; English is used",
        )
        return None
    return values
