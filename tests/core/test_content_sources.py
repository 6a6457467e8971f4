"""Every `sources:` entry of the shipped lessons is well-formed (issue 7's accuracy check)."""

from __future__ import annotations

import re

import pytest
import yaml

from destination_europe import paths
from destination_europe.core.content.loader import load_catalog

REPO = paths.content_root()
CODES = {
    s["code"] for s in yaml.safe_load((REPO / "resources/statistics/sources.yaml").read_text())
}


def _lessons():
    catalog = load_catalog(REPO)
    lessons = list(catalog.lessons.values())
    for by_lang in catalog.translations.values():
        lessons.extend(by_lang.values())
    return lessons


@pytest.mark.parametrize("lesson", _lessons(), ids=lambda lesson: f"{lesson.id}.{lesson.lang}")
def test_sources_are_well_formed(lesson) -> None:
    assert lesson.sources, f"{lesson.path}: a lesson without sources"
    for source in lesson.sources:
        where = f"{lesson.path}:{source.line}"
        if source.kind == "act":
            assert len(source.name.strip()) >= 5, f"{where}: the act has no name"
            assert source.detail.strip(), f"{where}: '{source.name}' names no article"
        else:
            codes = {
                c for c in CODES if re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", source.name)
            }
            assert codes, f"{where}: '{source.name}' names no dataset code of the statistics store"
            years = [int(y) for y in re.findall(r"\b(19[6-9]\d|20[0-2]\d)\b", source.detail)]
            assert years, f"{where}: dataset source without a year ('{source.detail}')"
