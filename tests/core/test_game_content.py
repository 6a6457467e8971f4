"""The game files: the shipped content is valid, and broken files give path:line errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from destination_europe.core.game.content import check_game, game_stats, load_game

ROOT = Path(__file__).resolve().parents[2]


def test_the_shipped_game_has_no_errors_and_enough_content() -> None:
    issues = check_game(ROOT)
    errors = [i.format(ROOT) for i in issues if i.is_error]
    assert errors == []
    stats = game_stats(ROOT)
    assert stats["roles"] >= 8 and stats["rounds"] == 3 and stats["cards"] >= 24
    assert all(n >= 8 for n in stats["cards_per_round"].values())
    assert stats["characters"] >= 5
    assert all(n >= 3 for n in stats["fragments"].values())


def test_every_card_and_fragment_names_its_legal_basis() -> None:
    content, _ = load_game(ROOT)
    for card in content.cards.values():
        assert any(
            w in card.legal_basis for w in ("Art.", "Regulation", "Directive", "law", "No act")
        ), card.id
        assert any(v < 0 for v in card.effects.values()), f"{card.id} has no trade-off"
    for frag in content.fragments.values():
        assert frag.source and frag.text, frag.id


@pytest.fixture()
def game_root(tmp_path: Path) -> Path:
    """A writable copy of the game files and what they refer to."""
    for part in ("resources/game", "resources/glossary"):
        shutil.copytree(ROOT / part, tmp_path / part)
    for part in ("resources/statistics/indicators.yaml", "resources/reference/countries.csv"):
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / part, tmp_path / part)
    return tmp_path


def _edit(root: Path, name: str, old: str, new: str) -> int:
    """Replace the first ``old`` in a game file; return the 1-based line it was on."""
    path = root / "resources" / "game" / name
    text = path.read_text(encoding="utf-8")
    at = text.index(old)
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")
    return text.count("\n", 0, at) + 1


def _errors(root: Path, code: str) -> list:
    return [i for i in check_game(root) if i.is_error and i.code == code]


def test_unknown_statistics_indicator_is_an_error_at_its_line(game_root: Path) -> None:
    line = _edit(game_root, "rounds.yaml", "- first-permits-work", "- first-permits-wrok")
    found = _errors(game_root, "unknown-indicator")
    assert [(Path(i.path).name, i.line) for i in found] == [("rounds.yaml", line)]
    assert "first-permits-wrok" in found[0].format(game_root)
    assert found[0].format(game_root).startswith(f"resources/game/rounds.yaml:{line}:")


def test_unknown_glossary_term_and_card_are_errors(game_root: Path) -> None:
    line = _edit(
        game_root,
        "cards.yaml",
        "glossary: [screening, non-refoulement]",
        "glossary: [no-such-term]",
    )
    terms = _errors(game_root, "unknown-term")
    assert [(Path(i.path).name, i.line) for i in terms] == [("cards.yaml", line)]
    line = _edit(
        game_root,
        "stories.yaml",
        "when: {all: [city-guardianship]}",
        "when: {all: [city-guardians]}",
    )
    cards = _errors(game_root, "unknown-card")
    assert [(Path(i.path).name, i.line) for i in cards] == [("stories.yaml", line)]


def test_unknown_game_indicator_in_effects_is_an_error(game_root: Path) -> None:
    line = _edit(
        game_root,
        "cards.yaml",
        "effects: {capacity: 3, support: 3,",
        "effects: {capacity: 3, happiness: 3,",
    )
    found = _errors(game_root, "unknown-game-indicator")
    assert found and found[0].line == line


def test_a_shadowed_fragment_is_unreachable(game_root: Path) -> None:
    # Put a default fragment first: every later fragment of Amira's first round is shadowed.
    _edit(
        game_root,
        "stories.yaml",
        "- id: amira-eu-border-monitored",
        "- id: amira-eu-first\n  character: amira\n  round: eu\n  text: Too early.\n  source: none\n\n"
        "- id: amira-eu-border-monitored",
    )
    found = {i.message.split("'")[1] for i in _errors(game_root, "fragment-unreachable")}
    assert found == {"amira-eu-border-monitored", "amira-eu-border", "amira-eu-default"}


def test_fragments_needing_excluded_or_later_cards_are_unreachable(game_root: Path) -> None:
    line = _edit(
        game_root,
        "stories.yaml",
        "when: {all: [eu-solidarity-relocation]}",
        "when: {all: [eu-border-procedure-wide, eu-border-procedure-narrow]}",
    )
    found = _errors(game_root, "fragment-unreachable")
    assert [Path(i.path).name for i in found] == ["stories.yaml"]
    assert found[0].line == line - 3  # reported at the fragment's first line
    _edit(
        game_root, "stories.yaml", "when: {all: [eu-talent-pool]}", "when: {all: [city-mentoring]}"
    )
    assert any("later round" in i.message for i in _errors(game_root, "fragment-unreachable"))


def test_a_character_without_a_default_is_left_without_a_story(game_root: Path) -> None:
    _edit(
        game_root,
        "stories.yaml",
        "- id: olena-city-default\n  character: olena\n  round: city\n",
        "- id: olena-city-default\n  character: olena\n  round: city\n  when: {all: [city-police-patrols]}\n",
    )
    found = _errors(game_root, "character-without-story")
    assert len(found) == 1 and "olena" in found[0].message
    assert Path(found[0].path).name == "stories.yaml"


def test_a_character_with_no_fragment_in_a_round_is_an_error(game_root: Path) -> None:
    path = game_root / "resources/game/characters.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + "\n- id: nadia\n  name: Nadia\n  kind: irregular-stay\n  age: 30\n  intro: New.\n",
        encoding="utf-8",
    )
    found = _errors(game_root, "character-without-story")
    assert len(found) == 3 and all(Path(i.path).name == "characters.yaml" for i in found)
    assert found[0].line == text.count("\n") + 2


def test_malformed_yaml_and_missing_files_are_reported_not_raised(game_root: Path) -> None:
    path = game_root / "resources/game/cards.yaml"
    path.write_text("- id: a\n  title: [unclosed\n", encoding="utf-8")
    (game_root / "resources/game/debrief.yaml").unlink()
    issues = check_game(game_root)
    codes = {(Path(i.path).name, i.code) for i in issues if i.is_error}
    assert ("cards.yaml", "yaml-syntax") in codes
    assert ("debrief.yaml", "missing-file") in codes


def test_stats_count_fragments_per_character() -> None:
    content, _ = load_game(ROOT)
    stats = game_stats(ROOT)
    assert stats["fragments_total"] == len(content.fragments)
    assert set(stats["fragments"]) == set(content.characters)
