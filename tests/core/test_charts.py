from __future__ import annotations

from destination_europe.core.charts import (
    ChartTexts,
    Series,
    SeriesPoint,
    europe_map_figure,
    format_number,
    map_values,
    table_rows,
    trend_figure,
)


def _series() -> Series:
    return Series(
        "DE",
        "Germany",
        [SeriesPoint(2022, 217735), SeriesPoint(2023, None), SeriesPoint(2024, 229695, "p")],
    )


def test_trend_keeps_missing_values_as_gaps_not_zero() -> None:
    fig = trend_figure([_series()], ChartTexts(title="T", no_data="no data", provisional="prov"))
    trace = fig["data"][0]
    assert trace["type"] == "bar"
    assert trace["y"] == [217735, None, 229695]
    assert trace["customdata"] == ["", "no data", "prov"]
    assert fig["layout"]["title"]["text"] == "T"


def test_several_series_become_lines_with_legend() -> None:
    other = Series("FR", "France", [SeriesPoint(2022, 1.0)])
    fig = trend_figure([_series(), other], ChartTexts())
    assert [t["type"] for t in fig["data"]] == ["scatter", "scatter"]
    assert fig["layout"]["showlegend"] is True


def test_map_separates_countries_without_data() -> None:
    values = map_values(
        [("DE", "DEU", "Germany"), ("UA", "UKR", "Ukraine")], {"DE": (329035.0, "")}
    )
    fig = europe_map_figure(values, ChartTexts(no_data="no data"))
    with_data, without = fig["data"]
    assert with_data["locations"] == ["DEU"] and with_data["z"] == [329035.0]
    assert without["locations"] == ["UKR"] and "no data" in without["hovertemplate"]
    assert without["showscale"] is False
    geo = fig["layout"]["geo"]
    assert geo["resolution"] == 50 and geo["lonaxis"]["range"][0] < -20


def test_table_matches_the_chart() -> None:
    rows = table_rows(_series(), "no data")
    assert rows == [("2022", "217,735", ""), ("2023", "no data", ""), ("2024", "229,695", "p")]


def test_format_number() -> None:
    assert format_number(1049510) == "1,049,510"
    assert format_number(12.5) == "12.5"
    assert format_number(3.0) == "3"


def test_value_axis_margin_grows_with_the_longest_tick_label() -> None:
    from destination_europe.core.charts import value_axis_margin

    small, thousands, millions = (
        value_axis_margin([3.5]),
        value_axis_margin([1_500, 20]),
        value_axis_margin([84_000_000]),
    )
    assert 60 <= small < thousands < millions
    # "80,000,000"-wide labels (10 characters at ~9 px) and the axis title fit
    assert millions >= 10 * 8 + 40
    assert value_axis_margin([]) >= 60  # no data: the smallest margin, no error
    assert value_axis_margin([-40, 10]) > value_axis_margin([40, 10])


def test_trend_and_stacked_charts_set_their_own_margin_without_automargin() -> None:
    from destination_europe.core.charts import (
        ChartTexts,
        Series,
        SeriesPoint,
        stacked_figure,
        trend_figure,
        value_axis_margin,
    )

    texts = ChartTexts(
        title="t", x_axis="Year", y_axis="persons", source="s", no_data="no data", provisional="(p)"
    )
    a = Series("AT", "A", [SeriesPoint(2020, 600_000.0, ""), SeriesPoint(2021, None, "")])
    b = Series("BE", "B", [SeriesPoint(2020, 600_000.0, ""), SeriesPoint(2021, 5.0, "")])
    trend = trend_figure([a], texts)["layout"]
    assert "automargin" not in trend["yaxis"]
    assert trend["margin"]["l"] == value_axis_margin([600_000.0])
    stacked = stacked_figure([a, b], texts)["layout"]
    # stacked bars reach the sum of a year's values
    assert stacked["margin"]["l"] == value_axis_margin([1_200_000.0, 5.0])
