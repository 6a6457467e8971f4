"""The ``app://`` URL scheme and the request interceptor that keeps the app offline.

Every page the app shows is loaded from ``app://assets/...``; the handler serves files
from a fixed set of local folders (the app's ``resources/`` and the installed plotly
package). The interceptor lets through only the app's own schemes and blocks, and
counts, every other request, so a test can prove that nothing left the machine.
"""

from __future__ import annotations

import mimetypes
import threading
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, QUrl, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
    QWebEngineUrlRequestJob,
    QWebEngineUrlScheme,
    QWebEngineUrlSchemeHandler,
)

SCHEME = b"app"
HOST = "assets"
BASE_URL = QUrl("app://assets/")

# Schemes a page may request. Everything else is blocked and counted.
ALLOWED_SCHEMES = frozenset({"app", "qrc", "data", "blob", "about"})

_MIME_EXTRA = {
    ".js": "text/javascript",
    ".css": "text/css",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".woff2": "font/woff2",
    ".html": "text/html",
    ".png": "image/png",
}


def register_scheme() -> None:
    """Register ``app://`` with Chromium. Must run before the QApplication exists."""
    scheme = QWebEngineUrlScheme(SCHEME)
    scheme.setSyntax(QWebEngineUrlScheme.Syntax.Host)
    scheme.setFlags(
        QWebEngineUrlScheme.Flag.SecureScheme
        | QWebEngineUrlScheme.Flag.LocalAccessAllowed
        | QWebEngineUrlScheme.Flag.CorsEnabled
        | QWebEngineUrlScheme.Flag.FetchApiAllowed
    )
    QWebEngineUrlScheme.registerScheme(scheme)


class AssetSchemeHandler(QWebEngineUrlSchemeHandler):
    """Serves ``app://assets/<mount>/<path>`` from the local folders it was given.

    ``mounts`` maps the first path segment to a folder, e.g. ``{"web": resources/web,
    "geo": resources/geo, "plotly": <plotly>/package_data}``. Paths that escape their
    folder, or files that do not exist, get a 404-style failure.
    """

    def __init__(self, mounts: dict[str, Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._mounts = {name: folder.resolve() for name, folder in mounts.items()}
        self._pages: dict[str, bytes] = {}
        self._lock = threading.Lock()
        self.served: list[str] = []
        self.missing: list[str] = []

    def set_page(self, name: str, html: str) -> QUrl:
        """Publish a generated HTML page at ``app://assets/page/<name>`` (no 2 MB limit)."""
        with self._lock:
            self._pages[name] = html.encode("utf-8")
        return QUrl(f"app://assets/page/{name}")

    def resolve(self, path: str) -> Path | None:
        parts = [p for p in path.split("/") if p]
        if len(parts) < 2 or parts[0] not in self._mounts:
            return None
        folder = self._mounts[parts[0]]
        candidate = (folder / "/".join(parts[1:])).resolve()
        if not candidate.is_relative_to(folder) or not candidate.is_file():
            return None
        return candidate

    def requestStarted(self, job: QWebEngineUrlRequestJob) -> None:  # noqa: N802 (Qt API)
        url = job.requestUrl()
        path = url.path()
        body: bytes | None = None
        mime = "application/octet-stream"
        if url.host() == HOST and path.startswith("/page/"):
            with self._lock:
                body = self._pages.get(path.removeprefix("/page/"))
            mime = "text/html"
        elif url.host() == HOST:
            file = self.resolve(path)
            if file is not None:
                body = file.read_bytes()
                mime = _MIME_EXTRA.get(file.suffix) or (mimetypes.guess_type(file.name)[0] or mime)
        if body is None:
            self.missing.append(url.toString())
            job.fail(QWebEngineUrlRequestJob.Error.UrlNotFound)
            return
        self.served.append(url.toString())
        buffer = QBuffer(job)
        buffer.setData(QByteArray(body))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        job.reply(mime.encode("ascii"), buffer)


class OfflineInterceptor(QWebEngineUrlRequestInterceptor):
    """Blocks every request that is not for the app's own content and counts it."""

    blocked = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.blocked_urls: list[str] = []
        self.seen = 0

    @property
    def blocked_count(self) -> int:
        return len(self.blocked_urls)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:  # noqa: N802 (Qt API)
        self.seen += 1
        url = info.requestUrl()
        if url.scheme() in ALLOWED_SCHEMES:
            return
        info.block(True)
        self.blocked_urls.append(url.toString())
        self.blocked.emit(url.toString())
