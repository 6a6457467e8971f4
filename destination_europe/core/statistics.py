"""The app's statistics store: loader and query API (pure Python, no Qt).

The store lives in ``resources/statistics/`` and is written by
``python -m destination_europe.tools.build_statistics``:

- ``observations.csv`` — one row per indicator × country × year:
  ``indicator,country,year,value,unit,flag,dataset,publisher,licence``. ``country`` is an ISO-2
  code (Greece = ``GR``) or ``EU27``; an empty ``value`` means "not available" (never 0);
  ``flag`` is the publisher's flag (``p`` provisional, ``e`` estimated, ``b`` break in series,
  ``u`` low reliability, ``d`` definition differs, ``m`` missing) or empty.
- ``indicators.yaml`` — what each indicator means, where it comes from, how it is computed.
- ``sources.yaml`` — the datasets, their licences and where our copies came from.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

OBSERVATION_COLUMNS = (
    "indicator",
    "country",
    "year",
    "value",
    "unit",
    "flag",
    "dataset",
    "publisher",
    "licence",
)

FLAG_MEANINGS: Mapping[str, str] = {
    "b": "break in time series",
    "d": "definition differs",
    "e": "estimated",
    "m": "missing",
    "p": "provisional",
    "u": "low reliability",
}


class DataError(Exception):
    """A statistics (or reference) file is malformed. ``str()`` is ``path:line: message``."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        super().__init__(f"{self.path}:{line}: {message}")


