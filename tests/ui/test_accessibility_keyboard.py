"""Every section can be walked with Tab alone, and Tab reaches every interactive control."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

SECTIONS = ["home", "learn", "play", "glossary", "countries", "progress"]


def _wait(condition, timeout: float = 10.0) -> None:
    """Process events until ``condition()`` holds (no sleeping in the test itself)."""
    import time

    from PySide6.QtCore import QEventLoop

    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("condition not met")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _is_web(widget: QWidget) -> bool:
    from PySide6.QtWebEngineWidgets import QWebEngineView

    w = widget
    while w is not None:
        if isinstance(w, QWebEngineView):
            return True
        w = w.parentWidget()
    return False


def _owner(widget: QWidget | None) -> QWidget | None:
    """The control a focused widget belongs to (scroll-area viewports, web render widgets)."""
    from PySide6.QtWebEngineWidgets import QWebEngineView

    w = widget
    while w is not None:
        if isinstance(w, QWebEngineView):
            return w
        w = w.parentWidget()
    if widget is not None and isinstance(widget.parentWidget(), QAbstractScrollArea):
        return widget.parentWidget()
    return widget


def interactive_controls(section: QWidget) -> set[QWidget]:
    """Visible, enabled widgets that take focus by Tab, as Qt's tab chain sees them."""
    from PySide6.QtWebEngineWidgets import QWebEngineView

    found = set()
    for w in section.findChildren(QWidget):
        if not (w.isVisible() and w.isEnabled()):
            continue
        if _is_web(w) and not isinstance(w, QWebEngineView):
            continue
        if w.focusProxy() is not None:
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus:
            found.add(w)
    return found


def _settle(quiet: float = 0.3, timeout: float = 5.0) -> None:
    """Process events until the focus has stayed put for ``quiet`` seconds.

    A web view hands a key it does not use back to Qt asynchronously (Chromium runs in
    another process), so a Tab pressed in a page can move the focus a moment later. The walk
    waits for those late moves instead of counting them as the next press's result.
    """
    import time

    from PySide6.QtCore import QEventLoop

    # Polling QApplication.focusWidget() while nothing has focus leaks a reference to None
    # on every call in PySide6 6.12 (the interpreter later aborts in none_dealloc), so the
    # moves are counted through the focusChanged signal instead.
    moves = [time.monotonic()]

    def moved(_old, _new) -> None:
        moves.append(time.monotonic())

    app = QApplication.instance()
    app.focusChanged.connect(moved)
    try:
        end = time.monotonic() + timeout
        while time.monotonic() < end and time.monotonic() - moves[-1] < quiet:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    finally:
        app.focusChanged.disconnect(moved)


def tab_walk(window, limit: int = 600) -> list[QWidget]:
    """Focus the sidebar, then press Tab until the focus comes back to it."""
    _settle()
    window.sidebar.setFocus(Qt.FocusReason.TabFocusReason)
    _settle()
    seen: list[QWidget] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        target = current if current is not None else window
        ev_target = target
        from PySide6.QtTest import QTest

        QTest.keyClick(ev_target, Qt.Key.Key_Tab)
        QApplication.processEvents()
        if _is_web(QApplication.focusWidget() or window) or _is_web(target):
            _settle()
        now = _owner(QApplication.focusWidget())
        if now is window.sidebar:
            break
        seen.append(now)
    return seen


@pytest.fixture(scope="module")
def window(qapp, tmp_path_factory):
    """One main window for the whole module (building it is the slow part)."""
    from destination_europe.ui.app import build_main_window

    data = tmp_path_factory.mktemp("a11y-data")
    win = build_main_window(data, "en")
    win.resize(1300, 850)
    win.show()
    win.activateWindow()
    _wait(lambda: win._painted)
    yield win
    win.close()


def _stop(widget: QWidget):
    """One Tab stop per control; an exclusive group of buttons is one stop (arrows move in it)."""
    from PySide6.QtWidgets import QAbstractButton

    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return ("group", id(group))
        if widget.autoExclusive() and widget.isCheckable():
            return ("auto", id(widget.parentWidget()))
    return widget


@pytest.mark.parametrize("section_id", SECTIONS)
def test_tab_reaches_every_interactive_control(window, section_id: str) -> None:
    window.show_section(section_id)
    QApplication.processEvents()
    section = window.current_section()
    controls = {_owner(w) for w in interactive_controls(section)}
    wanted = {_stop(w): w for w in controls}
    reached = {_stop(w) for w in tab_walk(window) if w is not None}
    missed = [
        f"{type(w).__name__}:{w.objectName() or w.accessibleName()}"
        for key, w in wanted.items()
        if key not in reached
    ]
    assert wanted, f"{section_id}: no interactive control found"
    assert missed == [], f"{section_id}: Tab never reaches {missed}"


def test_tab_comes_back_to_the_sidebar(window) -> None:
    """No keyboard trap: from the sidebar, Tab cycles through a section and returns."""
    window.show_section("glossary")
    walk = tab_walk(window)
    assert 0 < len(walk) < 600


def test_a_hidden_control_is_not_expected(window) -> None:
    """Control for the walker: a control hidden in the section is not counted."""
    from PySide6.QtWidgets import QPushButton

    window.show_section("home")
    section = window.current_section()
    extra = QPushButton("hidden", section)
    extra.hide()
    assert extra not in interactive_controls(section)
    extra.show()
    assert extra in interactive_controls(section)
    extra.deleteLater()
