"""Figures for chart blocks in lessons, from the statistics the app ships."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from destination_europe.core.charts import (
    ChartTexts,
    Series,
    SeriesPoint,
    europe_map_figure,
    map_values,
    trend_figure,
)
from destination_europe.ui.indicator_names import unit_name


def _t(text: str) -> str:
    return QCoreApplication.translate("ChartBuilder", text)


def block_figure(services, block) -> dict | None:
    """A Plotly figure for a lesson's ``chart`` block, or None when there are no data."""
    store = services.statistics()
    if store is None:
        return None
    try:
        indicator = store.indicator(block.indicator)
    except KeyError:
        return None
    texts = ChartTexts(
        title="",  # the block's own title and caption are shown around the chart
        y_axis=unit_name(indicator.unit),
        source=_t("Source: {publisher}, {dataset}").format(
            publisher=indicator.publisher, dataset=indicator.dataset
        ),
        no_data=_t("no data"),
        provisional=_t("(provisional)"),
    )
    first, last = block.years or (None, None)
    if block.chart_type == "map":
        year = last or store.latest_year(indicator.id)
        if year is None:
            return None
        observed = {
            c: (o.value, o.flag) for c, o in store.values_for_year(indicator.id, year).items()
        }
        triples = [(c.iso2, c.iso3, services.country_label(c.iso2)) for c in services.countries.emn]
        return europe_map_figure(map_values(triples, observed), texts)
    series = []
    for code in block.countries or ["EU27"]:
        try:
            country = services.countries.by_iso2(code)
        except KeyError:
            continue
        name = services.country_label(country.iso2)
        points = [
            SeriesPoint(o.year, o.value, o.flag)
            for o in store.series(indicator.id, code)
            if (first is None or o.year >= first) and (last is None or o.year <= last)
        ]
        if points:
            series.append(Series(code, name, points))
    if not series:
        return None
    kind = "bar" if block.chart_type == "bar" else "scatter"
    return trend_figure(series, texts, kind=kind)
