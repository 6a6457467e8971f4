"""The HTML of a glossary term page (shown in a QTextBrowser), in the interface language.

Links in the page: ``glossary:ID`` (another entry) and ``lesson:ID`` (a lesson that uses the
term). Every unreviewed equivalent carries a discreet "draft" mark.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from destination_europe.core.languages import LANGUAGES
from destination_europe.ui import theme as _theme

if TYPE_CHECKING:  # for annotations only: the glossary loads after the first paint
    from destination_europe.core.glossary import Glossary, GlossaryEntry

_FALLBACK = {
    "bg": "#ffffff",
    "fg": "#1d2433",
    "muted": "#5a6475",
    "accent": "#1f4e9c",
    "border": "#c9d1de",
    "surface": "#f3f6fa",
    "side": "#eef2f8",
    "accent_fg": "#ffffff",
}


def theme_colours(name: str) -> dict[str, str]:
    """The colours of a widget theme (light, dark, high-contrast)."""
    return {**_FALLBACK, **_theme.theme_colours(name)}


def _t(text: str) -> str:
    return QCoreApplication.translate("GlossaryPage", text)


NATIVE_NAMES = {
    "nl": "Nederlands",
    "en": "English",
    "fi": "Suomi",
    "fr": "Français",
    "de": "Deutsch",
    "el": "Ελληνικά",
    "it": "Italiano",
    "lv": "Latviešu",
    "lt": "Lietuvių",
    "sk": "Slovenčina",
    "sl": "Slovenščina",
    "es": "Español",
    "uk": "Українська",
}


def language_name(code: str) -> str:
    """The language's own name ("Deutsch", "Ελληνικά"): the same in every interface."""
    if code in NATIVE_NAMES:
        return NATIVE_NAMES[code]
    name = QLocale(code).nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else code


def theme_label(code: str) -> str:
    labels = {
        "basics": _t("Migration basics"),
        "legal-migration": _t("Legal migration"),
        "international-protection": _t("International protection"),
        "minors-vulnerable": _t("Minors and vulnerable groups"),
        "integration": _t("Integration"),
        "citizenship-statelessness": _t("Citizenship and statelessness"),
        "borders-visas-schengen": _t("Borders, visas and Schengen"),
        "irregular-migration-smuggling": _t("Irregular migration and smuggling"),
        "trafficking": _t("Trafficking in human beings"),
        "return-readmission": _t("Return and readmission"),
        "migration-development": _t("Migration and development"),
        "ukraine-temporary-protection": _t("Ukraine and temporary protection"),
        "statistics": _t("Statistics"),
        "institutions": _t("Institutions"),
    }
    return labels.get(code, code.replace("-", " ").capitalize())


def entry_html(
    entry: GlossaryEntry,
    glossary: Glossary,
    lessons: list[tuple[str, str]] | None,
    colours: dict[str, str],
) -> str:
    """The term page; ``lessons`` are (lesson id, title) pairs, None while unknown."""
    e = html.escape
    muted, accent = colours["muted"], colours["accent"]
    parts = [
        f"<h2 style='margin-bottom:2px'>{e(entry.term)}</h2>",
    ]
    if entry.themes:
        themes = " · ".join(e(theme_label(t)) for t in entry.themes)
        parts.append(f"<p style='color:{muted};margin-top:0'>{themes}</p>")
    parts.append(f"<p style='font-size:13pt'>{e(' '.join(entry.definition.split()))}</p>")
    if entry.synonyms:
        parts.append(f"<p><b>{e(_t('Also called'))}:</b> {e(', '.join(entry.synonyms))}</p>")
    if entry.notes:
        parts.append(f"<p><b>{e(_t('Note'))}:</b> {e(' '.join(entry.notes.split()))}</p>")
    for label, ids in (
        (_t("Broader terms"), entry.broader),
        (_t("Narrower terms"), entry.narrower),
        (_t("Related terms"), entry.related),
    ):
        links = []
        for other_id in ids:
            other = glossary.get(other_id)
            if other is not None:
                links.append(
                    f"<a href='glossary:{e(other_id)}' style='color:{accent}'>{e(other.term)}</a>"
                )
        if links:
            parts.append(f"<p><b>{e(label)}:</b> {', '.join(links)}</p>")
    if entry.sources:
        items = "".join(f"<li>{e(s)}</li>" for s in entry.sources)
        parts.append(f"<p><b>{e(_t('Sources'))}:</b></p><ul>{items}</ul>")
    parts.append(_equivalents_table(entry, colours))
    parts.append(f"<p><b>{e(_t('Used in these lessons'))}:</b></p>")
    if lessons is None:
        parts.append(f"<p style='color:{muted}'>{e(_t('Looking for lessons…'))}</p>")
    elif not lessons:
        parts.append(f"<p style='color:{muted}'>{e(_t('No lesson uses this term yet.'))}</p>")
    else:
        items = "".join(
            f"<li><a href='lesson:{e(lid)}' style='color:{accent}'>{e(title)}</a></li>"
            for lid, title in lessons
        )
        parts.append(f"<ul>{items}</ul>")
    return "".join(parts)


def _equivalents_table(entry: GlossaryEntry, colours: dict[str, str]) -> str:
    e = html.escape
    muted, border = colours["muted"], colours["border"]
    draft_note = _t("draft: not yet reviewed by a terminologist")
    rows = []
    for lang in LANGUAGES:
        term = entry.equivalent(lang)
        if lang == "en" and term == entry.term or not term:
            mark = ""
        elif entry.is_reviewed(lang):
            mark = f"<span style='color:{muted}'>{e(_t('reviewed'))}</span>"
        else:
            mark = (
                f"<span style='color:{muted};font-size:small;font-style:italic' "
                f"title='{e(draft_note)}'>{e(_t('draft'))}</span>"
            )
        shown = e(term) if term else f"<span style='color:{muted}'>—</span>"
        rows.append(
            f"<tr><td style='padding:3px 12px 3px 0;color:{muted}'>{e(language_name(lang))}"
            f" <span style='font-size:small'>({e(lang)})</span></td>"
            f"<td style='padding:3px 12px 3px 0'>{shown}</td>"
            f"<td style='padding:3px 0'>{mark}</td></tr>"
        )
    heading = e(_t("In the 13 languages"))
    explain = e(_t("Equivalents marked “draft” have not yet been reviewed by a terminologist."))
    return (
        f"<p><b>{heading}:</b></p>"
        f"<table cellspacing='0' style='border-top:1px solid {border}'>{''.join(rows)}</table>"
        f"<p style='color:{muted};font-size:small'>{explain}</p>"
    )
