"""The EMN country list (resources/reference/countries.csv)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from destination_europe import paths
from destination_europe.core.countries import EU27, load_countries
from destination_europe.core.statistics import DataError

RESOURCES = paths.resources_dir(Path(__file__).resolve().parents[2])


@pytest.fixture(scope="module")
def countries():
    return load_countries(RESOURCES)


def test_thirty_five_emn_countries_plus_aggregate(countries):
    assert len(countries.all) == 36
    assert len(countries.emn) == 35
    assert len(countries.members) == 26
    assert len(countries.observers) == 9
    assert [c.iso2 for c in countries.aggregates] == [EU27]


def test_file_order_and_status(countries):
    assert countries.all[0].iso2 == "AT"
    assert countries.members[-1].iso2 == "SE"
    assert [c.iso2 for c in countries.observers] == [
        "NO",
        "GE",
        "MD",
        "UA",
        "ME",
        "AM",
        "RS",
        "MK",
        "AL",
    ]
    assert countries.all[-1].status == "aggregate"
    assert {c.status for c in countries.members} == {"eu-member"}
    assert {c.status for c in countries.observers} == {"observer"}


def test_denmark_is_not_an_emn_country(countries):
    assert "DK" not in countries
    with pytest.raises(KeyError):
        countries.by_iso2("DK")


def test_greece_uses_iso_code_not_eurostat(countries):
    gr = countries.by_iso2("GR")
    assert gr.iso3 == "GRC" and gr.eurostat == "EL" and gr.name == "Greece"
    assert countries.by_eurostat("EL") is gr
    with pytest.raises(KeyError):
        countries.by_iso2("EL")


def test_lookups(countries):
    assert countries.by_iso3("DEU").iso2 == "DE"
    eu = countries.by_iso2("EU27")
    assert eu.iso3 == "EUU" and eu.eurostat == "EU27_2020" and eu.is_aggregate
    assert countries.by_iso3("EUU") is eu
    assert countries.by_iso2("AL").iso_numeric == "008"


def test_malformed_file_names_file_and_line(tmp_path):
    ref = tmp_path / "reference"
    ref.mkdir()
    shutil.copy(RESOURCES / "reference" / "countries.csv", ref / "countries.csv")
    lines = (ref / "countries.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[4] = lines[4].replace("EU Member State", "Candidate")  # line 5 of the file
    (ref / "countries.csv").write_text("".join(lines), encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_countries(tmp_path)
    assert info.value.line == 5
    assert str(info.value).startswith(f"{ref / 'countries.csv'}:5:")
