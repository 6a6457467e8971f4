"""Plotly figure specifications (plain dicts) built from the statistics store.

The core builds the figure as data; the Qt layer hands it to plotly.js in a web view
and changes it in place with ``Plotly.react``. Texts (titles, axis names) are passed in
by the caller, already translated: the core returns numbers and codes, not sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

# The window of the map: the 35 EMN countries, Cyprus and Armenia included.
EUROPE_LON = (-25.0, 50.0)
EUROPE_LAT = (33.0, 72.0)
# Light (low) to dark (high), readable on a projector and in greyscale print.
SEQUENTIAL = [
    [0.0, "#e3eef9"],
    [0.25, "#a9cbe8"],
    [0.5, "#5d9ccf"],
    [0.75, "#2a68a8"],
    [1.0, "#0b2f6b"],
]
# d3 format: thousands separators, up to two decimals, no trailing zeros.
NUMBER_FORMAT = ",.2~f"
PALETTE = ("#1f4e9c", "#d1495b", "#2e8b57", "#edae49", "#6a4c93", "#00798c", "#8d6a3f")


@dataclass(frozen=True)
class SeriesPoint:
    year: int
    value: float | None
    flag: str = ""


@dataclass(frozen=True)
class Series:
    country: str  # ISO2 or EU27
    name: str  # display name, supplied by the caller
    points: Sequence[SeriesPoint]


@dataclass(frozen=True)
class MapValue:
    iso3: str
    name: str
    value: float | None
    flag: str = ""


@dataclass
class ChartTexts:
    title: str = ""
    y_axis: str = ""
    x_axis: str = ""
    source: str = ""
    no_data: str = "no data"
    provisional: str = "provisional"
    extra: dict[str, str] = field(default_factory=dict)


def _base_layout(texts: ChartTexts) -> dict[str, Any]:
    if not texts.title:
        # No title of its own (a lesson block shows one around the chart): the source line
        # takes the title's place, in small type.
        texts = ChartTexts(**{**texts.__dict__, "title": texts.source, "source": ""})
        small = True
    else:
        small = False
    layout: dict[str, Any] = {
        "title": {
            "text": texts.title,
            "x": 0.01,
            "xanchor": "left",
            # at the top of the chart, its source line right under it (Plotly's default
            # centres the title in the top margin, which the legend room makes tall)
            "yref": "container",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": 12},
            "font": {"size": 12 if small else 18},
            "subtitle": {"text": texts.source, "font": {"size": 12}},
        },
        "margin": {"l": 80, "r": 20, "t": 80, "b": 70},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": "DejaVu Sans, Arial, sans-serif", "size": 14},
        "separators": ".,",
    }
    return layout


def trend_figure(series: Sequence[Series], texts: ChartTexts, *, kind: str = "bar") -> dict:
    """A bar (one country) or line (several) chart of values per year.

    Missing values stay gaps (``None``), never zero. Provisional values are marked in
    the hover text.
    """
    data = []
    for i, s in enumerate(series):
        xs = [p.year for p in s.points]
        ys = [p.value for p in s.points]
        notes = [
            texts.no_data if p.value is None else (texts.provisional if "p" in p.flag else "")
            for p in s.points
        ]
        trace: dict[str, Any] = {
            "type": kind if len(series) == 1 else "scatter",
            "name": s.name,
            "x": xs,
            "y": ys,
            "customdata": notes,
            "hovertemplate": "%{x}: %{y:,.2~f} %{customdata}<extra>" + s.name + "</extra>",
            "marker": {"color": PALETTE[i % len(PALETTE)]},
        }
        if trace["type"] == "scatter":
            trace["mode"] = "lines+markers"
            trace["connectgaps"] = False
        data.append(trace)
    layout = _base_layout(texts)
    years = sorted({p.year for s in series for p in s.points if p.value is not None})
    layout["xaxis"] = {"title": {"text": texts.x_axis}, "tickangle": -45}
    if years and len(years) <= 26:
        # label exactly the years that have data (yearly, or in steps such as 1990, 1995, …)
        layout["xaxis"].update({"tickmode": "array", "tickvals": years})
    layout["yaxis"] = {
        "title": {"text": texts.y_axis, "standoff": 14},
        "rangemode": "tozero",
        "tickformat": NUMBER_FORMAT,
    }
    # A fixed left margin, wide enough for the longest tick label: Plotly's automargin
    # lays the chart out twice on every change, which doubled the cost of an update.
    layout["margin"]["l"] = value_axis_margin(
        p.value for s in series for p in s.points if p.value is not None
    )
    layout["showlegend"] = len(series) > 1
    layout["legend"] = {
        "orientation": "h",
        "y": 1.02,
        "yanchor": "bottom",
        "x": 0,
        "xanchor": "left",
    }
    if layout["showlegend"]:
        _legend_room(layout, series)
    return {"data": data, "layout": layout}


def europe_map_figure(
    values: Sequence[MapValue], texts: ChartTexts, *, colorscale: list | None = None
) -> dict:
    """A choropleth of the EMN countries; countries without data are grey and say so."""
    with_data = [v for v in values if v.value is not None]
    without = [v for v in values if v.value is None]
    data: list[dict[str, Any]] = [
        {
            "type": "choropleth",
            "locationmode": "ISO-3",
            "locations": [v.iso3 for v in with_data],
            "z": [v.value for v in with_data],
            "text": [v.name for v in with_data],
            "customdata": [texts.provisional if "p" in v.flag else "" for v in with_data],
            "hovertemplate": "%{text}: %{z:,.2~f} %{customdata}<extra></extra>",
            "colorscale": colorscale or SEQUENTIAL,
            "marker": {"line": {"color": "#ffffff", "width": 0.6}},
            "colorbar": {
                "title": {"text": texts.y_axis},
                "thickness": 14,
                "tickformat": NUMBER_FORMAT,
            },
        }
    ]
    if without:
        data.append(
            {
                "type": "choropleth",
                "locationmode": "ISO-3",
                "locations": [v.iso3 for v in without],
                "z": [0 for _ in without],
                "text": [v.name for v in without],
                "hovertemplate": "%{text}: " + texts.no_data + "<extra></extra>",
                "colorscale": [[0, "#d9d9d9"], [1, "#d9d9d9"]],
                "showscale": False,
                "marker": {"line": {"color": "#ffffff", "width": 0.6}},
                "name": texts.no_data,
            }
        )
    layout = _base_layout(texts)
    layout["margin"] = {"l": 10, "r": 10, "t": 80, "b": 20}
    layout["geo"] = {
        "scope": "world",
        "resolution": 50,
        "projection": {"type": "mercator"},
        "lonaxis": {"range": list(EUROPE_LON)},
        "lataxis": {"range": list(EUROPE_LAT)},
        "showcountries": True,
        "countrycolor": "#ffffff",
        "showland": True,
        "landcolor": "#eef0f3",
        "showocean": True,
        "oceancolor": "#f4f8fc",
        "showframe": False,
        "bgcolor": "rgba(0,0,0,0)",
    }
    return {"data": data, "layout": layout}


def table_rows(
    series: Series, no_data: str, fmt: Callable[[float], str] | None = None
) -> list[tuple[str, str, str]]:
    """The rows of the table that matches a trend chart: year, value, flag."""
    fmt = fmt or format_number
    return [
        (str(p.year), no_data if p.value is None else fmt(p.value), p.flag) for p in series.points
    ]


def format_number(value: float) -> str:
    """English-style display of a value: thousands separators, at most two decimals."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def map_values(
    countries: Sequence[tuple[str, str, str]],
    observations: Mapping[str, tuple[float | None, str]],
) -> list[MapValue]:
    """Join (iso2, iso3, name) triples with observations keyed by ISO2; absent means no data."""
    out = []
    for iso2, iso3, name in countries:
        value, flag = observations.get(iso2, (None, ""))
        out.append(MapValue(iso3=iso3, name=name, value=value, flag=flag))
    return out


