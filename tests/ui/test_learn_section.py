"""The Learn section: lessons render in the real web view and quizzes answer through the core."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from destination_europe import paths
from destination_europe.core.content.quiz import option_token
from destination_europe.ui.app import build_main_window


def _js(qtbot, view, script: str):
    box = {}
    view.run_js(script, lambda value: box.setdefault("v", value))
    qtbot.waitUntil(lambda: "v" in box, timeout=10000)
    return box["v"]


@pytest.fixture()
def learn(qtbot, data_dir):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    win.show_section("learn")
    section = win.section("learn")
    section.activated()
    qtbot.waitUntil(lambda: section.view is not None and section.view.is_painted, timeout=30000)
    return win, section


def _open(qtbot, section, lesson_id: str, index: int) -> None:
    section.open_lesson(lesson_id, index)
    qtbot.waitUntil(lambda: section.view.is_painted, timeout=30000)


@pytest.mark.parametrize("pick_correct", [True, False])
def test_single_choice_quiz_answered_in_the_page_gets_feedback(learn, qtbot, pick_correct) -> None:
    win, section = learn
    _open(qtbot, section, "words-that-matter", 1)
    quiz = section.lesson.block("who-quiz")
    item = next(i for i in quiz.items if i.kind == "single")
    option = next(o for o in item.options if o.correct is pick_correct)
    token = option_token(quiz.id, item.id, option.id)
    store = section.services.progress
    before = len(store.attempts("words-that-matter"))
    with qtbot.waitSignal(
        section.view.message, timeout=10000, check_params_cb=lambda k, p: k == "quiz.answer"
    ):
        _js(
            qtbot,
            section.view,
            f"""
            (function() {{
              const form = document.querySelector('.de-quiz-form[data-item="{item.id}"]');
              form.querySelector('input[value="{token}"]').click();
              form.querySelector('button[type=submit], input[type=submit]').click();
              return true;
            }})()""",
        )
    verdict_js = (
        f"(document.querySelector('.de-quiz-form[data-item=\"{item.id}\"] .de-verdict')"
        " || {textContent: ''}).textContent"
    )
    qtbot.waitUntil(lambda: _js(qtbot, section.view, verdict_js) != "", timeout=10000)
    verdict = _js(qtbot, section.view, verdict_js)
    assert verdict == ("Correct" if pick_correct else "Not quite")
    attempts = store.attempts("words-that-matter")  # stored in SQLite before the reply
    assert len(attempts) == before + 1
    assert attempts[-1].item_id == item.id and attempts[-1].correct is pick_correct


def test_stepper_moves_between_sections_and_remembers_the_place(learn, qtbot, data_dir) -> None:
    win, section = learn
    _open(qtbot, section, "application-step-by-step", 0)
    assert not section.prev_button.isEnabled() and section.next_button.isEnabled()
    section.next_button.click()
    qtbot.waitUntil(lambda: section.view.is_painted, timeout=30000)
    assert section.index == 1
    assert "2" in section.position.text()
    win.close()
    assert win.services.progress.resume_point() == ("application-step-by-step", 1)
    again = build_main_window(data_dir, "en")
    qtbot.addWidget(again)
    again.section("learn").activated()
    assert again.section("learn").lesson.id == "application-step-by-step"
    assert again.section("learn").index == 1


def test_glossary_link_in_a_lesson_opens_the_side_panel(learn, qtbot) -> None:
    win, section = learn
    _open(qtbot, section, "words-that-matter", 0)
    _js(qtbot, section.view, "document.querySelector('a.de-term').click(); true")
    qtbot.waitUntil(lambda: section.side.isVisible(), timeout=10000)
    assert section.side.toPlainText().strip() != ""


def test_a_broken_lesson_shows_the_checker_message_and_others_still_work(
    qtbot, tmp_path: Path, data_dir
) -> None:
    root = tmp_path / "content"
    shutil.copytree(paths.lessons_dir(), root / "lessons")
    shutil.copytree(paths.resources_dir(), root / "resources")
    broken = root / "lessons" / "00-getting-started" / "application-step-by-step.md"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace("```quiz", "```quiz\n: : [", 1), encoding="utf-8"
    )
    win = build_main_window(data_dir, "en", content_root=root)
    qtbot.addWidget(win)
    win.show()
    win.show_section("learn")  # a hidden web view never paints
    section = win.section("learn")
    section.activated()
    section.open_lesson("application-step-by-step")
    assert section.lesson is None and "cannot be shown" in section.lesson_title.text()
    qtbot.waitUntil(lambda: section.view.is_painted, timeout=30000)
    text = _js(qtbot, section.view, "document.body.innerText")
    assert "application-step-by-step.md:" in text
    section.open_lesson("words-that-matter")
    assert section.lesson is not None and section.lesson.id == "words-that-matter"


def test_every_lesson_label_has_a_translatable_text() -> None:
    from destination_europe.core.content.render import DEFAULT_LABELS
    from destination_europe.ui.lesson_labels import lesson_labels

    assert set(lesson_labels()) == set(DEFAULT_LABELS)


def test_chart_block_is_drawn_from_the_shipped_statistics(learn, qtbot) -> None:
    win, section = learn
    _open(qtbot, section, "words-that-matter", 2)
    state = _js(
        qtbot,
        section.view,
        "JSON.stringify({plots: document.querySelectorAll("
        "'.de-chart-plot .main-svg').length, empty: document.querySelectorAll("
        "'.de-chart-placeholder').length})",
    )
    counts = json.loads(state)
    assert counts["plots"] >= 1 and counts["empty"] == 0
    figure = section._chart_figures(2)["first-time-chart"]
    germany = next(t for t in figure["data"] if t["name"] == "Germany")
    assert dict(zip(germany["x"], germany["y"], strict=True))[2023] == 329035
    assert win.services.web_engine.interceptor.blocked_count == 0


def test_home_offers_to_continue_exactly_where_the_learner_stopped(learn, qtbot) -> None:
    win, section = learn
    _open(qtbot, section, "application-step-by-step", 2)
    home = win.section("home")
    win.show_section("home")
    home.activated()
    assert home.continue_button.isVisible()
    assert "An application, step by step" in home.continue_button.accessibleDescription()
    section.open_lesson("words-that-matter", 0)  # wander off (hidden: no paint), then continue
    section.services.settings.setValue("learn/lesson", "application-step-by-step")
    section.services.settings.setValue("learn/section", 2)
    section.catalog = None  # as after a restart
    section.tree.clear()
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    assert win.current_section() is section
    assert section.lesson.id == "application-step-by-step" and section.index == 2


def test_module_list_shows_progress_marks(learn, qtbot) -> None:
    win, section = learn
    lesson = section.catalog.lesson("application-step-by-step")
    for index in range(len(lesson.sections)):
        _open(qtbot, section, "application-step-by-step", index)
    top = next(
        section.tree.topLevelItem(i)
        for i in range(section.tree.topLevelItemCount())
        if any(
            section.tree.topLevelItem(i).child(j).data(0, Qt.ItemDataRole.UserRole)
            == "application-step-by-step"
            for j in range(section.tree.topLevelItem(i).childCount())
        )
    )
    marks = {
        top.child(j).data(0, Qt.ItemDataRole.UserRole): top.child(j).text(0)
        for j in range(top.childCount())
    }
    assert marks["application-step-by-step"].startswith("✓ ")
    done = sum(1 for text in marks.values() if text.startswith("✓ "))
    assert top.text(0).endswith(f"({done}/{top.childCount()})") and done >= 1
    assert win.services.progress.lesson_progress("application-step-by-step").completed


def test_bookmark_and_note_go_to_my_progress(learn, qtbot) -> None:
    win, section = learn
    _open(qtbot, section, "application-step-by-step", 1)
    section.bookmark()
    section.add_note("Ask the class about the deadlines.")
    store = win.services.progress
    marks = store.bookmarks()
    assert marks and marks[-1].lesson_id == "application-step-by-step" and marks[-1].section == 1
    notes = store.notes("application-step-by-step")
    assert any("deadlines" in n.text for n in notes)


def test_glossary_panel_shows_the_term_in_a_second_language(learn, qtbot) -> None:
    win, section = learn
    _open(qtbot, section, "words-that-matter", 0)
    section._show_term(section.glossary.get("refugee"))
    section.second_language.setCurrentIndex(section.second_language.findData("de"))
    text = section.side.toPlainText()
    assert "Flüchtling" in text and "(draft)" in text
    assert win.services.settings.value("learn/second_language") == "de"
    section.second_language.setCurrentIndex(section.second_language.findData(""))
    assert "Flüchtling" not in section.side.toPlainText()


def test_module_and_lesson_titles_follow_the_interface_language(qtbot, data_dir) -> None:
    """In German every module shows its module.de.yaml title (falling back to English where a
    module has none, see the core tests) and its lessons their German titles."""
    from destination_europe.core.content.loader import load_catalog

    catalog = load_catalog(paths.content_root())
    basics = next(m for m in catalog.modules if m.id == "migration-basics")
    win = build_main_window(data_dir, "de")
    qtbot.addWidget(win)
    win.show()
    section = win.section("learn")
    section.activated()
    from destination_europe.ui.sections.learn import ROLE_TITLE

    tops = {
        section.tree.topLevelItem(i).data(0, ROLE_TITLE): section.tree.topLevelItem(i)
        for i in range(section.tree.topLevelItemCount())
    }
    german = basics.text("de").title
    assert german != basics.title and german in tops
    assert tops[german].text(0).startswith(german)  # shown, with its (done/total) count
    first_lesson = tops[german].child(0).data(0, ROLE_TITLE)
    assert first_lesson == catalog.lesson(basics.lesson_ids[0], "de").title
    assert first_lesson != catalog.lessons[basics.lesson_ids[0]].title
    assert set(tops) == {m.text("de").title for m in catalog.modules}
