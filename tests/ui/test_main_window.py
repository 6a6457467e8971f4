"""The main window: every section, menus and shortcuts, remembered state, accessibility."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget, QTableWidget

from destination_europe.ui.app import build_main_window

SECTIONS = ["home", "learn", "play", "glossary", "countries", "progress"]


@pytest.fixture()
def window(qtbot, data_dir):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win._painted, timeout=5000)
    return win


def test_every_section_is_reachable_from_the_sidebar(window, qtbot) -> None:
    ids = [
        window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(window.sidebar.count())
    ]
    assert ids == SECTIONS
    for row, section_id in enumerate(SECTIONS):
        window.sidebar.setCurrentRow(row)
        assert window.current_section().section_id == section_id
        assert window.stack.currentWidget().isVisible()


def test_keyboard_shortcuts_switch_sections(window, qtbot) -> None:
    window.activateWindow()
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section().section_id == "glossary"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section().section_id == "home"


def test_menus_have_standard_entries(window) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "View", "Help"]
    shortcuts = {
        a.shortcut().toString()
        for menu in window.menuBar().actions()
        for a in menu.menu().actions()
    }
    assert QKeySequence(QKeySequence.StandardKey.Quit).toString() in shortcuts
    assert "Ctrl+6" in shortcuts and "Ctrl+0" in shortcuts


def test_home_cards_navigate(window, qtbot) -> None:
    home = window.section("home")
    cards = [b for b in home.findChildren(QAbstractButton) if b.objectName() == "homeCard"]
    assert len(cards) == 4
    qtbot.mouseClick(cards[3], Qt.MouseButton.LeftButton)
    assert window.current_section().section_id == "countries"


def test_last_section_and_geometry_are_remembered(qtbot, data_dir) -> None:
    first = build_main_window(data_dir, "en")
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 650)
    first.show_section("glossary")
    size = first.size()
    first.close()
    second = build_main_window(data_dir, "en")
    qtbot.addWidget(second)
    second.show()
    assert second.current_section().section_id == "glossary"
    assert second.size() == size


def test_every_control_has_an_accessible_name_and_takes_focus(window) -> None:
    window.show_section("countries")
    window.section("countries").activated()
    unnamed = []
    for section in window.sections:
        widgets = [
            w
            for cls in (QAbstractButton, QComboBox, QLineEdit, QListWidget, QTableWidget)
            for w in section.findChildren(cls)
        ]
        for widget in widgets:
            if not widget.isVisibleTo(section):
                continue
            if not widget.accessibleName().strip():
                unnamed.append(
                    f"{section.section_id}: {type(widget).__name__} {widget.objectName()}"
                )
            assert widget.focusPolicy() != Qt.FocusPolicy.NoFocus, widget
    assert not unnamed, unnamed
    assert window.sidebar.accessibleName()


def test_about_dialog_lists_data_sources_and_licences(window) -> None:
    from destination_europe.ui.about_dialog import AboutDialog

    dialog = AboutDialog(window.services, window)
    text = dialog.browser.toPlainText()
    for expected in ("Eurostat", "UNHCR", "World Bank", "migr_asyappctza", "CC BY 4.0", "MIT"):
        assert expected in text, expected
    dialog.close()


def test_zoom_and_theme_are_saved(window) -> None:
    window.services.set_zoom(1.3)
    window.services.set_theme("high-contrast")
    assert window.services.settings.value("view/theme") == "high-contrast"
    assert float(window.services.settings.value("view/zoom")) == pytest.approx(1.3)
    from PySide6.QtWidgets import QApplication

    assert "#000000" in QApplication.instance().styleSheet()
    window.services.set_theme("light")
    window.services.set_zoom(1.0)
