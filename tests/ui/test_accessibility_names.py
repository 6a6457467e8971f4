"""Every visible control tells a screen reader what it is, in every section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_accessibility_keyboard import SECTIONS, _wait, interactive_controls


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (name or widget.accessibleName() or "").strip()


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory):
    """One main window for the whole module (building it is the slow part)."""
    from destination_europe.ui.app import build_main_window

    data = tmp_path_factory.mktemp("a11y-data")
    win = build_main_window(data, "en")
    win.resize(1300, 850)
    win.show()
    _wait(lambda: win._painted)
    yield win
    win.close()


@pytest.mark.parametrize("section_id", SECTIONS)
def test_every_visible_control_has_an_accessible_name(window, section_id: str) -> None:
    window.show_section(section_id)
    QApplication.processEvents()
    nameless = [
        f"{type(w).__name__}:{w.objectName()}"
        for w in interactive_controls(window.current_section())
        if not accessible_name(w)
    ]
    assert nameless == [], f"{section_id}: controls without an accessible name: {nameless}"


def test_menu_entries_and_sidebar_have_names(window) -> None:
    for action in window.menuBar().actions():
        assert action.text().replace("&", "").strip()
        for entry in action.menu().actions():
            assert entry.isSeparator() or entry.text().strip()
    for row in range(window.sidebar.count()):
        assert window.sidebar.item(row).data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_control_without_a_name_is_caught(window) -> None:
    from PySide6.QtWidgets import QLineEdit

    window.show_section("home")
    bare = QLineEdit(window.current_section())
    bare.show()
    QApplication.processEvents()
    assert bare in interactive_controls(window.current_section())
    assert accessible_name(bare) == ""
    bare.deleteLater()
