"""The Countries section draws real data with Plotly, offline, and changes it in place."""

from __future__ import annotations

import pytest

from destination_europe.ui.app import build_main_window
from destination_europe.ui.selftest import distinct_colours


@pytest.fixture()
def countries(qtbot, data_dir):
    win = build_main_window(data_dir, "en")
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    win.show_section("countries")
    section = win.section("countries")
    qtbot.waitUntil(lambda: section.view is not None and section.view.is_painted, timeout=30000)
    return win, section


def test_chart_paints_real_figures_without_network(countries, qtbot) -> None:
    win, section = countries
    assert section.indicator_id() == "asylum-first-time-applicants"
    fig = section._figure
    years = fig["data"][0]["x"]
    values = dict(zip(years, fig["data"][0]["y"], strict=True))
    assert values[2023] == 329035  # Eurostat migr_asyappctza, Germany
    # the chart really reaches the screen (not only loadFinished): many colours, not blank
    qtbot.waitUntil(lambda: distinct_colours(section.view.grab().toImage()) > 10, timeout=15000)
    engine = win.services.web_engine
    assert engine.interceptor.blocked_count == 0
    assert "app://assets/plotly/plotly.min.js" in engine.handler.served


def test_switching_to_the_map_updates_in_place(countries, qtbot) -> None:
    win, section = countries
    loads = []
    section.view.loadStarted.connect(lambda: loads.append(1))
    with qtbot.waitSignal(
        section.view.message,
        timeout=30000,
        check_params_cb=lambda kind, _p: kind == "chart.updated",
    ):
        section.set_mode("map")
    assert section._figure["data"][0]["type"] == "choropleth"
    assert loads == []  # Plotly.react, not a page reload
    served = win.services.web_engine.handler.served
    assert any(url.endswith("geo/world_50m.json") for url in served)
    assert win.services.web_engine.interceptor.blocked_count == 0
    # the table below the chart matches the map: one row per EMN country
    assert section.table.rowCount() == 35


def test_country_link_and_click_select_a_country(countries, qtbot) -> None:
    win, section = countries
    with qtbot.waitSignal(
        section.view.message,
        timeout=30000,
        check_params_cb=lambda kind, _p: kind == "chart.updated",
    ):
        win.follow_link("country", "fr")
    assert section.country_box.currentData() == "FR"
    assert section._figure["data"][0]["name"] == "France"
