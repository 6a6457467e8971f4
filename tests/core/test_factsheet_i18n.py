"""Translated factsheet profiles: same numbers and citations as the English text, same
paragraphs, or the translation is refused and the English profile is shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from destination_europe.core.factsheet_i18n import (
    check_translations,
    numbers_in,
    translate_factsheets,
)
from destination_europe.core.factsheets import check_factsheets, load_factsheets

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


@pytest.fixture()
def resources(tmp_path: Path) -> Path:
    """English factsheets of Austria and Germany, and what they refer to."""
    res = tmp_path / "resources"
    (res / "factsheets").mkdir(parents=True)
    for iso in ("AT", "DE"):
        shutil.copy(RESOURCES / "factsheets" / f"{iso}.yaml", res / "factsheets")
    shutil.copytree(RESOURCES / "reference", res / "reference")
    shutil.copytree(RESOURCES / "statistics", res / "statistics")
    return res


def _english_profile(iso: str) -> str:
    data = yaml.safe_load((RESOURCES / "factsheets" / f"{iso}.yaml").read_text("utf-8"))
    return data["profile"]


def _write(res: Path, lang: str, iso: str, profile: str, extra: str = "") -> Path:
    folder = res / "factsheets" / "i18n" / lang
    folder.mkdir(parents=True, exist_ok=True)
    body = "".join(f"  {line}\n" if line else "\n" for line in profile.strip().split("\n"))
    path = folder / f"{iso}.yaml"
    path.write_text(f"country: {iso}\nprofile: |\n{body}{extra}", encoding="utf-8")
    return path


def _german_like(profile: str) -> str:
    """The English profile with its numbers in German format (the check compares digits)."""
    out = profile.replace("Austria", "Österreich")
    for en, de in (("22,220", "22.220"), ("25.5%", "25,5 %"), ("84,580", "84.580")):
        out = out.replace(en, de)
    return out


def test_numbers_are_compared_digit_for_digit_in_any_format() -> None:
    assert numbers_in("22,220 and 25.5% in 2024") == numbers_in("22.220 und 25,5 % im Jahr 2024")
    assert numbers_in("22\u00a0220 et 1,13 million") == numbers_in("22,220 and 1.13 million")
    assert numbers_in("in 2024 84 580") != numbers_in("in 2024 84,581")


def test_a_faithful_translation_replaces_the_profile_only(resources: Path) -> None:
    english = _english_profile("AT")
    _write(resources, "de", "AT", _german_like(english))
    sheets, _ = load_factsheets(resources)
    translated, issues = translate_factsheets(sheets, resources, "de")
    assert [i.code for i in issues if i.is_error] == []
    assert (
        translated["AT"].profile.startswith("Österreich") and "22.220" in translated["AT"].profile
    )
    assert translated["AT"].authorities == sheets["AT"].authorities
    assert translated["DE"] == sheets["DE"]  # no German file: English
    same, none = translate_factsheets(sheets, resources, "en")
    assert same == sheets and none == []


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (lambda p: p.replace("22,220", "22.221"), "translation-numbers"),
        (
            lambda p: p.replace("(Eurostat migr_asyappctza, 2024)", "(Eurostat, 2024)"),
            "translation-citations",
        ),
        (lambda p: p.replace("\n\n", " ", 1), "translation-paragraphs"),
    ],
)
def test_a_translation_that_changes_a_fact_is_refused(resources: Path, change, code) -> None:
    path = _write(resources, "de", "AT", change(_english_profile("AT")))
    sheets, _ = load_factsheets(resources)
    translated, issues = translate_factsheets(sheets, resources, "de")
    assert any(i.code == code and i.path == str(path) and i.is_error for i in issues), [
        i.format() for i in issues
    ]
    assert translated["AT"].profile == sheets["AT"].profile  # refused: English is shown


def test_the_checker_reports_unknown_countries_languages_and_missing_profiles(
    resources: Path,
) -> None:
    _write(resources, "de", "AT", _german_like(_english_profile("AT")))
    _write(resources, "de", "FR", "Frankreich.")  # no English factsheet in this tree
    _write(resources, "xx", "AT", "x")
    broken = resources / "factsheets" / "i18n" / "de" / "DE.yaml"
    broken.write_text("country: DE\nprofile: [not, text\n", encoding="utf-8")
    issues = check_factsheets(resources.parent)
    found = {(Path(i.path).name, i.code) for i in issues}
    assert ("FR.yaml", "translation-unknown-id") in found
    assert ("xx", "translation-language") in found
    assert ("DE.yaml", "yaml-syntax") in found
    assert ("de", "translation-missing") in found  # Germany has no usable German profile
    sheets, _ = load_factsheets(resources)
    assert not any(i.code == "translation-numbers" for i in check_translations(resources, sheets))


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_every_shipped_profile_is_translated_and_keeps_its_facts(lang: str) -> None:
    sheets, _ = load_factsheets(RESOURCES)
    translated, issues = translate_factsheets(sheets, RESOURCES, lang)
    assert [i.format(ROOT) for i in issues] == []
    for iso, sheet in sheets.items():
        assert translated[iso].profile != sheet.profile, iso
        assert numbers_in(translated[iso].profile) == numbers_in(sheet.profile), iso
