"""One shared, offline web engine profile for every web view of the app.

The profile is created lazily (after the main window has painted) so that start-up
costs what a plain Qt window costs.
"""

from __future__ import annotations

import html
import json
import weakref
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import QWebEngineProfile, QWebEngineSettings

from destination_europe.ui.web.scheme import SCHEME, AssetSchemeHandler, OfflineInterceptor


class WebEngine(QObject):
    """Owns the off-the-record profile, the ``app://`` handler and the interceptor."""

    def __init__(self, mounts: dict[str, Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = QWebEngineProfile(self)  # off the record: nothing written to disk
        self.handler = AssetSchemeHandler(mounts, self)
        self.interceptor = OfflineInterceptor(self)
        self.profile.installUrlSchemeHandler(SCHEME, self.handler)
        self.profile.setUrlRequestInterceptor(self.interceptor)
        self.profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        self.profile.setSpellCheckEnabled(False)
        settings = self.profile.settings()
        attr = QWebEngineSettings.WebAttribute
        settings.setAttribute(attr.LocalContentCanAccessRemoteUrls, False)
        settings.setAttribute(attr.LocalContentCanAccessFileUrls, False)
        settings.setAttribute(attr.DnsPrefetchEnabled, False)
        settings.setAttribute(attr.PluginsEnabled, False)
        settings.setAttribute(attr.AutoLoadIconsForPage, False)
        settings.setAttribute(attr.FocusOnNavigationEnabled, False)
        settings.setAttribute(attr.ErrorPageEnabled, False)
        self._counter = 0
        self.views = weakref.WeakSet()  # every WebView on this engine (for theme changes)

    def broadcast(self, kind: str, payload) -> None:
        """Send a message to every page the app shows (e.g. a new theme)."""
        for view in list(self.views):
            view.post(kind, payload)

    def page_url(self, name: str, html_text: str):  # -> QUrl
        """Publish a page under a unique name and return its URL."""
        self._counter += 1
        return self.handler.set_page(f"{name}-{self._counter}.html", html_text)


def page_html(
    body: str,
    *,
    title: str,
    styles: tuple[str, ...] = (),
    scripts: tuple[str, ...] = (),
    theme: str = "light",
    zoom: float = 1.0,
    data: dict | None = None,
    lang: str = "en",
) -> str:
    """Wrap an HTML fragment into a full page that uses only the app's own assets."""
    links = "\n".join(
        f'<link rel="stylesheet" href="app://assets/web/{s}">' for s in ("base.css", *styles)
    )
    srcs = "\n".join(
        f'<script defer src="{s if ":" in s else "app://assets/" + s}"></script>'
        for s in ("qrc:///qtwebchannel/qwebchannel.js", "web/de.js", *scripts)
    )
    data = dict(data or {})
    if "separators" not in data:
        # decimal point and thousands separator of the interface language, for plotly.js
        from PySide6.QtCore import QLocale

        locale = QLocale()
        data["separators"] = locale.decimalPoint() + locale.groupSeparator()
    payload = json.dumps(data).replace("</", "<\\/")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}" data-theme="{html.escape(theme)}" '
        f'style="font-size:{zoom * 100:.0f}%">\n<head><meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src app: qrc: data: blob:; '
        "script-src app: qrc: 'unsafe-inline'; style-src app: 'unsafe-inline'; img-src app: data:\">\n"
        f"<title>{html.escape(title)}</title>\n{links}\n"
        f'<script id="de-data" type="application/json">{payload}</script>\n'
        f"{srcs}\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
