"""PySide6 must not drop references to None.

PySide6 6.12.0 decrements the reference count of ``None`` on every static call that returns
it (``QApplication.processEvents()``, ``QApplication.focusWidget()`` with nothing focused…).
On Python 3.11, where ``None`` is not immortal, a few thousand such calls abort the
interpreter with ``none_dealloc`` — in the middle of a lesson or at exit. The lock file pins
a release without the bug; this test fails if an upgrade brings it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication

CALLS = 2000


def _drift(obj, call) -> int:
    before = sys.getrefcount(obj)
    for _ in range(CALLS):
        call()
    return sys.getrefcount(obj) - before


def test_process_events_keeps_none_alive(qapp) -> None:
    drift = _drift(
        None,
        lambda: QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 0),
    )
    # Other code may take or release a few references meanwhile; a leak loses one per call.
    assert drift > -CALLS // 4, f"None lost {-drift} references in {CALLS} calls"


def test_focus_widget_without_focus_keeps_none_alive(qapp) -> None:
    for w in QApplication.topLevelWidgets():
        w.clearFocus()
    drift = _drift(None, QApplication.focusWidget)
    assert drift > -CALLS // 4, f"None lost {-drift} references in {CALLS} calls"