# Widths in pixels at the charts' 14 px DejaVu Sans: a digit, a separator, the rotated axis
# title with its stand-off, and the smallest margin.
_DIGIT_PX, _SEPARATOR_PX, _TITLE_PX, _MIN_MARGIN = 9, 5, 44, 60


def value_axis_margin(values: Iterable[float]) -> int:
    """Left margin (px) that holds the value axis's tick labels and its title.

    Tick labels never exceed the axis range, which Plotly pads about 5 % beyond the largest
    value; labels below 100 may carry up to two decimals (``NUMBER_FORMAT``).
    """
    values = list(values)
    top = max((abs(v) for v in values), default=0.0) * 1.06
    integer = f"{top:,.0f}"
    digits = sum(ch.isdigit() for ch in integer)
    separators = len(integer) - digits
    if top < 100:
        digits, separators = digits + 2, separators + 1
    if any(v < 0 for v in values):
        separators += 1  # the minus sign
    return max(_MIN_MARGIN, digits * _DIGIT_PX + separators * _SEPARATOR_PX + _TITLE_PX)


def _legend_room(layout: dict, series: Sequence[Series]) -> None:
    """Top margin for the title, the source line and a legend that may wrap onto more rows
    (a horizontal legend in a half-width chart holds about 45 characters a row)."""
    rows = 1 + sum(len(x.name) + 6 for x in series) // 45
    layout["margin"]["t"] = 100 + 24 * rows


def stacked_figure(
    series: Sequence[Series], texts: ChartTexts, colours: Sequence[str] | None = None
) -> dict:
    """Stacked bars per year, one colour per series (e.g. permits by reason)."""
    fig = trend_figure(series, texts, kind="bar")
    for i, (trace, s) in enumerate(zip(fig["data"], series, strict=True)):
        if colours:
            trace["marker"] = {"color": colours[i % len(colours)]}
        trace["type"] = "bar"
        trace.pop("mode", None)
        trace.pop("connectgaps", None)
        trace["name"] = s.name
    fig["layout"]["barmode"] = "stack"
    totals: dict[int, float] = {}
    for s in series:
        for p in s.points:
            if p.value is not None:
                totals[p.year] = totals.get(p.year, 0.0) + p.value
    fig["layout"]["margin"]["l"] = value_axis_margin(totals.values())
    fig["layout"]["legend"]["traceorder"] = "normal"
    fig["layout"]["showlegend"] = True
    _legend_room(fig["layout"], series)
    return fig
