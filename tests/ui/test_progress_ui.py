"""The progress screens: resume after a restart, profiles, the teacher PIN, the class report,
passports and recovery from a damaged database, driven through the real main window."""

from __future__ import annotations

import csv
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QTableView

from destination_europe.core.content.quiz import option_token
from destination_europe.core.progress import DB_NAME, ProgressStore
from destination_europe.core.progress.reports import LEARNER_COLUMNS, QUESTION_COLUMNS
from destination_europe.ui.app import build_main_window
from destination_europe.ui.progress_profiles import ClassDialog, NewProfileDialog, ProfileSwitcher


def _window(qtbot, data_dir: Path):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitUntil(lambda: win._painted, timeout=10000)
    win.progress_ui.start()  # normally on the first paint; idempotent
    return win


def _js(qtbot, view, script: str):
    box = {}
    view.run_js(script, lambda value: box.setdefault("v", value))
    qtbot.waitUntil(lambda: "v" in box, timeout=10000)
    return box["v"]


def _attempts(store, profile_id: str, n: int, lesson: str = "words-that-matter") -> None:
    store.set_current_profile(profile_id)
    store.lesson_opened(lesson)
    for i in range(n):
        store.record_attempt(lesson, "who-quiz", f"item{i % 3}", "x", i % 2 == 0)


def test_answer_restart_and_land_exactly_where_the_learner_stopped(qtbot, data_dir) -> None:
    win = _window(qtbot, data_dir)
    win.show_section("learn")
    learn = win.section("learn")
    learn.activated()
    learn.open_lesson("words-that-matter", 1)
    qtbot.waitUntil(lambda: learn.view is not None and learn.view.is_painted, timeout=30000)
    quiz = learn.lesson.block("who-quiz")
    item = next(i for i in quiz.items if i.kind == "single")
    option = next(o for o in item.options if not o.correct)
    token = option_token(quiz.id, item.id, option.id)
    with qtbot.waitSignal(
        learn.view.message, timeout=10000, check_params_cb=lambda k, p: k == "quiz.answer"
    ):
        _js(
            qtbot,
            learn.view,
            f"""(function() {{
              const form = document.querySelector('.de-quiz-form[data-item="{item.id}"]');
              form.querySelector('input[value="{token}"]').click();
              form.querySelector('button[type=submit], input[type=submit]').click();
              return true; }})()""",
        )
    qtbot.waitUntil(lambda: len(win.services.progress.attempts()) == 1, timeout=10000)
    win.close()

    again = _window(qtbot, data_dir)
    home = again.section("home")
    again.show_section("home")
    home.activated()
    assert home.continue_button.isVisible()
    assert home.continue_button.accessibleDescription() == "Words that matter — Who is who"
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    learn2 = again.section("learn")
    assert again.current_section() is learn2
    assert learn2.lesson.id == "words-that-matter" and learn2.index == 1

    again.show_section("progress")
    section = again.section("progress")
    section.activated()
    dashboard = section.dashboard
    assert dashboard.attempt_model.rowCount() == 1
    assert dashboard.attempt_model.cell(0, 4).text == "wrong"
    assert dashboard.attempt_model.cell(0, 3).text == option.text  # the token, in words
    scores = next(c for c in dashboard.charts if c["id"] == "scores")["figure"]
    assert sum(sum(t["y"]) for t in scores["data"]) == 1
    assert "1 questions answered" in dashboard.summary.text()
    qtbot.waitUntil(lambda: dashboard.view.settled, timeout=30000)
    drawn = _js(qtbot, dashboard.view, "document.querySelectorAll('.main-svg').length")
    assert drawn >= 2


def test_two_learners_keep_separate_progress(qtbot, data_dir) -> None:
    win = _window(qtbot, data_dir)
    ui = win.progress_ui
    store = win.services.progress
    first = store.current_profile_id
    dialog = NewProfileDialog(store, teacher=False)
    dialog.name.setText("Bilal")
    dialog.colour_group.button(3).setChecked(True)
    dialog.try_accept()
    bilal = dialog.created
    assert bilal is not None and bilal.colour == "#7b2cbf"
    _attempts(store, first, 3)
    store.section_reached("words-that-matter", 2)
    store.set_current_profile(first)
    ui.switch_to(first)
    win.show_section("progress")
    section = win.section("progress")
    section.activated()
    assert section.dashboard.attempt_model.rowCount() == 3

    ui.switch_to(bilal.id)
    assert ui.status_button.text() == "Bilal"
    assert "Bilal" in ui.status_button.accessibleName()
    assert section.dashboard.attempt_model.rowCount() == 0
    assert store.resume_point() is None
    win.show_section("home")
    win.section("home").activated()
    assert not win.section("home").continue_button.isVisible()

    ui.switch_to(first)
    assert section.dashboard.attempt_model.rowCount() == 0  # hidden: refreshed when shown
    win.show_section("progress")
    assert section.dashboard.attempt_model.rowCount() == 3
    assert store.resume_point() == ("words-that-matter", 2)
    assert win.services.settings.value("learn/lesson") == "words-that-matter"


