"""The 35 EMN countries (and the EU27 aggregate) from ``resources/reference/countries.csv``.

The file lists the 26 EU Member States that take part in the EMN, then the 9 EMN observer
countries, then the EU27 aggregate (empty ISO-2 code; here it gets the code ``"EU27"``).
Country codes in the app are ISO 3166-1 alpha-2 (Greece = ``GR``; Eurostat's ``EL`` is kept
in :attr:`Country.eurostat`). Pure Python, no Qt.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from destination_europe.core.statistics import DataError

EU27 = "EU27"

_STATUS = {
    "EU Member State": "eu-member",
    "EMN Observer": "observer",
    "Aggregate": "aggregate",
}
_COLUMNS = ("eurostat_code", "iso2", "iso3", "iso_numeric", "name", "emn_status")


@dataclass(frozen=True)
class Country:
    iso2: str  # ISO 3166-1 alpha-2, or "EU27" for the aggregate
    iso3: str  # ISO 3166-1 alpha-3 ("EUU" for the EU, as the World Bank writes it)
    eurostat: str  # Eurostat geo code ("EL" for Greece, "EU27_2020" for the EU)
    name: str  # English name
    status: str  # "eu-member" | "observer" | "aggregate"
    iso_numeric: str = ""  # ISO numeric as text with leading zeros ("" for the aggregate)

    @property
    def code(self) -> str:
        """The code used everywhere in the app (same as ``iso2``)."""
        return self.iso2

    @property
    def is_aggregate(self) -> bool:
        return self.status == "aggregate"


class CountryList:
    """The countries in file order, with look-ups by ISO-2, ISO-3 and Eurostat code."""

    def __init__(self, countries: list[Country]) -> None:
        self._all = tuple(countries)
        self._iso2 = {c.iso2: c for c in self._all}
        self._iso3 = {c.iso3: c for c in self._all}
        self._eurostat = {c.eurostat: c for c in self._all}

    @property
    def all(self) -> tuple[Country, ...]:
        """Every row in file order: EU members, observers, then the EU27 aggregate."""
        return self._all

    @property
    def emn(self) -> tuple[Country, ...]:
        """The 35 EMN countries (members and observers), without the aggregate."""
        return tuple(c for c in self._all if not c.is_aggregate)

    @property
    def members(self) -> tuple[Country, ...]:
        """EU Member States taking part in the EMN (all except Denmark), file order."""
        return tuple(c for c in self._all if c.status == "eu-member")

    @property
    def observers(self) -> tuple[Country, ...]:
        """EMN observer countries, file order."""
        return tuple(c for c in self._all if c.status == "observer")

    @property
    def aggregates(self) -> tuple[Country, ...]:
        return tuple(c for c in self._all if c.is_aggregate)

    def by_iso2(self, code: str) -> Country:
        """KeyError if unknown. ``"EU27"`` gives the aggregate."""
        return self._iso2[code]

    def by_iso3(self, code: str) -> Country:
        """KeyError if unknown. ``"EUU"`` gives the aggregate."""
        return self._iso3[code]

    def by_eurostat(self, code: str) -> Country:
        """KeyError if unknown. ``"EL"`` gives Greece, ``"EU27_2020"`` the aggregate."""
        return self._eurostat[code]

    def __iter__(self) -> Iterator[Country]:
        return iter(self._all)

    def __len__(self) -> int:
        return len(self._all)

    def __contains__(self, code: object) -> bool:
        return code in self._iso2


def load_countries(resources_dir: Path) -> CountryList:
    """Read ``<resources_dir>/reference/countries.csv``.

    Raises :class:`DataError` (file and line) for a missing column, an unknown status or a
    duplicate code; ``OSError`` if the file cannot be read.
    """
    path = Path(resources_dir) / "reference" / "countries.csv"
    countries: list[Country] = []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in _COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise DataError(path, 1, f"missing column(s): {', '.join(missing)}")
        seen: set[str] = set()
        for row in reader:
            line = reader.line_num
            status = _STATUS.get((row["emn_status"] or "").strip())
            if status is None:
                raise DataError(path, line, f"unknown emn_status {row['emn_status']!r}")
            iso2 = (row["iso2"] or "").strip()
            if status == "aggregate" and not iso2:
                iso2 = EU27
            iso3 = (row["iso3"] or "").strip()
            if len(iso2) not in (2, 4) or not iso3:
                raise DataError(path, line, "iso2 and iso3 codes are required")
            if iso2 in seen:
                raise DataError(path, line, f"duplicate country code {iso2!r}")
            seen.add(iso2)
            countries.append(
                Country(
                    iso2=iso2,
                    iso3=iso3,
                    eurostat=(row["eurostat_code"] or "").strip(),
                    name=(row["name"] or "").strip(),
                    status=status,
                    iso_numeric=(row["iso_numeric"] or "").strip(),
                )
            )
    return CountryList(countries)
