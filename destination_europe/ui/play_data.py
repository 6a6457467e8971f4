"""Real statistics and indicator charts for the role-play screens.

- :func:`data_rows`: the latest value of each briefing indicator for the chosen country
  (or EU27 for the composite Member State), with its dataset code and year, or no data.
- :func:`real_countries`: what real countries did — for rate indicators, the chosen
  country, the EU27 and the highest and lowest EMN country in the same year.
- :func:`indicator_charts`: the Plotly figures of the game's own indicators.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from destination_europe.core.charts import PALETTE
from destination_europe.core.game import INDICATORS
from destination_europe.ui.play_texts import indicator_label, signed

RATE_UNITS = ("percent", "per-100k")


def _t(text: str) -> str:
    return QCoreApplication.translate("Play", text)


@dataclass(frozen=True)
class DataRow:
    indicator: str
    unit: str
    country: str
    value: float | None
    year: int | None
    dataset: str
    publisher: str
    flag: str = ""


def latest(store, indicator: str, country: str) -> DataRow:
    try:
        info = store.indicator(indicator)
    except KeyError:
        return DataRow(indicator, "", country, None, None, "", "")
    year = store.latest_year(indicator, country)
    obs = None
    if year is not None:
        obs = next((o for o in store.series(indicator, country) if o.year == year), None)
    if obs is None or obs.value is None:
        return DataRow(indicator, info.unit, country, None, None, info.dataset, info.publisher)
    return DataRow(
        indicator, obs.unit, country, obs.value, obs.year, obs.dataset, obs.publisher, obs.flag
    )


def data_rows(store, indicators: tuple[str, ...], country: str) -> list[DataRow]:
    if store is None:
        return []
    return [latest(store, i, country) for i in indicators]


@dataclass(frozen=True)
class Comparison:
    indicator: str
    unit: str
    year: int
    dataset: str
    chosen: DataRow | None
    eu: DataRow | None
    highest: tuple[str, float] | None
    lowest: tuple[str, float] | None


def real_countries(
    store, indicators: list[str], country: str, emn_codes: list[str]
) -> list[Comparison]:
    """For each rate indicator: the chosen country, the EU27, the highest and the lowest."""
    out: list[Comparison] = []
    if store is None:
        return out
    for ind in dict.fromkeys(indicators):
        try:
            info = store.indicator(ind)
        except KeyError:
            continue
        if info.unit not in RATE_UNITS:
            continue
        year = store.latest_year(ind, "EU27") or store.latest_year(ind)
        if year is None:
            continue
        values = {
            c: o.value
            for c, o in store.values_for_year(ind, year).items()
            if c in emn_codes and o.value is not None
        }
        ranked = sorted(values.items(), key=lambda cv: cv[1])
        chosen = latest(store, ind, country) if country != "EU27" else None
        out.append(
            Comparison(
                indicator=ind,
                unit=info.unit,
                year=year,
                dataset=info.dataset,
                chosen=chosen,
                eu=latest(store, ind, "EU27"),
                highest=ranked[-1] if ranked else None,
                lowest=ranked[0] if ranked else None,
            )
        )
    return out


def format_value(locale, value: float | None, unit: str) -> str:
    if value is None:
        return _t("no data")
    decimals = 0 if float(value).is_integer() else 1
    text = locale.toString(float(value), "f", decimals)
    return f"{text} %" if unit == "percent" else text


# -- charts of the game indicators ---------------------------------------------------------


def _layout(title: str, zoom: float) -> dict:
    """The card around each chart shows its title; the figure keeps it for screen readers."""
    size = round(15 * zoom)
    return {
        "meta": {"title": title},
        "margin": {"l": 60, "r": 24, "t": 16, "b": 50},
        "paper_bgcolor": "rgba(0,0,0,0)",
        "plot_bgcolor": "rgba(0,0,0,0)",
        "font": {"family": "DejaVu Sans, Arial, sans-serif", "size": size},
        "separators": ".,",
    }


def step_labels(count: int) -> list[str]:
    return [_t("Start")] + [_t("Round {n}").format(n=i) for i in range(1, count)]


def history_figure(history: list[dict[str, int]], zoom: float = 1.0) -> dict:
    """The six game indicators at the start and after every round (0–100)."""
    xs = step_labels(len(history))
    data = []
    for i, ind in enumerate(INDICATORS):
        name = indicator_label(ind)
        data.append(
            {
                "type": "scatter",
                "mode": "lines+markers",
                "name": name,
                "x": xs,
                "y": [h.get(ind) for h in history],
                "line": {"width": 3, "color": PALETTE[i % len(PALETTE)]},
                "marker": {"size": 9, "symbol": ["circle", "square", "diamond", "cross"][i % 4]},
                "hovertemplate": "%{x}: %{y}<extra>" + name + "</extra>",
            }
        )
    layout = _layout(_t("Game indicators after each round (0–100, start 50)"), zoom)
    layout["yaxis"] = {"range": [0, 100], "dtick": 10, "title": {"text": _t("points")}}
    layout["xaxis"] = {"type": "category"}
    layout["legend"] = {"orientation": "h", "y": -0.15, "x": 0, "xanchor": "left"}
    layout["margin"]["b"] = 110
    return {"data": data, "layout": layout}


def change_figure(before: dict[str, int], after: dict[str, int], title: str, zoom: float) -> dict:
    """How much each indicator moved in one round (horizontal bars, labelled +/−)."""
    names = [indicator_label(i) for i in INDICATORS]
    deltas = [after.get(i, 0) - before.get(i, 0) for i in INDICATORS]
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "y": names,
            "x": deltas,
            "text": [signed(d) for d in deltas],
            "textposition": "outside",
            "cliponaxis": False,
            "marker": {"color": ["#2e8b57" if d >= 0 else "#d1495b" for d in deltas]},
            "hovertemplate": "%{y}: %{text}<extra></extra>",
        }
    ]
    layout = _layout(title, zoom)
    span = max(5, *(abs(d) for d in deltas)) + 3
    layout["xaxis"] = {"range": [-span, span], "zeroline": True, "zerolinewidth": 2}
    layout["yaxis"] = {"autorange": "reversed", "automargin": True}
    layout["showlegend"] = False
    return {"data": data, "layout": layout}


def indicator_charts(history: list[dict[str, int]], zoom: float = 1.0) -> list[dict]:
    """The charts page list (``DE.data.charts``): the history, then the last round's changes."""
    charts = [
        {
            "id": "history",
            "title": _t("Game indicators"),
            "figure": history_figure(history, zoom),
        }
    ]
    if len(history) >= 2:
        n = len(history) - 1
        charts.append(
            {
                "id": "changes",
                "title": _t("What changed in round {n}").format(n=n),
                "figure": change_figure(
                    history[-2], history[-1], _t("Change in round {n}").format(n=n), zoom
                ),
            }
        )
    return charts