def test_teacher_pin_lock_out_is_shown_and_ok_waits(qtbot, data_dir) -> None:
    win = _window(qtbot, data_dir)
    store = win.services.progress
    teacher = store.create_teacher("Ms Keller", "2468")
    switcher = ProfileSwitcher(store, store.current_profile_id, win)
    qtbot.addWidget(switcher)
    switcher.select(teacher.id)
    assert switcher.pin_panel.isVisibleTo(switcher)
    for _ in range(3):
        switcher.pin_panel.pin.setText("0000")
        switcher.try_accept()
    assert switcher.chosen is None
    assert not switcher.ok_button.isEnabled()
    assert "5 seconds" in switcher.pin_panel.message.text()
    switcher.pin_panel.pin.setText("2468")
    switcher.try_accept()  # refused while the wait runs, even with the right PIN
    assert switcher.chosen is None
    switcher.pin_panel.release_wait()
    assert switcher.ok_button.isEnabled()
    store.now = lambda: time.time() + 6  # the store's own wait has passed too
    switcher.pin_panel.pin.setText("2468")
    switcher.try_accept()
    assert switcher.chosen == teacher.id


def test_teacher_view_needs_the_pin_then_exports_the_class_report(
    qtbot, data_dir, tmp_path
) -> None:
    win = _window(qtbot, data_dir)
    ui = win.progress_ui
    store = win.services.progress
    teacher = store.create_teacher("Ms Keller", "2468")
    dialog = ClassDialog(store)
    dialog.names.setPlainText("Ana\nBen; Chloé\n\nAna")
    assert dialog.count.text().startswith("3 name")
    dialog.try_accept()
    names = [p.name for p in dialog.created]
    assert names == ["Ana", "Ben", "Chloé"]
    for i, p in enumerate(dialog.created):
        _attempts(store, p.id, i + 1)
    assert not ui.report_csv_action.isEnabled()
    ui.switch_to(teacher.id)  # without the PIN
    win.show_section("progress")
    section = win.section("progress")
    section.activated()
    tab = section.teacher
    assert section.tabs.isTabVisible(1) and not tab.is_open()
    assert tab.stack.currentWidget() is tab.lock_page
    assert not ui.class_action.isEnabled()
    tab.pin_panel.pin.setText("2468")
    assert tab.try_unlock()
    assert tab.is_open() and tab.stack.currentIndex() == 1
    ui._update_actions()
    assert ui.report_csv_action.isEnabled() and ui.import_results_action.isEnabled()

    learners = len(store.list_profiles("learner"))
    assert tab.grid_model.rowCount() == learners
    tab.choice.setCurrentIndex(tab.choice.findData("first"))
    out = tmp_path / "class.csv"
    first, questions = tab.export_csv(out)
    with open(first, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == LEARNER_COLUMNS
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert len(body) == learners * len(tab.report.modules)
    assert {r["attempt_counted"] for r in body} == {"first"}
    chloe = next(
        r for r in body if r["learner_name"] == "Chloé" and r["module_id"] == "getting-started"
    )
    assert int(chloe["questions_answered"]) == 3 and float(chloe["score_percent"]) == 66.7
    with open(questions, encoding="utf-8", newline="") as fh:
        assert tuple(next(csv.reader(fh))) == QUESTION_COLUMNS
    pdf = tab.export_pdf(tmp_path / "class.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-" and pdf.stat().st_size > 1500
    assert tab.question_model.rowCount() == 3
    assert float(tab.question_model.cell(0, 4).sort) <= float(tab.question_model.cell(2, 4).sort)


def test_passport_export_then_import_on_a_fresh_data_dir_merges(qtbot, data_dir, tmp_path) -> None:
    win = _window(qtbot, data_dir)
    store = win.services.progress
    me = store.current_profile_id
    store.update_profile(me, name="Dana")
    _attempts(store, me, 4)
    store.add_note("Remember Art. 33", "words-that-matter")
    passport = win.progress_ui.export_passport(tmp_path / "dana.zip")
    assert passport is not None and passport.exists()

    other_dir = tmp_path / "other-pc"
    other_dir.mkdir()
    other = _window(qtbot, other_dir)
    ui = other.progress_ui
    result = ui.import_passport(passport)
    assert result.events_added == result.events_in_packet > 0
    store2 = other.services.progress
    assert ui.current().name == "Dana" and store2.current_profile_id == me
    assert len(store2.attempts()) == 4 and store2.notes()[0].text == "Remember Art. 33"
    assert ui.status_button.text() == "Dana"
    again = ui.import_passport(passport)
    assert again.events_added == 0 and len(store2.attempts()) == 4
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    assert ui.import_passport(bad) is None
    assert "refused" in ui.last_message


def test_damaged_database_is_restored_at_start_and_the_user_is_told(qtbot, data_dir) -> None:
    store, _ = ProgressStore.open(data_dir)
    learner = store.create_learner("Eva")
    _attempts(store, learner.id, 2)
    store.backup_now()
    store.close()
    db = data_dir / DB_NAME
    for extra in (db.with_name(DB_NAME + "-wal"), db.with_name(DB_NAME + "-shm")):
        extra.unlink(missing_ok=True)
    db.write_bytes(b"garbage " * 4096)

    win = _window(qtbot, data_dir)
    ui = win.progress_ui
    assert any("damaged" in t for t in ui.notice_texts)
    assert any("restored from the backup" in t for t in ui.notice_texts)
    assert ui.message_box is not None and ui.message_box.isVisible()
    assert not ui.message_box.isModal() or ui.message_box.windowModality() != (
        Qt.WindowModality.ApplicationModal
    )
    restored = win.services.progress
    assert [p.name for p in restored.list_profiles("learner")] == ["Eva"]
    assert len(restored.events(learner.id, kinds=("attempt",))) == 2
    assert list(data_dir.glob(DB_NAME + ".damaged-*"))
    assert ui.check_database() == []
    assert "sound" in ui.last_message


def test_notes_export_as_markdown_and_pdf_and_archived_lessons_stay_visible(
    qtbot, data_dir, tmp_path
) -> None:
    win = _window(qtbot, data_dir)
    store = win.services.progress
    store.add_note("First idea", "words-that-matter", 1)
    store.record_attempt("a-lesson-that-was-removed", "q", "q1", "a", False)
    win.show_section("progress")
    section = win.section("progress")
    section.activated()
    dashboard = section.dashboard
    note = store.notes()[0]
    dashboard.save_note(note.id, "First idea, rewritten")
    assert dashboard.notes_list.count() == 1
    assert "rewritten" in dashboard.notes_list.item(0).text()
    md = dashboard.export_notes(tmp_path / "notes.md").read_text(encoding="utf-8")
    assert "## Words that matter — Who is who" in md and "First idea, rewritten" in md
    assert dashboard.export_notes(tmp_path / "notes.pdf").read_bytes()[:5] == b"%PDF-"
    html = dashboard.lessons.toPlainText()
    assert "Archived" in html and "a-lesson-that-was-removed (archived)" in html
    dashboard.delete_note(note.id)
    assert dashboard.notes_list.count() == 0


def test_progress_controls_are_named_and_menus_have_the_entries(qtbot, data_dir) -> None:
    win = _window(qtbot, data_dir)
    section = win.section("progress")
    win.show_section("progress")
    section.activated()
    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for cls in (QAbstractButton, QComboBox, QLineEdit, QListWidget, QTableView)
        for w in section.findChildren(cls)
        if w.isVisibleTo(section) and not w.accessibleName().strip()
    ]
    assert not unnamed, unnamed
    file_texts = [a.text().replace("&", "") for a in win.file_menu.actions()]
    assert "Switch learner…" in file_texts and "New learner…" in file_texts
    assert file_texts[-1] == "Quit"  # the entries go above Quit
    help_texts = [a.text().replace("&", "") for a in win.help_menu.actions()]
    assert {"Check database", "Restore from a backup…", "Send feedback…"} <= set(help_texts)
    ui = win.progress_ui
    assert ui.backup_timer.isActive()
    store = win.services.progress
    store.now = lambda: time.time() + 31 * 60
    assert ui.backup_if_due() is not None


@pytest.mark.parametrize("teacher", [False, True])
def test_feedback_forms_are_saved(qtbot, data_dir, teacher) -> None:
    from destination_europe.ui.progress_feedback import FeedbackDialog

    win = _window(qtbot, data_dir)
    store = win.services.progress
    dialog = FeedbackDialog(store, teacher, "words-that-matter")
    qtbot.addWidget(dialog)
    dialog.try_accept()
    assert dialog.saved_id is None  # nothing given yet
    dialog.rating_group.button(4).setChecked(True)
    next(iter(dialog.texts.values())).setPlainText("More maps, please")
    dialog.try_accept()
    saved = store.feedback(dialog.form_id)
    assert len(saved) == 1 and '"rating": 4' in saved[0].answers_json
    assert "More maps" in saved[0].answers_json
