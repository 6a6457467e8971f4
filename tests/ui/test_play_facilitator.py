"""The facilitator's tools in the Play section: save and resume mid-round, hold-to-reveal
secret cards, the round timer, skipping a round, and the composite Member State."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from destination_europe.core.game import COMPOSITE, Action
from destination_europe.ui.app import build_main_window
from destination_europe.ui.play_facilitator import RoundTimer
from destination_europe.ui.play_store import GameSaves


def open_play(qtbot, data_dir):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.resize(1920, 1080)
    win.show()
    qtbot.waitUntil(lambda: win._painted, timeout=10000)
    win.show_section("play")
    sec = win.section("play")
    sec.activated()
    return win, sec


def start(qtbot, sec, *, seed: int = 9, country: str = "DE") -> None:
    setup = sec.setup
    setup.seed = seed
    setup.set_players(["Ana", "Ben", "Chloé", "Dara", "Emil"])
    setup.country_box.setCurrentIndex(setup.country_box.findData(country))
    qtbot.mouseClick(setup.start_button, Qt.MouseButton.LeftButton)
    assert sec.game is not None


@pytest.fixture()
def play(qtbot, data_dir):
    return open_play(qtbot, data_dir)


def test_save_and_resume_mid_round_from_the_json_file(play, qtbot, data_dir) -> None:
    _win, sec = play
    start(qtbot, sec)
    game = sec.game
    sec.apply(Action("advance"))
    cards = [c.id for c in game.round_cards()[:2]]
    for card in cards:
        sec.apply(Action("propose", seat=1, card=card))
    sec.apply(Action("open-vote"))
    qtbot.mouseClick(sec.decision.selectors[(cards[0], 0)].buttons["no"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(
        sec.decision.selectors[(cards[1], 2)].buttons["yes"], Qt.MouseButton.LeftButton
    )
    qtbot.keyClicks(sec.panel.notes, "Ben argued for speed.")
    sec.save()
    game_id = sec.game_id
    path = data_dir / "games" / f"{game_id}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    assert record["finished"] is False and record["game"]["state"]["phase"] == "decision"
    assert record["facilitator"]["notes"] == "Ben argued for speed."
    assert not list((data_dir / "games").glob("*.tmp"))  # the atomic write left no temp file

    # the next day: a new window over the same data folder
    _win2, sec2 = open_play(qtbot, data_dir)
    assert sec2.setup.saved.count() == 1
    assert "round 1, decision" in sec2.setup.saved.item(0).text()
    qtbot.mouseClick(sec2.setup.resume_button, Qt.MouseButton.LeftButton)
    resumed = sec2.game
    assert resumed is not None and sec2.game_id == game_id
    assert resumed.state.phase == "decision" and resumed.record.proposed() == cards
    assert resumed.record.vote_of(cards[0], 0) == "no"
    assert sec2.decision.selectors[(cards[0], 0)].choice() == "no"
    assert sec2.decision.selectors[(cards[1], 2)].choice() == "yes"
    assert sec2.panel.notes.toPlainText() == "Ben argued for speed."
    assert sec2.phases.currentWidget() is sec2.decision
    assert not sec2.panel.timer.running  # a resumed game waits for the facilitator
    assert resumed.to_json() == game.to_json()


def test_damaged_or_foreign_saves_are_refused_with_a_message(play, qtbot, data_dir) -> None:
    _win, sec = play
    start(qtbot, sec)
    path = data_dir / "games" / f"{sec.game_id}.json"
    record = json.loads(path.read_text(encoding="utf-8"))
    record["game"]["state"]["seats"][0]["role"] = "no-such-role"
    path.write_text(json.dumps(record), encoding="utf-8")
    (data_dir / "games" / "broken.json").write_text("{not json", encoding="utf-8")
    sec.show_setup()
    assert sec.setup.saved.count() == 1  # the broken file is left out of the list
    assert sec.resume_game(record["id"]) is False
    assert "other game content" in sec.setup.error.text()


def test_hold_to_reveal_shows_a_secret_only_while_held(play, qtbot) -> None:
    _win, sec = play
    start(qtbot, sec)
    panel = sec.panel
    seat = sec.game.state.seats[2]
    secret = sec.game.content.roles[seat.role].secret.text
    assert not panel.secret_shown
    assert secret not in sec.briefing.text.toPlainText()  # not on the shared screen
    hold = panel.reveal_buttons[2]
    qtbot.mousePress(hold, Qt.MouseButton.LeftButton)
    assert panel.secret_shown and panel.secret_text.text() == secret
    assert seat.name in panel.secret_title.text()
    qtbot.mouseRelease(hold, Qt.MouseButton.LeftButton)
    assert not panel.secret_shown and panel.secret_text.text() == ""
    # by keyboard: hold Space on the focused button
    hold.setFocus()
    qtbot.keyPress(hold, Qt.Key.Key_Space)
    assert panel.secret_shown
    qtbot.keyRelease(hold, Qt.Key.Key_Space)
    assert not panel.secret_shown


def test_round_timer_pauses_resumes_and_extends(play, qtbot) -> None:
    _win, sec = play
    start(qtbot, sec)
    timer = sec.panel.timer
    assert timer.running and timer.left == 25 * 60
    for _ in range(3):
        timer.tick()
    assert timer.left == 25 * 60 - 3
    qtbot.mouseClick(sec.panel.pause_button, Qt.MouseButton.LeftButton)
    assert not timer.running and not timer.qtimer.isActive()
    assert "Paused" in sec.panel.clock_state.text() and "paused" in sec.clock.text()
    timer.tick()
    assert timer.left == 25 * 60 - 3
    qtbot.mouseClick(sec.panel.pause_button, Qt.MouseButton.LeftButton)
    assert timer.running and timer.qtimer.isActive()
    qtbot.mouseClick(sec.panel.extend_button, Qt.MouseButton.LeftButton)
    assert timer.left == 25 * 60 - 3 + 120
    assert sec.panel.clock.text() == "26:57"


def test_timer_runs_on_a_real_qtimer_and_expires(qtbot) -> None:
    timer = RoundTimer(interval_ms=5)
    expired = []
    timer.expired.connect(lambda: expired.append(True))
    timer.start(3)
    qtbot.waitUntil(lambda: bool(expired), timeout=3000)
    assert timer.left == 0 and not timer.running and not timer.qtimer.isActive()


def test_skip_round_and_the_composite_member_state(play, qtbot, monkeypatch) -> None:
    _win, sec = play
    start(qtbot, sec, country=COMPOSITE)
    text = sec.briefing.text.toPlainText()
    assert "Composite Member State: EU27 figures" in text
    assert "Composite Member State" in sec.resources.text()
    briefing = sec.game.briefing()
    assert briefing.composite and briefing.data_country == "EU27"
    monkeypatch.setattr(sec, "confirm", lambda _q: True)
    qtbot.mouseClick(sec.panel.skip_button, Qt.MouseButton.LeftButton)
    record = sec.game.state.rounds[-1]
    assert record.skipped and sec.game.state.phase == "consequences"
    assert "The round was skipped" in sec.consequences.text.toPlainText()
    assert len(record.story) == len(sec.game.content.characters)
    assert not sec.panel.skip_button.isEnabled()


def test_keyboard_drives_the_round_and_controls_have_names(play, qtbot) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    _win, sec = play
    for kind in (QAbstractButton, QComboBox, QLineEdit, QSpinBox):
        for widget in sec.setup.findChildren(kind):
            if widget.objectName().startswith("qt_"):  # the spin boxes' inner editors
                continue
            assert widget.accessibleName(), widget
    start(qtbot, sec)
    qtbot.keyClick(sec, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert sec.game.state.phase == "discussion"
    card = sec.game.round_cards()[0]
    button = sec.discussion.cards[card.id].button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert sec.game.record.proposed() == [card.id]
    for widget in sec.game_page.findChildren(QAbstractButton):
        assert widget.accessibleName(), widget.text()


def test_game_saves_write_atomically(tmp_path) -> None:
    saves = GameSaves(tmp_path / "games")
    path = saves.on_game_saved("game-1", json.dumps({"state": {"seats": []}}), False)
    assert json.loads(path.read_text(encoding="utf-8"))["finished"] is False
    saves.on_game_saved("game-1", json.dumps({"state": {"seats": []}}), True)
    assert [s.finished for s in saves.list()] == [True]
    with pytest.raises(ValueError):
        saves.path_of("../escape")
