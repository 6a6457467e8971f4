"""Every chart has a text alternative: a data table in the Countries views, an aria-label in
web charts."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QAbstractItemView

from destination_europe import paths

WEB = paths.resources_dir() / "web"


def test_every_script_that_draws_a_chart_labels_it() -> None:
    drawing = [p for p in WEB.glob("*.js") if re.search(r"Plotly\.(newPlot|react)", p.read_text())]
    assert drawing, "no chart script found"
    for script in drawing:
        text = script.read_text(encoding="utf-8")
        assert "aria-label" in text, f"{script.name} draws a chart without an aria-label"


def test_countries_charts_have_a_table_with_the_same_data(qtbot, data_dir) -> None:
    from destination_europe.ui.app import build_main_window
    from destination_europe.ui.web.view import WebView

    window = build_main_window(data_dir, "en")
    qtbot.addWidget(window)
    window.show()
    window.show_section("countries")
    section = window.current_section()
    qtbot.waitUntil(lambda: bool(section.findChildren(WebView)), timeout=10000)
    views = section.findChildren(WebView)
    tables = [
        t for t in section.findChildren(QAbstractItemView) if "table" in t.accessibleName().lower()
    ]
    assert views, "the Countries section shows no chart"
    assert len(tables) >= 2, "each chart view (trend/map, comparison) needs its data table"
    for table in tables:
        assert table.accessibleName()
    window.close()
