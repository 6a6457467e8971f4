"""Translated rounds, characters, story fragments and debrief questions: overlay by id,
per-field fallback, checker issues, and the shipped German and French texts."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from destination_europe.core.game import load_game, load_game_or_raise
from destination_europe.core.game.content import check_game

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def english():
    return load_game(ROOT)[0]


@pytest.fixture()
def root(tmp_path: Path) -> Path:
    """A copy of the game files with an Italian folder that tests fill file by file."""
    for part in ("resources/game", "resources/glossary"):
        shutil.copytree(ROOT / part, tmp_path / part)
    for part in ("resources/statistics/indicators.yaml", "resources/reference/countries.csv"):
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / part, tmp_path / part)
    (tmp_path / "resources/game/i18n/it").mkdir()
    return tmp_path


def _write(root: Path, name: str, text: str) -> None:
    (root / "resources/game/i18n/it" / name).write_text(text, encoding="utf-8")


def _codes(issues, name: str) -> set[tuple[int, str, str]]:
    return {(i.line, i.severity, i.code) for i in issues if Path(i.path).name == name}


def test_a_round_translation_overlays_title_situation_and_news_by_id(root, english) -> None:
    eu = english.round_by_id("eu")
    _write(
        root,
        "rounds.yaml",
        f"- id: eu\n  title: Bruxelles\n  situation: Siamo nel 2026.\n"
        f"  news:\n    - id: {eu.news[0].id}\n      text: Una tempesta in mare.\n",
    )
    content, issues = load_game(root, "it")
    rnd = content.round_by_id("eu")
    assert (rnd.title, rnd.situation) == ("Bruxelles", "Siamo nel 2026.")
    assert rnd.news[0].text == "Una tempesta in mare."
    assert rnd.news[1].text == eu.news[1].text  # untranslated news: English, by id
    assert [n.id for n in rnd.news] == [n.id for n in eu.news]
    # numbers, lead role and statistics are the English round's
    assert (
        dataclasses.replace(rnd, title=eu.title, situation=eu.situation, news=eu.news, path=eu.path)
        == eu
    )
    assert any(
        i.code == "translation-missing" and eu.news[1].id in i.message
        for i in issues
        if i.path.endswith("rounds.yaml")
    )
    # the other rounds are not translated: English, with a warning each
    assert content.round_by_id("city").title == english.round_by_id("city").title


def test_unknown_ids_are_errors_at_their_line_and_the_game_still_loads(root, english) -> None:
    _write(root, "stories.yaml", "- id: amira-on-the-moon\n  text: Luna.\n  source: Nessuna.\n")
    _write(
        root,
        "rounds.yaml",
        "- id: eu\n  title: T\n  situation: S\n  news:\n    - id: fake\n      text: X\n",
    )
    issues = check_game(root)
    assert (1, "error", "translation-unknown-id") in _codes(issues, "stories.yaml")
    assert (5, "error", "translation-unknown-id") in _codes(issues, "rounds.yaml")
    content = load_game_or_raise(root, "it")  # translation errors never stop a game
    assert content.fragments == load_game(root, "it")[0].fragments
    assert content.fragments.keys() == english.fragments.keys()


def test_a_fragment_translation_keeps_the_story_rules_and_checks_act_numbers(root, english) -> None:
    fid, fragment = next((k, f) for k, f in english.fragments.items() if "2024/1348" in f.source)
    _write(
        root,
        "stories.yaml",
        f"- id: {fid}\n  text: Testo.\n  source: Regolamento (UE) 2024/9999, art. 1.\n"
        + ("  lesson: Lezione.\n" if fragment.lesson else ""),
    )
    content, issues = load_game(root, "it")
    it = content.fragments[fid]
    assert it.text == "Testo." and (it.when, it.character, it.round) == (
        fragment.when,
        fragment.character,
        fragment.round,
    )
    assert (3, "warning", "translation-legal-basis") in _codes(issues, "stories.yaml")


def test_debrief_questions_with_another_count_fall_back_to_english(root, english) -> None:
    eu = english.debrief["eu"]
    questions = "".join(f"      - Domanda {n}?\n" for n in range(len(eu.questions)))
    _write(
        root,
        "debrief.yaml",
        "rounds:\n  - round: eu\n    questions:\n"
        + questions
        + "  - round: city\n    questions:\n      - Solo una?\nclosing:\n"
        + "".join(f"  - Chiusura {n}?\n" for n in range(len(english.closing_questions))),
    )
    _write(root, "characters.yaml", "- id: amira\n  intro: Amira è infermiera.\n")
    content, issues = load_game(root, "it")
    assert content.debrief["eu"].questions[0] == "Domanda 0?"
    assert content.debrief["eu"].glossary == eu.glossary
    assert content.debrief["city"].questions == english.debrief["city"].questions
    assert content.closing_questions[0] == "Chiusura 0?"
    assert any(i.code == "translation-count" for i in issues if i.path.endswith("debrief.yaml"))
    amira = content.characters["amira"]
    assert amira.intro == "Amira è infermiera." and amira.name == "Amira"
    yonas = content.characters["yonas"]
    assert dataclasses.replace(yonas, path="") == dataclasses.replace(
        english.characters["yonas"], path=""
    )


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_the_shipped_narrative_is_translated_in_full(english, lang) -> None:
    content, issues = load_game(ROOT, lang)
    narrative = ("rounds.yaml", "characters.yaml", "stories.yaml", "debrief.yaml")
    assert [i.format(ROOT) for i in issues if Path(i.path).name in narrative] == []
    for rnd, en in zip(content.rounds, english.rounds, strict=True):
        assert rnd.title != en.title and rnd.situation != en.situation, rnd.id
        assert all(a.text != b.text for a, b in zip(rnd.news, en.news, strict=True)), rnd.id
    for cid, char in content.characters.items():
        assert char.intro != english.characters[cid].intro, cid
    for fid, frag in content.fragments.items():
        en = english.fragments[fid]
        assert frag.text != en.text, fid
        assert frag.when == en.when, fid
    for rid, deb in content.debrief.items():
        assert deb.questions != english.debrief[rid].questions, rid
    assert content.closing_questions != english.closing_questions
