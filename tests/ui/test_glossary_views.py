"""The upgraded glossary section: ranked results as you type, A–Z and theme filters, the
term page with draft marks and lesson back-links, the relation map and the quiz."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from destination_europe.core.content.session import InMemoryProgressSink
from destination_europe.ui.app import build_main_window


def open_glossary(qtbot, data_dir):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    win.show_section("glossary")
    section = win.section("glossary")
    section.activated()
    return win, section


def test_results_as_you_type_ranked_and_filters(qtbot, data_dir):
    _win, section = open_glossary(qtbot, data_dir)
    everything = section.visible_ids()
    assert len(everything) >= 14 and "refugee" in everything
    qtbot.keyClicks(section.search, "refu")
    results = section.visible_ids()
    assert results[0] == "refugee" and "refugee-status" in results[:10]
    assert section.list.currentItem().data(Qt.ItemDataRole.UserRole) == "refugee"
    section.search.clear()
    qtbot.keyClicks(section.search, "subsidary")  # typo
    assert section.visible_ids()[0] == "subsidiary-protection"
    section.search.clear()
    assert section.visible_ids() == everything
    section.letter_buttons["R"].click()
    assert section.visible_ids() and all(
        section._glossary.get(i).term.upper().startswith("R") for i in section.visible_ids()
    )
    assert not section.letter_buttons["Q"].isEnabled() or any(
        e.term.upper().startswith("Q") for e in section._glossary
    )
    section.letter_buttons[""].click()
    index = section.theme_box.findData("borders-visas-schengen")
    section.theme_box.setCurrentIndex(index)
    ids = section.visible_ids()
    assert "entry-exit-system" in ids and "refugee" not in ids


def test_term_page_draft_marks_relations_and_lesson_backlinks(qtbot, data_dir):
    win, section = open_glossary(qtbot, data_dir)
    section.open_target("refugee")
    text = section.entry.toPlainText()
    assert "persecution" in text and "Français" in text and "réfugié" in text
    assert "draft" in text  # the French equivalent is not reviewed yet
    assert "refugee status" in text  # a related term, as a link
    qtbot.waitUntil(lambda: "Words that matter" in section.entry.toPlainText(), timeout=5000)
    assert "lesson:words-that-matter" in section.entry.toHtml()
    with qtbot.waitSignal(section.linkActivated) as signal:
        section._on_anchor(QUrl("lesson:words-that-matter"))
    assert signal.args == ["lesson", "words-that-matter"]
    assert win.current_section() is win.section("learn")


def test_relation_map_click_and_keyboard_move_the_centre(qtbot, data_dir):
    _win, section = open_glossary(qtbot, data_dir)
    section.open_target("international-protection")
    section.entry_tabs.setCurrentWidget(section.map)
    view = section.map
    assert {"refugee-status", "subsidiary-protection"} <= set(view.nodes)
    node = view.nodes["refugee-status"]
    point = view.mapFromScene(node.scenePos())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: view.graph.centre == "refugee-status", timeout=3000)
    assert section.list.currentItem().data(Qt.ItemDataRole.UserRole) == "refugee-status"
    view.setFocus()
    view.nodes["international-protection"].setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.graph.centre == "international-protection", timeout=3000)
    assert section.entry_tabs.currentWidget() is view  # the map stays on screen


def test_quiz_gives_feedback_and_records_the_attempt(qtbot, data_dir):
    _win, section = open_glossary(qtbot, data_dir)
    quiz = section.quiz
    quiz.sink = sink = InMemoryProgressSink()
    section.tabs.setCurrentWidget(quiz)
    assert quiz.questions  # generated on first show
    quiz.start(seed=5, theme=None)
    q = quiz.question
    wrong = next(o.id for o in q.options if o.id != q.answer)
    quiz.choose(wrong)
    qtbot.mouseClick(quiz.check_button, Qt.MouseButton.LeftButton)
    assert "Not quite" in quiz.feedback.toPlainText()
    html = quiz.feedback.toHtml()
    assert f"glossary:{q.answer}" in html or f"glossary:{q.term_id}" in html
    assert sink.attempts == [("glossary", "glossary-quiz", q.id, wrong, False)]
    qtbot.mouseClick(quiz.next_button, Qt.MouseButton.LeftButton)
    q2 = quiz.question
    quiz.choose(q2.answer)
    quiz.check()
    assert "Correct" in quiz.feedback.toPlainText() and quiz.score == 1
    target = q2.answer if q2.kind != "relation" else q2.term_id
    quiz._on_anchor(QUrl(f"glossary:{target}"))
    assert section.tabs.currentIndex() == 0
    assert section.list.currentItem().data(Qt.ItemDataRole.UserRole) == target


def test_selftest_views_prepare_without_a_web_view(qtbot, data_dir):
    _win, section = open_glossary(qtbot, data_dir)
    names = []
    for name, prepare in section.selftest_views():
        assert prepare() is None
        names.append(name)
        assert not section.grab().isNull()
    assert names == ["glossary", "glossary-term", "glossary-map", "glossary-quiz"]
