"""Changing a chart in place (Plotly.react) against reloading its page, in the real web view.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_chart_update.py``.
Both are measured in the same run, alternating, until the page says the chart is drawn
(the in-place change on the Countries page itself, the reload in a second view of the same
size);
the ratio of the medians is printed (goal ≥ 5×). Not a test: no asserts.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from destination_europe.ui.app import build_main_window, create_application  # noqa: E402
from destination_europe.ui.selftest import wait_until  # noqa: E402
from destination_europe.ui.web.engine import page_html  # noqa: E402


def settle(app, view, timeout: float = 60) -> None:
    """Run the event loop until the view is settled, woken by the page's own messages.

    Polling on a timer would round every measurement up to the polling interval; here the
    loop stops on the very message (``chart.updated`` or ``page.painted``) that settles it.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    if view.settled:
        return
    loop = QEventLoop()

    def check(*_args) -> None:
        if view.settled:
            loop.quit()

    # connected after the view's own handler, so the view's state is current when it runs
    view._bridge.received.connect(check)
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    view._bridge.received.disconnect(check)


def main(rounds: int = 15) -> None:
    app = create_application()
    win = build_main_window(Path(tempfile.mkdtemp()), "en")
    win.resize(1300, 850)
    win.show()
    win.show_section("countries")
    explore = win.section("countries").explore
    explore.activated()
    view = explore.view
    wait_until(app, lambda: view.settled, 60)
    countries = [
        explore.country_box.itemData(i) for i in range(min(explore.country_box.count(), 10))
    ]
    # Reloads go to a second view of the same size on the same engine, so the app's own page
    # stays the long-lived page it is in use (its plotly.js warm); both are visible, as a
    # hidden web view never paints.
    from destination_europe.ui.web.view import WebView

    other = WebView(win.services.web_engine)
    other.resize(view.size())
    other.show()
    react, reload = [], []
    for i in range(rounds):
        explore.country_box.setCurrentIndex(
            explore.country_box.findData(countries[i % len(countries)])
        )
        wait_until(app, lambda: view.settled, 60)
        # in place: a new figure through the bridge, Plotly.react
        t = time.perf_counter()
        explore.country_box.setCurrentIndex(
            explore.country_box.findData(countries[(i + 1) % len(countries)])
        )
        settle(app, view)
        react.append(time.perf_counter() - t)
        # reload: the same figure as a fresh page (plotly.js parsed again, newPlot)
        figure = explore._figure
        t = time.perf_counter()
        other.show_page(
            "bench",
            page_html(
                '<div id="chart" class="de-chart-box"></div>',
                title="bench",
                scripts=("plotly/plotly.min.js", "web/chart.js"),
                data={"figure": figure},
            ),
        )
        settle(app, other)
        reload.append(time.perf_counter() - t)
    r, p = statistics.median(react), statistics.median(reload)
    print(f"Plotly.react in place: median {r * 1000:.0f} ms over {rounds} changes")
    print(f"page reload + newPlot: median {p * 1000:.0f} ms over {rounds} reloads")
    print(f"ratio reload / in place = {p / r:.1f}")
    win.shutdown()
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
