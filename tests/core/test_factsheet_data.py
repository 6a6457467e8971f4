from __future__ import annotations

from pathlib import Path

import pytest

from destination_europe import paths
from destination_europe.core.charts import ChartTexts
from destination_europe.core.factsheet_data import (
    compare_series,
    csv_rows,
    factsheet_charts,
    key_figures,
    per_100k,
    write_csv,
)
from destination_europe.core.statistics import StatisticsStore


@pytest.fixture(scope="module")
def store() -> StatisticsStore:
    return StatisticsStore.load(paths.resources_dir() / "statistics")


def test_key_figures_prefer_eurostat_and_fall_back_to_unhcr(store) -> None:
    de = {k.indicator: k.observation for k in key_figures(store, "DE")}
    assert (
        de["asylum-first-time-applicants"].value == 113170
        and de["asylum-first-time-applicants"].year == 2025
    )
    ge = {k.indicator for k in key_figures(store, "GE")}
    assert "asylum-applications-unhcr" in ge and "asylum-first-time-applicants" not in ge


def test_per_100k_uses_population_of_the_same_year(store) -> None:
    pop = store.values_for_year("population", 2023)["DE"].value
    got = per_100k(store, "asylum-first-time-applicants", 2023)["DE"][0]
    assert got == round(329035 * 100_000 / pop, 1)


def test_factsheet_charts_say_no_data_instead_of_zero(store) -> None:
    charts = {
        c.id: c
        for c in factsheet_charts(
            store,
            "UA",
            country_name="Ukraine",
            eu_name="EU",
            indicator_name=str,
            texts=lambda ids: ChartTexts(),
        )
    }
    assert charts["permits"].figure is None  # Eurostat has no permits for Ukraine
    assert charts["applications"].indicators == ("asylum-applications-unhcr",)


def test_csv_keeps_numbers_as_numbers(store, tmp_path: Path) -> None:
    series = compare_series(store, "asylum-first-time-applicants", ["DE", "ME"], {"DE": "Germany"})
    header, rows = csv_rows(series)
    assert header == ["year", "DE", "ME"]
    row_2014 = next(r for r in rows if r[0] == 2014)
    assert row_2014[2] is None  # Montenegro has Eurostat data only from 2018
    path = tmp_path / "x.csv"
    write_csv(path, series, header_lines=["source: test"])
    text = path.read_text(encoding="utf-8").splitlines()
    assert text[0] == "# source: test" and text[1] == "year,DE,ME"
    assert "2014,172945," in text
