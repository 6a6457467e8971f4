"""The offline web plumbing: app:// assets, blocked outside requests, links and the bridge."""

from __future__ import annotations

from pathlib import Path

import pytest

from destination_europe import paths
from destination_europe.ui.web.engine import WebEngine, page_html
from destination_europe.ui.web.view import WebView

RES = paths.resources_dir()


@pytest.fixture()
def engine(qapp):
    eng = WebEngine({"web": RES / "web", "geo": RES / "geo", "plotly": paths.plotly_js_dir()})
    yield eng


@pytest.fixture()
def view(qtbot, engine):
    v = WebView(engine)
    qtbot.addWidget(v)
    v.resize(600, 400)
    v.show()
    yield v
    v.setPage(None)


def _show(qtbot, view, body: str, **kw) -> None:
    with qtbot.waitSignal(view.painted, timeout=20000):
        view.show_page("t", page_html(body, title="t", **kw))


def test_outside_requests_are_blocked_and_counted(qtbot, view, engine) -> None:
    """A hostile page without our Content-Security-Policy still cannot reach the network:
    the interceptor blocks (and counts) every request that is not for the app's assets."""
    raw = (
        "<html><body><img src='https://example.org/pixel.png' alt=''>"
        "<script>fetch('http://192.0.2.1/x').catch(()=>{});</script></body></html>"
    )
    with qtbot.waitSignal(view.loadFinished, timeout=20000):
        view.load(engine.handler.set_page("raw.html", raw))
    qtbot.waitUntil(lambda: engine.interceptor.blocked_count >= 2, timeout=10000)
    assert any("example.org" in u for u in engine.interceptor.blocked_urls)
    assert any("192.0.2.1" in u for u in engine.interceptor.blocked_urls)


def test_our_pages_forbid_outside_requests_by_policy(qtbot, view, engine) -> None:
    """Our own pages carry a Content-Security-Policy: outside URLs are refused even before
    the interceptor sees them."""
    _show(qtbot, view, '<img src="https://example.org/pixel.png" alt="">')
    assert engine.interceptor.blocked_count == 0


def test_own_pages_make_no_outside_request(qtbot, view, engine) -> None:
    _show(qtbot, view, "<h1>Hello</h1><p>offline</p>")
    assert engine.interceptor.blocked_count == 0
    assert engine.interceptor.seen >= 3  # page, base.css, de.js all went through it


def test_in_app_links_are_caught_and_outside_links_refused(qtbot, view) -> None:
    _show(
        qtbot,
        view,
        '<a id="g" href="glossary:refugee">refugee</a><a id="x" href="https://example.org">out</a>',
    )
    with qtbot.waitSignal(view.linkActivated, timeout=10000) as got:
        view.run_js("document.getElementById('g').click()")
    assert got.args == ["glossary", "refugee"]
    with qtbot.waitSignal(view.externalLinkRefused, timeout=10000) as refused:
        view.run_js("document.getElementById('x').click()")
    assert refused.args[0].startswith("https://example.org")


def test_bridge_carries_messages_both_ways(qtbot, view) -> None:
    body = (
        "<script>window.addEventListener('load', () => {"
        " DE.on('ping', (p) => DE.send('pong', {n: p.n + 1})); });</script>"
    )
    _show(qtbot, view, body)
    with qtbot.waitSignal(
        view.message, timeout=10000, check_params_cb=lambda k, p: k == "pong"
    ) as got:
        view.post("ping", {"n": 41})
    assert got.args[1] == {"n": 42}


def test_a_missing_asset_shows_an_error_in_that_view(qtbot, tmp_path: Path, qapp) -> None:
    (tmp_path / "web").mkdir()
    for name in ("base.css", "de.js"):
        (tmp_path / "web" / name).write_bytes((RES / "web" / name).read_bytes())
    engine = WebEngine({"web": tmp_path / "web", "plotly": tmp_path / "nothing"})
    view = WebView(engine)
    qtbot.addWidget(view)
    view.show()
    with qtbot.waitSignal(
        view.message, timeout=20000, check_params_cb=lambda k, p: k == "page.error"
    ):
        view.show_page(
            "t", page_html('<div id="chart"></div>', title="t", scripts=("plotly/plotly.min.js",))
        )
    assert "plotly.min.js" in (view.last_error or "")
    assert any("plotly.min.js" in u for u in engine.handler.missing)
    view.setPage(None)


def test_paths_outside_a_mount_are_not_served(engine) -> None:
    assert engine.handler.resolve("/web/../../pyproject.toml") is None
    assert engine.handler.resolve("/web/base.css") == (RES / "web" / "base.css").resolve()
    assert engine.handler.resolve("/unknown/base.css") is None
