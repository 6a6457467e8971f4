"""What a country factsheet shows, computed from the statistics store (no Qt, no sentences).

Chart specifications name indicators and countries; the caller supplies display names and
texts, and gets Plotly figures back from ``core.charts``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from destination_europe.core.charts import (
    ChartTexts,
    Series,
    SeriesPoint,
    stacked_figure,
    trend_figure,
)

if TYPE_CHECKING:  # only for annotations: importing the store costs start-up time
    from destination_europe.core.statistics import Observation, StatisticsStore

POPULATION_INDICATORS = ("population", "population-worldbank")

# The key figures shown at the top of a factsheet, in order of preference per line:
# the first indicator with data for the country wins (Eurostat first, UNHCR otherwise).
KEY_FIGURES: tuple[tuple[str, ...], ...] = (
    ("population", "population-worldbank"),
    ("non-eu-citizens-share",),
    ("born-abroad-share",),
    ("asylum-first-time-applicants", "asylum-applications-unhcr"),
    ("asylum-first-time-applicants-per-100k",),
    ("asylum-recognition-rate-unhcr",),
    ("refugees-unhcr",),
    ("first-permits",),
    ("returned-following-order",),
    ("temporary-protection-ukrainians", "refugees-from-ukraine-unhcr"),
)


# recognised, complementary protection, rejected
DECISION_COLOURS = ("#2e7d4f", "#8cc7a0", "#c8553d")


@dataclass(frozen=True)
class KeyFigure:
    indicator: str
    observation: Observation


def latest(store: StatisticsStore, indicator: str, country: str) -> Observation | None:
    """The most recent observation with a value, or None."""
    try:
        series = store.series(indicator, country)
    except KeyError:
        return None
    for obs in reversed(series):
        if obs.value is not None:
            return obs
    return None


def key_figures(store: StatisticsStore, country: str) -> list[KeyFigure]:
    out = []
    for choices in KEY_FIGURES:
        for indicator in choices:
            obs = latest(store, indicator, country)
            if obs is not None:
                out.append(KeyFigure(indicator, obs))
                break
    return out


def population(store: StatisticsStore, country: str, year: int) -> float | None:
    for indicator in POPULATION_INDICATORS:
        obs = store.values_for_year(indicator, year).get(country)
        if obs is not None and obs.value:
            return obs.value
    return None


def per_100k(store: StatisticsStore, indicator: str, year: int) -> dict[str, tuple[float, str]]:
    """Values per 100,000 inhabitants (population of the same year); absent = no data."""
    out = {}
    for country, obs in store.values_for_year(indicator, year).items():
        if obs.value is None:
            continue
        pop = population(store, country, year)
        if pop:
            out[country] = (round(obs.value * 100_000 / pop, 1), obs.flag)
    return out


def _series(store, indicator, country, name, first=None) -> Series | None:
    try:
        obs = store.series(indicator, country)
    except KeyError:
        return None
    points = [SeriesPoint(o.year, o.value, o.flag) for o in obs if first is None or o.year >= first]
    if not any(p.value is not None for p in points):
        return None
    return Series(country, name, points)


@dataclass(frozen=True)
class FactsheetChart:
    id: str  # stable code: applications, decisions, permits, returns, ukraine, population
    indicators: tuple[str, ...]
    figure: dict | None  # None = no data for this country


def factsheet_charts(
    store: StatisticsStore,
    country: str,
    *,
    country_name: str,
    eu_name: str,
    indicator_name: Callable[[str], str],
    texts: Callable[[tuple[str, ...]], ChartTexts],
    first_year: int = 2014,
) -> list[FactsheetChart]:
    """The charts of one factsheet, each with the EU figure beside it where one exists."""
    charts: list[FactsheetChart] = []

    def pair(indicator: str) -> list[Series]:
        found = [
            _series(store, indicator, country, country_name, first_year),
            _series(store, indicator, "EU27", eu_name, first_year),
        ]
        return [s for s in found if s is not None]

    # 1. Asylum applications: per 100,000 inhabitants against the EU, or UNHCR counts.
    own = _series(store, "asylum-first-time-applicants-per-100k", country, country_name)
    if own is not None:
        ids: tuple[str, ...] = ("asylum-first-time-applicants-per-100k",)
        series = pair(ids[0])
        figure: dict | None = trend_figure(series, texts(ids), kind="scatter")
    else:
        ids = ("asylum-applications-unhcr",)
        s = _series(store, ids[0], country, country_name, first_year)
        figure = trend_figure([s], texts(ids)) if s else None
    charts.append(FactsheetChart("applications", ids, figure))

    # 2. Decisions on asylum applications (UNHCR), stacked.
    ids = (
        "asylum-decisions-recognised-unhcr",
        "asylum-decisions-complementary-unhcr",
        "asylum-decisions-rejected-unhcr",
    )
    parts = [_series(store, i, country, indicator_name(i), first_year) for i in ids]
    parts_ok = [p for p in parts if p is not None]
    colours = [DECISION_COLOURS[i] for i, p in enumerate(parts) if p is not None]
    charts.append(
        FactsheetChart(
            "decisions", ids, stacked_figure(parts_ok, texts(ids), colours) if parts_ok else None
        )
    )

    # 3. First residence permits by reason, stacked.
    ids = (
        "first-permits-family",
        "first-permits-education",
        "first-permits-work",
        "first-permits-other",
    )
    parts = [_series(store, i, country, indicator_name(i), 2008) for i in ids]
    parts_ok = [p for p in parts if p is not None]
    charts.append(
        FactsheetChart("permits", ids, stacked_figure(parts_ok, texts(ids)) if parts_ok else None)
    )

    # 4. Returns: ordered to leave and returned.
    ids = ("ordered-to-leave", "returned-following-order")
    parts = [_series(store, i, country, indicator_name(i), 2008) for i in ids]
    parts_ok = [p for p in parts if p is not None]
    charts.append(
        FactsheetChart(
            "returns", ids, trend_figure(parts_ok, texts(ids), kind="scatter") if parts_ok else None
        )
    )

    # 5. People who fled the war in Ukraine: Eurostat temporary protection, else UNHCR.
    ids = ("temporary-protection-ukrainians",)
    s = _series(store, ids[0], country, country_name)
    if s is None:
        ids = ("refugees-from-ukraine-unhcr",)
        s = _series(store, ids[0], country, country_name, 2014)
    charts.append(FactsheetChart("ukraine", ids, trend_figure([s], texts(ids)) if s else None))

    # 6. Population: share of non-EU citizens (Eurostat) or born abroad (UN DESA), with the EU.
    ids = ("non-eu-citizens-share",)
    series = pair(ids[0])
    if not any(s.country == country for s in series):
        ids = ("born-abroad-share",)
        series = pair(ids[0])
    figure = (
        trend_figure(series, texts(ids), kind="scatter")
        if any(s.country == country for s in series)
        else None
    )
    charts.append(FactsheetChart("population", ids, figure))
    return charts


def compare_series(
    store: StatisticsStore, indicator: str, countries: list[str], names: dict[str, str]
) -> list[Series]:
    out = []
    for code in countries:
        s = _series(store, indicator, code, names.get(code, code))
        if s is not None:
            out.append(s)
    return out


def csv_rows(series: list[Series]) -> tuple[list[str], list[list[object]]]:
    """A table with one row per year and one column per series (numbers stay numbers)."""
    years = sorted({p.year for s in series for p in s.points})
    header = ["year", *[s.country for s in series]]
    lookup = [{p.year: p.value for p in s.points} for s in series]
    rows: list[list[object]] = [[year, *[values.get(year) for values in lookup]] for year in years]
    return header, rows


def write_csv(path, series: list[Series], *, header_lines: list[str]) -> None:
    """CSV with ``# `` comment lines (source, licence, extraction date) before the table."""
    import csv

    header, rows = csv_rows(series)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        for line in header_lines:
            fh.write(f"# {line}\n")
        writer = csv.writer(fh)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(v) for v in row])


def _cell(value: object) -> object:
    """Numbers stay numbers (whole numbers without '.0'); no data is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def csv_header(store: StatisticsStore, indicator, per_capita: bool = False) -> list[str]:
    """The comment lines of a CSV download: what, source, licence and extraction date."""
    lines = [f"indicator: {indicator.id}" + (" per 100,000 inhabitants" if per_capita else "")]
    lines.append(f"unit: {'per-100k' if per_capita else indicator.unit}")
    for code in [c.strip() for c in indicator.dataset.split(",") if c.strip()]:
        try:
            source = next(s for s in store.sources() if s.code == code)
        except StopIteration:
            lines.append(f"source: {indicator.publisher}, dataset {code}")
            continue
        lines.append(f"source: {source.publisher}, dataset {source.code} ({source.url})")
        lines.append(f"licence: {source.licence}")
        lines.append(f"extracted: {source.retrieved or 'not stated by the source'}")
    if per_capita:
        lines.append(
            "per 100,000 inhabitants = value x 100000 / population of the same year "
            "(Eurostat demo_gind, else World Bank SP.POP.TOTL)"
        )
    return lines
