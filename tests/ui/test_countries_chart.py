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


def test_country_link_opens_the_factsheet(countries, qtbot) -> None:
    win, section = countries
    win.follow_link("country", "fr")
    assert section.tabs.currentWidget() is section.factsheet
    assert section.factsheet.country == "FR"
    assert "France" in section.factsheet.text.toPlainText()


def test_clicking_a_country_on_the_map_opens_its_factsheet(countries, qtbot) -> None:
    win, section = countries
    section.explore._on_message("chart.click", {"location": "ITA"})
    assert section.tabs.currentWidget() is section.factsheet
    assert section.factsheet.country == "IT"


def test_per_capita_toggle_and_year_slider(countries, qtbot) -> None:
    win, section = countries
    explore = section.explore
    store = win.services.statistics()
    explore.per_capita.setChecked(True)
    values = dict(
        zip(explore._figure["data"][0]["x"], explore._figure["data"][0]["y"], strict=True)
    )
    population = store.values_for_year("population", 2023)["DE"].value
    assert values[2023] == pytest.approx(round(329035 * 100_000 / population, 1))
    explore.per_capita.setChecked(False)
    explore.set_mode("map")
    explore.year_slider.setValue(2019)
    assert explore.year_box.currentData() == 2019
    assert "2019" in explore._figure["layout"]["title"]["text"]


def test_csv_download_states_source_licence_and_date(countries, tmp_path) -> None:
    win, section = countries
    path = tmp_path / "de.csv"
    section.explore.write_csv(str(path))
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [line for line in lines if line.startswith("# ")]
    assert any("migr_asyappctza" in line for line in comments)
    assert any(line.startswith("# licence: ") and "CC BY 4.0" in line for line in comments)
    assert any(line.startswith("# extracted: ") for line in comments)
    table = [line for line in lines if not line.startswith("#")]
    assert table[0] == "year,DE"
    assert "2023,329035" in table


def test_importing_a_newer_eurostat_file_updates_the_chart(countries, qtbot, tmp_path) -> None:
    win, section = countries
    tsv = tmp_path / "migr_asyappctza_new.tsv"
    tsv.write_text(
        "freq,applicant,citizen,sex,unit,age,geo\\TIME_PERIOD\t2026 \n"
        "A,FRST,EXT_EU27_2020,T,PER,TOTAL,DE\t98765 p\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(
        section.view.message,
        timeout=30000,
        check_params_cb=lambda kind, _p: kind == "chart.updated",
    ):
        assert win.import_eurostat_file(str(tsv))
    trace = section._figure["data"][0]
    assert dict(zip(trace["x"], trace["y"], strict=True))[2026] == 98765
    # a broken file is refused with its line, and nothing changes
    bad = tmp_path / "migr_asyappctza_bad.tsv"
    bad.write_text("freq,geo\\TIME_PERIOD\t2026\nA,DE\tlots\n", encoding="utf-8")
    assert not win.import_eurostat_file(str(bad))
    assert f"{bad}:2:" in win.last_import_message
    assert (
        win.services.statistics().values_for_year("asylum-first-time-applicants", 2026)["DE"].value
        == 98765
    )


def test_theme_change_restyles_open_pages_in_place(countries, qtbot) -> None:
    win, section = countries
    win.services.set_theme("high-contrast")

    def theme() -> str:
        box = {}
        section.view.run_js(
            "document.documentElement.dataset.theme", lambda v: box.setdefault("v", v)
        )
        qtbot.waitUntil(lambda: "v" in box, timeout=10000)
        return box["v"]

    qtbot.waitUntil(lambda: theme() == "high-contrast", timeout=10000)
    win.services.set_theme("light")
    qtbot.waitUntil(lambda: theme() == "light", timeout=10000)
