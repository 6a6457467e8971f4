"""A QWebEngineView that shows the app's own pages, offline, with a JS bridge.

- In-app links (``glossary:ID``, ``lesson:ID``, ``country:ISO2``) are caught in
  ``acceptNavigationRequest`` and re-emitted as ``linkActivated``; every other navigation
  away from the app's own pages is refused.
- ``QWebChannel`` carries data-carrying events: JS calls ``DE.send(kind, payload)``, the
  view emits ``message(kind, payload)``; Python answers with ``post(kind, payload)``.
- ``painted`` fires when the page says it has really drawn (after its charts resolved and
  two animation frames passed), not merely when the HTML finished loading.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from destination_europe.ui.web.engine import WebEngine

IN_APP_SCHEMES = frozenset({"glossary", "lesson", "country"})


class Bridge(QObject):
    """The object JS sees as ``bridge`` on the web channel."""

    received = Signal(str, str)

    @Slot(str, str)
    def send(self, kind: str, payload: str) -> None:
        self.received.emit(kind, payload)


class AppPage(QWebEnginePage):
    linkActivated = Signal(str, str)  # scheme, target
    externalLinkRefused = Signal(str)

    def acceptNavigationRequest(self, url: QUrl, nav_type, is_main_frame: bool) -> bool:  # noqa: N802
        scheme = url.scheme()
        if scheme in IN_APP_SCHEMES:
            target = url.path() or url.toString().partition(":")[2]
            self.linkActivated.emit(scheme, target)
            return False
        if scheme == "app" or url.toString() == "about:blank":
            return super().acceptNavigationRequest(url, nav_type, is_main_frame)
        self.externalLinkRefused.emit(url.toString())
        return False

    def javaScriptConsoleMessage(self, level, message: str, line: int, source: str) -> None:  # noqa: N802
        self.console = getattr(self, "console", [])
        self.console.append(f"{source}:{line}: {message}")


class WebView(QWebEngineView):
    """A web view bound to the app's offline engine."""

    message = Signal(str, object)  # kind, payload (dict)
    painted = Signal()
    linkActivated = Signal(str, str)
    externalLinkRefused = Signal(str)

    def __init__(self, engine: WebEngine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        engine.views.add(self)
        self._page = AppPage(engine.profile, self)
        self.setPage(self._page)
        self._bridge = Bridge(self)
        self._channel = QWebChannel(self._page)
        self._channel.registerObject("bridge", self._bridge)
        self._page.setWebChannel(self._channel)
        self._bridge.received.connect(self._on_bridge)
        self._page.linkActivated.connect(self.linkActivated)
        self._page.externalLinkRefused.connect(self.externalLinkRefused)
        self.is_painted = False
        self.last_error: str | None = None
        self._queued: list[tuple[str, Any, str | None]] = []
        self.pending: list[str] = []  # reply kinds we are still waiting for

    @property
    def settled(self) -> bool:
        """The page has painted and answered every update that expects a reply."""
        return self.is_painted and not self.pending

    def show_page(self, name: str, html: str) -> None:
        self.is_painted = False
        self.last_error = None
        self._queued.clear()
        self.pending.clear()
        self.load(self.engine.page_url(name, html))

    def post(self, kind: str, payload: Any, expect: str | None = None) -> None:
        """Deliver a message to the page's ``DE.on(kind, …)`` listeners.

        Before the page has painted, messages are queued and sent in order once it has.
        ``expect`` names the reply kind the page sends when it has handled the message.
        """
        if not self.is_painted:
            self._queued.append((kind, payload, expect))
            return
        if expect:
            self.pending.append(expect)
        script = f"window.DE && DE.receive({json.dumps(kind)}, {json.dumps(payload)});"
        self._page.runJavaScript(script)

    def run_js(self, script: str, callback=None) -> None:
        if callback is None:
            self._page.runJavaScript(script)
        else:
            # The wrapper returns None: handing a Python bool back to Qt from this
            # callback corrupts the refcount of True/False in PySide6 (crash at exit).
            def call(value, _cb=callback) -> None:
                _cb(value)

            self._page.runJavaScript(script, 0, call)

    def _on_bridge(self, kind: str, payload: str) -> None:
        try:
            data = json.loads(payload) if payload else {}
        except json.JSONDecodeError:
            data = {"raw": payload}
        if kind == "page.painted":
            self.is_painted = True
            queued, self._queued = self._queued, []
            for k, p, e in queued:
                self.post(k, p, e)
            self.painted.emit()
            return
        if kind == "link":
            scheme, _, target = str(data.get("href", "")).partition(":")
            if scheme in IN_APP_SCHEMES and target:
                self.linkActivated.emit(scheme, target.lstrip("/"))
            return
        if kind == "link.external":
            self.externalLinkRefused.emit(str(data.get("href", "")))
            return
        if kind in self.pending:
            self.pending.remove(kind)
        if kind == "page.error":
            self.last_error = str(data.get("message", ""))
        self.message.emit(kind, data)
