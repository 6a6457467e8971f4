"""The glossary section: search in any language, accents ignored, related terms as links."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from destination_europe.ui.app import build_main_window


def _visible_ids(section) -> list[str]:
    return [
        section.list.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(section.list.count())
        if not section.list.item(i).isHidden()
    ]


def test_search_finds_terms_by_equivalent_and_ignores_accents(qtbot, data_dir) -> None:
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.show()
    win.show_section("glossary")
    section = win.section("glossary")
    section.activated()
    assert len(_visible_ids(section)) == section.list.count() > 5
    qtbot.keyClicks(section.search, "REFUGIE")  # French "réfugié", typed without accents
    assert "refugee" in _visible_ids(section)
    assert "third-country-national" not in _visible_ids(section)
    section.search.clear()
    qtbot.keyClicks(section.search, "no such term at all")
    assert _visible_ids(section) == []


def test_links_between_entries_open_the_entry(qtbot, data_dir) -> None:
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.show()
    section = win.section("glossary")
    win.follow_link("glossary", "refugee")
    assert win.current_section() is section
    assert section.list.currentItem().data(Qt.ItemDataRole.UserRole) == "refugee"
    assert "persecution" in section.entry.toPlainText()
    section._on_anchor(QUrl("glossary:international-protection"))
    assert section.list.currentItem().data(Qt.ItemDataRole.UserRole) == "international-protection"
