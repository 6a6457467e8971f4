"""Translated factsheet profiles, laid over the English factsheets (no Qt).

A translation sits in ``resources/factsheets/i18n/<lang>/<ISO2>.yaml``::

    country: AT
    profile: |
      Österreich trat 1995 der EU bei …
    schengen_note: …     # optional, as the English file's schengen.note
    eu_note: …           # optional
    euro_note: …         # optional

Statuses, authorities, sources and every other field come from the English file. Because a
profile quotes real figures, a translation must quote the same ones: the checker compares
the numbers of both texts digit for digit (so "22,220", "22.220" and "22 220" are the same
number, in each language's own format) and their citations "(publisher dataset, year)"
character for character. A translation that breaks those rules, or has another number of
paragraphs, is an error and is not shown; the English profile is shown instead.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path

from destination_europe.core.content.fields import Fields
from destination_europe.core.content.issues import Issue, IssueList
from destination_europe.core.factsheets import (
    _CITATION,
    FACTSHEETS_FOLDER,
    Factsheet,
    read_yaml_file,
)
from destination_europe.core.languages import DEFAULT_LANGUAGE, LANGUAGES

I18N_FOLDER = "i18n"
TEXT_KEYS = ("profile", "schengen_note", "eu_note", "euro_note")
# A number as any of the 13 languages write it: digits, optionally grouped by "," "." "'"
# or a (no-break) space before exactly three digits, with a decimal part.
_NUMBER = re.compile(r"\d+(?:(?:[.,'\u00a0\u202f]|\s(?=\d{3}(?!\d)))\d+)*")


def numbers_in(text: str) -> Counter[str]:
    """The numbers of ``text`` as bare digit strings ("25,5 %" and "25.5%" both give "255")."""
    return Counter(re.sub(r"\D", "", m.group()) for m in _NUMBER.finditer(text))


def citations_in(text: str) -> Counter[str]:
    return Counter(" ".join(m.group().split()) for m in _CITATION.finditer(text))


def _paragraph_count(text: str) -> int:
    return len([p for p in text.split("\n\n") if p.strip()])


def translation_folder(resources_dir: Path, lang: str) -> Path:
    return Path(resources_dir) / FACTSHEETS_FOLDER / I18N_FOLDER / lang


def _english_texts(sheet: Factsheet) -> dict[str, str]:
    return {
        "profile": sheet.profile,
        "schengen_note": sheet.schengen_note,
        "eu_note": sheet.eu_note,
        "euro_note": sheet.euro_note,
    }


def load_translations(
    resources_dir: Path, lang: str, sheets: dict[str, Factsheet]
) -> tuple[dict[str, dict[str, str]], list[Issue]]:
    """``{ISO2: {field: text}}`` of the valid translations in ``lang``, and every issue."""
    folder = translation_folder(resources_dir, lang)
    out: dict[str, dict[str, str]] = {}
    issues: list[Issue] = []
    if not folder.is_dir():
        return out, issues
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in (".yaml", ".yml") or not path.is_file():
            continue
        found = IssueList(path)
        texts = _read_translation(path, found, sheets)
        if texts is not None and not any(i.is_error for i in found):
            out[path.stem.upper()] = texts
        issues.extend(found)
    return out, issues


def _read_translation(
    path: Path, issues: IssueList, sheets: dict[str, Factsheet]
) -> dict[str, str] | None:
    read = read_yaml_file(path, issues)
    if read is None:
        return None
    data, _text = read
    f = Fields(data, issues, 1, "factsheet translation")
    if not f.ok:
        return None
    f.unknown_keys({"country", *TEXT_KEYS})
    country = f.text("country", required=True).upper()
    if country and country != path.stem.upper():
        issues.error(
            f.line_of("country"),
            "country-file-mismatch",
            f"country '{country}' must match the file name '{path.stem}'",
        )
        return None
    sheet = sheets.get(country)
    if sheet is None:
        if country:
            issues.error(
                f.line_of("country"),
                "translation-unknown-id",
                f"'{country}' has no English factsheet to translate",
            )
        return None
    english = _english_texts(sheet)
    # as in the English factsheets: paragraphs separated by one blank line, each on one line
    texts = {
        key: "\n\n".join(" ".join(p.split()) for p in f.text(key).split("\n\n") if p.strip())
        for key in TEXT_KEYS
        if f.text(key)
    }
    if "profile" not in texts:
        issues.error(f.line, "missing-field", "factsheet translation: missing 'profile'")
        return None
    if _paragraph_count(texts["profile"]) != _paragraph_count(english["profile"]):
        issues.error(
            f.line_of("profile"),
            "translation-paragraphs",
            f"the profile has {_paragraph_count(texts['profile'])} paragraph(s), the English "
            f"one {_paragraph_count(english['profile'])}",
        )
    for key in texts:
        if key != "profile" and not english[key]:
            issues.warning(
                f.line_of(key), "unknown-field", f"'{key}': the English factsheet has none"
            )
    ours = " ".join(texts.values())
    theirs = " ".join(english[k] for k in texts)
    lost, added = numbers_in(theirs) - numbers_in(ours), numbers_in(ours) - numbers_in(theirs)
    if lost or added:
        issues.error(
            f.line_of("profile"),
            "translation-numbers",
            "the numbers differ from the English text"
            + (f"; missing: {', '.join(sorted(lost))}" if lost else "")
            + (f"; not in the English: {', '.join(sorted(added))}" if added else ""),
        )
    if citations_in(texts["profile"]) != citations_in(english["profile"]):
        issues.error(
            f.line_of("profile"),
            "translation-citations",
            "the citations (publisher dataset, year) must be those of the English profile, "
            "unchanged",
        )
    for key in TEXT_KEYS:
        if english[key] and key not in texts and key != "profile":
            issues.warning(
                f.line, "translation-missing", f"'{key}' is not translated; English is used"
            )
    return texts


def translate_factsheets(
    sheets: dict[str, Factsheet], resources_dir: Path, lang: str | None
) -> tuple[dict[str, Factsheet], list[Issue]]:
    """The factsheets with the texts of ``lang`` where a valid translation exists."""
    if not lang or lang == DEFAULT_LANGUAGE:
        return sheets, []
    texts, issues = load_translations(resources_dir, lang, sheets)
    out = dict(sheets)
    for iso2, fields in texts.items():
        sheet = sheets[iso2]
        out[iso2] = dataclasses.replace(
            sheet,
            profile=fields["profile"],
            schengen_note=fields.get("schengen_note", sheet.schengen_note),
            eu_note=fields.get("eu_note", sheet.eu_note),
            euro_note=fields.get("euro_note", sheet.euro_note),
        )
    return out, issues


def check_translations(resources_dir: Path, sheets: dict[str, Factsheet]) -> list[Issue]:
    """Issues of every ``factsheets/i18n/<lang>`` folder, and which countries each lacks."""
    root = Path(resources_dir) / FACTSHEETS_FOLDER / I18N_FOLDER
    issues: list[Issue] = []
    if not root.is_dir():
        return issues
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name not in LANGUAGES or folder.name == DEFAULT_LANGUAGE:
            issues.append(
                Issue(
                    str(folder),
                    1,
                    "warning",
                    "translation-language",
                    f"'{folder.name}' is not a language the app is translated into; ignored",
                )
            )
            continue
        texts, found = load_translations(resources_dir, folder.name, sheets)
        issues.extend(found)
        missing = sorted(set(sheets) - set(texts))
        if missing:
            issues.append(
                Issue(
                    str(folder),
                    1,
                    "warning",
                    "translation-missing",
                    f"no usable '{folder.name}' profile for: {', '.join(missing)}",
                )
            )
    return issues
