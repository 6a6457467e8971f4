"""Switching the interface language leaves no English text in the main views."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabWidget

from destination_europe.core.languages import LANGUAGES
from destination_europe.tools import i18n


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def visible_texts(window) -> set[str]:
    """Texts of visible labels, buttons, group boxes, tabs and menu entries, every section."""
    texts: set[str] = set()
    for menu in window.menuBar().findChildren(QMenu):
        texts.add(menu.title())
        texts.update(a.text() for a in menu.actions())
    for row in range(window.sidebar.count()):
        texts.add(window.sidebar.item(row).text())
    for section in window.sections:
        window.show_section(section.section_id)
        for w in section.findChildren(QLabel) + section.findChildren(QAbstractButton):
            if w.isVisible() and w.text():
                texts.add(w.text())
        for box in section.findChildren(QGroupBox):
            if box.isVisible():
                texts.add(box.title())
        for tabs in section.findChildren(QTabWidget):
            if tabs.isVisible():
                texts.update(tabs.tabText(i) for i in range(tabs.count()))
    return {_plain(t) for t in texts if t}


def english_leftovers(window, lang: str) -> set[str]:
    """Visible texts that are English sources whose translation differs from the source."""
    leftovers = set()
    same = set()
    sources = set()
    for m in i18n.read_ts(i18n.ts_path(lang)):
        if m.numerus:
            continue
        sources.add(_plain(m.source))
        if _plain(m.forms[0]) == _plain(m.source):
            same.add(_plain(m.source))  # e.g. "PDF (*.pdf)", "Destination Europe"
    for text in visible_texts(window):
        if text in sources and text not in same:
            leftovers.add(text)
    return leftovers


@pytest.mark.parametrize("lang", [x for x in LANGUAGES if x != "en"])
def test_no_untranslated_visible_string(qtbot, data_dir, lang: str) -> None:
    from destination_europe.ui.app import build_main_window
    from destination_europe.ui.i18n import install_translator

    window = build_main_window(data_dir, lang)
    qtbot.addWidget(window)
    window.resize(1300, 850)
    window.show()
    try:
        left = english_leftovers(window, lang)
    finally:
        window.close()
        install_translator("en")
    assert left == set(), f"{lang}: still English: {sorted(left)}"


def test_the_check_sees_english_when_no_translation_is_loaded(qtbot, data_dir) -> None:
    """Control: an English window compared with the German table shows English leftovers."""
    from destination_europe.ui.app import build_main_window

    window = build_main_window(data_dir, "en")
    qtbot.addWidget(window)
    window.show()
    left = english_leftovers(window, "de")
    window.close()
    assert {"Countries", "Glossary", "File"} <= left
