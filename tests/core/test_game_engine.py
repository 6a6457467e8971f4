"""The role-play engine: phases, decision rules, budget, solo modes, saving and resuming."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from destination_europe.core.game import (
    COMPOSITE,
    Action,
    Game,
    GameError,
    PlayerSeat,
    load_game_or_raise,
)
from destination_europe.core.game.simulate import outcome, play, play_round
from destination_europe.core.game.summary import session_summary

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def content():
    return load_game_or_raise(ROOT)


def seats(n: int) -> list[PlayerSeat]:
    return [PlayerSeat(f"P{i}") for i in range(n)]


@pytest.mark.parametrize("rule", ["consensus", "majority", "lead"])
def test_a_full_game_runs_through_every_phase(content, rule) -> None:
    game = Game.new(content, 11, seats(5), "AT", decision_rule=rule)
    phases = [game.state.phase]
    while not game.is_over:
        if game.state.phase in ("setup", "consequences"):
            events = game.apply(Action("advance"))
        else:
            play_round(game, "roles")
            events = []
        phases += [e.data["phase"] for e in events if e.kind == "phase"]
        phases.append(game.state.phase)
    assert phases[0] == "setup" and phases[-1] == "debrief"
    assert [r.round for r in game.state.rounds] == ["eu", "national", "city"]
    assert len(game.state.history) == 4  # start + after each round
    for character, told in game.state.story.items():
        assert len(told) == 3, character
    assert len(game.state.scores) == 5
    debrief = game.debrief()
    assert debrief.finished and len(debrief.rounds) == 3
    assert all(r.questions for r in debrief.rounds)
    with pytest.raises(GameError, match="game-over"):
        game.apply(Action("advance"))


def test_same_seed_gives_the_same_game_and_another_seed_can_differ(content) -> None:
    a = outcome(play(content, 5, 5, "roles"), "roles")
    b = outcome(play(content, 5, 5, "roles"), "roles")
    assert a == b
    others = {outcome(play(content, s, 5, "roles"), "roles").adopted for s in range(6, 16)}
    assert len(others | {a.adopted}) > 1


def test_saving_mid_round_and_resuming_gives_the_same_end(content) -> None:
    reference = play(content, 21, 4, "economy", "majority")

    game = Game.new(content, 21, seats(4), COMPOSITE, decision_rule="majority")
    game.apply(Action("advance"))
    play_round(game, "economy")
    game.apply(Action("advance"))
    game.apply(Action("advance"))  # into the national discussion
    # half the proposals, then save and resume in a "new process"
    from destination_europe.core.game import simulate

    proposals = simulate._proposals(game, "economy")
    for seat, card in proposals[:2]:
        game.apply(Action("propose", seat=seat, card=card))
    saved = game.to_json()
    resumed = Game.from_json(content, saved)
    assert resumed.to_json() == saved
    for seat, card in proposals[2:]:
        resumed.apply(Action("propose", seat=seat, card=card))
    # finish the round the way play_round does, from the vote on
    record = resumed.record
    resumed.apply(Action("open-vote"))
    for card_id in record.proposed():
        for s in resumed.state.seats:
            value = simulate._utility(resumed, s.index, content.cards[card_id], "economy")
            choice = simulate.scripted_choice(value)
            if choice == "abstain":
                choice = "yes" if value > 0 else "no"
            resumed.apply(Action("vote", seat=s.index, card=card_id, choice=choice))
    resumed.apply(Action("close-vote"))
    resumed.apply(Action("advance"))
    play_round(resumed, "economy")
    resumed.apply(Action("advance"))
    assert resumed.is_over
    assert resumed.state.indicators == reference.state.indicators
    assert resumed.state.adopted == reference.state.adopted
    assert resumed.state.story == reference.state.story
    assert resumed.state.scores == reference.state.scores


def test_a_broken_or_foreign_save_is_refused(content) -> None:
    with pytest.raises(GameError, match="bad-save"):
        Game.from_json(content, "{not json")
    with pytest.raises(GameError, match="bad-save"):
        Game.from_json(content, json.dumps({"format": "something-else"}))
    game = play(content, 3, 4, "roles")
    data = game.to_dict()
    data["state"]["adopted"].append("no-such-card")
    data["state"]["rounds"][0]["adopted"].append("no-such-card")
    with pytest.raises(GameError, match="content-mismatch"):
        Game.from_dict(content, data)


def _to_decision(game: Game, cards: list[str], seat: int = 0) -> None:
    game.apply(Action("advance"))  # setup → briefing
    game.apply(Action("advance"))  # briefing → discussion
    for card in cards:
        game.apply(Action("propose", seat=seat, card=card))
    game.apply(Action("open-vote"))


def test_consensus_needs_no_objection_and_majority_counts_votes(content) -> None:
    for rule, expected in (("consensus", []), ("majority", ["eu-talent-pool"])):
        game = Game.new(content, 1, seats(4), "DE", decision_rule=rule)
        _to_decision(game, ["eu-talent-pool"])
        for seat, choice in enumerate(["yes", "yes", "yes", "no"]):
            game.apply(Action("vote", seat=seat, card="eu-talent-pool", choice=choice))
        game.apply(Action("close-vote"))
        assert game.record.adopted == expected, rule
        if not expected:
            assert game.record.rejected == {"eu-talent-pool": "vote"}


def test_lead_rule_follows_the_round_lead(content) -> None:
    players = [
        PlayerSeat("A", "mayor"),
        PlayerSeat("B", "eu-commissioner"),
        PlayerSeat("C"),
        PlayerSeat("D"),
    ]
    game = Game.new(content, 2, players, "FR", decision_rule="lead")
    _to_decision(game, ["eu-talent-pool", "eu-frontex-support"])
    assert game.record.lead_seat == 1  # the Commissioner leads the EU round
    for seat in range(4):
        game.apply(
            Action("vote", seat=seat, card="eu-talent-pool", choice="no" if seat != 1 else "yes")
        )
        game.apply(
            Action(
                "vote", seat=seat, card="eu-frontex-support", choice="yes" if seat != 1 else "no"
            )
        )
    events = game.apply(Action("close-vote"))
    assert game.record.adopted == ["eu-talent-pool"]
    assert any(e.kind == "story" for e in events)


def test_budget_and_exclusions_limit_what_is_adopted(content) -> None:
    game = Game.new(content, 4, seats(3), "IT", decision_rule="majority")
    cards = [
        "eu-border-procedure-wide",
        "eu-border-procedure-narrow",
        "eu-solidarity-contribution",
        "eu-solidarity-relocation",
        "eu-resettlement-places",
    ]
    _to_decision(game, cards)
    for card in cards:
        for seat in range(3):
            game.apply(Action("vote", seat=seat, card=card, choice="yes"))
    budget = game.state.budget
    game.apply(Action("close-vote"))
    record = game.record
    assert record.rejected["eu-border-procedure-narrow"] == "excluded"
    assert "over-budget" in record.rejected.values()
    spent = sum(content.cards[c].cost_budget for c in record.adopted)
    assert spent <= budget and game.state.budget == budget - spent


def test_refused_actions_carry_codes(content) -> None:
    game = Game.new(content, 1, seats(4), "BE")
    with pytest.raises(GameError, match="wrong-phase"):
        game.apply(Action("vote", seat=0, card="eu-talent-pool", choice="yes"))
    game.apply(Action("advance"))
    game.apply(Action("advance"))
    with pytest.raises(GameError, match="unknown-card"):
        game.apply(Action("propose", seat=0, card="city-mentoring"))  # a later round's card
    with pytest.raises(GameError, match="unknown-seat"):
        game.apply(Action("propose", seat=9, card="eu-talent-pool"))
    game.apply(Action("propose", seat=0, card="eu-talent-pool"))
    with pytest.raises(GameError, match="already-proposed"):
        game.apply(Action("propose", seat=1, card="eu-talent-pool"))
    game.apply(Action("open-vote"))
    with pytest.raises(GameError, match="bad-choice"):
        game.apply(Action("vote", seat=0, card="eu-talent-pool", choice="maybe"))
    with pytest.raises(GameError, match="unknown-action"):
        game.apply(Action("dance"))
    for bad in (
        dict(country="XX"),
        dict(country="AT", decision_rule="dictator"),
        dict(country="AT", mode="solo"),
    ):
        with pytest.raises(GameError):
            Game.new(content, 1, seats(2), **bad)


def test_available_actions_are_all_accepted(content) -> None:
    game = Game.new(content, 9, seats(4), "SE")
    for _ in range(40):
        actions = game.available_actions()
        if not actions:
            break
        for action in actions:
            if action.kind in ("propose", "vote", "withdraw"):
                trial = Game.from_json(content, game.to_json())
                trial.apply(action)  # must not raise
        kinds = [a.kind for a in actions]
        nxt = next(k for k in ("advance", "open-vote", "close-vote") if k in kinds)
        if nxt == "open-vote":
            game.apply(next(a for a in actions if a.kind == "propose"))
        game.apply(Action(nxt))
    assert game.is_over and game.available_actions() == []


def test_solo_mode_scripts_the_other_seats(content) -> None:
    game = Game.new(content, 8, [PlayerSeat("Me", "mayor")], "PL", mode="solo")
    assert len(game.state.seats) == 5
    assert [s.human for s in game.state.seats] == [True, False, False, False, False]
    game.apply(Action("advance"))
    events = game.apply(Action("advance"))
    scripted = [e for e in events if e.kind == "proposed"]
    assert scripted and all(e.data["scripted"] for e in scripted)
    assert all(a.seat in (None, 0) for a in game.available_actions())
    events = game.apply(Action("open-vote"))
    assert {e.data["seat"] for e in events if e.kind == "vote"} == {1, 2, 3, 4}
    with pytest.raises(GameError, match="not-human"):
        game.apply(Action("vote", seat=1, card=game.record.proposed()[0], choice="no"))


def test_all_seats_mode_lets_one_person_play_every_seat(content) -> None:
    game = Game.new(content, 8, [PlayerSeat("Sam")], COMPOSITE, mode="all-seats", seats=6)
    assert len(game.state.seats) == 6 and all(s.human and s.name == "Sam" for s in game.state.seats)
    assert len({s.role for s in game.state.seats}) == 6


def test_briefing_for_a_composite_member_state_shows_only_rates(content) -> None:
    game = Game.new(content, 1, seats(4), COMPOSITE)
    game.apply(Action("advance"))
    briefing = game.briefing()
    assert briefing.composite and briefing.data_country == "EU27"
    assert briefing.statistics
    units = content.statistics_units
    assert all(units[i] in ("percent", "per-100k") for i in briefing.statistics)
    real = Game.new(content, 1, seats(4), "GR")
    real.apply(Action("advance"))
    assert not real.briefing().composite and real.briefing().data_country == "GR"
    assert len(real.briefing().statistics) >= len(briefing.statistics)


def test_skipping_a_round_still_tells_the_stories(content) -> None:
    game = Game.new(content, 1, seats(4), "AT")
    game.apply(Action("advance"))
    events = game.apply(Action("skip-round"))
    assert game.record.skipped and game.record.adopted == []
    told = {e.data["character"] for e in events if e.kind == "story"}
    assert told == set(content.characters)


def test_session_summary_is_plain_json_with_texts(content) -> None:
    game = play(content, 12, 5, "cohesion", "consensus", "NL")
    summary = session_summary(game)
    text = json.dumps(summary)
    assert json.loads(text) == summary
    assert len(summary["rounds"]) == 3
    story = summary["rounds"][0]["stories"][0]
    assert story["text"] and story["source"]
    assert summary["history"][0] == dict.fromkeys(summary["indicators"], 50)
    assert {s["role"] for s in summary["scores"]} == {s["role"] for s in summary["seats"]}
