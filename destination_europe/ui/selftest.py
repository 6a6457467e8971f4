"""``destination-europe self-test``: visit every view of the real GUI and check it.

For each view: show it, wait until its web page has really painted (the page reports it
after its charts resolved and two animation frames passed), grab a screenshot, check it
is not blank, and at the end check that not one request tried to leave the machine.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget


def distinct_colours(image: QImage, samples: int = 4000) -> int:
    """How many distinct colours a grid of sample pixels has (a blank image has one)."""
    w, h = image.width(), image.height()
    if w == 0 or h == 0:
        return 0
    step = max(1, int((w * h / samples) ** 0.5))
    colours = set()
    for y in range(0, h, step):
        for x in range(0, w, step):
            colours.add(image.pixel(x, y))
    return len(colours)


def wait_until(app: QApplication, condition, timeout: float) -> bool:
    """Run the event loop until ``condition()`` holds or ``timeout`` seconds pass."""
    if condition():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(25)

    def check() -> None:  # a slot must return None (see ui/web/view.py run_js)
        if condition():
            loop.quit()

    poll.timeout.connect(check)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    poll.start()
    limit.start(int(timeout * 1000))
    loop.exec()
    poll.stop()
    return bool(condition())


@dataclass
class ViewResult:
    name: str
    painted: bool
    colours: int
    error: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.painted and self.colours >= 3 and self.error is None


@dataclass
class SelfTest:
    window: QWidget
    screenshots: Path | None
    timeout: float = 60.0
    results: list[ViewResult] = field(default_factory=list)
    blocked: int = 0
    seen: int = 0
    missing: list[str] = field(default_factory=list)

    def run(self, app: QApplication) -> bool:
        window = self.window
        if self.screenshots is not None:
            self.screenshots.mkdir(parents=True, exist_ok=True)
        wait_until(app, lambda: window._painted, self.timeout)
        for section in window.sections:
            window.show_section(section.section_id)
            for name, prepare in section.selftest_views():
                start = time.perf_counter()
                view = prepare()
                painted = True
                if view is not None:
                    painted = wait_until(app, lambda v=view: v.settled, self.timeout)
                    # the compositor may need a few more frames to show what the page drew
                    wait_until(
                        app,
                        lambda v=view: distinct_colours(v.grab().toImage()) >= 3,
                        min(10.0, self.timeout),
                    )
                app.processEvents()
                image = section.grab().toImage()
                colours = distinct_colours(image)
                error = None
                if view is not None:
                    colours = min(colours, distinct_colours(view.grab().toImage()))
                    error = view.last_error
                if self.screenshots is not None:
                    image.save(str(self.screenshots / f"{len(self.results) + 1:02d}-{name}.png"))
                self.results.append(
                    ViewResult(name, painted, colours, error, time.perf_counter() - start)
                )
        services = window.services
        if services.web_engine_started:
            self.blocked = services.web_engine.interceptor.blocked_count
            self.seen = services.web_engine.interceptor.seen
            self.missing = list(services.web_engine.handler.missing)
        return self.ok

    @property
    def ok(self) -> bool:
        return (
            bool(self.results)
            and all(r.ok for r in self.results)
            and self.blocked == 0
            and not self.missing
        )

    def summary(self) -> str:
        failed = [r for r in self.results if not r.ok]
        details = "; ".join(
            f"{r.name}: {'not painted' if not r.painted else ''}"
            f"{' blank' if r.colours < 3 else ''}{' error: ' + r.error if r.error else ''}"
            for r in failed
        )
        return (
            f"self-test {'OK' if self.ok else 'FAILED'}: {len(self.results)} views, "
            f"{len(self.results) - len(failed)} painted and not blank, "
            f"{self.blocked} network requests blocked ({self.seen} local requests), "
            f"{len(self.missing)} missing assets"
            + (f" [{', '.join(self.missing)}]" if self.missing else "")
            + (f" — {details}" if details else "")
        )
