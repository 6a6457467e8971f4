"""Translated role and card texts: overlay, per-field fallback, checker issues, a German
game played through, and a save that resumes in another language."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from destination_europe.core.game import Action, Game, PlayerSeat, load_game, load_game_or_raise
from destination_europe.core.game.content import check_game
from destination_europe.core.game.simulate import play
from destination_europe.core.game.summary import session_summary
from destination_europe.core.game.translations import translation_languages

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def english():
    return load_game(ROOT)[0]


@pytest.fixture()
def game_root(tmp_path: Path) -> Path:
    """A writable copy of the game files (with their translations) and what they refer to."""
    for part in ("resources/game", "resources/glossary"):
        shutil.copytree(ROOT / part, tmp_path / part)
    for part in ("resources/statistics/indicators.yaml", "resources/reference/countries.csv"):
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / part, tmp_path / part)
    return tmp_path


def _same(a, b) -> bool:
    """Equal apart from the file the content was read from."""
    return dataclasses.replace(a, path="") == dataclasses.replace(b, path="")


def _write(root: Path, lang: str, name: str, text: str) -> Path:
    path = root / "resources" / "game" / "i18n" / lang / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_every_role_and_card_is_translated_and_only_texts_change(english, lang) -> None:
    assert lang in translation_languages(ROOT)
    content, issues = load_game(ROOT, lang)
    assert [i.format(ROOT) for i in issues] == []
    for role_id, role in content.roles.items():
        en = english.roles[role_id]
        assert role.name != en.name and role.public_brief != en.public_brief, role_id
        assert role.secret.text != en.secret.text, role_id
        assert len(role.interests) == len(en.interests), role_id
        assert len(role.constraints) == len(en.constraints), role_id
        assert (role.kind, role.level, role.weights, role.secret.goals) == (
            en.kind,
            en.level,
            en.weights,
            en.secret.goals,
        )
    for card_id, card in content.cards.items():
        en = english.cards[card_id]
        assert card.title != en.title and card.description != en.description, card_id
        assert (card.round, card.cost_budget, card.cost_capital, card.effects, card.excludes) == (
            en.round,
            en.cost_budget,
            en.cost_capital,
            en.effects,
            en.excludes,
        )
    assert content.cards["eu-talent-pool"].title == (
        "Dem EU-Talentpool beitreten"
        if lang == "de"
        else "Rejoindre la réserve européenne de talents"
    )


def test_the_shipped_translations_pass_the_checker() -> None:
    issues = [i for i in check_game(ROOT) if "/i18n/" in Path(i.path).as_posix()]
    assert [i.format(ROOT) for i in issues] == []


def test_english_and_untranslated_languages_give_the_english_texts(english) -> None:
    for lang in (None, "en", "it"):
        content, issues = load_game(ROOT, lang)
        assert content.cards == english.cards and content.roles == english.roles
        assert not [i for i in issues if "/i18n/" in Path(i.path).as_posix()]


def test_missing_fields_fall_back_to_english_and_are_warnings(game_root, english) -> None:
    shutil.rmtree(game_root / "resources" / "game" / "i18n")
    path = _write(
        game_root,
        "de",
        "cards.yaml",
        "- id: eu-talent-pool\n  title: Dem EU-Talentpool beitreten\n",
    )
    content, issues = load_game(game_root, "de")
    card = content.cards["eu-talent-pool"]
    assert card.title == "Dem EU-Talentpool beitreten"
    assert card.description == english.cards["eu-talent-pool"].description
    assert card.legal_basis == english.cards["eu-talent-pool"].legal_basis
    assert content.cards["nat-early-work"].title == english.cards["nat-early-work"].title
    assert all(_same(r, english.roles[k]) for k, r in content.roles.items())  # no roles.yaml
    mine = [i for i in issues if "/i18n/" in Path(i.path).as_posix()]
    assert mine and all(i.severity == "warning" for i in mine)
    field_warning = [
        i for i in mine if i.path == str(path) and i.line == 1 and "description" in i.message
    ]
    assert field_warning, [i.format() for i in mine]
    assert any("nat-early-work" in i.message for i in mine)
    assert any(i.path.endswith("roles.yaml") for i in mine)
    # only warnings: the German game still loads, and check-content finds no error there
    assert load_game_or_raise(game_root, "de").cards["eu-talent-pool"].title.startswith("Dem")
    assert not [i for i in check_game(game_root) if i.is_error]


def test_a_role_translation_overlays_each_field_on_its_own(game_root, english) -> None:
    _write(
        game_root,
        "de",
        "roles.yaml",
        "- id: mayor\n"
        "  name: Bürgermeisterin\n"
        "  interests: [Geld, Ruhe, Arbeit]\n"
        "  secret:\n"
        "    text: Geheim.\n",
    )
    content, _ = load_game(game_root, "de")
    mayor, en = content.roles["mayor"], english.roles["mayor"]
    assert mayor.name == "Bürgermeisterin" and mayor.interests == ("Geld", "Ruhe", "Arbeit")
    assert mayor.secret.text == "Geheim." and mayor.secret.goals == en.secret.goals
    assert mayor.public_brief == en.public_brief and mayor.constraints == en.constraints
    assert _same(content.roles["eu-commissioner"], english.roles["eu-commissioner"])


def test_an_unknown_id_is_an_error_at_its_line_but_does_not_stop_the_game(game_root) -> None:
    path = game_root / "resources" / "game" / "i18n" / "fr" / "cards.yaml"
    text = path.read_text(encoding="utf-8")
    text += "\n- id: eu-no-such-card\n  title: Une carte inventée\n"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index("- id: eu-no-such-card") + 1
    errors = [i for i in check_game(game_root) if i.is_error]
    assert [(i.path, i.line, i.code) for i in errors] == [
        (str(path), line, "translation-unknown-id")
    ]
    assert "eu-no-such-card" in errors[0].message
    assert f"cards.yaml:{line}: error:" in errors[0].format()
    content = load_game_or_raise(game_root, "fr")  # the rest of the translation still applies
    assert "eu-no-such-card" not in content.cards
    assert content.cards["eu-talent-pool"].title == "Rejoindre la réserve européenne de talents"


def test_a_changed_act_number_in_a_legal_basis_is_a_warning(game_root) -> None:
    path = game_root / "resources" / "game" / "i18n" / "de" / "cards.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("Verordnung (EU) 2024/1351 (Asyl", "Verordnung (EU) 2024/1350 (Asyl", 1)
    )
    found = [i for i in check_game(game_root) if i.code == "translation-legal-basis"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "eu-solidarity-relocation" in found[0].message


def test_a_german_game_plays_through_with_german_texts() -> None:
    german = load_game_or_raise(ROOT, "de")
    game = play(german, seed=3, players=5, strategy="roles")
    assert game.is_over and game.state.adopted
    summary = session_summary(game)
    titles = [c["title"] for r in summary["rounds"] for c in r["adopted"]]
    assert titles == [german.cards[c].title for c in game.state.adopted]
    english = load_game_or_raise(ROOT)
    assert all(german.cards[c].title != english.cards[c].title for c in game.state.adopted)
    assert {s["role_name"] for s in summary["seats"]} <= {r.name for r in german.roles.values()}
    # the same seed and choices give the same game in English: only the texts differ
    same = play(english, seed=3, players=5, strategy="roles")
    assert same.state.adopted == game.state.adopted
    assert same.state.indicators == game.state.indicators


def test_a_save_made_in_english_resumes_in_german() -> None:
    english = load_game_or_raise(ROOT)
    game = play(english, seed=11, players=4, strategy="economy")
    saved = Game.from_json(english, game.to_json())
    german = load_game_or_raise(ROOT, "de")
    resumed = Game.from_json(german, saved.to_json())
    assert resumed.state == game.state
    card = resumed.state.adopted[0]
    assert session_summary(resumed)["rounds"][0]["adopted"][0]["title"] == (
        german.cards[resumed.state.rounds[0].adopted[0]].title
    )
    assert card in german.cards
    # mid-game, too: a French save continues in German
    french = load_game_or_raise(ROOT, "fr")
    mid = Game.new(french, 5, [PlayerSeat(f"P{i}") for i in range(4)], "AT")
    mid.apply(Action("advance"))
    mid.apply(Action("advance"))
    first = mid.round_cards()[0].id
    mid.apply(Action("propose", seat=0, card=first))
    again = Game.from_json(german, mid.to_json())
    assert again.state.phase == "discussion" and again.record.proposed() == [first]
    assert again.round_cards()[0].title == german.cards[first].title