@dataclass(frozen=True)
class Observation:
    indicator: str
    country: str
    year: int
    value: float | None
    unit: str
    flag: str
    dataset: str
    publisher: str
    licence: str

    @property
    def available(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Indicator:
    id: str
    unit: str
    dataset: str
    publisher: str
    definition: str
    glossary_term: str | None
    computed: str | None
    coverage: str
    title: str = ""
    reference_period: str = ""  # e.g. "1 January", "calendar year", "31 December"
    licence: str = ""
    years: tuple[int, int] | None = None  # first and last year with a value


@dataclass(frozen=True)
class Provenance:
    repository: str
    commit: str
    files: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Source:
    code: str
    title: str
    publisher: str
    licence: str
    url: str
    provenance: tuple[Provenance, ...] = ()
    retrieved: str = ""
    notes: str = ""


class StatisticsStore:
    """All observations in memory, indexed by indicator, country and year."""

    def __init__(
        self,
        indicators: list[Indicator],
        sources: list[Source],
        observations: list[Observation],
    ) -> None:
        self._indicators = {i.id: i for i in indicators}
        self._sources = list(sources)
        # indicator -> country -> year -> observation
        self._index: dict[str, dict[str, dict[int, Observation]]] = {
            i: {} for i in self._indicators
        }
        for obs in observations:
            self._index[obs.indicator].setdefault(obs.country, {})[obs.year] = obs

    # -- loading ----------------------------------------------------------------------
    @classmethod
    def load(cls, statistics_dir: Path) -> StatisticsStore:
        """Read the three files of the store.

        Raises :class:`DataError` naming the file and line of a malformed row (missing column,
        bad year, non-numeric value, unknown indicator or dataset, duplicate row) and
        ``OSError`` if a file cannot be read.
        """
        statistics_dir = Path(statistics_dir)
        indicators = _load_indicators(statistics_dir / "indicators.yaml")
        sources = _load_sources(statistics_dir / "sources.yaml")
        observations = _load_observations(
            statistics_dir / "observations.csv",
            {i.id for i in indicators},
            {s.code for s in sources},
        )
        return cls(indicators, sources, observations)

    def with_overlay(self, overlay_csv: Path) -> StatisticsStore:
        """A store in which the rows of ``overlay_csv`` (same columns as observations.csv,
        e.g. newer figures imported from Eurostat) replace or add to the shipped ones."""
        extra = _load_observations(
            Path(overlay_csv), set(self._indicators), {s.code for s in self._sources}
        )
        merged = {(o.indicator, o.country, o.year): o for o in self.all_observations()}
        merged.update({(o.indicator, o.country, o.year): o for o in extra})
        return StatisticsStore(
            list(self._indicators.values()), self._sources, list(merged.values())
        )

    def all_observations(self) -> list[Observation]:
        return [
            obs
            for by_country in self._index.values()
            for by_year in by_country.values()
            for obs in by_year.values()
        ]

    # -- queries ------------------------------------------------------------------------
    def indicators(self) -> list[Indicator]:
        return list(self._indicators.values())

    def indicator(self, indicator_id: str) -> Indicator:
        """KeyError if unknown."""
        return self._indicators[indicator_id]

    def series(self, indicator_id: str, country: str) -> list[Observation]:
        """All stored observations of one country, sorted by year (no-data rows included)."""
        by_year = self._countries_of(indicator_id).get(country, {})
        return [by_year[y] for y in sorted(by_year)]

    def values_for_year(self, indicator_id: str, year: int) -> dict[str, Observation]:
        """Country code -> observation for one year (no-data rows included)."""
        out: dict[str, Observation] = {}
        for country, by_year in self._countries_of(indicator_id).items():
            obs = by_year.get(year)
            if obs is not None:
                out[country] = obs
        return out

    def years(self, indicator_id: str) -> list[int]:
        """Sorted years that have at least one stored observation."""
        years: set[int] = set()
        for by_year in self._countries_of(indicator_id).values():
            years.update(by_year)
        return sorted(years)

    def latest_year(self, indicator_id: str, country: str | None = None) -> int | None:
        """The latest year with an actual value (not a no-data row); None if there is none."""
        countries = self._countries_of(indicator_id)
        pools = [countries.get(country, {})] if country is not None else countries.values()
        best: int | None = None
        for by_year in pools:
            for year, obs in by_year.items():
                if obs.value is not None and (best is None or year > best):
                    best = year
        return best

    def countries(self, indicator_id: str) -> list[str]:
        """Sorted country codes that have at least one stored observation."""
        return sorted(self._countries_of(indicator_id))

    def sources(self) -> list[Source]:
        return list(self._sources)

    def source(self, code: str) -> Source:
        """KeyError if unknown."""
        for src in self._sources:
            if src.code == code:
                return src
        raise KeyError(code)

    def _countries_of(self, indicator_id: str) -> dict[str, dict[int, Observation]]:
        try:
            return self._index[indicator_id]
        except KeyError:
            raise KeyError(indicator_id) from None


# -- file readers ------------------------------------------------------------------------


def _load_yaml_list(path: Path) -> list[Any]:
    text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 1
        raise DataError(path, line, f"invalid YAML: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, list):
        raise DataError(path, 1, "expected a YAML list of mappings")
    return data


def _entry_line(text_lines: list[str], key: str, value: str, default: int = 1) -> int:
    """Best-effort line number of ``- key: value`` in a YAML list (for error messages)."""
    for n, line in enumerate(text_lines, start=1):
        stripped = line.lstrip("- ").rstrip()
        if stripped in (f"{key}: {value}", f"{key}: '{value}'", f'{key}: "{value}"'):
            return n
    return default


def _load_indicators(path: Path) -> list[Indicator]:
    data = _load_yaml_list(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Indicator] = []
    seen: set[str] = set()
    for n, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or not entry.get("id"):
            raise DataError(path, 1, f"entry {n}: expected a mapping with an 'id'")
        ident = str(entry["id"])
        line = _entry_line(lines, "id", ident)
        for key in ("unit", "dataset", "publisher", "definition", "coverage"):
            if not entry.get(key):
                raise DataError(path, line, f"indicator {ident!r}: missing {key!r}")
        if ident in seen:
            raise DataError(path, line, f"duplicate indicator id {ident!r}")
        seen.add(ident)
        years = entry.get("years")
        span: tuple[int, int] | None = None
        if years:
            try:
                span = (int(years[0]), int(years[1]))
            except (TypeError, ValueError, IndexError, KeyError):
                raise DataError(path, line, f"indicator {ident!r}: bad years {years!r}") from None
        out.append(
            Indicator(
                id=ident,
                unit=str(entry["unit"]),
                dataset=str(entry["dataset"]),
                publisher=str(entry["publisher"]),
                definition=str(entry["definition"]).strip(),
                glossary_term=entry.get("glossary_term") or None,
                computed=(str(entry["computed"]).strip() if entry.get("computed") else None),
                coverage=str(entry["coverage"]).strip(),
                title=str(entry.get("title") or ""),
                reference_period=str(entry.get("reference_period") or ""),
                licence=str(entry.get("licence") or ""),
                years=span,
            )
        )
    return out


def _load_sources(path: Path) -> list[Source]:
    data = _load_yaml_list(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    out: list[Source] = []
    for n, entry in enumerate(data, start=1):
        if not isinstance(entry, dict) or not entry.get("code"):
            raise DataError(path, 1, f"entry {n}: expected a mapping with a 'code'")
        code = str(entry["code"])
        line = _entry_line(lines, "code", code)
        for key in ("title", "publisher", "licence", "url"):
            if not entry.get(key):
                raise DataError(path, line, f"source {code!r}: missing {key!r}")
        prov: list[Provenance] = []
        for p in entry.get("provenance") or []:
            if not isinstance(p, dict):
                raise DataError(path, line, f"source {code!r}: provenance must be mappings")
            prov.append(
                Provenance(
                    repository=str(p.get("repository") or ""),
                    commit=str(p.get("commit") or ""),
                    files=tuple(str(f) for f in (p.get("files") or [])),
                    note=str(p.get("note") or "").strip(),
                )
            )
        out.append(
            Source(
                code=code,
                title=str(entry["title"]),
                publisher=str(entry["publisher"]),
                licence=str(entry["licence"]),
                url=str(entry["url"]),
                provenance=tuple(prov),
                retrieved=str(entry.get("retrieved") or ""),
                notes=str(entry.get("notes") or "").strip(),
            )
        )
    return out


def _load_observations(path: Path, indicators: set[str], datasets: set[str]) -> list[Observation]:
    out: list[Observation] = []
    seen: set[tuple[str, str, int]] = set()
    # Interning keeps the many repeated strings (units, publishers, licences) shared.
    intern: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            raise DataError(path, 1, "empty file (no header)")
        missing = [c for c in OBSERVATION_COLUMNS if c not in header]
        if missing:
            raise DataError(path, 1, f"missing column(s): {', '.join(missing)}")
        pos = [header.index(c) for c in OBSERVATION_COLUMNS]
        width = len(header)
        for row in reader:
            line = reader.line_num
            if len(row) != width:
                if not row:
                    continue  # blank line
                raise DataError(path, line, f"expected {width} fields, found {len(row)}")
            ind, country, year_s, value_s, unit, flag, dataset, publisher, licence = (
                row[i] for i in pos
            )
            if ind not in indicators:
                raise DataError(path, line, f"unknown indicator {ind!r}")
            if not country:
                raise DataError(path, line, "empty country code")
            try:
                year = int(year_s)
            except ValueError:
                raise DataError(path, line, f"bad year {year_s!r}") from None
            if not 1900 <= year <= 2100:
                raise DataError(path, line, f"year out of range: {year}")
            value: float | None
            if value_s == "":
                value = None
            else:
                try:
                    value = float(value_s)
                except ValueError:
                    raise DataError(path, line, f"non-numeric value {value_s!r}") from None
                if not math.isfinite(value):
                    raise DataError(path, line, f"non-numeric value {value_s!r}")
            if dataset not in datasets:
                raise DataError(path, line, f"dataset {dataset!r} is not listed in sources.yaml")
            key = (ind, country, year)
            if key in seen:
                raise DataError(path, line, f"duplicate row for {ind} {country} {year}")
            seen.add(key)
            out.append(
                Observation(
                    indicator=intern.setdefault(ind, ind),
                    country=intern.setdefault(country, country),
                    year=year,
                    value=value,
                    unit=intern.setdefault(unit, unit),
                    flag=intern.setdefault(flag, flag),
                    dataset=intern.setdefault(dataset, dataset),
                    publisher=intern.setdefault(publisher, publisher),
                    licence=intern.setdefault(licence, licence),
                )
            )
    return out
