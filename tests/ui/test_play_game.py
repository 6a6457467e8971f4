"""The role-play through the real Play section: a full 4-player game by clicks, different
decisions give different stories, and the session summary exports to HTML and PDF."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from destination_europe import paths
from destination_europe.ui.app import build_main_window

NAMES = ["Ana", "Ben", "Chloe", "Dara"]  # keyClicks types ASCII only


@pytest.fixture()
def play(qtbot, data_dir):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitUntil(lambda: win._painted, timeout=10000)
    win.show_section("play")
    sec = win.section("play")
    sec.activated()
    assert sec.stack.currentWidget() is sec.setup
    return win, sec


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def start(qtbot, sec, *, seed: int, country: str = "AT", rule: str = "majority") -> None:
    setup = sec.setup
    setup.seed = seed
    for edit, name in zip(setup.names, NAMES, strict=False):
        edit.clear()
        qtbot.keyClicks(edit, name)
    setup.count.setValue(4)
    setup.country_box.setCurrentIndex(setup.country_box.findData(country))
    setup.rule_box.setCurrentIndex(setup.rule_box.findData(rule))
    click(qtbot, setup.start_button)
    assert sec.game is not None and sec.game.state.phase == "briefing"


def affordable(game, wanted: list[str] | None = None) -> list[str]:
    """Cards of this round the group can pay for together (the wanted ones first)."""
    budget, capital = game.state.budget, game.state.capital
    cards = game.round_cards()
    if wanted:
        cards = [c for c in cards if c.id in wanted] + [c for c in cards if c.id not in wanted]
    else:
        cards = sorted(cards, key=lambda c: (c.cost_budget, c.id))
    chosen: list[str] = []
    for card in cards:
        if game.blocked_by(card) or any(card.id in game.content.cards[c].excludes for c in chosen):
            continue
        if card.cost_budget <= budget and card.cost_capital <= capital:
            chosen.append(card.id)
            budget -= card.cost_budget
            capital -= card.cost_capital
        if len(chosen) == 2:
            break
    return chosen


def play_round(qtbot, sec, wanted: list[str] | None = None, against: str | None = None) -> list:
    """Briefing → discussion → decision → consequences, all by clicking the UI."""
    game = sec.game
    assert sec.phases.currentWidget() is sec.briefing
    click(qtbot, sec.briefing.go)
    assert game.state.phase == "discussion"
    cards = affordable(game, wanted)
    extra = against
    for n, card_id in enumerate(cards + ([extra] if extra else [])):
        sec.discussion.speaker.setCurrentIndex(n % sec.discussion.speaker.count())
        click(qtbot, sec.discussion.cards[card_id].button)
    assert game.record.proposed() == cards + ([extra] if extra else [])
    click(qtbot, sec.discussion.go)
    assert game.state.phase == "decision"
    for card_id in game.record.proposed():
        choice = "no" if card_id == extra else "yes"
        for seat in game.state.seats:
            click(qtbot, sec.decision.selectors[(card_id, seat.index)].buttons[choice])
    for card_id in cards:
        assert "passes the vote" in sec.decision.tallies[card_id].text()
    if extra:
        assert "does not pass" in sec.decision.tallies[extra].text()
    click(qtbot, sec.decision.go)
    assert game.state.phase == "consequences"
    record = game.state.rounds[-1]
    assert record.adopted == cards
    if extra:
        assert record.rejected == {extra: "vote"}
    return cards


def test_full_four_player_game_through_the_ui(play, qtbot, data_dir) -> None:
    win, sec = play
    start(qtbot, sec, seed=11)
    game = sec.game
    assert [s.name for s in game.state.seats] == NAMES
    assert len({s.role for s in game.state.seats}) == 4
    # the briefing shows real statistics with dataset code and year
    text = sec.briefing.text.toPlainText()
    assert "Real data: Austria" in text and "migr_asyappctza" in text
    assert any(str(y) in text for y in range(2018, 2027))
    assert game.briefing().news.text[:40] in text
    saved = data_dir / "games" / f"{sec.game_id}.json"
    assert saved.is_file()
    for number in range(3):
        adopted = play_round(qtbot, sec, against=None if number else "eu-return-cooperation")
        assert adopted, "the group could afford at least one card"
        stories = sec.consequences.text.toPlainText()
        record = game.state.rounds[-1]
        assert len(record.story) == len(game.content.characters)
        for frag_id in record.story.values():
            assert game.content.fragments[frag_id].text[:50] in " ".join(stories.split())
        html = sec.consequences.text.toHtml()
        assert "glossary:" in html
        if number == 0:
            view = sec.consequences.view
            qtbot.waitUntil(lambda v=view: v.is_painted, timeout=30000)
            assert view.last_error is None
        on_disk = json.loads(saved.read_text(encoding="utf-8"))
        assert on_disk["game"]["state"]["rounds"][-1]["adopted"] == adopted
        assert on_disk["finished"] is False
        click(qtbot, sec.consequences.go)
    assert game.is_over and sec.phases.currentWidget() is sec.debrief
    debrief = sec.debrief.text.toPlainText()
    assert "Secret priorities revealed" in debrief
    for seat in game.state.seats:
        assert game.content.roles[seat.role].secret.text[:40] in " ".join(debrief.split())
    assert "What real countries did" in debrief
    first_question = game.content.debrief["eu"].questions[0]
    assert first_question in debrief
    html = sec.debrief.text.toHtml()
    assert 'href="glossary:' in html and 'href="country:' in html
    assert json.loads(saved.read_text(encoding="utf-8"))["finished"] is True
    assert win.services.web_engine.interceptor.blocked_count == 0


def test_different_decisions_tell_different_stories(play, qtbot) -> None:
    _win, sec = play
    start(qtbot, sec, seed=5)
    play_round(qtbot, sec, wanted=["eu-solidarity-relocation", "eu-talent-pool"])
    story_a = dict(sec.game.state.rounds[-1].story)
    text_a = sec.consequences.text.toPlainText()
    sec.show_setup()
    start(qtbot, sec, seed=5)
    play_round(qtbot, sec, wanted=["eu-border-procedure-wide", "eu-solidarity-contribution"])
    story_b = dict(sec.game.state.rounds[-1].story)
    text_b = sec.consequences.text.toPlainText()
    assert story_a["yonas"] == "yonas-eu-relocated" and story_b["yonas"] == "yonas-eu-age"
    assert story_a["joseph"] != story_b["joseph"]
    assert story_a["amira"] != story_b["amira"]
    assert text_a != text_b
    # both games are in the resume list, newest first
    sec.show_setup()
    assert sec.setup.saved.count() == 2


def test_summary_exports_to_html_and_pdf(play, qtbot, tmp_path) -> None:
    from destination_europe.core.game import Action

    _win, sec = play
    start(qtbot, sec, seed=3, rule="consensus")
    sec.panel.notes.setPlainText("Come back to the border procedure.")
    game = sec.game
    while not game.is_over:
        if game.state.phase == "discussion":
            card = affordable(game)[0]
            sec.apply(Action("propose", seat=0, card=card))
            sec.apply(Action("open-vote"))
            sec.apply(Action("vote", seat=0, card=card, choice="yes"))
            sec.apply(Action("close-vote"))
        else:
            sec.apply(Action("advance"))
    html_path = sec.debrief.export("html", tmp_path / "summary.html")
    text = html_path.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert "Destination Europe — session summary" in text
    for rnd in game.content.rounds:
        assert rnd.title.replace("–", "&ndash;") in text or rnd.title in text
    for card_id in game.state.adopted:
        assert game.content.cards[card_id].title in text
    for char in game.content.characters.values():
        assert f"<b>{char.name}:</b>" in text
    assert "Secret priorities revealed" in text and "Votes" in text
    assert "Come back to the border procedure." in text
    assert "data:image/png;base64," in text
    assert "glossary:" not in text  # an exported file has no in-app links
    pdf_path = sec.debrief.export("pdf", tmp_path / "summary.pdf")
    data = pdf_path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000
    assert "Saved:" in sec.debrief.status.text()


def test_pdf_chart_takes_only_its_own_height(play, qtbot, tmp_path) -> None:
    """The block holding the indicator chart is as tall as the chart: no blank band under it
    (Qt multiplies a line's height by the page's line-height, images included)."""
    from PySide6.QtGui import QPdfWriter, QTextImageFormat

    from destination_europe.core.game import Action
    from destination_europe.ui.play_export import pdf_document

    _win, sec = play
    start(qtbot, sec, seed=3)
    sec.apply(Action("advance"))
    writer = QPdfWriter(str(tmp_path / "probe.pdf"))
    writer.setResolution(150)
    doc = pdf_document(sec.game, sec.ctx, writer)
    layout = doc.documentLayout()
    block = doc.begin()
    found = None
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                found = (block, QTextImageFormat(fmt))
            it += 1
        block = block.next()
    assert found is not None, "the PDF has no chart image"
    block, image = found
    image_height = image.height() * writer.resolution() / 96  # CSS px -> device px
    # from the top of the chart's block to the top of what follows it (the table)
    top = layout.blockBoundingRect(block).top()
    next_top = layout.blockBoundingRect(block.next()).top()
    assert image.width() > 500
    assert next_top - top < image_height * 1.15, (next_top - top, image_height)


def test_country_names_and_round_texts_follow_the_interface_language(qtbot, data_dir) -> None:
    """In French the set-up lists "Autriche", the briefing names it so, and the round,
    news flash and story texts are the French ones."""
    from destination_europe.core.game import load_game

    win = build_main_window(data_dir, "fr")
    qtbot.addWidget(win)
    win.show()
    win.show_section("play")
    sec = win.section("play")
    sec.activated()
    box = sec.setup.country_box
    assert box.itemText(box.findData("AT")) == "Autriche"
    names = [box.itemText(i) for i in range(1, box.count())]
    assert names.index("Autriche") < names.index("Belgique")  # sorted in the language
    start(qtbot, sec, seed=3, country="AT")
    assert sec.ctx.country_name("AT") == "Autriche"
    english = load_game(paths.content_root())[0].round_by_id("eu")
    rnd = sec.game.content.round_by_id("eu")
    assert rnd.title != english.title and rnd.title in sec.round_label.text()
