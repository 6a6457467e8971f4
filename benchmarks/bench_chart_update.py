"""Changing a chart in place (Plotly.react) against reloading its page, in the real web view.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_chart_update.py``.
Both are measured in the same run, alternating, until the page says the chart is drawn;
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


def main(rounds: int = 8) -> None:
    app = create_application()
    win = build_main_window(Path(tempfile.mkdtemp()), "en")
    win.resize(1300, 850)
    win.show()
    win.show_section("countries")
    explore = win.section("countries").explore
    explore.activated()
    view = explore.view
    wait_until(app, lambda: view.settled, 60)
    countries = [explore.country_box.itemData(i) for i in range(min(explore.country_box.count(), 10))]
    react, reload = [], []
    for i in range(rounds):
        explore.country_box.setCurrentIndex(explore.country_box.findData(countries[i % len(countries)]))
        wait_until(app, lambda: view.settled, 60)
        # in place: a new figure through the bridge, Plotly.react
        t = time.perf_counter()
        explore.country_box.setCurrentIndex(
            explore.country_box.findData(countries[(i + 1) % len(countries)])
        )
        wait_until(app, lambda: view.settled, 60)
        react.append(time.perf_counter() - t)
        # reload: the same figure as a fresh page (plotly.js parsed again, newPlot)
        figure = explore._figure
        t = time.perf_counter()
        view.show_page(
            "bench",
            page_html(
                '<div id="chart" class="de-chart-box"></div>',
                title="bench",
                scripts=("plotly/plotly.min.js", "web/chart.js"),
                data={"figure": figure},
            ),
        )
        wait_until(app, lambda: view.settled, 60)
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
